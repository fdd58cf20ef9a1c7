/**
 * Decisions as a reader sees them under an item: the decision of THIS meeting in the forms
 * real minutes label it, earlier bodies' decisions as the case's history, and attendance lines
 * kept out of the decision text. Hand-written lines of the forms, invented names and values.
 */
import { describe, expect, it } from 'vitest';
import type { Item } from '../../../lib/model.ts';
import { pickTreatment, sameBody } from '../../../lib/parser/history.ts';
import { parseText } from '../../../lib/parser/index.ts';
import { decisionLabel } from '../../../lib/parser/vocabulary.ts';

/** One item under a "Punkt 1:" heading (a form every document's item detection reads). */
function item(body: string, header = ''): Item {
  const meeting = parseText(`${header}\n\nPunkt 1: Godkendelse af regnskab\n\n${body}\n`, { source: 't' });
  expect(meeting.items).toHaveLength(1);
  return meeting.items[0]!;
}

describe('decision labels open the decision', () => {
  it.each([
    ['Beslutning i Skoleudvalget den 12-03-2019', 'Skoleudvalget'],
    ['BESLUTNING I SKOLEUDVALGET den 07-03-2016', 'SKOLEUDVALGET'],
    ['BESLUTNING: Teknikudvalget den 22-10-2020', 'Teknikudvalget'],
    ['Beslutning i Byrådet 9. oktober 2018:', 'Byrådet'],
    ['Skoleudvalgets beslutning den 8. november 2022:', 'Skoleudvalget'],
    ['Beslutning Byrådet den 31-10-2018', 'Byrådet'],
    ['Beslutning Byrådet, 22.11.2016', 'Byrådet'],
    ['Beslutning fra Direktionen, 8. februar 2021, pkt. 6:', 'Direktionen'],
    ['Miljøudvalget 2018-21, 28. oktober 2019, pkt. 452:', 'Miljøudvalget 2018-21'],
  ])('%s', (line, body) => {
    expect(decisionLabel(line)?.body).toBe(body);
  });

  it('not a title or a sentence that starts with the word', () => {
    expect(decisionLabel('Beslutning om lokalplan 12 den 3. maj 2019')).toBeNull();
    expect(decisionLabel('Beslutningsforslag fra gruppe A')).toBeNull();
    expect(decisionLabel('Beslutningen træffes den 4. maj 2019 af byrådet, som skal tage stilling til forslaget om en ny skole')).toBeNull();
  });

  it('reads the decision and its outcome under each form', () => {
    for (const label of ['BESLUTNING I SKOLEUDVALGET den 07-03-2016', 'BESLUTNING: Skoleudvalget den 07-03-2016', 'Beslutning i Skoleudvalget 7. marts 2016:']) {
      const it1 = item(`${label}\n\nGodkendt.\n\nSagsfremstilling\n\nTekst om sagen.`);
      expect(it1.decision).toBe('Godkendt.');
      expect(it1.outcome).toBe('approved');
      expect(it1.decisionLabel).toBe(label.replace(/:$/, ''));
    }
  });

  it('"BeslutningGodkendt.": the page lost the line break after the heading', () => {
    const it1 = item('Sagsfremstilling\n\nTekst om sagen.\n\nBeslutningGodkendt.');
    expect(it1.decision).toBe('Godkendt.');
    expect(it1.outcome).toBe('approved');
    expect(it1.sections).toEqual(['Sagsfremstilling', 'Beslutning']);
  });

  it('"Beslutning: Godkendt.": the label and the decision on one line', () => {
    const it1 = item('Sagsfremstilling\n\nTekst om sagen.\n\nBeslutning: Godkendt med de faldne bemærkninger.');
    expect(it1.decision).toBe('Godkendt med de faldne bemærkninger.');
    expect(it1.outcome).toBe('approved');
    expect(it1.sections).toEqual(['Sagsfremstilling', 'Beslutning']);
    // Its decision is the evidence that a heading opens an item ("Punkt 1." and nothing but the decision under it).
    const meeting = parseText('Dagsorden\nByrådet\n\nPunkt 1. Godkendelse af dagsorden\nBeslutning: Godkendt.\n\nPunkt 2. Lokalplan 12\nBeslutning: Vedtaget.\n', { source: 't' });
    expect(meeting.items.map((i) => [i.number, i.title, i.decision])).toEqual([
      [1, 'Godkendelse af dagsorden', 'Godkendt.'],
      [2, 'Lokalplan 12', 'Vedtaget.'],
    ]);
  });

  it('"Beslutning Godkendt.": a table row\'s label and value cells on one line', () => {
    const it1 = item('Sagsfremstilling\n\nTekst om sagen.\n\nBeslutning\tTaget til efterretning.');
    expect(it1.decision).toBe('Taget til efterretning.');
    expect(it1.outcome).toBe('noted');
    expect(item('Sagsfremstilling\n\nTekst om sagen.\n\nBESLUTNING: Godkendt.').decision).toBe('Godkendt.');
    // Who decided is no decision text: a body's name alone, or with a date (a label).
    expect(decisionLabel('Beslutning Økonomiudvalget')?.glued ?? null).toBeNull();
    expect(decisionLabel('Beslutning Byrådet den 31-10-2018')).toEqual({ body: 'Byrådet', glued: null });
  });

  it('a labelled decision and its text on one line', () => {
    const it1 = item('Sagsfremstilling\n\nTekst om sagen.\n\nBeslutning i Byrådet den 12. marts 2019: Godkendt med 15 stemmer.');
    expect(it1.decision).toBe('Godkendt med 15 stemmer.');
    expect(it1.decisionLabel).toBe('Beslutning i Byrådet den 12. marts 2019');
    expect(it1.outcome).toBe('approved');
    // A transcript that lost the date's digits.
    expect(item('BESLUTNING I ØKONOMIUDVALGET DEN Godkendt, herunder et nyt punkt.').decision).toBe('Godkendt, herunder et nyt punkt.');
  });

  it('a body-and-date line under a plain "Beslutning" is the label, not decision text', () => {
    const it1 = item('Beslutning\n\nFritids- og Kulturudvalget, 03.09.2018\n\nTil efterretning.');
    expect(it1.decision).toBe('Til efterretning.');
    expect(it1.outcome).toBe('noted');
    expect(it1.decisionLabel).toBe('Fritids- og Kulturudvalget, 03.09.2018');
    // A sentence ending in a date stays decision text.
    expect(item('Beslutning\n\nPunktet udsat. Behandles på mødet den 4. december 2024.').decision).toBe(
      'Punktet udsat. Behandles på mødet den 4. december 2024.',
    );
  });

  it('eDoc "Referat" glued to the title heads the minutes of the item', () => {
    const meeting = parseText('Punkt 1: Meddelelser fra formandenReferat\n\nFormanden orienterede om årets budget.\n', { source: 't' });
    expect(meeting.items[0]!.title).toBe('Meddelelser fra formanden');
    expect(meeting.items[0]!.decision).toBe('Formanden orienterede om årets budget.');
    expect(meeting.items[0]!.decisionSpan).not.toBeNull();
    const alone = parseText('Punkt 1: Meddelelser fra formanden\n\nReferat\n\nIngen meddelelser.\n', { source: 't' });
    expect(alone.items[0]!.decision).toBe('Ingen meddelelser.');
  });
});

describe("this meeting's decision among several; the others are history", () => {
  it('earlier bodies\' labelled decisions before a plain "Beslutning"', () => {
    const it1 = item(
      [
        'Beslutning fra Direktionen, 8. februar 2021, pkt. 6:',
        'Anbefales.',
        'Beslutning fra Plan og Miljø, 9. februar 2021, pkt. 42:',
        'Indstillingen anbefales.',
        'Beslutning',
        'Godkendt.',
      ].join('\n\n'),
    );
    expect(it1.decision).toBe('Godkendt.');
    expect(it1.history).toEqual([
      { date: '2021-02-08', body: 'Direktionen', decision: 'Anbefales.' },
      { date: '2021-02-09', body: 'Plan og Miljø', decision: 'Indstillingen anbefales.' },
    ]);
  });

  it('the one of the meeting date, in a POLITISK BEHANDLING section', () => {
    const it1 = item(
      [
        'POLITISK BEHANDLING',
        'Forretningsudvalgets beslutning den 8. november 2022:',
        'Anbefalet.',
        'Miljøudvalgets beslutning den 2. november 2022:',
        'Anbefalet med bemærkninger.',
      ].join('\n\n'),
      'Referat\n\nForretningsudvalget\n\nDato: 08-11-2022',
    );
    expect(it1.decision).toBe('Anbefalet.');
    expect(it1.decisionLabel).toBe('Forretningsudvalgets beslutning den 8. november 2022');
    expect(it1.history).toEqual([{ date: '2022-11-02', body: 'Miljøudvalget', decision: 'Anbefalet med bemærkninger.' }]);
  });

  it('the one of the meeting date when an earlier body\'s decision comes first', () => {
    const it1 = item(
      ['BESLUTNING: Økonomiudvalget den 09-12-2021', 'Til efterretning.', 'BESLUTNING: Kommunalbestyrelsen den 16-12-2021', 'Godkendt.'].join('\n\n'),
      'Referat\n\nDato: 16-12-2021',
    );
    expect(it1.decision).toBe('Godkendt.');
    expect(it1.history).toEqual([{ date: '2021-12-09', body: 'Økonomiudvalget', decision: 'Til efterretning.' }]);
  });

  it('without the meeting date: the own body, a plain label, else the latest treatment', () => {
    const t = (body: string | null, date: string | null) => ({ body, date, plain: body === null && date === null });
    const two = [t('Økonomiudvalget', '2021-12-09'), t('Kommunalbestyrelsen', '2021-12-16')];
    expect(pickTreatment(two, null, null)).toBe(1);
    expect(pickTreatment([...two].reverse(), null, null)).toBe(0);
    expect(pickTreatment(two, null, 'Økonomiudvalg')).toBe(0);
    expect(pickTreatment([t('Direktionen', '2021-02-08'), t(null, null)], null, null)).toBe(1);
    expect(sameBody('Byrådet', 'byrådets')).toBe(true);
    expect(sameBody('Økonomiudvalget 2018-21', 'Økonomiudvalg')).toBe(true);
    expect(sameBody('Økonomiudvalget', 'Børne- og Ungeudvalget')).toBe(false);
  });

  it("an earlier committee's decision alone is history, not this meeting's decision", () => {
    const it1 = item('Miljøudvalget 2018-21, 28. oktober 2019, pkt. 452:\n\nAnbefales.\n\nSagsfremstilling\n\nTekst.', 'Referat\n\nDato: 05-11-2019');
    expect(it1.decision).toBeNull();
    expect(it1.history).toEqual([{ date: '2019-10-28', body: 'Miljøudvalget 2018-21', decision: 'Anbefales.' }]);
  });
});

describe('Sagsforløb entries', () => {
  it('"Udvalg: / Dato: / Punktnummer:" blocks with their decisions', () => {
    const it1 = item(
      [
        'Beslutninger',
        'Godkendt.',
        'Sagsforløb',
        'Udvalg: Magistraten',
        'Dato: 02-09-2025',
        'Punktnummer: 12',
        'Fremsendes til byrådet.',
        'Ib Holm deltog ikke i sagens behandling.',
        'Udvalg: Byrådet',
        'Dato: 10-09-2025',
        'Punktnummer: 11',
        'Fremsendes til udvalget.',
      ].join('\n'),
    );
    expect(it1.decision).toBe('Godkendt.');
    expect(it1.history).toEqual([
      { date: '2025-09-02', body: 'Magistraten', decision: 'Fremsendes til byrådet.\nIb Holm deltog ikke i sagens behandling.' },
      { date: '2025-09-10', body: 'Byrådet', decision: 'Fremsendes til udvalget.' },
    ]);
  });
});

describe('headings in a bulleted list', () => {
  it('are named without the bullet, and a bulleted decision label still says who decided', () => {
    const it1 = item('• Indstilling\n\nAt sagen godkendes.\n\n• Beslutning i Byrådet den 20-06-2018\n\nGodkendt.');
    expect(it1.sections).toEqual(['Indstilling', 'Beslutning i Byrådet den 20-06-2018']);
    expect(it1.decision).toBe('Godkendt.');
    expect(it1.decisionLabel).toBe('Beslutning i Byrådet den 20-06-2018');
  });
});

describe('headings in capitals', () => {
  it('"BAGGRUND" ends the decision before it; "Baggrund" in an author\'s text does not', () => {
    expect(item('BESLUTNING\n\nAnbefalet.\n\nBAGGRUND\n\nRegionen skal udarbejde en oversigt.').decision).toBe('Anbefalet.');
    expect(item('Beslutning\n\nAnbefalet.\n\nBaggrund\n\nTekst.').decision).toBe('Anbefalet.\nBaggrund\nTekst.');
  });
});

describe('history headings', () => {
  it('"Tidligere beslutninger" with "<body>, <date>" lines', () => {
    const it1 = item('Tidligere beslutninger\n\nSkoleudvalget, 03.09.2018\n\nAnbefales.\n\nBeslutning\n\nGodkendt.');
    expect(it1.decision).toBe('Godkendt.');
    expect(it1.history).toEqual([{ date: '2018-09-03', body: 'Skoleudvalget', decision: 'Anbefales.' }]);
  });
});

describe('attendance in a decision', () => {
  it('label lines are attendance: out of the decision, names into the item\'s absent', () => {
    const it1 = item('Beslutning\n\nFRAVÆRENDE: Ib Holm, Eva Lund\n\nGodkendt.');
    expect(it1.decision).toBe('Godkendt.');
    expect(it1.absent).toEqual(['Ib Holm', 'Eva Lund']);
  });

  it('kk.dk\'s labels: "Fraværende med afbud:", "Fraværende uden afbud:", "Fraværende i mødet:"', () => {
    for (const label of ['Fraværende med afbud:', 'Fraværende uden afbud:', 'Fraværende i mødet:']) {
      const meeting = parseText(`Økonomiudvalget\nMødedato: 22.04.2021, kl. 17:30\n\n1. Godkendelse af dagsorden\nBeslutning\nGodkendt.\n${label} Ib Holm (A), Eva Lund (V)\n\n2. Budget\nBeslutning\nGodkendt.\n`, { source: 't' });
      expect(meeting.items[0]!.decision).toBe('Godkendt.');
      expect(meeting.items[0]!.absent).toEqual(['Ib Holm', 'Eva Lund']);
      // In the first item, with no absence in the header, they were absent from the meeting.
      expect(meeting.absent).toEqual(['Ib Holm', 'Eva Lund']);
    }
  });

  it('"Afbud under hele mødet:" with names on the next line and the substitute line after', () => {
    const it1 = item('Beslutning\n\nGodkendt.\nAfbud under hele mødet:\nIb Holm og Eva Lund\nPer Berg deltog som stedfortræder for Ib Holm');
    expect(it1.decision).toBe('Godkendt.');
    expect(it1.absent).toEqual(['Ib Holm', 'Eva Lund']);
  });

  it('"Fraværende- X ()" and "Stedfortræder: Y" lines', () => {
    const it1 = item('BeslutningGodkendt.\nFraværende- Ib Holm ()\nStedfortræder: Per Berg (B)');
    expect(it1.decision).toBe('Godkendt.');
    expect(it1.absent).toEqual(['Ib Holm']);
  });

  it('an empty attendance label does not take the decision text for names', () => {
    const it1 = item('Beslutning\n\nFraværende:\n\nGodkendt.');
    expect(it1.decision).toBe('Godkendt.');
    expect(it1.absent).toEqual([]);
    expect(item('Beslutning\n\nAfbud:\nIngen\n\nGodkendt.').decision).toBe('Godkendt.');
    const listed = item('Beslutning\n\nTil orientering.\nAfbud:\n1. Ib Holm, Ø');
    expect(listed.decision).toBe('Til orientering.');
    expect(listed.absent).toEqual(['Ib Holm']);
  });

  it('attendance sentences stay decision text', () => {
    const it1 = item('Beslutning\n\nGodkendt.\n\nIb Holm (A) deltog ikke i mødet.');
    expect(it1.decision).toBe('Godkendt.\nIb Holm (A) deltog ikke i mødet.');
    // The name as the meeting's lists give it, without the party.
    expect(it1.absent).toEqual(['Ib Holm']);
    expect(item('Beslutning\n\nAfbud fra Eva Lund (A). Per Berg deltager i stedet.\n\nGodkendt.').decision).toBe(
      'Afbud fra Eva Lund (A). Per Berg deltager i stedet.\nGodkendt.',
    );
  });
});

describe('sentences that mention a decision are no labels', () => {
  it.each([
    'Det blev besluttet at følge Byrådets beslutning den 3. maj 2019 om skolen',
    'Udvalget tog formandens beslutning den 12-03-2019 til efterretning',
    'Beslutning i sagen blev truffet. Derfor den 3. maj 2019',
  ])('%s', (line) => {
    expect(decisionLabel(line)).toBeNull();
  });
});
