/**
 * Case numbers under an item in the line forms minutes print them: the reader sees the item's
 * journal number with its format, wherever the page put the label and the number.
 */
import { describe, expect, it } from 'vitest';
import type { Item } from '../../../lib/model.ts';
import { parseText } from '../../../lib/parser/index.ts';

function items(text: string): Item[] {
  return parseText(text, { source: 't' }).items;
}

function cases(item: Item | undefined): [string, string][] {
  return (item?.cases ?? []).map((c) => [c.raw, c.format]);
}

describe('case numbers of an item', () => {
  it.each([
    ['Sagsnr.: 00.01.00-P35-130-15', '00.01.00-P35-130-15', 'kle'],
    ['Sagsnummer: 17/409', '17/409', 'yy/serial'],
    ['Sagsid.: 22/36', '22/36', 'yy/serial'],
    ['Sagsnr: 24-025116', '24-025116', 'yy-serial'],
    ['Sagsid.: S2023-360', 'S2023-360', 'year-serial'],
    ['Åbent - 00.01.00A04 - 2007/34364', '00.01.00A04 - 2007/34364', 'year/serial'],
    ['Åbent - 01.00.00-G01-93-16', '01.00.00-G01-93-16', 'kle'],
    ['00.22.00G01-0002', '00.22.00G01-0002', 'kle'],
    ['450-2018-4075', '450-2018-4075', 'municipality-year-serial'],
    ['Sagsnr.\n\n450-2018-4075', '450-2018-4075', 'municipality-year-serial'],
    ['Sagsnr.\n\n299835', '299835', 'digits'],
  ])('%j', (lines, raw, format) => {
    const [item] = items(`Punkt 1: Godkendelse af regnskab\n\n${lines}\n\nBeslutning\n\nGodkendt.\n`);
    expect(cases(item)).toEqual([[raw, format]]);
    expect(item!.caseNumbers).toEqual([raw]);
    expect(item!.decision).toBe('Godkendt.');
  });

  it('an empty label gives no case number and does not take the next line', () => {
    const [item] = items('Punkt 1: Godkendelse af dagsorden\n\nSagsnr:\n\nBeslutning\n\nGodkendt.\n');
    expect(item!.caseNumbers).toEqual([]);
    expect(item!.decision).toBe('Godkendt.');
  });

  it('a case number glued before the text of the line', () => {
    const [item] = items('Punkt 1: Endelig vedtagelse af lokalplan 12\n\n01.02.05-P16-8-16 Resume Kompetence: Byrådet\n\nBeslutning\n\nGodkendt.\n');
    expect(cases(item)).toEqual([['01.02.05-P16-8-16', 'kle']]);
  });

  it('a labelled case number whose line runs on into the text (a transcript lost the break)', () => {
    const long =
      'Sagsnr.: 18/17122 Beslutningstema Movia orienterer om mulighederne for mere miljøvenlig busdrift i hele kommunen og i nabokommunerne. Sagsfremstilling Udvalget får besøg af Movias direktør.';
    const [item] = items(`Punkt 1: Dialog om busdrift\n\n${long}\n\nBeslutning\n\nDrøftet.\n`);
    expect(cases(item)).toEqual([['18/17122', 'yy/serial']]);
  });

  it('a case line standing right before an item heading belongs to that item', () => {
    const text = [
      'Referat',
      '85.02.02-G01-1-17',
      'Punkt 1: Godkendelse af dagsorden',
      'Beslutning',
      'Godkendt.',
      '25.05.00-P19-1-19',
      'Punkt 2: Kirkelig ligning',
      'Beslutning',
      'Anbefales.',
    ].join('\n\n');
    const [first, second] = items(text);
    expect(first!.caseNumbers).toEqual(['85.02.02-G01-1-17']);
    expect(first!.decision).toBe('Godkendt.');
    expect(second!.caseNumbers).toEqual(['25.05.00-P19-1-19']);
    expect(second!.decision).toBe('Anbefales.');
  });

  it('dates, amounts and paragraph references in a decision are no case numbers', () => {
    const [item] = items('Punkt 1: Tilskud\n\nBeslutning\n\nGodkendt den 06-05-2024 med 2.500-3.000 kr., jf. § 18, stk. 2. Tlf. 4646-4646.\n');
    expect(item!.caseNumbers).toEqual([]);
  });
});

describe('a case field run into the heading line (PDF transcripts)', () => {
  it('takes the labelled number and ends the title before the fields', () => {
    const [item] = items('Punkt 1: Godkendelse af dagsorden Åben sag Sagsnr.: 13/10057 Sagsansvarlig: abc Fraværende:\n\nBeslutning\n\nGodkendt.\n');
    expect(item!.title).toBe('Godkendelse af dagsorden');
    expect(cases(item)).toEqual([['13/10057', 'yy/serial']]);
  });
  it('leaves a title that only mentions a case alone', () => {
    const [item] = items('Punkt 1: Opfølgning på sagsnummer 12 i budgettet\n\nBeslutning\n\nGodkendt.\n');
    expect(item!.title).toBe('Opfølgning på sagsnummer 12 i budgettet');
    expect(item!.caseNumbers).toEqual([]);
  });
});
