/**
 * The five seeds (text of real FirstAgenda PDF minutes) must parse to their gold files
 * (../shared/gold, format in SPEC.md) in every field. Compared field by field so that a
 * failure names the meeting field or the item and field that differs.
 */
import { execFileSync } from 'node:child_process';
import { expect, it } from 'vitest';
import { parseText } from '../../lib/parser/index.ts';
import { goldTests, ITEM_FIELDS, MEETING_FIELDS, readGold, type Gold } from '../gold.ts';
import { describeShared, readShared, seedNames, sharedPath } from '../shared.ts';

describeShared('seeds parse to their gold files', () => {
  for (const seed of seedNames()) {
    const gold = readGold(seed);
    const meeting = parseText(readShared('seeds', `${seed}.txt`), { source: `${seed}.txt` });
    goldTests(seed, gold, () => meeting);

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
