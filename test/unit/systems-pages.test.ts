// @vitest-environment happy-dom
// @vitest-environment-options {"settings":{"handleDisabledFileLoadingAsSuccess":true}}
/**
 * Whole pages of the other publishing systems (test/fixtures/systems/*): MODELLED fixtures,
 * hand-written from ../shared/notes/publishing-systems.md (each says which section it follows),
 * not saved real pages. For each page, against the folder's hand-written expected.json:
 *   - detection says minutes, with the URL of that system's pattern;
 *   - the generic adapter and the parser give the expected items, case numbers and outcomes;
 *   - annotating it marks the right elements (data-sagsspor-item / -closed / -outcome /
 *     -case / -format), the outline lists every item, and switching off restores the page's
 *     serialisation exactly.
 */
import { readdirSync, readFileSync } from 'node:fs';
import { dirname, join } from 'node:path';
import { fileURLToPath } from 'node:url';
import { afterEach, describe, expect, it } from 'vitest';
import type { Meeting, Outcome, CaseFormat } from '../../lib/model.ts';
import type { PageSummary } from '../../lib/messages/parts.ts';
import { PageController } from '../../lib/page/controller.ts';
import { detectMinutes, type Detection } from '../../lib/page/detect.ts';
import { readPage } from '../../lib/page/read-page.ts';
import { parseBlocks, parseText } from '../../lib/parser/index.ts';
import { splitTitle } from '../../lib/parser/item.ts';
import { blocksFromDocument } from '../../lib/sources/index.ts';
import { setMessages } from '../../lib/i18n.ts';
import { uiRootOf } from '../../lib/page/ui-host.ts';

const HERE = dirname(fileURLToPath(import.meta.url));
const SYSTEMS = join(HERE, '../fixtures/systems');

interface ExpectedCase {
  raw: string;
  normalized: string;
  format: CaseFormat;
}

interface ExpectedItem {
  number: number;
  title: string;
  closed: boolean;
  cases: ExpectedCase[];
  /** Numbers on the page that are not case numbers (PolWeb's "Dok." document numbers). */
  notCases?: string[];
  decision: string | null;
  decisionLabel?: string;
  outcome: Outcome;
  absent: string[];
  attachments?: string[];
  /** "item 2", "attachment 1", in text order. */
  references?: string[];
  history?: { date: string; body: string; decision: string }[];
}

interface ExpectedPage {
  file: string;
  url: string;
  detection: Detection;
  meeting?: Partial<Pick<Meeting, 'kind' | 'committee' | 'date' | 'time' | 'location' | 'absent'>>;
  items: ExpectedItem[];
}

interface ExpectedFixture {
  system: string;
  note: string;
  origin: 'modelled';
  pages: ExpectedPage[];
}

setMessages('da', JSON.parse(readFileSync(join(HERE, '../../assets/public/_locales/da/messages.json'), 'utf8')) as Record<string, { message: string }>);

const FOLDERS = readdirSync(SYSTEMS, { withFileTypes: true })
  .filter((d) => d.isDirectory())
  .map((d) => d.name)
  .sort();

function load(folder: string, file: string): Document {
  return new DOMParser().parseFromString(readFileSync(join(SYSTEMS, folder, file), 'utf8'), 'text/html');
}

const space = (text: string | null | undefined): string => (text ?? '').replace(/\s+/g, ' ').trim();

const controllers: PageController[] = [];
afterEach(() => {
  while (controllers.length > 0) controllers.pop()!.stop();
});

function startController(doc: Document, url: string) {
  const reports: { summary: PageSummary; meeting: Meeting | null }[] = [];
  const controller = new PageController(doc, () => url, {
    services: { copyText: async () => true, bookmarks: null, trail: null },
    report: (summary, meeting) => reports.push({ summary, meeting }),
    outlineOpen: true,
    settleMs: 10,
  });
  controllers.push(controller);
  controller.start();
  return { controller, reports };
}

it('has at least four modelled system folders, each with its expectations and the modelled-fixture header', () => {
  expect(FOLDERS.length).toBeGreaterThanOrEqual(4);
  for (const folder of FOLDERS) {
    const expected = JSON.parse(readFileSync(join(SYSTEMS, folder, 'expected.json'), 'utf8')) as ExpectedFixture;
    expect(expected.origin).toBe('modelled');
    for (const page of expected.pages) {
      const html = readFileSync(join(SYSTEMS, folder, page.file), 'utf8');
      expect(html, `${folder}/${page.file}`).toMatch(/<!-- Modelled fixture: written for Sagsspor from publishing-systems\.md §[\d.]+.*; not a saved real page -->/);
    }
  }
});

for (const folder of FOLDERS) {
  const expected = JSON.parse(readFileSync(join(SYSTEMS, folder, 'expected.json'), 'utf8')) as ExpectedFixture;

  describe(`${folder} (${expected.system}; modelled on ${expected.note})`, () => {
    for (const page of expected.pages) {
      describe(page.file, () => {
        it('is detected as minutes from its URL pattern or markup', () => {
          expect(detectMinutes(load(folder, page.file), page.url)).toEqual(page.detection);
        });

        if (page.items.length === 0) {
          it('holds no minutes: nothing is read, nothing on the page changes', () => {
            const doc = load(folder, page.file);
            const before = doc.documentElement.outerHTML;
            expect(readPage(doc, page.url, detectMinutes(doc, page.url))).toBeNull();
            const { controller, reports } = startController(doc, page.url);
            expect(controller.annotations).toBeNull();
            expect(reports.every((r) => r.meeting === null)).toBe(true);
            expect(doc.documentElement.outerHTML).toBe(before);
          });
          return;
        }

        it('reads the expected items, case numbers, decisions and outcomes', () => {
          const doc = load(folder, page.file);
          const { system, blocks } = blocksFromDocument(doc);
          expect(system).toBe('generic');
          const meeting = parseBlocks(blocks, { source: page.url });
          if (page.meeting) expect(meeting).toMatchObject(page.meeting);
          expect(meeting.items.map((i) => i.number)).toEqual(page.items.map((i) => i.number));
          for (const want of page.items) {
            const item = meeting.items.find((i) => i.number === want.number)!;
            const at = `item ${want.number}`;
            expect(item.title, at).toBe(want.title);
            expect(item.closed, at).toBe(want.closed);
            expect(item.caseNumbers, at).toEqual(want.cases.map((c) => c.raw));
            expect(
              item.cases.map((c) => ({ raw: c.raw, normalized: c.normalized, format: c.format })),
              at,
            ).toEqual(want.cases);
            expect(item.decision, at).toBe(want.decision);
            expect(item.outcome, at).toBe(want.outcome);
            expect(item.absent, at).toEqual(want.absent);
            if (want.decisionLabel !== undefined) expect(item.decisionLabel, at).toBe(want.decisionLabel);
            if (want.attachments !== undefined) expect(item.attachments, at).toEqual(want.attachments);
            if (want.references !== undefined) expect(item.references.map((r) => `${r.kind} ${r.target}`), at).toEqual(want.references);
            if (want.history !== undefined) expect(item.history, at).toEqual(want.history);
          }
        });

        it('marks each item, its decision with the outcome and its case numbers with value and format', () => {
          const doc = load(folder, page.file);
          const { controller, reports } = startController(doc, page.url);
          expect(controller.annotations, 'annotated').not.toBeNull();
          expect(reports.at(-1)?.summary.itemCount).toBe(page.items.length);

          for (const want of page.items) {
            const at = `item ${want.number}`;
            const containers = doc.querySelectorAll(`[data-sagsspor-item="${want.number}"]`);
            expect(containers.length, at).toBe(1);
            const container = containers[0]!;
            // The container holds this item's title, and no other item's.
            expect(space(container.textContent), at).toContain(want.title);
            for (const other of page.items) {
              if (other !== want) expect(space(container.textContent), `${at} holds ${other.number}`).not.toContain(other.title);
            }
            expect(container.hasAttribute('data-sagsspor-closed'), at).toBe(want.closed);

            const wrappers = Array.from(container.querySelectorAll('[data-sagsspor-outcome]'));
            if (want.decision === null) {
              expect(wrappers.length, at).toBe(0);
            } else {
              expect(wrappers.length, at).toBe(1);
              const wrapper = wrappers[0]!;
              expect(wrapper.getAttribute('data-sagsspor-outcome'), at).toBe(want.outcome);
              const text = space(wrapper.textContent);
              expect(text, at).toContain(space(want.decision.split('\n')[0]));
              if (want.decisionLabel !== undefined) expect(text, at).toContain(want.decisionLabel);
              // The badge bar is ours, in a shadow root, and says the outcome in words.
              expect(uiRootOf(wrapper.querySelector('sagsspor-root[data-sagsspor-part="decision"]'))?.textContent, at).toMatch(
                /Godkendt|Anbefalet|Taget til efterretning|Drøftet|Udsat|Afvist|Ikke frigivet|Blandet|Anden/,
              );
            }

            const marks = Array.from(container.querySelectorAll('[data-sagsspor-case]'));
            expect(new Set(marks.map((m) => m.getAttribute('data-sagsspor-case'))), at).toEqual(new Set(want.cases.map((c) => c.normalized)));
            for (const c of want.cases) {
              const mark = marks.find((m) => m.getAttribute('data-sagsspor-case') === c.normalized);
              expect(mark?.getAttribute('data-sagsspor-format'), at).toBe(c.format);
              expect(mark?.textContent, at).toBe(c.raw);
            }
            for (const n of want.notCases ?? []) {
              expect(space(container.textContent), at).toContain(n); // still on the page, as text
              expect(marks.some((m) => m.textContent === n), `${at}: ${n} is not a case number`).toBe(false);
            }
          }

          // The outline lists every item, by number and title.
          const panel = doc.querySelector('sagsspor-root[data-sagsspor-part="panel"]');
          const buttons = Array.from(uiRootOf(panel)?.querySelectorAll('nav li button[data-item]') ?? []);
          expect(buttons.map((b) => Number(b.getAttribute('data-item')))).toEqual(page.items.map((i) => i.number));
          for (const want of page.items) {
            expect(space(buttons.find((b) => b.getAttribute('data-item') === String(want.number))?.textContent)).toContain(want.title);
          }
        });

        it('switching annotations off restores the exact serialisation; on again annotates again', () => {
          const doc = load(folder, page.file);
          const before = doc.documentElement.outerHTML;
          const { controller } = startController(doc, page.url);
          expect(doc.documentElement.outerHTML).not.toBe(before);
          controller.setOn(false);
          expect(doc.documentElement.outerHTML).toBe(before);
          controller.setOn(true);
          expect(doc.querySelectorAll('[data-sagsspor-item]').length).toBe(page.items.length);
          controller.stop();
          expect(doc.documentElement.outerHTML).toBe(before);
        });
      });
    }
  });
}

describe('text after the last item', () => {
  // The Holbæk-style export with one paragraph after the last item, as exports often end
  // ("Udskrevet fra …", "Mødet hævet kl. …"). The parser's last item runs to the end of the
  // page, so its elements reach outside its own div.punkt; the items feature must still mark
  // the item's own box, not an element holding every item.
  it('the last item is marked on its own element, not on one holding every item', () => {
    const html = readFileSync(join(SYSTEMS, 'firstagenda-static-holbaek', 'agenda_2873.html'), 'utf8').replace(
      /(\s*<\/div>\s*<\/body>)/, // after div.dagsorden, inside div.page
      '\n    <p class="generated">Udskrevet fra FirstAgenda</p>$1',
    );
    const doc = new DOMParser().parseFromString(html, 'text/html');
    expect(doc.querySelector('p.generated')).not.toBeNull();
    startController(doc, 'https://dagsordner.holbaek.dk/committee_148/agenda_2873/agenda_2873.html');
    const last = doc.querySelector('[data-sagsspor-item="54"]');
    expect(last).not.toBeNull();
    expect(last!.querySelectorAll('h2.punkt-overskrift').length).toBe(1);
  });
});

describe('parser rules these pages needed (vocabulary of the systems, not of the fixtures)', () => {
  const parse = (text: string) => parseText(text, { source: 'test' });

  it('OS2web Drupal 7 writes the closed flag after the title: "… Lukket punkt." closes the item and leaves the title', () => {
    expect(splitTitle('Salg af grund Lukket punkt.')).toMatchObject({ title: 'Salg af grund', closed: true });
    expect(splitTitle('Køb af ejendom (Lukket)')).toMatchObject({ title: 'Køb af ejendom', closed: true });
    // Only the marker at the end, capitalised as the field renders it: an ordinary title stays open.
    expect(splitTitle('Orientering om lukket punkt i forretningsordenen')).toMatchObject({ closed: false });
  });

  it('a closed heading with nothing under it is an item after the first item, but not in a list of items above them', () => {
    const meeting = parse(`Referat
PUNKTER
1. Godkendelse af dagsorden
2. Lukket punkt: Køb af ejendom
3. Eventuelt

1. Godkendelse af dagsorden
Beslutning
Godkendt.

2. Lukket punkt: Køb af ejendom

3. Eventuelt
Beslutning
Intet.
`);
    expect(meeting.items.map((i) => [i.number, i.title, i.closed, i.decision])).toEqual([
      [1, 'Godkendelse af dagsorden', false, 'Godkendt.'],
      [2, 'Køb af ejendom', true, null],
      [3, 'Eventuelt', false, 'Intet.'],
    ]);
  });

  it('a closed heading alone is not enough to make an item (no other item has evidence)', () => {
    expect(parse('Referat\n\n2. Lukket punkt: Køb af ejendom\n').items).toEqual([]);
  });

  it('kk.dk titles: the case number in parentheses after the title is the case number; "( )" is dropped', () => {
    expect(splitTitle('Ny skole i Nordhavn (2020-0087412)')).toMatchObject({
      title: 'Ny skole i Nordhavn',
      cases: [{ raw: '2020-0087412', normalized: '2020-0087412', format: 'year-serial' }],
    });
    expect(splitTitle('Godkendelse af dagsorden ( )')).toMatchObject({ title: 'Godkendelse af dagsorden', cases: [] });
    // Other parentheses stay: case-type markers (Vejen), year ranges, plain numbers.
    expect(splitTitle('Anlægsbevilling til cykelsti (B)').title).toBe('Anlægsbevilling til cykelsti (B)');
    expect(splitTitle('Budget (2020-2023)').title).toBe('Budget (2020-2023)');
    expect(splitTitle('Tilskud (299835)').title).toBe('Tilskud (299835)');
  });

  it('"Referat - <Udvalg>" names the committee without the dash', () => {
    const meeting = parse('Referat - Økonomiudvalget\nDato: 12.06.2019\n\nPunkt 1 Godkendelse af dagsorden\nBeslutning\nGodkendt.\n');
    expect(meeting.committee).toBe('Økonomiudvalget');
  });
});
