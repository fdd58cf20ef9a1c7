/**
 * Property tests for the text scanners (case numbers, dates, references, outcomes): on any
 * text, including real minutes with random damage, they never throw, and every match they
 * return points at exactly the text it claims (`raw === text.slice(index, index + raw.length)`),
 * so the extension can highlight and link it.
 */
import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { OUTCOMES } from '../../../lib/model.ts';
import { classifyCaseNumber, findCaseNumbers } from '../../../lib/parser/case-numbers.ts';
import { findDates, findDateTime } from '../../../lib/parser/dates.ts';
import { classifyOutcome } from '../../../lib/parser/outcome.ts';
import { findReferences } from '../../../lib/parser/references.ts';
import { describeShared, readShared, seedNames } from '../../shared.ts';

interface Span {
  raw: string;
  index: number;
}

function spansHold(text: string, spans: readonly Span[]): boolean {
  return spans.every((s) => s.index >= 0 && text.slice(s.index, s.index + s.raw.length) === s.raw);
}

/** Every scanner on one text: no throw, every span at its offset, sorted output. */
function checkAll(text: string): void {
  const cases = findCaseNumbers(text);
  expect(spansHold(text, cases)).toBe(true);
  const whole = classifyCaseNumber(text);
  if (whole) expect(spansHold(text, [whole])).toBe(true);
  const dates = findDates(text);
  expect(spansHold(text, dates)).toBe(true);
  for (let i = 1; i < dates.length; i++) expect(dates[i]!.index).toBeGreaterThanOrEqual(dates[i - 1]!.index);
  const first = findDateTime(text);
  if (first) expect(spansHold(text, [first])).toBe(true);
  expect(spansHold(text, findReferences(text))).toBe(true);
  expect(OUTCOMES).toContain(classifyOutcome(text));
}

/** Characters minutes are made of, weighted towards the ones the scanners look at. */
const MINUTES_CHAR = fc.oneof(
  { weight: 4, arbitrary: fc.constantFrom(...'0123456789') },
  { weight: 3, arbitrary: fc.constantFrom('-', '.', '/', ':', ',', ' ', '\n', '–', '\u2011', '§', '@', ')') },
  { weight: 2, arbitrary: fc.constantFrom(...'abdegiklmnoprstuæøåABDEGKLMNPSTUVÆØÅ') },
  {
    weight: 2,
    arbitrary: fc.constantFrom(
      'Sagsnr. ', 'Sag nr. ', 'J.nr.', 'Dok.nr. ', 'EMN-', 'G01', 'bilag ', 'punkt ', 'pkt. ', ' og ', 'kl. ',
      ' maj ', 'oktober', 'April ', 'Mandag d. ', 'den ', 'Ad. 1) ', 'Dot 2: ', 'Godkendt', 'ikke ', 'udsat',
      'Taget til efterretning', 'anbefales', 'drøftet', 'www.', 'https://', ' kr.', 'mio.',
    ),
  },
);
const MINUTES_TEXT = fc.string({ unit: MINUTES_CHAR, maxLength: 200 });

describe('scanners on random text', () => {
  it('never throw and return true spans (arbitrary unicode)', () => {
    fc.assert(
      fc.property(fc.string({ unit: 'binary', maxLength: 300 }), (text) => checkAll(text)),
      { numRuns: 300 },
    );
  });

  it('never throw and return true spans (minutes-like alphabet)', () => {
    fc.assert(
      fc.property(MINUTES_TEXT, (text) => checkAll(text)),
      { numRuns: 1000 },
    );
  });

  it('classifyOutcome never throws on null or any text', () => {
    expect(classifyOutcome(null)).toBe('none');
    fc.assert(fc.property(fc.string({ unit: 'grapheme', maxLength: 300 }), (t) => OUTCOMES.includes(classifyOutcome(t))));
  });
});

/** One random edit: delete, duplicate or insert at a position of the text. */
const EDIT: fc.Arbitrary<Edit> = fc.record({
  at: fc.nat(),
  length: fc.nat({ max: 40 }),
  kind: fc.constantFrom<Edit['kind'][]>('delete', 'duplicate', 'insert'),
  insert: MINUTES_TEXT,
});

interface Edit {
  at: number;
  length: number;
  kind: 'delete' | 'duplicate' | 'insert';
  insert: string;
}

function mutate(text: string, edits: readonly Edit[]): string {
  let out = text;
  for (const e of edits) {
    const at = out.length === 0 ? 0 : e.at % out.length;
    if (e.kind === 'delete') out = out.slice(0, at) + out.slice(at + e.length);
    else if (e.kind === 'duplicate') out = out.slice(0, at + e.length) + out.slice(at, at + e.length) + out.slice(at + e.length);
    else out = out.slice(0, at) + e.insert + out.slice(at);
  }
  return out;
}

describeShared('scanners on damaged seed text', () => {
  const seeds = seedNames().map((s) => readShared('seeds', `${s}.txt`));

  it('never throw and return true spans on windows of the seeds with random edits', () => {
    fc.assert(
      fc.property(
        fc.nat({ max: seeds.length - 1 }),
        fc.nat(),
        fc.array(EDIT, { minLength: 1, maxLength: 8 }),
        (which, offset, edits) => {
          const seed = seeds[which]!;
          const start = offset % seed.length;
          checkAll(mutate(seed.slice(start, start + 3000), edits));
        },
      ),
      { numRuns: 200 },
    );
  });

  it('return true spans on the whole seeds', () => {
    for (const seed of seeds) checkAll(seed);
  });
});
