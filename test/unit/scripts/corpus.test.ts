/**
 * The parser on real minutes of many municipalities (../shared/corpus, labelled by hand) and
 * on the seeds: recall per field and precision may not fall below the figures reached, minus a
 * small margin. `npm run corpus` prints the figures and every miss.
 */
import { expect, it } from 'vitest';
import { parseText } from '../../../lib/parser/index.ts';
import { loadCorpus, loadSeeds, scoreDocument, summarise, type Field } from '../../../scripts/corpus/score.ts';
import { describeShared, SHARED_DIR } from '../../shared.ts';

/** Reached when the floors were set (npm run corpus -- --json), minus about two points. */
const CORPUS_FLOORS: Record<Field, number> = {
  items: 0.88, // 90.5 %
  caseNumbers: 0.88, // 92.9 % (one miss more is 90.5 %)
  decisions: 0.8, // 83.9 %
  date: 0.97, // 100 % (the pages that print no date name it in their address)
  time: 0.97, // 100 %
  committee: 0.96, // 98.2 %
  location: 0.93, // 95.5 %
  participants: 0.97, // 100 %
  absences: 0.93, // 95.9 %
};
/** At most this share of the items read on minutes may be ones the labels do not have. */
const MOST_INVENTED = 0.07; // 5.3 %

describeShared('the parser on real minutes (../shared/corpus)', () => {
  const score = (docs: ReturnType<typeof loadCorpus>) => summarise(docs.map((d) => scoreDocument(d.label, parseText(d.text, { source: d.source }))));
  const corpus = score(loadCorpus(SHARED_DIR));

  for (const [field, floor] of Object.entries(CORPUS_FLOORS) as [Field, number][]) {
    it(`finds at least ${Math.round(floor * 100)} % of the labelled ${field}`, () => {
      expect(corpus.recall[field]).toBeGreaterThanOrEqual(floor);
    });
  }

  it(`invents few items (at most ${Math.round(MOST_INVENTED * 100)} % of those it reads)`, () => {
    expect(corpus.inventedShare).toBeLessThanOrEqual(MOST_INVENTED);
  });

  it('reads no items on any page that is not minutes', () => {
    expect(corpus.negatives.of).toBeGreaterThan(0);
    expect(corpus.negativesClean).toBe(1);
  });

  it('still reads every field of the seeds', () => {
    const seeds = score(loadSeeds(SHARED_DIR));
    expect(seeds.recall).toEqual(Object.fromEntries(Object.keys(CORPUS_FLOORS).map((f) => [f, 1])));
    expect(seeds.invented).toBe(0);
  });
});
