/**
 * Gold equality (../shared/gold, format in SPEC.md), shared by every test that parses a seed by
 * some route (text, PDF …). Compared field by field so that a failure names the meeting field
 * or the item and field that differs.
 */
import { expect, it } from 'vitest';
import type { Meeting } from '../lib/model.ts';
import { readShared } from './shared.ts';

export const MEETING_FIELDS = ['source', 'kind', 'municipality', 'committee', 'date', 'time', 'location', 'participants', 'absent'] as const;
export const ITEM_FIELDS = ['number', 'title', 'closed', 'committees', 'caseNumbers', 'decision', 'outcome', 'absent', 'sections', 'attachments', 'history'] as const;

export interface GoldItem extends Record<(typeof ITEM_FIELDS)[number], unknown> {}
export interface Gold extends Record<(typeof MEETING_FIELDS)[number], unknown> {
  items: GoldItem[];
}

export function readGold(seed: string): Gold {
  return JSON.parse(readShared('gold', `${seed}.json`)) as Gold;
}

/**
 * Registers the gold tests of one seed: meeting fields, item numbers, one test per item.
 * `meeting` is called inside the tests, so it may return what a beforeAll computed.
 */
export function goldTests(seed: string, gold: Gold, meeting: () => Meeting): void {
  it(`${seed}: meeting fields`, () => {
    const m = meeting();
    for (const field of MEETING_FIELDS) expect(m[field], field).toEqual(gold[field]);
  });

  it(`${seed}: item numbers`, () => {
    expect(meeting().items.map((i) => i.number)).toEqual(gold.items.map((i) => i.number));
  });

  for (const goldItem of gold.items) {
    it(`${seed}: item ${String(goldItem.number)}`, () => {
      const item = meeting().items.find((i) => i.number === goldItem.number);
      expect(item, `item ${String(goldItem.number)} is missing`).toBeDefined();
      for (const field of ITEM_FIELDS) expect(item![field], `item ${String(goldItem.number)}.${field}`).toEqual(goldItem[field]);
    });
  }
}
