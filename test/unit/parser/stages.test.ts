/**
 * The parser's stages one by one (normalise → classify → tree → enrich), and the promise
 * that no input makes the parser throw.
 */
import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { classifyLine } from '../../../lib/parser/classify.ts';
import { parseBlocks, parseText, textToBlocks } from '../../../lib/parser/index.ts';
import { normalize } from '../../../lib/parser/normalize.ts';
import { buildTree, type ClassifiedLine } from '../../../lib/parser/tree.ts';
import { splitTitle } from '../../../lib/parser/item.ts';
import { MeetingSchema } from '../../../lib/model.ts';
import { readShared, seedNames, sharedAvailable } from '../../shared.ts';

const classified = (text: string): ClassifiedLine[] => {
  const lines = normalize(textToBlocks(text)) as ClassifiedLine[];
  for (const line of lines) line.cls = classifyLine(line);
  return lines;
};

describe('normalise', () => {
  it('cleans invisible characters and odd spaces a PDF or page leaves in the text', () => {
    const [line] = normalize([{ text: '  Punkt\u00A01:\u00AD  SSÆ\u200B - Eventuelt\t' }]);
    expect(line!.text).toBe('Punkt 1: SSÆ - Eventuelt');
  });
  it('composes decomposed Danish letters (NFC), so "Ø" from a PDF equals a typed "Ø"', () => {
    expect(normalize([{ text: 'A\u030Arhus' }])[0]!.text).toBe('Århus');
  });
  it('marks paragraph starts and table-of-contents lines', () => {
    const lines = normalize(textToBlocks('Mødedeltagere A, B\nC\n\nSSÆ - Eventuelt.....\t22'));
    expect(lines.map((l) => [l.paragraphStart, l.tocLike])).toEqual([
      [true, false],
      [false, false],
      [true, true],
    ]);
  });
});

describe('classify lines', () => {
  const kindOf = (text: string) => classified(text)[0]!.cls;
  it.each([
    ['Punkt 1: SSÆ - Godkendelse af dagsorden', 'item-heading'],
    ['Pkt. 42 Tilskud', 'item-heading'],
    ['Punkt 3 Skoledistrikter', 'item-heading'],
    ['49. Godkendelse af dagsorden', 'item-heading'],
    ['Pkt. 42', 'item-number'],
    ['Sag nr. 130', 'item-number-after'],
    ['Beslutning', 'decision-heading'],
    ['Beslutning i Økonomiudvalget den 16-03-2026', 'decision-heading'],
    ['Sagens forløb', 'section-heading'],
    ['24-002111', 'case-line'],
    ['00.22.04-G01-10-23', 'case-line'],
    ['Mødested Mødelokale 2, Allerslev', 'field'],
    ['REFERAT Socialudvalget d. 08-08-2024', 'meeting-title'],
    ['1.000 kr. er afsat til formålet.', 'text'],
    ['1. oktober 2025 holdt udvalget møde.', 'text'],
  ])('%s → %s', (text, kind) => {
    expect(kindOf(text).kind).toBe(kind);
  });
});

describe('build the item tree', () => {
  it('does not take numbered lists inside an item for items', () => {
    const tree = buildTree(
      classified('1. Budget 2025\nSagsnr.: 2024-12345\nIndstilling\n1. at budgettet godkendes\n2. At rammen fastholdes\nBeslutning\nGodkendt.\n\n2. Eventuelt\nBeslutning\nIntet.'),
    );
    expect(tree.items.map((i) => [i.number, i.title])).toEqual([
      [1, 'Budget 2025'],
      [2, 'Eventuelt'],
    ]);
    expect(tree.items[0]!.sections.map((s) => s.heading)).toEqual(['Indstilling', 'Beslutning']);
  });
  it('counts a shared word ("Økonomi") as a heading only where two items use it', () => {
    const one = buildTree(classified('Punkt 1: A\nSagsfremstilling\nTekst\nØkonomi\nTekst\n\nPunkt 2: B\nBeslutning\nGodkendt'));
    expect(one.items[0]!.sections.map((s) => s.heading)).toEqual(['Sagsfremstilling']);
    const two = buildTree(classified('Punkt 1: A\nØkonomi\nTekst\n\nPunkt 2: B\nØkonomi\nTekst'));
    expect(two.items.map((i) => i.sections.map((s) => s.heading))).toEqual([['Økonomi'], ['Økonomi']]);
  });
});

describe('enrich', () => {
  it.each([
    ['BU/SSÆ/JAI - Status på kvartalsplaner', { closed: false, committees: ['BU', 'SSÆ', 'JAI'] }],
    ['Lukket: Køb af ejendom', { closed: true, committees: [] }],
    ['Budgetopfølgning pr. 31. maj 2024 - Socialudvalget', { closed: false, committees: [] }],
  ])('title %s', (title, want) => {
    expect(splitTitle(title)).toMatchObject(want);
  });
});

describe('plain text parses as its blocks', () => {
  // parseText reads text straight into lines (with repeated lines read once); it must give
  // exactly what parsing the blocks textToBlocks makes of the same text gives.
  const same = (text: string): void => {
    expect(parseText(text, { source: 't' })).toEqual(parseBlocks(textToBlocks(text), { source: 't' }));
  };
  const piece = fc.constantFrom(
    'Punkt 1: Godkendelse', 'Punkt 1:', 'Pkt. 2', 'Beslutning', 'Godkendt.', 'Sagsnr. 24-002111', 'Økonomi', 'Lejre Kommune',
    'Mødedato 06-05-2024 kl. 18:00', 'Indhold.....\t3', 'se bilag 2', ' ', '  ', '\t', '\u00A0', '\u00AD', '\u200B', 'A\u030A',
    '\n', '\n', '\n\n', '\r\n', '\r', ' \n',
  );

  it('on text made of minutes-like pieces', () => {
    fc.assert(
      fc.property(fc.array(piece, { maxLength: 80 }), (pieces) => {
        same(pieces.join(''));
      }),
      { numRuns: 300 },
    );
  });

  it('where a repeated line\'s lone \\r meets the \\r\\n of the last copy (found by the property below)', () => {
    const text = '\rPunkt 1: Godkendelse\rPunkt 1: Godkendelse\r\nPunkt 1: Godkendelse';
    same(text);
    expect(parseText(text, { source: 't' }).items[0]!.span).toEqual({ firstBlock: 0, lastBlock: 0 });
  });

  it('on runs of repeated lines and paragraphs', () => {
    const unit = fc.array(piece, { minLength: 1, maxLength: 4 }).map((p) => p.join(''));
    fc.assert(
      fc.property(fc.array(fc.tuple(unit, fc.nat(40)), { maxLength: 6 }), fc.nat(), (runs, cut) => {
        const text = runs.map(([u, n]) => u.repeat(n)).join('');
        same(text);
        same(text.slice(0, cut % (text.length + 1)));
      }),
      { numRuns: 300 },
    );
  });

  it.runIf(sharedAvailable)('on the seeds', () => {
    for (const name of seedNames()) same(readShared('seeds', `${name}.txt`));
  });
});

describe('the parser never throws', () => {
  const check = (meeting: unknown) => expect(MeetingSchema.safeParse(meeting).success).toBe(true);

  it('on random text, and gives a valid meeting', () => {
    fc.assert(
      fc.property(fc.string({ unit: 'binary', maxLength: 2000 }), (text) => {
        check(parseText(text, { source: 'random' }));
      }),
      { numRuns: 300 },
    );
  });

  it('on random blocks with random hints', () => {
    const role = fc.constantFrom('meeting-title', 'field', 'item-number', 'item-title', 'case-number', 'section-heading', 'attachment');
    const block = fc.record({ text: fc.string({ maxLength: 80 }), hint: fc.option(fc.record({ role, label: fc.string({ maxLength: 10 }) }), { nil: undefined }) });
    fc.assert(
      fc.property(fc.array(block, { maxLength: 60 }), (blocks) => {
        check(parseBlocks(blocks, { source: 'blocks' }));
      }),
      { numRuns: 300 },
    );
  });

  it.runIf(sharedAvailable)('on seeds with lines deleted, repeated and swapped', () => {
    const seeds = seedNames().map((name) => readShared('seeds', `${name}.txt`).split('\n'));
    fc.assert(
      fc.property(fc.nat(seeds.length - 1), fc.array(fc.tuple(fc.nat(), fc.nat(), fc.nat(2))), (which, edits) => {
        const lines = [...seeds[which]!];
        for (const [a, b, op] of edits) {
          const i = a % lines.length;
          const j = b % lines.length;
          if (op === 0) lines.splice(i, 1);
          else if (op === 1) lines.splice(i, 0, lines[j]!);
          else [lines[i], lines[j]] = [lines[j]!, lines[i]!];
        }
        check(parseText(lines.join('\n'), { source: 'mutated' }));
      }),
      { numRuns: 60 },
    );
  });
});
