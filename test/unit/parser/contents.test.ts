/**
 * Tables of contents and the item heading forms of real minutes (lib/parser/toc.ts,
 * contents.ts, tree.ts). Every text here is hand-written in the form a publishing system
 * prints; names, places and numbers are invented.
 */
import { describe, expect, it } from 'vitest';
import { parseText } from '../../../lib/parser/index.ts';
import { flatContents, splitRunTogether, tocTitle } from '../../../lib/parser/toc.ts';

const parse = (text: string) => parseText(text, { source: 'test' });
const listed = (text: string) => parse(text).items.map((i) => [i.number, i.title, i.listedOnly === true]);

describe('contents lines', () => {
  it('drop dot leaders and page numbers, and a status word before the title', () => {
    expect(tocTitle('Godkendelse af dagsorden .............................. 4', true)).toBe('Godkendelse af dagsorden');
    expect(tocTitle('(Åben) Budgetopfølgning 2. kvartal 12', true)).toBe('Budgetopfølgning 2. kvartal');
    // Without page numbers in the contents, a number at the end belongs to the title.
    expect(tocTitle('Endelig vedtagelse af tillæg nr. 15', false)).toBe('Endelig vedtagelse af tillæg nr. 15');
  });
});

describe('a contents flattened into one paragraph', () => {
  it('is cut at its numbers in sequence, with a page footer left out', () => {
    const entries = flatContents(
      'Indholdsfortegnelse Punkt nr. 12: Forslag til vedtægt for Nordby Kommune...3 Punkt nr. 13 : Principper for overførsel af midler...7 Punkt nr. 14: Status på IT...11 Side 2 af 20',
    );
    expect(entries).toEqual([
      { number: 12, title: 'Forslag til vedtægt for Nordby Kommune' },
      { number: 13, title: 'Principper for overførsel af midler' },
      { number: 14, title: 'Status på IT' },
    ]);
  });
  it('without an opener word, only when its numbers follow each other ("1. A 2. B 3. C")', () => {
    const text = '1. Godkendelse af dagsordenen 2. Orientering fra borgmesteren 3. Endelig vedtagelse af tillæg nr. 15 4. Ny affaldsplan 2026-2030';
    expect(flatContents(text, true).map((e) => [e.number, e.title])).toEqual([
      [1, 'Godkendelse af dagsordenen'],
      [2, 'Orientering fra borgmesteren'],
      [3, 'Endelig vedtagelse af tillæg nr. 15'],
      [4, 'Ny affaldsplan 2026-2030'],
    ]);
    // One long numbered point of a proposal is not a contents.
    expect(flatContents('1. Det besluttes om anmodningen fra medlem Bent Holm om udtræden af Nordby Kommunalbestyrelse kan imødekommes.', true)).toEqual([]);
  });
  it('leaves group headings in capitals out ("SAGER TIL EFTERRETNING", "LUKKEDE SAGER")', () => {
    const entries = flatContents(
      'Til behandling forelå: TIL KOMMUNALBESTYRELSENS AFGØRELSE 101. Salg af grund Ansøgning om tilskud til Nordby Hallen SAGER TIL EFTERRETNING Orientering fra borgmesteren LUKKEDE SAGER LUKKET PUNKT: LUKKET PUNKT:... 9',
    );
    expect(entries.map((e) => e.title)).toEqual([
      'Salg af grund',
      'Ansøgning om tilskud til Nordby Hallen',
      'Orientering fra borgmesteren',
      'LUKKET PUNKT:',
      'LUKKET PUNKT:',
    ]);
    expect(entries[0]!.number).toBe(101);
  });
});

describe('titles that ran together (a contents that lost its numbers and line breaks)', () => {
  it('are cut where a capital starts a title, not at names', () => {
    expect(
      splitRunTogether(
        'Godkendelse af dagsorden Meddelelser Ændring af forslag til Lokalplan 4.2 for Vestby erhvervsområde Kvalitetsrapport for skolerne Fornyelse af bevilling til restaurant Lille Nordhavn - LUKKET SAG Ansøgning fra foreningen Dragen om lokaler',
      ),
    ).toEqual([
      'Godkendelse af dagsorden',
      'Meddelelser',
      'Ændring af forslag til Lokalplan 4.2 for Vestby erhvervsområde',
      'Kvalitetsrapport for skolerne',
      'Fornyelse af bevilling til restaurant Lille Nordhavn - LUKKET SAG',
      'Ansøgning fra foreningen Dragen om lokaler',
    ]);
  });
  it('keep quoted names and names after a preposition or a comma, and start titles at routing codes', () => {
    expect(splitRunTogether('Tilskud til opførelsen af "Hamlet & Ofelia" Godkendelse af takster, Nordby, Sydby ØU - Regnskab 2025 TMU - Grønt regnskab')).toEqual([
      'Tilskud til opførelsen af "Hamlet & Ofelia"',
      'Godkendelse af takster, Nordby, Sydby',
      'ØU - Regnskab 2025',
      'TMU - Grønt regnskab',
    ]);
  });
});

describe('contents printed line by line', () => {
  it('are items, each listed only, numbered as printed (a page that shows only the list)', () => {
    const text = `Referat
Økonomiudvalget

Indholdsfortegnelse
181.
Overførsel af bevillinger
182.
Finansiel strategi
183.
Lån til betaling af ejendomsskatter`;
    expect(listed(text)).toEqual([
      [181, 'Overførsel af bevillinger', true],
      [182, 'Finansiel strategi', true],
      [183, 'Lån til betaling af ejendomsskatter', true],
    ]);
  });
  it('join a title wrapped before its page number', () => {
    const text = `Referat
Indholdsfortegnelse
1.
Valg af valgstyrere til
kommunalvalget - BY
2
2.
Valg af tilforordnede - BY
4
3.
Regnskab 2025 - ØU
6`;
    expect(listed(text).map((i) => i[1])).toEqual(['Valg af valgstyrere til kommunalvalget - BY', 'Valg af tilforordnede - BY', 'Regnskab 2025 - ØU']);
  });
  it('pair a column of numbers with the column of titles after it', () => {
    const text = `Referat
Sag nr. Side
21.
22.
23.
Meddelelser
Drøftelse af besparelser på
badebroer
Normering af stilling`;
    expect(listed(text)).toEqual([
      [21, 'Meddelelser', true],
      [22, 'Drøftelse af besparelser på badebroer', true],
      [23, 'Normering af stilling', true],
    ]);
  });
  it('meet the body: an item in both is one item, the others are listed only', () => {
    const text = `Referat
Pkt. Tekst
342 Godkendelse af dagsorden
343 Kirkelig ligning
344 Spørgetid
00.01.00-G01-24-17

342. Godkendelse af dagsorden
Beslutning
Godkendt.`;
    const meeting = parse(text);
    expect(meeting.items.map((i) => [i.number, i.title, i.listedOnly === true, i.decision])).toEqual([
      [342, 'Godkendelse af dagsorden', false, 'Godkendt.'],
      [343, 'Kirkelig ligning', true, null],
      [344, 'Spørgetid', true, null],
    ]);
  });
  it('take the contents title where the heading has a control text glued on', () => {
    const text = `Referat
1.Meddelelse fra formanden
2.Budgetopfølgning
3.Lånoptagelse

1. Meddelelse fra formandenReferat
Beslutning
Taget til efterretning.`;
    expect(parse(text).items[0]!.title).toBe('Meddelelse fra formanden');
  });
  it('are not taken from a numbered list on a page that is not minutes', () => {
    const text = `Nyt fra kommunen
Følgende punkter er på mødet:
 1. Mødeplan 2027
 2. Kirkeskat 2027
 3. Orientering`;
    expect(parse(text).items).toEqual([]);
  });
});

describe('item headings in the forms real minutes print', () => {
  const decided = (heading: string) => parse(`${heading}\nBeslutning\nGodkendt.\n`).items.map((i) => [i.number, i.title]);
  it('reads "Nr.N - Title", "N: Title", "N Title", "N. N. Title" and a title after its number alone', () => {
    expect(decided('Nr.4 - Lukning af Skovvej')).toEqual([[4, 'Lukning af Skovvej']]);
    expect(decided('2: 2. behandling af budgettet')).toEqual([[2, '2. behandling af budgettet']]);
    expect(decided('342 Godkendelse af dagsorden')).toEqual([[342, 'Godkendelse af dagsorden']]);
    expect(decided('1. 1. Godkendelse af dagsordenen')).toEqual([[1, 'Godkendelse af dagsordenen']]);
    expect(decided('121.\nGodkendelse af dagsorden')).toEqual([[121, 'Godkendelse af dagsorden']]);
    expect(decided('• 34.\nBeslutningssag: Salg af grund')).toEqual([[34, 'Beslutningssag: Salg af grund']]);
  });
  it('does not take amounts for items ("2 mio. kr. …")', () => {
    expect(decided('Tilskud\n2 Mio. kr. til stier')).toEqual([]);
  });
  it('keeps an item whose heading the page lost: it opens at its case line', () => {
    const text = `Referat
Udvalg: Byrådet
 • Sagsid.:
  Beslutning Byrådet den 31-10-2026
  Dagsordenen godkendt.
 • Sagsid.: 26/25139
  Indstilling
  Vedtægterne godkendes.
  Beslutning Byrådet den 31-10-2026
  Indstillingen godkendt.`;
    expect(parse(text).items.map((i) => [i.number, i.title, i.caseNumbers, i.decision])).toEqual([
      [1, '', [], 'Dagsordenen godkendt.'],
      [2, '', ['26/25139'], 'Indstillingen godkendt.'],
    ]);
  });
  it('keeps the last heading where the text is cut off after it', () => {
    const text = `Punkt 7 Spørgetid\nBeslutning\nIngen spørgsmål.\nPunkt 8 Årsregnskab 2025\nBeslutning\nGodkendt.\nPunkt 9 Revisionsberetning nr. 4 - beret`;
    expect(parse(text).items.map((i) => i.number)).toEqual([7, 8, 9]);
  });
});

describe('open and closed parts of a meeting', () => {
  it('items under "Lukkede dagsordenspunkter" are closed, those under "Åbne dagsordenspunkter" open', () => {
    const text = `Referat
Åbne dagsordenspunkter
12. Spørgsmål om parkering
Sagsnr.: 00.01.00-P35-1-26
Beslutning
Besvaret.
Lukkede dagsordenspunkter
13. Køb af ejendom
Sagsnr.: 00.01.00-G01-2-26
Beslutning
Godkendt.`;
    expect(parse(text).items.map((i) => [i.number, i.closed])).toEqual([
      [12, false],
      [13, true],
    ]);
  });
});

describe('a title that opens with its subject', () => {
  it('starts at the names before the verb ("Den Frie Skole ønsker …")', () => {
    expect(splitRunTogether('Revision af regnskabet (ØK) Den Frie Skole ønsker renovering af hal Budget 2027 for skolerne')).toEqual([
      'Revision af regnskabet (ØK)',
      'Den Frie Skole ønsker renovering af hal',
      'Budget 2027 for skolerne',
    ]);
  });
});

describe('contents lines with dot leaders (PDF minutes)', () => {
  it('are entries with clean titles, not body items', () => {
    const text = `Referat
Indholdsfortegnelse
1. Godkendelse af dagsorden ................................ 3
2. Budgetopfølgning 2. kvartal ............................. 4
3. Salg af grund i Nordby .................................. 6

1. Godkendelse af dagsorden
Beslutning
Godkendt.`;
    expect(listed(text)).toEqual([
      [1, 'Godkendelse af dagsorden', false],
      [2, 'Budgetopfølgning 2. kvartal', true],
      [3, 'Salg af grund i Nordby', true],
    ]);
  });
});

describe('a title wrapped over two lines (PDF text)', () => {
  it('is joined, and its item found', () => {
    const text = `Punkt 4: Endelig vedtagelse af lokalplan for boliger ved
skolen i Nordby
Beslutning
Godkendt.`;
    expect(parse(text).items.map((i) => [i.number, i.title, i.decision])).toEqual([[4, 'Endelig vedtagelse af lokalplan for boliger ved skolen i Nordby', 'Godkendt.']]);
  });
});

describe("a page's own controls between items", () => {
  it('are no part of the item before them ("Show video" before every heading)', () => {
    const text = `Punkt 7 Spørgetid
Beslutning
Ingen spørgsmål.
Show video
Punkt 8 Årsregnskab 2025
Beslutning
Godkendt.
Show video
Punkt 9 Budget 2027
Beslutning
Drøftet.`;
    expect(parse(text).items.map((i) => i.decision)).toEqual(['Ingen spørgsmål.', 'Godkendt.', 'Drøftet.']);
  });
});

describe('a page of a PDF transcript given as one line', () => {
  it('is cut back into lines where the template starts one, so its items read', () => {
    const text = `Referat
2 Indholdsfortegnelse Punkter til dagsorden Side 1. Godkendelse af dagsorden Meddelelser Salg af grund i Nordby
3 1. Godkendelse af dagsorden Åben sag Sagsnr.: 26/10057 Sagsansvarlig: abc.of RESUMÉ Dagsordenen fremlægges. BESLUTNING Godkendt.
4 2. Meddelelser Åben sag Sagsnr.: 26/10058 Sagsansvarlig: abc.of RESUMÉ Ingen.`;
    expect(parse(text).items.map((i) => [i.number, i.title, i.caseNumbers, i.listedOnly === true])).toEqual([
      [1, 'Godkendelse af dagsorden', ['26/10057'], false],
      [2, 'Meddelelser', ['26/10058'], false],
      [3, 'Salg af grund i Nordby', [], true],
    ]);
  });
  it('is left whole where it is running text that starts with a number', () => {
    const text = '12 medlemmer af udvalget deltog. Sagsnr.: 26/1 blev nævnt, og Afbud: ingen. Resten af teksten er almindelig tekst om budgettet for 2027.';
    expect(parse(text).items).toEqual([]);
  });
});

describe('a clock time is no item heading', () => {
  it('"18:00 - 20:05" under "Mødetid" is not item 18', () => {
    expect(parse('Referat\nMødetid:\n18:00 - 20:05\nBeslutning\nGodkendt.').items).toEqual([]);
  });
});
