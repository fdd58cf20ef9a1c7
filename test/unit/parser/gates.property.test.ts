/**
 * The classifier and the contents and header readers skip their expressions where a cheap test
 * of a line's first and last characters (a "gate") rules the line out. A gate may let through a
 * line its test then refuses, but must never refuse one the test would take: the reader would
 * silently miss a heading, a decision label or a case line. Checked here on every line of the
 * seeds and the corpus, and on lines built from the vocabulary's pieces, odd letters included
 * ("ſ" and the Kelvin sign fold to s and k, as the case-insensitive expressions read them).
 */
import { readdirSync } from 'node:fs';
import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { classifyCaseNumber, mayBeCaseNumberLine } from '../../../lib/parser/case-numbers.ts';
import { codeAt, lengthOf } from '../../../lib/parser/chars.ts';
import { classifyLines } from '../../../lib/parser/classify.ts';
import { segmentLine, startsWithLabel } from '../../../lib/parser/header-fields.ts';
import { readText } from '../../../lib/parser/normalize.ts';
import { flatContents, startsWithNumberedTitle } from '../../../lib/parser/toc.ts';
import { decisionLabel, headingStrength, mayBeDecisionLabel, mayBeHeading } from '../../../lib/parser/vocabulary.ts';
import { readShared, seedNames, sharedAvailable, sharedPath } from '../../shared.ts';

/** What each gate must let through, for one (trimmed, non-empty) line, as classify reads it. */
function checkGates(text: string): void {
  const length = lengthOf(text);
  if (length === 0) return;
  const c0 = codeAt(text, 0);
  const c1 = codeAt(text, 1);
  const last = codeAt(text, length - 1);
  if (!mayBeDecisionLabel(text, c0, last)) expect(decisionLabel(text), text).toBeNull();
  if (!mayBeHeading(c0, last, length)) expect(headingStrength(text), text).toBeNull();
  if (!mayBeCaseNumberLine(length, c0, c1, last)) expect(classifyCaseNumber(text), text).toBeNull();
  if (!startsWithLabel(text)) expect(segmentLine(text).fields[0]?.atStart ?? false, text).toBe(false);
  if (!startsWithNumberedTitle(text)) expect(flatContents(text, true), text).toEqual([]);
}

const piece = fc.constantFrom(
  'Beslutning', 'BESLUTNING', 'beslutning', 'Beslutning i Byrådet den 12. marts 2019', 'Økonomiudvalgets beslutning den 04.12.2012',
  'Sagsfremstilling', 'Indstilling', 'Bilag', 'Sagsnr.', 'Sagsnr.:', 'Sags nr.', 'J.nr.', 'Journalnr.', 'ſagsnr', 'Åbent', 'Lukket', 'åben',
  'Mødedato:', 'Medlemmer', 'Fraværende:', 'Afbud fra:', 'Sted:', 'Tid:', 'Udvalg', 'pkt. 6', 'Punkt 2', 'punkt', '1. ', '2. ', '10 ',
  '24-002111', '00.01.00-A00-1-24', '85.02.02-G01-1-17', '2018-1234', '18/17122', 'EMN-2024-01234', 'S2023-12', '299835',
  ' ', '  ', '\t', ':', '.', ',', ' - ', '–', '(', ')', 'Godkendt', 'Anbefales', 'Økonomi', 'K', 'Å', 'x', 'A', '7',
);
const builtLine = fc.array(piece, { minLength: 1, maxLength: 8 }).map((parts) => parts.join('').trim());

describe('the classifier’s and readers’ gates', () => {
  it('never refuse a line the test behind them takes (lines built from the vocabulary)', () => {
    fc.assert(
      fc.property(builtLine, (text) => {
        checkGates(text);
      }),
      { numRuns: 4000 },
    );
  });

  it.runIf(sharedAvailable)('never refuse a line of the seeds or the corpus the test behind them takes', () => {
    const corpus = readdirSync(sharedPath('corpus')).filter((f) => f.endsWith('.txt'));
    const texts = [...seedNames().map((name) => readShared('seeds', `${name}.txt`)), ...corpus.map((f) => readShared('corpus', f))];
    let lines = 0;
    for (const text of texts) {
      for (const raw of text.split(/\r\n|\r|\n/)) {
        const line = raw.trim();
        if (line === '') continue;
        checkGates(line);
        lines++;
      }
    }
    expect(lines).toBeGreaterThan(4000);
  });

  it.runIf(sharedAvailable)('give each line the kind of its class (LineTable.kind)', () => {
    for (const name of seedNames()) {
      const table = readText(readShared('seeds', `${name}.txt`));
      classifyLines(table);
      for (let i = 0; i < table.length; i++) expect(table.kind(i)).toBe(table.cls(i).kind);
    }
  });
});
