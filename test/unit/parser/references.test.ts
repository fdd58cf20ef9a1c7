/**
 * References: "se bilag 2" and "jf. sag nr. 7" in an item's text become links a reader can
 * follow; list markers, headings, amounts, dates and case numbers do not.
 */
import { describe, expect, it } from 'vitest';
import type { Reference } from '../../../lib/model.ts';
import fc from 'fast-check';
import { findReferences, findReferencesInEach, findReferencesInLines } from '../../../lib/parser/references.ts';
import { describeShared, readShared, seedNames } from '../../shared.ts';

type Short = [kind: Reference['kind'], target: number, raw: string];

// prettier-ignore
const FOUND: [text: string, refs: Short[]][] = [
  ['Sagen blev behandlet under sag nr. 7 på mødet i juni.',   [['item', 7, 'sag nr. 7']]],
  ['Se punkt 28 på dagsordenen.',                              [['item', 28, 'punkt 28']]],
  ['jf. pkt. 4',                                               [['item', 4, 'pkt. 4']]],
  ['Som beskrevet i dagsordenens punkt 3.',                    [['item', 3, 'dagsordenens punkt 3']]],
  ['Dagsordenspunkt 12 udgår.',                                [['item', 12, 'Dagsordenspunkt 12']]],
  ['punkterne 3 og 4 behandles samlet',                        [['item', 3, 'punkterne 3'], ['item', 4, '4']]],
  ['Referat fra seneste møde er vedlagt som bilag 1.',         [['attachment', 1, 'bilag 1']]],
  ['Bilag 2 viser økonomien.',                                 [['attachment', 2, 'Bilag 2']]],
  ['se bilag 1 og 2',                                          [['attachment', 1, 'bilag 1'], ['attachment', 2, '2']]],
  ['bilag 1, 2 og 5',                                          [['attachment', 1, 'bilag 1'], ['attachment', 2, '2'], ['attachment', 5, '5']]],
  ['vedlagt som bilag 4-8.',                                   [4, 5, 6, 7, 8].map((n): Short => ['attachment', n, 'bilag 4-8'])],
  ['bilag 1 og 3-4',                                           [['attachment', 1, 'bilag 1'], ['attachment', 3, '3-4'], ['attachment', 4, '3-4']]],
  ['Britt Jensen (A), sag 129-131',                            [['item', 129, 'sag 129-131'], ['item', 130, 'sag 129-131'], ['item', 131, 'sag 129-131']]],
  ['Bilag nr. 3 er lukket.',                                   [['attachment', 3, 'Bilag nr. 3']]],
  ['jf. bilag 1, side 3',                                      [['attachment', 1, 'bilag 1']]],
];

describe('findReferences finds item and attachment references', () => {
  it.each(FOUND)('%s', (text, refs) => {
    const found = findReferences(text);
    expect(found.map((r): Short => [r.kind, r.target, r.raw])).toEqual(refs);
    for (const r of found) expect(text.slice(r.index, r.index + r.raw.length)).toBe(r.raw);
  });
});

// prettier-ignore
const NOT: [what: string, text: string][] = [
  ['item heading',            'Punkt 1: SSÆ - Godkendelse af dagsorden'],
  ['list marker',             'Punkt 1) at udvalget godkender'],
  ['OS2web heading',          'Punkt 3 Godkendelse af regnskab'],
  ['Rødovre item number line','Sag nr. 130'],
  ['attachment line',         'Bilag 1 - Ældrerådet, Referat 09.04.2024'],
  ['attachment line, colon',  'Bilag 2: Budget.pdf'],
  ['amount',                  'punkt 3.000 kr.'],
  ['amount with unit',        'bilag 2 mio. kr.'],
  ['quarter',                 'Status for 2. kvartal 2024'],
  ['ordinal',                 'jf. punkt 2. afsnit'],
  ['date',                    'punkt 06-05-2024'],
  ['date d. month',           'sag 6. maj 2024'],
  ['case number',             'jf. sag nr. 24-002111'],
  ['case number, plain',      'sag 24-002111 og sag 306-2009-600'],
  ['case label',              'Sagsnr. 299835'],
  ['KLE',                     'sag 85.02.02-G01-1-17'],
  ['law section',             'jf. § 18, stk. 2'],
  ['decimal',                 'punkt 2,5'],
  ['inside a word',           'Udbudspunkt 3a og hovedpunkt 4'],
];

describe('findReferences ignores what is not a reference', () => {
  it.each(NOT)('%s: %s', (_what, text) => {
    expect(findReferences(text)).toEqual([]);
  });
});

describeShared('references in the seeds', () => {
  it('every reference in every seed sits at its offset and names a small number', () => {
    for (const seed of seedNames()) {
      const text = readShared('seeds', `${seed}.txt`);
      for (const r of findReferences(text)) {
        expect(text.slice(r.index, r.index + r.raw.length)).toBe(r.raw);
        expect(r.target).toBeGreaterThan(0);
        expect(r.target).toBeLessThan(100);
      }
    }
  });

  it('no "Punkt N:" heading or "Bilag N - …" line of a seed is a reference', () => {
    for (const seed of seedNames()) {
      const text = readShared('seeds', `${seed}.txt`);
      for (const r of findReferences(text)) {
        const lineStart = text.lastIndexOf('\n', r.index) + 1;
        const lineEnd = text.indexOf('\n', r.index);
        const line = text.slice(lineStart, lineEnd < 0 ? undefined : lineEnd);
        expect(line, seed).not.toMatch(/^(?:Punkt \d+:|Bilag \d+ - )/);
      }
    }
  });
});

describe('findReferencesInLines and findReferencesInEach', () => {
  // They read only the lines (from the places) their searches point at; the result must be
  // findReferences on every line.
  const piece = fc.constantFrom(
    'punkt', 'Punkt', 'PKT.', 'pkt', 'sag', 'sagerne', 'bilag', 'bilagene', 'dagsordenens ', 'dagsordenspunktet', 'dagsordenspunkterne', 'punktnr.', 'ſag', 'pun\u212At',
    ' nr.', ' nr ', ' ', '   ', '\t', '1', '23', '4-8', ', ', ' og ', '.', 'kr.', 'x', '3.000', '٣',
  );
  it('finds what findReferences finds line by line', () => {
    fc.assert(
      fc.property(fc.array(fc.array(piece, { maxLength: 10 }).map((p) => p.join('')), { maxLength: 6 }), (lines) => {
        const expected = lines.flatMap((line) => findReferences(line));
        expect(findReferencesInLines(lines, lines.join('\n'))).toEqual(expected);
        expect(findReferencesInEach(lines.map((text) => ({ text })))).toEqual(expected);
      }),
      { numRuns: 3000 },
    );
  });
});
