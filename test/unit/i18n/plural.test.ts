/** Counted words in Danish and English: "1 møde" / "2 møder", "1 note" / "0 notes", never "1 noter". */
import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import { afterAll, describe, expect, it } from 'vitest';
import { setMessages } from '../../../lib/i18n/index.ts';
import { plural } from '../../../lib/i18n/plural.ts';

function use(locale: 'da' | 'en') {
  setMessages(locale, JSON.parse(readFileSync(join(process.cwd(), `assets/public/_locales/${locale}/messages.json`), 'utf8')));
}
afterAll(() => setMessages(null));

describe('plural', () => {
  it('picks the singular for one and the plural for zero and many, in Danish', () => {
    use('da');
    expect([0, 1, 2].map((n) => plural('count_meetings', n))).toEqual(['0 møder', '1 møde', '2 møder']);
    expect(plural('count_notes', 1)).toBe('1 note');
    expect(plural('count_newBookmarks', 1)).toBe('1 nyt bogmærke');
    expect(plural('count_otherTreatments', 1)).toBe('1 anden behandling');
    expect(plural('count_otherTreatments', 3)).toBe('3 andre behandlinger');
  });

  it('and in English', () => {
    use('en');
    expect([0, 1, 2].map((n) => plural('count_notes', n))).toEqual(['0 notes', '1 note', '2 notes']);
    expect(plural('count_items', 1)).toBe('1 item');
  });

  it('every counted phrase has both forms in both languages', () => {
    for (const locale of ['da', 'en'] as const) {
      const keys = Object.keys(JSON.parse(readFileSync(join(process.cwd(), `assets/public/_locales/${locale}/messages.json`), 'utf8')) as object);
      const counted = new Set(keys.filter((k) => /^count_.*_(one|other)$/.test(k)).map((k) => k.replace(/_(one|other)$/, '')));
      expect(counted.size).toBeGreaterThan(5);
      for (const key of counted) expect(keys, `${locale} ${key}`).toEqual(expect.arrayContaining([`${key}_one`, `${key}_other`]));
    }
  });
});
