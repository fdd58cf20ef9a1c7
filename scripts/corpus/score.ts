/**
 * The corpus scorer: how much of real minutes the parser reads. It compares the parser's
 * Meeting with a hand-made label, field by field, and keeps every miss so a developer can see
 * what to look at. Used by `npm run corpus` and by the unit test that holds the floors.
 *
 * Labels are ../shared/corpus/*.json (format: ../shared/corpus/INDEX.md) and the gold files of
 * the seeds (../shared/gold/SPEC.md), both read through Zod and turned into one `Label` shape.
 */
import { readdirSync, readFileSync } from 'node:fs';
import { join } from 'node:path';
import { z } from 'zod';
import type { Meeting } from '../../lib/model.ts';

// ---------- labels ----------

const CorpusItemSchema = z.object({
  number: z.string().nullable(),
  title: z.string().nullable(),
  case_number: z.string().nullable().optional(),
  decision: z.string().nullable().optional(),
  /** The decision as far as the excerpt shows it, when the excerpt cuts it off (`decision` is then null). */
  decision_truncated: z.string().optional(),
  outcome: z.string().nullable().optional(),
});

const CorpusLabelSchema = z.object({
  source_url: z.string(),
  document_type: z.enum(['referat', 'dagsorden', 'negative']),
  meeting: z
    .object({
      committee: z.string().nullable(),
      date: z.string().nullable(),
      time: z.string().nullable(),
      location: z.string().nullable(),
    })
    .optional(),
  participants: z.array(z.string()).nullable().optional(),
  absences: z.array(z.string()).nullable().optional(),
  items: z.array(CorpusItemSchema),
});

const GoldSchema = z.object({
  committee: z.string().nullable(),
  date: z.string().nullable(),
  time: z.string().nullable(),
  location: z.string().nullable(),
  participants: z.array(z.string()),
  absent: z.array(z.string()),
  items: z.array(
    z.object({
      number: z.number(),
      title: z.string(),
      caseNumbers: z.array(z.string()),
      decision: z.string().nullable(),
    }),
  ),
});

export interface LabelItem {
  number: string | null;
  title: string | null;
  caseNumber: string | null;
  decision: string | null;
  decisionTruncated: boolean;
}

export interface Label {
  /** File name without extension, e.g. `003_www.odense.dk` or `seed:000_eae…`. */
  name: string;
  negative: boolean;
  committee: string | null;
  date: string | null;
  time: string | null;
  location: string | null;
  /** Null: the label says nothing of them. */
  participants: string[] | null;
  absences: string[] | null;
  items: LabelItem[];
}

export interface Document {
  label: Label;
  /** The text the parser reads (the corpus file without its URL line). */
  text: string;
  /** The page's address (line 1 of a corpus file), or the seed's file name. */
  source: string;
}

function corpusLabel(name: string, json: unknown): Label {
  const parsed = CorpusLabelSchema.safeParse(json);
  if (!parsed.success) throw new Error(`corpus label ${name}.json is not in the INDEX.md format: ${parsed.error.issues[0]?.message ?? ''}`);
  const l = parsed.data;
  return {
    name,
    negative: l.document_type === 'negative',
    committee: l.meeting?.committee ?? null,
    date: l.meeting?.date ?? null,
    time: l.meeting?.time ?? null,
    location: l.meeting?.location ?? null,
    participants: l.participants ?? null,
    absences: l.absences ?? null,
    items: l.items.map((i) => ({
      number: i.number,
      title: i.title,
      caseNumber: i.case_number ?? null,
      decision: i.decision ?? i.decision_truncated ?? null,
      decisionTruncated: i.decision_truncated !== undefined,
    })),
  };
}

function goldLabel(name: string, json: unknown): Label {
  const parsed = GoldSchema.safeParse(json);
  if (!parsed.success) throw new Error(`gold file ${name}.json is not in the SPEC.md format: ${parsed.error.issues[0]?.message ?? ''}`);
  const g = parsed.data;
  return {
    name: `seed:${name}`,
    negative: false,
    committee: g.committee,
    date: g.date,
    time: g.time,
    location: g.location,
    participants: g.participants,
    absences: g.absent,
    items: g.items.map((i) => ({
      number: String(i.number),
      title: i.title,
      caseNumber: i.caseNumbers[0] ?? null,
      decision: i.decision,
      decisionTruncated: false,
    })),
  };
}

/** Every labelled corpus document, in file order. */
export function loadCorpus(sharedDir: string): Document[] {
  const dir = join(sharedDir, 'corpus');
  return readdirSync(dir)
    .filter((f) => f.endsWith('.txt'))
    .sort()
    .map((file) => {
      const name = file.replace(/\.txt$/, '');
      const raw = readFileSync(join(dir, file), 'utf8');
      const newline = raw.indexOf('\n');
      const label = corpusLabel(name, JSON.parse(readFileSync(join(dir, `${name}.json`), 'utf8')));
      return { label, source: raw.slice(0, newline).trim(), text: raw.slice(newline + 1) };
    });
}

/** The five seeds with their gold files. */
export function loadSeeds(sharedDir: string): Document[] {
  return readdirSync(join(sharedDir, 'seeds'))
    .filter((f) => f.endsWith('.txt'))
    .sort()
    .map((file) => {
      const name = file.replace(/\.txt$/, '');
      const text = readFileSync(join(sharedDir, 'seeds', file), 'utf8');
      const label = goldLabel(name, JSON.parse(readFileSync(join(sharedDir, 'gold', `${name}.json`), 'utf8')));
      return { label, source: file, text };
    });
}

// ---------- comparison ----------

/** Whitespace-insensitive, case-insensitive text. */
function loose(text: string): string {
  return text.replace(/[\s\u00ad]+/g, ' ').trim().toLocaleLowerCase('da');
}

/** Decision texts compare without any white space (the checker of INDEX.md does the same). */
function squeezed(text: string): string {
  return text.replace(/[\s\u00ad]+/g, '').toLocaleLowerCase('da');
}

/**
 * Status words the labels sometimes keep in a title and the parser reads as the item's closed
 * flag instead ("LUKKET PUNKT: …", "… (Lukket)"): a title matches with or without them.
 */
const STATUS_START = /^(?:lukket(?: punkt| sag)?|åben|åbent)\s*[:.\-–]\s*/i;
const STATUS_END = /\s*(?:\((?:lukket|lukket punkt|åben)\)|[-–]?\s*lukket (?:punkt|sag)\.?)$/i;

function titleKey(title: string): string {
  return loose(title).replace(STATUS_START, '').replace(STATUS_END, '').replace(/[.:\s-]+$/, '').trim();
}

function numberKey(n: string | number): string {
  return String(n).replace(/^0+(?=\d)/, '');
}

export type Field = 'items' | 'caseNumbers' | 'decisions' | 'date' | 'time' | 'committee' | 'location' | 'participants' | 'absences';
export const FIELDS: readonly Field[] = ['items', 'caseNumbers', 'decisions', 'date', 'time', 'committee', 'location', 'participants', 'absences'];

export interface Tally {
  found: number;
  of: number;
}

export interface Miss {
  document: string;
  field: Field | 'invented' | 'negative';
  expected: string;
  got: string;
}

export interface DocumentScore {
  name: string;
  negative: boolean;
  fields: Record<Field, Tally>;
  /** Items the parser gave that match no labelled item. */
  invented: number;
  parsedItems: number;
  misses: Miss[];
}

function emptyFields(): Record<Field, Tally> {
  return Object.fromEntries(FIELDS.map((f) => [f, { found: 0, of: 0 }])) as Record<Field, Tally>;
}

type ParsedItem = Meeting['items'][number];

/**
 * Pairs labelled items with parsed ones: by number and title where the label has both, else by
 * whichever it has. Each parsed item is used once.
 */
function pairItems(labelled: readonly LabelItem[], parsed: readonly ParsedItem[]): (ParsedItem | null)[] {
  const used = new Set<number>();
  const take = (test: (p: ParsedItem) => boolean): ParsedItem | null => {
    const at = parsed.findIndex((p, j) => !used.has(j) && test(p));
    if (at < 0) return null;
    used.add(at);
    return parsed[at]!;
  };
  const keys = labelled.map((l) => ({
    title: l.title === null || l.title === '' ? null : titleKey(l.title),
    number: l.number === null ? null : numberKey(l.number),
  }));
  const pairs: (ParsedItem | null)[] = labelled.map(() => null);
  // Items the label names by number or title first; then those it shows without either, in order.
  for (const wildcards of [false, true]) {
    keys.forEach(({ title, number }, j) => {
      if ((title === null && number === null) !== wildcards) return;
      pairs[j] = take((p) => (number === null || numberKey(p.number) === number) && (title === null || titleKey(p.title) === title));
    });
  }
  return pairs;
}

function nameKey(name: string): string {
  return loose(name).replace(/-\s+/g, '-');
}

function tallyNames(expected: string[] | null, got: readonly string[], tally: Tally, miss: (e: string, g: string) => void): void {
  if (expected === null) return;
  const have = new Set(got.map(nameKey));
  if (expected.length === 0) {
    // "Afbud: Ingen": the label says nobody; one point for saying the same.
    tally.of++;
    if (got.length === 0) tally.found++;
    else miss('(nobody)', got.join(', '));
    return;
  }
  for (const name of expected) {
    tally.of++;
    if (have.has(nameKey(name))) tally.found++;
    else miss(name, got.join(', ') || '—');
  }
}

export function scoreDocument(label: Label, meeting: Meeting): DocumentScore {
  const fields = emptyFields();
  const misses: Miss[] = [];
  const miss = (field: Miss['field'], expected: string, got: string) => misses.push({ document: label.name, field, expected, got });

  if (label.negative) {
    if (meeting.items.length > 0) miss('negative', 'no items', `${meeting.items.length} items: ${meeting.items.slice(0, 3).map((i) => `${i.number}. ${i.title}`).join(' | ')}`);
    return { name: label.name, negative: true, fields, invented: 0, parsedItems: meeting.items.length, misses };
  }

  const scalar = (field: Field, expected: string | null, got: string | null, same: (a: string, b: string) => boolean) => {
    if (expected === null) return;
    fields[field].of++;
    if (got !== null && same(expected, got)) fields[field].found++;
    else miss(field, expected, got ?? '—');
  };
  const exact = (a: string, b: string) => a === b;
  const looseSame = (a: string, b: string) => loose(a) === loose(b);
  scalar('date', label.date, meeting.date, exact);
  scalar('time', label.time, meeting.time, exact);
  scalar('committee', label.committee, meeting.committee, looseSame);
  scalar('location', label.location, meeting.location, looseSame);
  tallyNames(label.participants, meeting.participants, fields.participants, (e, g) => miss('participants', e, g));
  tallyNames(label.absences, meeting.absent, fields.absences, (e, g) => miss('absences', e, g));

  const pairs = pairItems(label.items, meeting.items);
  label.items.forEach((l, j) => {
    const p = pairs[j] ?? null;
    const shown = `${l.number ?? '?'}. ${l.title ?? '(no title)'}`;
    fields.items.of++;
    if (p) fields.items.found++;
    else miss('items', shown, '—');
    if (l.caseNumber !== null) {
      fields.caseNumbers.of++;
      const want = squeezed(l.caseNumber);
      if (p && (p.caseNumbers.some((c) => squeezed(c) === want) || p.cases?.some((c) => squeezed(c.normalized) === want))) fields.caseNumbers.found++;
      else miss('caseNumbers', `${shown}: ${l.caseNumber}`, p ? p.caseNumbers.join(', ') || '—' : '(item not found)');
    }
    if (l.decision !== null) {
      fields.decisions.of++;
      const want = squeezed(l.decision);
      const got = p?.decision ? squeezed(p.decision) : null;
      const same = got !== null && (got === want || (l.decisionTruncated && (got.startsWith(want) || want.startsWith(got))));
      if (same) fields.decisions.found++;
      else miss('decisions', `${shown}: ${l.decision.slice(0, 120)}`, p ? (p.decision ?? '—').slice(0, 120) : '(item not found)');
    }
  });
  const matched = new Set(pairs.filter((p): p is ParsedItem => p !== null));
  const invented = meeting.items.filter((p) => !matched.has(p));
  for (const p of invented) miss('invented', '—', `${p.number}. ${p.title}`);
  return { name: label.name, negative: false, fields, invented: invented.length, parsedItems: meeting.items.length, misses };
}

// ---------- the whole corpus ----------

export interface CorpusFigures {
  /** Recall per field, 0–1 (1 when the corpus labels none). */
  recall: Record<Field, number>;
  tallies: Record<Field, Tally>;
  /** Parsed items on positive documents that match no labelled item, as a share of all parsed items. */
  inventedShare: number;
  invented: number;
  parsedItems: number;
  /** Negatives the parser reads as having no items, as a share of negatives. */
  negativesClean: number;
  negatives: Tally;
  documents: number;
}

export function summarise(scores: readonly DocumentScore[]): CorpusFigures {
  const tallies = emptyFields();
  let invented = 0;
  let parsedItems = 0;
  const negatives: Tally = { found: 0, of: 0 };
  for (const s of scores) {
    if (s.negative) {
      negatives.of++;
      if (s.parsedItems === 0) negatives.found++;
      continue;
    }
    for (const f of FIELDS) {
      tallies[f].found += s.fields[f].found;
      tallies[f].of += s.fields[f].of;
    }
    invented += s.invented;
    parsedItems += s.parsedItems;
  }
  const ratio = (t: Tally) => (t.of === 0 ? 1 : t.found / t.of);
  return {
    recall: Object.fromEntries(FIELDS.map((f) => [f, ratio(tallies[f])])) as Record<Field, number>,
    tallies,
    inventedShare: parsedItems === 0 ? 0 : invented / parsedItems,
    invented,
    parsedItems,
    negativesClean: ratio(negatives),
    negatives,
    documents: scores.length,
  };
}
