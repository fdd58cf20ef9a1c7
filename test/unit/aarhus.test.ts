// @vitest-environment happy-dom
/**
 * The real FirstAgenda Publication minutes page of Aarhus (../shared/fixtures): the DOM
 * adapter and the parser together agree with example_minutes.expected.json on number,
 * title, case number, section headings, decision and attachments of every item.
 */
import { expect, it } from 'vitest';
import { parseBlocks } from '../../lib/parser/index.ts';
import { blocksFromDocument } from '../../lib/sources/index.ts';
import { firstAgendaBlocks, isFirstAgendaPage } from '../../lib/sources/firstagenda.ts';
import { describeShared, readShared } from '../shared.ts';

interface ExpectedItem {
  number: string;
  title: string;
  case_number: string | null;
  section_headings: string[];
  decision: string;
  attachments: string[];
}

function load(name: string): Document {
  return new DOMParser().parseFromString(readShared('fixtures', 'firstagenda-publication-aarhus', name), 'text/html');
}

describeShared('Aarhus FirstAgenda Publication page', () => {
  const expected = JSON.parse(readShared('fixtures', 'firstagenda-publication-aarhus', 'example_minutes.expected.json')) as { items: ExpectedItem[] };
  const doc = load('example_minutes.html');
  const { system, blocks } = blocksFromDocument(doc);
  const meeting = parseBlocks(blocks, { source: 'example_minutes.html' });

  it('is recognised as FirstAgenda Publication by its markup', () => {
    expect(system).toBe('firstagenda');
  });

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
      const item = meeting.items.find((i) => String(i.number) === want.number)!;
      expect(item.title).toBe(want.title);
      expect(item.caseNumbers[0] ?? null).toBe(want.case_number);
      if (want.case_number !== null) expect(item.cases[0]?.format).toBe('emn');
      expect(item.sections).toEqual(want.section_headings);
      expect(item.decision).toBe(want.decision);
      expect(item.attachments).toEqual(want.attachments);
    });
  }

  it('keeps a link to every attachment and a reference back to each block', () => {
    const item = meeting.items[1]!;
    expect(item.attachmentDetails.every((a) => a.href?.startsWith('/vis/pdf/bilag/'))).toBe(true);
    expect(blocks.every((b) => b.ref instanceof Element)).toBe(true);
  });

  it('gives a listing page no items', () => {
    const listing = load('example_listings.html');
    expect(isFirstAgendaPage(listing)).toBe(false);
    expect(firstAgendaBlocks(listing).filter((b) => b.hint?.role === 'item-number')).toEqual([]);
  });
});
