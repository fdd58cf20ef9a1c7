/**
 * Page text of the other publishing systems (publishing-systems.md §2–3). The texts are
 * MODELLED on the note's descriptions of each system (item forms, labels, decision labels);
 * names, cases and wording are invented. Each checks what a reader would see: the items,
 * their case numbers, decisions and outcomes.
 */
import { describe, expect, it } from 'vitest';
import { parseBlocks, parseText } from '../../../lib/parser/index.ts';

const parse = (text: string) => parseText(text, { source: 'test' });

describe('Roskilde (OS2web, "Pkt. 42" then title on the next line)', () => {
  const text = `Referat
Dato: Onsdag, April 3, 2019 - 18:00
Sted: Roskilde Rådhus, mødelokale 1

Pkt. 42
Tilskud til foreningernes lokaler 2019
Sagsnr. 299835 Kultur- og Idrætsudvalget Åbent punkt

Resume
Forvaltningen foreslår en fordeling af lokaletilskud, jf. bilag 1.

Indstilling
Kultur- og Idrætsudvalget godkender fordelingen.

Sagsfremstilling
Der er 48 foreninger, der har søgt om tilskud. Ring 46 31 30 00 for spørgsmål.

Økonomi
Udgiften på 1.250.000 kr. afholdes inden for rammen.

Kultur- og Idrætsudvalget, 03-04-2019, pkt. 42
Godkendt.
Fraværende: Jens Hansen

Pkt. 43
Orientering om renovering af Roskilde Hallerne
Sagsnr. 301122 Kultur- og Idrætsudvalget Åbent punkt

Resume
Status på renoveringen, jf. sag nr. 42.

Økonomi
Ingen.

Kultur- og Idrætsudvalget, 03-04-2019, pkt. 43
Taget til efterretning.
`;
  const meeting = parse(text);

  it('reads the meeting date and time from the English-locale date', () => {
    expect(meeting.date).toBe('2019-04-03');
    expect(meeting.time).toBe('18:00');
    expect(meeting.location).toBe('Roskilde Rådhus, mødelokale 1');
  });
  it('finds both items with their titles and plain-digit case numbers', () => {
    expect(meeting.items.map((i) => [i.number, i.title, i.caseNumbers])).toEqual([
      [42, 'Tilskud til foreningernes lokaler 2019', ['299835']],
      [43, 'Orientering om renovering af Roskilde Hallerne', ['301122']],
    ]);
  });
  it('reads the "<Udvalg>, DD-MM-YYYY, pkt. N" decision label, with absences taken out', () => {
    const [first, second] = meeting.items;
    expect(first!.decision).toBe('Godkendt.');
    expect(first!.outcome).toBe('approved');
    expect(first!.absent).toEqual(['Jens Hansen']);
    expect(first!.decisionLabel).toBe('Kultur- og Idrætsudvalget, 03-04-2019, pkt. 42');
    expect(second!.outcome).toBe('noted');
  });
  it('counts "Økonomi" as a section where every item uses it', () => {
    expect(meeting.items[0]!.sections).toEqual(['Resume', 'Indstilling', 'Sagsfremstilling', 'Økonomi', 'Kultur- og Idrætsudvalget, 03-04-2019, pkt. 42']);
  });
  it('links "sag nr. 42" to the item and "bilag 1" to the attachment', () => {
    expect(meeting.items[1]!.references).toContainEqual(expect.objectContaining({ kind: 'item', target: 42 }));
    expect(meeting.items[0]!.references).toContainEqual(expect.objectContaining({ kind: 'attachment', target: 1 }));
  });
});

describe('FirstAgenda static export (Holbæk style: "49. Title", "Beslutning i <Udvalg> den <dato>")', () => {
  const text = `UDVALG
Miljø- og Planudvalget
MØDE
Referat
STED
Byrådssalen
STARTTIDSPUNKT
04-06-2020 09:00:00

PUNKTER
49. Godkendelse af dagsorden
50. Lokalplan for boliger ved Stationsvej

49. Godkendelse af dagsorden
Beslutning i Miljø- og Planudvalget den 04-06-2020
Godkendt.

50. Lokalplan for boliger ved Stationsvej
Sagsfremstilling
Planen muliggør 40 boliger. Indstillingen er:
1. at forslaget vedtages
2. at forslaget sendes i høring i 8 uger
Beslutning i Miljø- og Planudvalget den 04-06-2020
Anbefales.
`;
  const meeting = parse(text);
  it('takes the body items, not the list under PUNKTER, and not "1. at …" lines', () => {
    expect(meeting.items.map((i) => i.number)).toEqual([49, 50]);
    expect(meeting.items[1]!.title).toBe('Lokalplan for boliger ved Stationsvej');
  });
  it('reads decisions under "Beslutning i <Udvalg> den <dato>"', () => {
    expect(meeting.items.map((i) => [i.decision, i.outcome])).toEqual([
      ['Godkendt.', 'approved'],
      ['Anbefales.', 'recommended'],
    ]);
    expect(meeting.items[1]!.decisionLabel).toBe('Beslutning i Miljø- og Planudvalget den 04-06-2020');
  });
});

describe('Vejen ("1.Title (C)", "Sagsnummer:", several "Beslutning <Udvalg> den …")', () => {
  const text = `Referat for Økonomiudvalget møde den 19. juni 2018

1.Anlægsbevilling til cykelsti langs Askovvej (B)
Sagsnummer: 18/18300
Sagsfremstilling
Der søges om en anlægsbevilling på 2,5 mio. kr.
Beslutning Teknisk Udvalg den 05-06-2018
Anbefales.
Beslutning Økonomiudvalget den 19-06-2018
Anbefales over for byrådet.
Afbud: Mette Sørensen

2.Orientering om budget 2019 (O)
Sagsnummer: 18/1712
Beslutning Økonomiudvalget den 19-06-2018
Taget til efterretning.
`;
  const meeting = parse(text);
  it('reads the meeting committee and date from the sentence title', () => {
    expect(meeting.committee).toBe('Økonomiudvalget');
    expect(meeting.date).toBe('2018-06-19');
  });
  it('finds items written "1.Title" with yy/serial case numbers', () => {
    expect(meeting.items.map((i) => [i.number, i.caseNumbers])).toEqual([
      [1, ['18/18300']],
      [2, ['18/1712']],
    ]);
  });
  it("takes this meeting's decision and keeps the other committee's as history", () => {
    const item = meeting.items[0]!;
    expect(item.decision).toBe('Anbefales over for byrådet.');
    expect(item.absent).toEqual(['Mette Sørensen']);
    expect(item.history).toEqual([{ date: '2018-06-05', body: 'Teknisk Udvalg', decision: 'Anbefales.' }]);
  });
});

describe('PolWeb / Word-HTML ("1.      Title", "Sag …", "Dok. …", "Åbent")', () => {
  const text = `Referat
Kommunalbestyrelsen
Mødedato: 24-09-2019 kl. 17:00
Mødested: Rådhuset, Nykøbing Sj.

1.      Spørgetid for borgerne
Sag 306-2009-600
Dok. 306-2019-263412
Initialer: PIM
Åbent
Sagsfremstilling
Borgerne kan stille spørgsmål i 15 minutter.
Beslutning
Ingen spørgsmål.

2.      Godkendelse af regnskab 2018 for Odsherred Forsyning
Sag 306-2019-1177
Dok. 306-2019-263990
Initialer: KRN
Lukket
Beslutning
Godkendt.
`;
  const meeting = parse(text);
  it('finds the items and takes "Sag" numbers but never "Dok." numbers', () => {
    expect(meeting.items.map((i) => [i.number, i.caseNumbers])).toEqual([
      [1, ['306-2009-600']],
      [2, ['306-2019-1177']],
    ]);
    expect(meeting.items[0]!.cases[0]!.format).toBe('municipality-year-serial');
  });
  it('marks an item with the "Lukket" marker as closed', () => {
    expect(meeting.items.map((i) => i.closed)).toEqual([false, true]);
  });
  it('reads the header fields with colons', () => {
    expect(meeting.date).toBe('2019-09-24');
    expect(meeting.time).toBe('17:00');
  });
});

describe('eDoc ("2.<TAB>Title", "Sagsnr.:", "<Udvalg>s beslutning den DD.MM.YYYY Punkt N")', () => {
  const text = `Referat
Sundheds- og Forebyggelsesudvalget
Mødedato: 04-12-2012 13:00:00

2.\tBygningsvedligeholdelse 2013 - anlægsbevilling
Sagsnr.: 2012-28504
Dok.nr.: 2012-203438

Sammendrag
Der søges om frigivelse af 3,1 mio. kr.

Indstilling
Forvaltningen indstiller, at anlægsbevillingen godkendes.

Sundheds- og Forebyggelsesudvalgets beslutning den 04.12.2012 Punkt 2
Indstillingen godkendt
Følgende deltog ikke i behandlingen af punktet:
Hans Jensen

3.\tEventuelt
Sagsnr.: 2012-1002
Sundheds- og Forebyggelsesudvalgets beslutning den 04.12.2012 Punkt 3
Intet.
`;
  const meeting = parse(text);
  it('reads items, year-serial case numbers and the genitive decision label', () => {
    expect(meeting.items.map((i) => [i.number, i.caseNumbers, i.decision])).toEqual([
      [2, ['2012-28504'], 'Indstillingen godkendt'],
      [3, ['2012-1002'], 'Intet.'],
    ]);
    expect(meeting.items[0]!.outcome).toBe('approved');
  });
  it('takes names after "Følgende deltog ikke i behandlingen af punktet:" as absent', () => {
    expect(meeting.items[0]!.absent).toEqual(['Hans Jensen']);
  });
  it('reads "04-12-2012 13:00:00"', () => {
    expect([meeting.date, meeting.time]).toEqual(['2012-12-04', '13:00']);
  });
});

describe('OS2web meeting pages ("Punkt 3 Title") and Rødovre ("Title" then "Sag nr. 130")', () => {
  it('reads "Punkt N Title" items', () => {
    const meeting = parse(`Referat
Børne- og Skoleudvalget
Dato: 22.04.2021, kl. 17:30

Punkt 3 Skoledistrikter fra skoleåret 2022/23
Beslutning
Udsat til næste møde.

Punkt 4 Lukket punkt. Personalesag
Beslutning
Godkendt.
`);
    expect(meeting.items.map((i) => [i.number, i.title, i.outcome])).toEqual([
      [3, 'Skoledistrikter fra skoleåret 2022/23', 'postponed'],
      [4, 'Personalesag', 'approved'],
    ]);
    expect(meeting.items[1]!.closed).toBe(true);
    expect([meeting.date, meeting.time]).toEqual(['2021-04-22', '17:30']);
  });

  it('reads Rødovre items, whose "Sag nr." is the item number, not a case number', () => {
    const meeting = parse(`Referat af møde i Kommunalbestyrelsen den 26. januar 2021 kl. 19:00

Godkendelse af dagsorden
Sag nr. 129
Beslutning
Godkendt.

Salg af grund på Islevdalvej
Sag nr. 130
Beslutning
Kommunalbestyrelsen, 26. januar 2021, pkt. 130:
Godkendt.
`);
    expect(meeting.committee).toBe('Kommunalbestyrelsen');
    expect(meeting.items.map((i) => [i.number, i.title, i.caseNumbers])).toEqual([
      [129, 'Godkendelse af dagsorden', []],
      [130, 'Salg af grund på Islevdalvej', []],
    ]);
  });
});

describe('items without numbers (Herning, Aalborg, old aarhus.dk: §3 "no visible number")', () => {
  it('reads Herning-style items: title, "Sagsnr.: … Sagsbehandler: …", then the sections', () => {
    const meeting = parse(`Dagsorden
Plan- og Boligudvalget
Mødedato: 6. november 2017 kl. 15:00

Dagsordenpunkter

Orientering om budgetopfølgning
Sagsnr.: 00.30.10-S00-2-17 Sagsbehandler: Anne Holm
Sagsfremstilling
Forvaltningen orienterer om budgettet.
Indstilling
Forvaltningen indstiller, at orienteringen tages til efterretning.
Beslutning
Taget til efterretning

Ny skolestruktur i Vestbyen
Sagsnr.: 17.01.00-A00-3-17 Sagsbehandler: Per Olsen
Sagsfremstilling
Der foreslås en ny struktur, jf. bilag 2.
Indstilling
Forvaltningen indstiller, at forslaget sendes i høring.
Beslutning
Godkendt.
Mette Berg (V) var fraværende.
`);
    expect(meeting.committee).toBe('Plan- og Boligudvalget');
    expect(meeting.date).toBe('2017-11-06');
    expect(meeting.items.map((i) => [i.number, i.title, i.caseNumbers, i.decision, i.outcome])).toEqual([
      [1, 'Orientering om budgetopfølgning', ['00.30.10-S00-2-17'], 'Taget til efterretning', 'noted'],
      [2, 'Ny skolestruktur i Vestbyen', ['17.01.00-A00-3-17'], 'Godkendt.\nMette Berg (V) var fraværende.', 'approved'],
    ]);
  });

  it('reads items whose first one has only its decision, the others their sections first', () => {
    const meeting = parse(`Referat
Magistraten
Mødedato: Mandag den 12. marts 2018 kl. 09:00

Godkendelse af dagsorden
Beslutning:
Godkendt

Budgetopfølgning pr. 1. marts
Sagsfremstilling
Forbruget følger budgettet.
Beslutning:
Taget til efterretning.

Cykelsti langs Havnevej
Sagsfremstilling
Der er ønske om en cykelsti.
Beslutning:
Udsat.
`);
    expect(meeting.items.map((i) => [i.number, i.title, i.sections, i.outcome])).toEqual([
      [1, 'Godkendelse af dagsorden', ['Beslutning'], 'approved'],
      [2, 'Budgetopfølgning pr. 1. marts', ['Sagsfremstilling', 'Beslutning'], 'noted'],
      [3, 'Cykelsti langs Havnevej', ['Sagsfremstilling', 'Beslutning'], 'postponed'],
    ]);
  });

  it('joins a title wrapped onto a second line in lower case (PDF text)', () => {
    const meeting = parse(`Referat
Teknisk Udvalg

Samarbejdsaftale mellem kommunerne i
region Syddanmark
Sagsfremstilling
Aftalen er forhandlet på plads.
Beslutning
Anbefales.

Vejplan 2021
Sagsfremstilling
Planen er sendt i høring.
Beslutning
Godkendt.
`);
    expect(meeting.items.map((i) => i.title)).toEqual(['Samarbejdsaftale mellem kommunerne i region Syddanmark', 'Vejplan 2021']);
  });

  it('takes a heading of the page as a title whatever it ends with', () => {
    const meeting = parseBlocks(
      [
        { text: 'Referat' },
        { text: 'Økonomiudvalget' },
        { text: 'Mødedato: 4. april 2022' },
        { text: 'Skal vi have en ny svømmehal?', hint: { headingLevel: 2 } },
        { text: 'Sagsfremstilling', hint: { headingLevel: 3 } },
        { text: 'Forvaltningen har undersøgt behovet.' },
        { text: 'Beslutning', hint: { headingLevel: 3 } },
        { text: 'Sendt videre til Byrådet.' },
        { text: 'Salg af Skolevej 4.', hint: { headingLevel: 2 } },
        { text: 'Sagsfremstilling', hint: { headingLevel: 3 } },
        { text: 'Grunden er udbudt.' },
        { text: 'Beslutning', hint: { headingLevel: 3 } },
        { text: 'Godkendt.' },
      ],
      { source: 'test' },
    );
    expect(meeting.items.map((i) => [i.number, i.title, i.decision])).toEqual([
      [1, 'Skal vi have en ny svømmehal?', 'Sendt videre til Byrådet.'],
      [2, 'Salg af Skolevej 4.', 'Godkendt.'],
    ]);
  });

  it('takes the numbers of titles that start with a number in a form headings are not read in ("1)", "Sag nr. 2:")', () => {
    const text = (a: string, b: string) => `Referat fra mødet i Skoleudvalget 3. april 2019

${a} Godkendelse af dagsorden
Beslutning
Godkendt.

${b} Skoledistrikter
Beslutning
Sendt i høring.
`;
    const titles = (a: string, b: string) => parse(text(a, b)).items.map((i) => [i.number, i.title]);
    expect(titles('1)', '2)')).toEqual([
      [1, 'Godkendelse af dagsorden'],
      [2, 'Skoledistrikter'],
    ]);
    expect(titles('Sag nr. 7:', 'Sag nr. 8:')).toEqual([
      [7, 'Godkendelse af dagsorden'],
      [8, 'Skoledistrikter'],
    ]);
  });

  it('finds no items on a page that names the sections once (a guide to reading minutes)', () => {
    const meeting = parse(`Sådan læser du et referat
Et referat har flere dele.
Sagsfremstilling
Her beskriver forvaltningen sagen.
Om beslutningen
Beslutning
Her står udvalgets beslutning.
Kontakt os
`);
    expect(meeting.items).toEqual([]);
  });

  it('takes no decision text and no sentence for a title', () => {
    const meeting = parse(`Referat
Byrådet

Godkendelse af dagsorden
Beslutning
Godkendt
Hans Hansen deltog ikke
Bilag
Oversigt over sager

Lokalplan 12
Sagsfremstilling
Planen har været i høring.
Beslutning
Vedtaget.

Lokalplan 13
Sagsfremstilling
Planen har været i høring.
Beslutning
Vedtaget.
`);
    expect(meeting.items.map((i) => i.title)).toEqual(['Godkendelse af dagsorden', 'Lokalplan 12', 'Lokalplan 13']);
    expect(meeting.items[0]!.sections).toEqual(['Beslutning', 'Bilag']);
  });
});

describe('more forms of publishing-systems.md §3', () => {
  it('Hedensted: the title without the control text glued on ("Klik her for at folde ud og læse mere om …")', () => {
    const meeting = parse(`Referat
Økonomiudvalget
Mødedato: Torsdag, 18 november, 2021 - 15:30
Dagsordenpunkter
1. Godkendelse af dagsorden Klik her for at folde ud og læse mere om Godkendelse af dagsorden
Beslutning
Godkendt.
2. Salg af jord ved Bakkevej Klik her for at folde ud og læse mere om Salg af jord ved Bakkevej
Sagsnr.: 05.00.00-A00-2-21
Beslutning
Indstilles godkendt.
`);
    expect(meeting.date).toBe('2021-11-18');
    expect(meeting.items.map((i) => [i.number, i.title, i.outcome])).toEqual([
      [1, 'Godkendelse af dagsorden', 'approved'],
      [2, 'Salg af jord ved Bakkevej', 'recommended'],
    ]);
  });

  it('kk.dk: "Tilstede var:" in the first item gives the participants, and is no decision text', () => {
    const meeting = parse(`Økonomiudvalget
Mødedato: onsdag den 1. oktober 2025 kl. 15.45
Mødested: Rådhuset

1. Godkendelse af dagsorden
Beslutning
Tilstede var: Anna Holm, Bo Lund, Carl Mikkelsen
Afbud fra: Dorte Ravn
Godkendt.

2. Forslag om ny park
Beslutning
Sagen blev udsat uden behandling.
`);
    expect(meeting.time).toBe('15:45');
    expect(meeting.participants).toEqual(['Anna Holm', 'Bo Lund', 'Carl Mikkelsen']);
    expect(meeting.absent).toEqual(['Dorte Ravn']);
    expect(meeting.items.map((i) => [i.decision, i.outcome])).toEqual([
      ['Godkendt.', 'approved'],
      ['Sagen blev udsat uden behandling.', 'postponed'],
    ]);
  });

  it('Køge: a "Lukkede Punkter" heading between items closes the rest and is no text of the item before', () => {
    const meeting = parse(`Referat af møde i Klima- og Planudvalget
Den 09.01.2020 kl. 13:00 i Mødelokale 1

12. Lokalplan for Søndergade
Beslutning
Godkendt.

13. Vejplan 2020
Beslutning
Godkendt.
Lukkede Punkter
14. Køb af ejendom
Beslutning
Godkendt.
`);
    expect(meeting.items.map((i) => [i.number, i.decision, i.closed])).toEqual([
      [12, 'Godkendt.', false],
      [13, 'Godkendt.', false],
      [14, 'Godkendt.', true],
    ]);
  });

  it('Rødovre page text without blank lines: a title-like line above "Sag nr. N" is the title', () => {
    const meeting = parse(`Kommunalbestyrelsen
Referat 25. februar 2020 kl. 19:00
Fraværende
Britt Jensen (A), sag 129-138
Godkendelse af dagsorden
Sag nr. 129
Beslutning
Godkendt.
Salg af grund på Islevdalvej
Sag nr. 130
Beslutning
Godkendt.
`);
    expect(meeting.absent).toEqual(['Britt Jensen']);
    expect(meeting.items.map((i) => [i.number, i.title])).toEqual([
      [129, 'Godkendelse af dagsorden'],
      [130, 'Salg af grund på Islevdalvej'],
    ]);
  });

  it('OS2web "Beslutningshistorik": "<decision> truffet af <udvalg> d. <dato>" lines are history', () => {
    const meeting = parse(`Referat
Byrådet
Mødedato: 27. august 2018 16:00

1. Lokalplan 45 for Havnefronten
Beslutning
Godkendt.
Beslutningshistorik
Anbefalet truffet af Økonomiudvalget d. 20-08-2018
Anbefalet med bemærkninger truffet af Plan- og Miljøudvalget d. 13-08-2018
`);
    expect(meeting.items[0]!.decision).toBe('Godkendt.');
    expect(meeting.items[0]!.history).toEqual([
      { date: '2018-08-20', body: 'Økonomiudvalget', decision: 'Anbefalet' },
      { date: '2018-08-13', body: 'Plan- og Miljøudvalget', decision: 'Anbefalet med bemærkninger' },
    ]);
  });
});

describe('the points of a recommendation are no items', () => {
  it('"… anbefaler, at" then "1. Dagsordenen godkendes." is no heading, where the page lost its item headings', () => {
    const meeting = parse(`Referat
Økonomiudvalget

Indholdsfortegnelse: 1. Godkendelse af dagsorden 2. Meddelelser 3. Budgetopfølgning, 1. kvartal og et langt nok indhold til en flad oversigt

Sagsnr.: 15/1308
INDSTILLING Sekretariatet anbefaler over for Økonomiudvalget, at
1. Dagsordenen godkendes.
Beslutning
Godkendt.
`);
    expect(meeting.items.map((i) => i.title)).not.toContain('Dagsordenen godkendes.');
    expect(meeting.items.map((i) => [i.number, i.title])).toContainEqual([1, 'Godkendelse af dagsorden']);
  });
});

describe('unreadable input', () => {
  it('gives an empty meeting with a warning instead of throwing', () => {
    const meeting = parse('\u0000\u0001 lorem ipsum');
    expect(meeting.items).toEqual([]);
    expect(meeting.warnings.map((w) => w.code)).toContain('no-items');
  });
});
