// @vitest-environment happy-dom
/**
 * End to end on the real FirstAgenda Publication minutes page of Aarhus (../shared/fixtures):
 * `parseBlocks(firstAgendaBlocks(doc))` agrees with example_minutes.expected.json on number,
 * title, case number, section headings, decision and attachments of every item.
 */
import { Window } from 'happy-dom';
import { afterAll, expect, it } from 'vitest';
import { parseBlocks } from '../../lib/parser/index.ts';
import { firstAgendaBlocks } from '../../lib/systems/firstagenda/blocks.ts';
import { describeShared, readShared } from '../shared.ts';

interface ExpectedItem {
  number: string;
  title: string;
  case_number: string | null;
  section_headings: string[];
  decision: string;
  attachments: string[];
}

const FIXTURES = ['fixtures', 'firstagenda-publication-aarhus'] as const;

// An own window: the saved page links stylesheets, which this window treats as loaded.
const window = new Window({ settings: { handleDisabledFileLoadingAsSuccess: true } });
afterAll(() => window.happyDOM.close());

describeShared('Aarhus FirstAgenda Publication page, adapter + parser', () => {
  const expected = JSON.parse(readShared(...FIXTURES, 'example_minutes.expected.json')) as { items: ExpectedItem[] };
  const doc = new window.DOMParser().parseFromString(readShared(...FIXTURES, 'example_minutes.html'), 'text/html') as unknown as Document;
  const blocks = firstAgendaBlocks(doc);
  const meeting = parseBlocks(blocks, { source: 'example_minutes.html' });

  it('reads the meeting header', () => {
    expect([meeting.kind, meeting.committee, meeting.date, meeting.time, meeting.location]).toEqual([
      'referat',
      'Teknisk Udvalg',
      '2025-10-01',
      '15:45',
      'Udvalgsværelse 398',
    ]);
  });

  it('finds every item', () => {
    expect(meeting.items.map((i) => String(i.number))).toEqual(expected.items.map((i) => i.number));
  });

  for (const want of expected.items) {
    it(`item ${want.number}: title, case number, sections, decision, attachments`, () => {
      const item = meeting.items.find((i) => String(i.number) === want.number);
      expect(item).toBeDefined();
      expect(item!.title).toBe(want.title);
      expect(item!.caseNumbers[0] ?? null).toBe(want.case_number);
      if (want.case_number !== null) expect(item!.cases[0]?.format).toBe('emn');
      expect(item!.sections).toEqual(want.section_headings);
      expect(item!.decision).toBe(want.decision);
      expect(item!.attachments).toEqual(want.attachments);
    });
  }

  it('keeps the link of every attachment', () => {
    for (const item of meeting.items) {
      expect(item.attachmentDetails.map((a) => a.title)).toEqual(item.attachments);
      expect(item.attachmentDetails.every((a) => a.href?.startsWith('/vis/pdf/bilag/') === true)).toBe(true);
    }
  });
});
