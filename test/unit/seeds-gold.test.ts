/**
 * The five seeds (text of real FirstAgenda PDF minutes) must parse to their gold files
 * (../shared/gold, format in SPEC.md) in every field. Compared field by field so that a
 * failure names the meeting field or the item and field that differs.
 */
import { execFileSync } from 'node:child_process';
import { expect, it } from 'vitest';
import { parseText } from '../../lib/parser/index.ts';
import { describeShared, readShared, seedNames, sharedPath } from '../shared.ts';

const MEETING_FIELDS = ['source', 'kind', 'municipality', 'committee', 'date', 'time', 'location', 'participants', 'absent'] as const;
const ITEM_FIELDS = ['number', 'title', 'closed', 'committees', 'caseNumbers', 'decision', 'outcome', 'absent', 'sections', 'attachments', 'history'] as const;

interface GoldItem extends Record<(typeof ITEM_FIELDS)[number], unknown> {}
interface Gold extends Record<(typeof MEETING_FIELDS)[number], unknown> {
  items: GoldItem[];
}

describeShared('seeds parse to their gold files', () => {
  for (const seed of seedNames()) {
    const gold = JSON.parse(readShared('gold', `${seed}.json`)) as Gold;
    const meeting = parseText(readShared('seeds', `${seed}.txt`), { source: `${seed}.txt` });

    it(`${seed}: meeting fields`, () => {
      for (const field of MEETING_FIELDS) expect(meeting[field], field).toEqual(gold[field]);
    });

    it(`${seed}: item numbers`, () => {
      expect(meeting.items.map((i) => i.number)).toEqual(gold.items.map((i) => i.number));
    });

    for (const goldItem of gold.items) {
      it(`${seed}: item ${String(goldItem.number)}`, () => {
        const item = meeting.items.find((i) => i.number === goldItem.number);
        expect(item, `item ${String(goldItem.number)} is missing`).toBeDefined();
        for (const field of ITEM_FIELDS) expect(item![field], `item ${String(goldItem.number)}.${field}`).toEqual(goldItem[field]);
      });
    }

    it(`${seed}: the CLI prints the gold output`, () => {
      const stdout = execFileSync(
        process.execPath,
        ['--experimental-strip-types', '--no-warnings', 'scripts/parse.ts', sharedPath('seeds', `${seed}.txt`)],
        { encoding: 'utf8' },
      );
      const printed = JSON.parse(stdout) as Gold;
      for (const field of MEETING_FIELDS) expect(printed[field], field).toEqual(gold[field]);
      expect(printed.items.map((i) => Object.fromEntries(ITEM_FIELDS.map((f) => [f, i[f]])))).toEqual(gold.items);
    });
  }
});
