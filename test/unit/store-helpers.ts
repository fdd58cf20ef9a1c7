/** Shared helpers of the store tests: fresh databases, a full snapshot, sample meetings and targets. */
import 'fake-indexeddb/auto';
import type { Item, Meeting } from '../../lib/model.ts';
import { SagssporDB } from '../../lib/store/db.ts';
import { TABLE_NAMES } from '../../lib/store/tables/index.ts';
import type { BookmarkTarget } from '../../lib/messages/parts.ts';
import { makeAnchor } from '../../lib/page/text-anchor.ts';

let counter = 0;
export function freshDb(): SagssporDB {
  counter++;
  return new SagssporDB(`sagsspor-test-${counter}-${Math.random().toString(36).slice(2)}`);
}

/** Every table's rows, ordered by primary key: two equal snapshots mean two equal stores. */
export async function snapshot(db: SagssporDB): Promise<Record<string, unknown[]>> {
  const out: Record<string, unknown[]> = {};
  for (const name of TABLE_NAMES) {
    const table = db.table(name);
    const keys = (await table.toCollection().primaryKeys()) as string[];
    const rows = await table.bulkGet(keys);
    out[name] = rows;
  }
  return out;
}

export function item(number: number, over: Partial<Item> = {}): Item {
  const caseNumber = over.caseNumbers?.[0] ?? `24-00${1000 + number}`;
  return {
    number,
    title: `Punkt ${number} om budget`,
    closed: false,
    committees: [],
    caseNumbers: [caseNumber],
    decision: 'Godkendt.',
    outcome: 'approved',
    absent: [],
    sections: ['Beslutning'],
    attachments: [],
    history: [],
    cases: [{ raw: caseNumber, format: 'yy-serial', normalized: caseNumber, confidence: 'labelled', index: 0 }],
    decisionLabel: null,
    sectionTexts: [{ heading: 'Beslutning', text: 'Godkendt.', span: { firstBlock: 0, lastBlock: 0 } }],
    attachmentDetails: [],
    references: [],
    span: { firstBlock: 0, lastBlock: 1 },
    ...over,
  };
}

export function meeting(over: Partial<Meeting> = {}): Meeting {
  return {
    source: 'https://dagsordener.lejre.dk/referat/1',
    kind: 'referat',
    municipality: 'Lejre',
    committee: 'Økonomiudvalget',
    date: '2024-03-12',
    time: '16:00',
    location: 'Rådhuset',
    participants: ['A', 'B'],
    absent: [],
    items: [item(1), item(2, { references: [{ kind: 'item', target: 1, raw: 'punkt 1', index: 4 }] }), item(3)],
    warnings: [],
    ...over,
  };
}

export function target(number: number, over: { url?: string; date?: string; committee?: string; caseNumber?: string | null; municipality?: string | null } = {}): BookmarkTarget {
  const text = `Indledning. Beslutning for punkt ${number}: Godkendt. Efterfølgende tekst på siden.`;
  const start = text.indexOf('Godkendt');
  const caseNumber = over.caseNumber === undefined ? `24-00${1000 + number}` : over.caseNumber;
  return {
    url: over.url ?? 'https://dagsordener.lejre.dk/referat/1',
    meeting: {
      municipality: over.municipality === undefined ? 'Lejre' : over.municipality,
      committee: over.committee ?? 'Økonomiudvalget',
      date: over.date ?? '2024-03-12',
      kind: 'referat',
    },
    item: {
      number,
      title: `Punkt ${number} om budget`,
      decision: 'Godkendt.',
      outcome: 'approved',
      committees: [],
      caseNumbers: caseNumber === null ? [] : [caseNumber],
    },
    anchor: makeAnchor(text, start, start + 9),
  };
}
