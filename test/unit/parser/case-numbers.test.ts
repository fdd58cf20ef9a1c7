/**
 * Case numbers: a reader sees the right journal number linked under each item, and never a
 * date, an amount, a phone number or a law reference dressed up as one.
 */
import { describe, expect, it } from 'vitest';
import type { CaseFormat } from '../../../lib/model.ts';
import { CASE_FORMATS } from '../../../lib/model.ts';
import { classifyCaseNumber, findCaseNumbers, normalizeCaseNumber } from '../../../lib/parser/case-numbers.ts';
import { findDates } from '../../../lib/parser/dates.ts';
import { describeShared, readShared, seedNames } from '../../shared.ts';

type Row = [text: string, raw: string, format: CaseFormat, confidence: 'labelled' | 'pattern'];

// prettier-ignore
const FOUND: Row[] = [
  // KLE journal numbers (SBSYS: Ikast-Brande, Herning, Mariagerfjord)
  ['85.02.02-G01-1-17',                                              '85.02.02-G01-1-17',  'kle', 'pattern'],
  ['Sagsnr.: 00.22.04-G01-10-23',                                    '00.22.04-G01-10-23', 'kle', 'labelled'],
  ['J.nr. 18.15.00-Ø40-2-19 Lokalplan for boligområde',              '18.15.00-Ø40-2-19',  'kle', 'labelled'],
  ['Sagen er journaliseret under 05.00.00-A00-2-17 i ESDH.',         '05.00.00-A00-2-17',  'kle', 'pattern'],
  // FirstAgenda PDFs (Lejre, Kalundborg)
  ['24-002111',                                                      '24-002111', 'yy-serial', 'pattern'],
  ['Sagsnr. 23-008549',                                              '23-008549', 'yy-serial', 'labelled'],
  ['Sagen blev senest behandlet under sag 22-002268, jf. bilag 1.',  '22-002268', 'yy-serial', 'labelled'],
  ['Se også 21-102409 om budgettet.',                                '21-102409', 'yy-serial', 'pattern'],
  // KLE without the dash before the facet, serial without a year (FICS/ESDH exports)
  ['00.22.00G01-0002',                                               '00.22.00G01-0002', 'kle', 'pattern'],
  ['J.nr. 01.02.05P16-412 Lokalplan',                                '01.02.05P16-412',  'kle', 'labelled'],
  // Acadre (Viborg, Vejen, Hvidovre)
  ['Sagsid.: 21/16998',                                              '21/16998', 'yy/serial', 'labelled'],
  ['Sagsnummer: 18/18300',                                           '18/18300', 'yy/serial', 'labelled'],
  ['Sagen (25/26257) genoptages.',                                   '25/26257', 'yy/serial', 'pattern'],
  ['Sagsnr.: 24/312',                                                '24/312',   'yy/serial', 'labelled'],
  ['Sagsnr.: 22/36',                                                 '22/36',    'yy/serial', 'labelled'],
  // PolWeb (Odsherred, Slagelse, Kalundborg)
  ['Sag 306-2009-600',                                               '306-2009-600',  'municipality-year-serial', 'labelled'],
  ['Sagsnr.: 330-2018-3619',                                         '330-2018-3619', 'municipality-year-serial', 'labelled'],
  ['Tidligere behandlet i 326-2015-12345 (Økonomiudvalget).',        '326-2015-12345', 'municipality-year-serial', 'pattern'],
  // eDoc
  ['Sagsnr.: 2012-28504',                                            '2012-28504',  'year-serial', 'labelled'],
  ['Sagsnummer 2015-000452 Budget 2016',                             '2015-000452', 'year-serial', 'labelled'],
  ['Sagen har nummer 2019-123456 i eDoc.',                           '2019-123456', 'year-serial', 'pattern'],
  ['J.nr.: 2018-1234',                                               '2018-1234',   'year-serial', 'labelled'],
  // A letter before the year (Nyborg "Sagsid.: S2023-360")
  ['Sagsid.: S2023-360',                                             'S2023-360',   'year-serial', 'labelled'],
  ['Sagen S2021-11873 genoptages.',                                  'S2021-11873', 'year-serial', 'pattern'],
  // Aarhus
  ['EMN-2025-010561',                                                'EMN-2025-010561', 'emn', 'pattern'],
  ['Sagsnummer: EMN-2024-003412',                                    'EMN-2024-003412', 'emn', 'labelled'],
  ['Se også sagen emn-2023-000017 om tilsyn.',                       'emn-2023-000017', 'emn', 'pattern'],
  // Odense
  ['Åbent - 2012/057275 Budgetopfølgning',                           '2012/057275', 'year/serial', 'pattern'],
  ['Sagsnr. 2014/012345',                                            '2014/012345', 'year/serial', 'labelled'],
  ['Jf. sag 2013/100200 fra sidste år.',                             '2013/100200', 'year/serial', 'labelled'],
  // Plain digits, only after a case label (Roskilde)
  ['Sagsnr. 299835 Kultur- og Idrætsudvalget Åbent punkt',           '299835', 'digits', 'labelled'],
  ['Sagsnummer: 1234567',                                            '1234567', 'digits', 'labelled'],
  ['Journalnr. 45678',                                               '45678', 'digits', 'labelled'],
];

describe('findCaseNumbers finds every format', () => {
  it.each(FOUND)('%s → %s', (text, raw, format, confidence) => {
    const found = findCaseNumbers(text);
    expect(found).toHaveLength(1);
    expect(found[0]).toMatchObject({ raw, format, confidence, index: text.indexOf(raw) });
    expect(found[0]!.normalized).toBe(normalizeCaseNumber(raw, format));
  });

  it('covers every format of the model with at least three examples', () => {
    for (const format of CASE_FORMATS) expect(FOUND.filter((r) => r[2] === format).length, format).toBeGreaterThanOrEqual(3);
  });

  it('finds several numbers on one line, in order', () => {
    const text = 'Sagsnr.: 24-002111 og 85.02.02-G01-1-17 samt 21/16998';
    expect(findCaseNumbers(text).map((c) => [c.raw, c.index])).toEqual([
      ['24-002111', 9],
      ['85.02.02-G01-1-17', 22],
      ['21/16998', 45],
    ]);
  });
});

// prettier-ignore
const FALSE_FRIENDS: [what: string, text: string][] = [
  ['date d-m-y',              'Mødet afholdes 06-05-2024.'],
  ['date d/m',                'Frist 31/5.'],
  ['date d/m/y',              '06/05/2024 Udvalget for Børn og Ungdom'],
  ['ISO date',                'Opdateret 2024-05-06.'],
  ['date d/m-y',              'Gældende fra 1/10-2025.'],
  ['date dd/mm-y',            'Mødet 08/10-2025 kl. 16.'],
  ['date d.m.y',              'Referat 09.04.2024'],
  ['time',                    'Mødet starter kl. 18:00 og slutter 15.45'],
  ['phone, spaced',           'Ring på 46 46 46 46.'],
  ['phone, +45',              'Tlf. +45 4646 4646'],
  ['phone, dashed',           'Tlf. 4646-4646'],
  ['amount',                  'Der afsættes 150.000 kr.'],
  ['big amount',              'I alt 1.250.000 kr. i 2025'],
  ['amount range',            'Prisen er 2.500-3.000 kr.'],
  ['amount range, year-ish',  'Tilskud på 2000-20000 kr. pr. forening'],
  ['law section',             'jf. § 18, stk. 2 og jf. § 141'],
  ['item number (Rødovre)',   'Sag nr. 129'],
  ['item number, lower case', 'som nævnt i sag nr. 130'],
  ['document number',         'Dok.nr.: 2012-200782'],
  ['document, Dok.',          'Dok. 2015-000452'],
  ['year range',              'Udvalget for Social, Sundhed og Ældre - 2022-2025'],
  ['year range, spaced',      'Valgperioden 2022 - 2025'],
  ['budget years',            'Budget 2025-2028 og finansiering 2024/2025'],
  ['week/year',               'uge 23/2024'],
  ['law number',              'lov nr. 50/2019'],
  ['URL',                     'Se https://www.lejre.dk/sager/24-002111/bilag?id=2012-28504'],
  ['URL without scheme',      'www.kalundborg.dk/dagsorden/21/16998'],
  ['e-mail',                  'Skriv til 24-002111@lejre.dk'],
  ['GUID',                    'id 3f2504e0-4f89-11d3-9a0c-0305e82c3301'],
  ['GUID, digits only',       '12345678-2012-2850-1234-123456789012'],
  ['postal code',             '4320 Lejre, 4400 Kalundborg'],
  ['CVR number',              'CVR-nr. 29189897'],
  ['quarter',                 'Status for 2. kvartal 2024'],
  ['attachment line',         'Bilag 1 - Ældrerådet, Referat 09.04.2024'],
  ['clock',                   'kl. 18:00-20:00'],
  ['budget line',             'Konto 05.32.32 og 5.32.32-001, -3.204.340'],
  ['age range',               'unge 18-66 år og 16-66-årige'],
  ['ratio',                   'Åbent 24/365 og 24/7'],
  ['plain digits unlabelled', 'Projektet har 299835 deltagere'],
  ['file name',               'tilsyn_24-002111.pdf'],
  ['longer id',               '24-002111-2 og 85.02.02-G01-1-17-4'],
  ['date d/m after Sag',      'Sag 24/12 behandles igen'],
  ['short ratio unlabelled',  'Stemmerne 22/36 for forslaget'],
  ['KLE subject and facet',   'Emne 00.22.04G01 Politisk organisation'],
  ['letter and year',         'S2023 og S-tog, model S2023-X'],
];

describe('findCaseNumbers ignores false friends', () => {
  it.each(FALSE_FRIENDS)('%s: %s', (_what, text) => {
    expect(findCaseNumbers(text)).toEqual([]);
  });
});

describe('classifyCaseNumber: a whole line or cell that is one case number', () => {
  // prettier-ignore
  const LINES: [line: string, raw: string, format: CaseFormat][] = [
    ['24-002111',                      '24-002111',          'yy-serial'],
    ['  00.00.00-G01-2-23  ',          '00.00.00-G01-2-23',  'kle'],
    ['Sagsnr.: 85.02.02-G01-1-17',     '85.02.02-G01-1-17',  'kle'],
    ['EMN-2025-010561',                'EMN-2025-010561',    'emn'],
    ['Sagsid.: 21/16998',              '21/16998',           'yy/serial'],
    ['Sag 306-2009-600',               '306-2009-600',       'municipality-year-serial'],
    ['Sagsnr. 2012-28504.',            '2012-28504',         'year-serial'],
    ['Åbent - 2012/057275',            '2012/057275',        'year/serial'],
    ['Sagsnr. 299835',                 '299835',             'digits'],
    ['Sags nr.: 24-002111',            '24-002111',          'yy-serial'],
    ['J.nr.: 2018-1234',               '2018-1234',          'year-serial'],
    ['Åbent - 00.01.00A04 - 2007/34364', '00.01.00A04 - 2007/34364', 'year/serial'],
    ['00.22.00G01-0002',               '00.22.00G01-0002',   'kle'],
    ['Sagsid.: S2023-360',             'S2023-360',          'year-serial'],
    ['Sagsnr.: 22/36',                 '22/36',              'yy/serial'],
  ];
  it.each(LINES)('%j → %s (%s)', (line, raw, format) => {
    const c = classifyCaseNumber(line);
    expect(c).toMatchObject({ raw, format, confidence: 'labelled' });
    expect(line.slice(c!.index, c!.index + raw.length)).toBe(raw);
  });

  // prettier-ignore
  const NOT: string[] = [
    'Sag nr. 130', '299835', '06-05-2024', '2024-2025', 'Sagsnr.: 24-002111 Budget 2025',
    'Punkt 1: SSÆ - Godkendelse af dagsorden', 'Beslutning', '', 'Dok.nr.: 2012-200782', '24/365',
    'Sagsnr:', 'Sagsid.:', 'Sag 24/12', '00.22.04G01', '00.01.00A04 - 2007', '2007/34364 - 00.01.00A04',
  ];
  it.each(NOT)('%j is not a case-number line', (line) => {
    expect(classifyCaseNumber(line)).toBeNull();
  });
});

describe('normalizeCaseNumber gives one key per case', () => {
  it.each([
    [' emn-2025-010561 ', 'emn', 'EMN-2025-010561'],
    ['85.02.02-g01-1-17', 'kle', '85.02.02-G01-1-17'],
    ['24 - 002111', 'yy-serial', '24-002111'],
    ['24\u2011002111', 'yy-serial', '24-002111'],
    ['299 835', 'digits', '299835'],
  ] as const)('%j → %s', (raw, format, key) => {
    expect(normalizeCaseNumber(raw, format)).toBe(key);
  });
});

interface GoldFile {
  municipality: string | null;
  items: { number: number; caseNumbers: string[] }[];
}

describeShared('case numbers of the gold files', () => {
  for (const seed of seedNames()) {
    const gold = JSON.parse(readShared('gold', `${seed}.json`)) as GoldFile;
    const expected: CaseFormat = gold.municipality === 'Ikast-Brande' ? 'kle' : 'yy-serial';
    const goldNumbers = gold.items.flatMap((i) => i.caseNumbers);

    it(`${seed} (${String(gold.municipality)}): each gold case-number line is one ${expected} number`, () => {
      expect(goldNumbers.length).toBeGreaterThan(0);
      for (const n of goldNumbers) expect(classifyCaseNumber(n), n).toMatchObject({ raw: n, format: expected, index: 0 });
    });

    it(`${seed}: the whole seed text yields exactly the gold case numbers, no dates or amounts`, () => {
      const text = readShared('seeds', `${seed}.txt`);
      const found = findCaseNumbers(text);
      expect(new Set(found.map((c) => c.raw))).toEqual(new Set(goldNumbers));
      for (const c of found) {
        expect(c.format).toBe(expected);
        expect(text.slice(c.index, c.index + c.raw.length)).toBe(c.raw);
      }
      // No case number overlaps a date of the seed.
      const dates = findDates(text);
      expect(dates.length).toBeGreaterThan(0);
      for (const d of dates) {
        for (const c of found) {
          const overlaps = c.index < d.index + d.raw.length && d.index < c.index + c.raw.length;
          expect(overlaps, `${c.raw} overlaps date ${d.raw}`).toBe(false);
        }
      }
    });
  }
});
