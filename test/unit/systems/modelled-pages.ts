/**
 * Whole pages of the other publishing systems (test/fixtures/systems/*): MODELLED fixtures,
 * hand-written from ../shared/notes/publishing-systems.md (each says which section it follows),
 * not saved real pages. Each system's pages.test.ts runs these for its folders (expected.json's
 * `systemId`). For each page, against the folder's hand-written expected.json:
 *   - detection says minutes of that system, from its URL pattern or markup;
 *   - the CLI picks the same system, and the generic adapter and the parser give the expected
 *     items, case numbers and outcomes;
 *   - annotating it marks the right elements (data-sagsspor-item / -closed / -outcome /
 *     -case / -format), the outline lists every item, and switching off restores the page's
 *     serialisation exactly.
 */
import { readdirSync, readFileSync } from 'node:fs';
import { dirname, join } from 'node:path';
import { fileURLToPath } from 'node:url';
import { afterEach, describe, expect, it } from 'vitest';
import type { Meeting, Outcome, CaseFormat } from '../../../lib/model.ts';
import type { PageSummary } from '../../../lib/messages/parts.ts';
import { PageController } from '../../../lib/page/controller.ts';
import { readPage } from '../../../lib/page/read-page.ts';
import { parseBlocks } from '../../../lib/parser/index.ts';
import { setMessages } from '../../../lib/i18n/index.ts';
import { uiRootOf } from '../../../lib/page/ui-host.ts';
import { blocksFromDocument, detectMinutes, type Detection } from '../../../lib/systems/detect.ts';
import { genericBlocks } from '../../../lib/systems/generic/blocks.ts';
import { systemById, type SystemId } from '../../../lib/systems/index.ts';

const HERE = dirname(fileURLToPath(import.meta.url));
export const SYSTEM_FIXTURES = join(HERE, '../../fixtures/systems');

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
  meeting?: Partial<Pick<Meeting, 'kind' | 'committee' | 'date' | 'time' | 'location' | 'participants' | 'absent'>>;
  items: ExpectedItem[];
}

export interface ExpectedFixture {
  /** The registry's id of the system the pages are of. */
  systemId: SystemId;
  system: string;
  note: string;
  origin: 'modelled';
  pages: ExpectedPage[];
}

setMessages('da', JSON.parse(readFileSync(join(HERE, '../../../assets/public/_locales/da/messages.json'), 'utf8')) as Record<string, { message: string }>);

/** Every folder of modelled pages. */
export const FOLDERS = readdirSync(SYSTEM_FIXTURES, { withFileTypes: true })
  .filter((d) => d.isDirectory())
  .map((d) => d.name)
  .sort();

export function expectedOf(folder: string): ExpectedFixture {
  return JSON.parse(readFileSync(join(SYSTEM_FIXTURES, folder, 'expected.json'), 'utf8')) as ExpectedFixture;
}

/** The folders of one system's modelled pages. */
export function foldersOf(systemId: SystemId): string[] {
  return FOLDERS.filter((folder) => expectedOf(folder).systemId === systemId);
}

function load(folder: string, file: string): Document {
  return new DOMParser().parseFromString(readFileSync(join(SYSTEM_FIXTURES, folder, file), 'utf8'), 'text/html');
}

const space = (text: string | null | undefined): string => (text ?? '').replace(/\s+/g, ' ').trim();

const controllers: PageController[] = [];

/** Stop every controller a test started (call once in a test file that starts controllers). */
export function stopControllersAfterEach(): void {
  afterEach(() => {
    while (controllers.length > 0) controllers.pop()!.stop();
  });
}

export function startController(doc: Document, url: string) {
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

/** Every modelled page of the system, read, annotated and restored as its expected.json says. */
export function describeModelledPages(systemId: SystemId): void {
  stopControllersAfterEach();
  const folders = foldersOf(systemId);
  it(`has modelled pages (test/fixtures/systems/)`, () => {
    expect(folders.length).toBeGreaterThan(0);
  });
  for (const folder of folders) describeFolder(folder);
}

function describeFolder(folder: string): void {
  const expected = expectedOf(folder);

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
          const { system, blocks } = blocksFromDocument(doc, page.url);
          // The CLI reads the page as the extension does: as the detected system, by the generic adapter.
          expect(page.detection).toMatchObject({ kind: 'meeting', system });
          expect(systemById(system).blocks).toBe(genericBlocks);
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

