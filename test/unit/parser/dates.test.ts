/**
 * Dates and times: the meeting date and time a reader sees come out right for every form
 * the publishing systems print, and amounts, year ranges and impossible dates are not dates.
 */
import { describe, expect, it } from 'vitest';
import { findDates, findDateTime } from '../../../lib/parser/dates.ts';

// prettier-ignore
const FORMS: [text: string, date: string, time: string | null][] = [
  ['Mødedato Mandag d. 06. maj 2024 kl. 18:00',                      '2024-05-06', '18:00'],
  ['Referat onsdag den 1. oktober 2025 kl. 15.45',                  '2025-10-01', '15:45'],
  ['STARTTIDSPUNKT 04-06-2020 09:00:00',                            '2020-06-04', '09:00'],
  ['Onsdag, April 3, 2019 - 18:00',                                 '2019-04-03', '18:00'],
  ['Torsdag, 18 november, 2021 - 15:30',                            '2021-11-18', '15:30'],
  ['Mødedato: 09.01.2020',                                          '2020-01-09', null],
  ['Dato: 22.04.2021, kl. 17:30',                                   '2021-04-22', '17:30'],
  ['Økonomiudvalget - 24-09-2019',                                  '2019-09-24', null],
  ['06/05/2024 Udvalget for Børn og Ungdom',                        '2024-05-06', null],
  ['REFERAT Udvalget for Social, Sundhed og Ældre - 2022 - 2025 d. 06-05-2024', '2024-05-06', null],
  ['Slagelse – Referat – 27. august 2018 16:00',                    '2018-08-27', '16:00'],
  ['Byrådet – Referat – 1. oktober 2018',                           '2018-10-01', null],
  ['Opdateret 2024-05-06',                                          '2024-05-06', null],
  ['Frist 6. jan. 2024',                                            '2024-01-06', null],
  ['Tilmelding senest 15. sept. 2024 kl. 12',                       '2024-09-15', '12:00'],
  ['Referat af møde i Klima- og Planudvalget Den 09.01.2020 kl. 13:00 i mødelokale 1', '2020-01-09', '13:00'],
  ['Gældende fra 1/10-2025',                                        '2025-10-01', null],
  ['Behandlet 08/10-2025',                                          '2025-10-08', null],
  ['Mødedato: 14/12 2025 kl. 16:00',                                '2025-12-14', '16:00'],
  ['Referat til mødet den 30. april 2019 kl. 17:00 i byrådssalen',  '2019-04-30', '17:00'],
  ['Budgetopfølgning pr. 31. maj 2024',                             '2024-05-31', null],
  ['MANDAG DEN 4. MARTS 2019 KL. 19.00',                            '2019-03-04', '19:00'],
  ['Skæringsdato 29-02-2024',                                       '2024-02-29', null],
  ['Meeting on May 1st, 2020',                                      '2020-05-01', null],
  ['Mødet d. 7. maj. 2024',                                         '2024-05-07', null],
  ['Seneste opdatering 2024-05-06T18:30',                           '2024-05-06', '18:30'],
  ['Mødedato: 7/23/2021 5:30:00 PM',                                '2021-07-23', '17:30'],
  ['Mødedato: 3/4/2021 9:15:00 AM',                                 '2021-03-04', '09:15'],
  ['Byrådet Protokol. 14. maj 2009 - kl. 19:00 Salen',              '2009-05-14', '19:00'],
];

describe('findDateTime reads the forms the systems print', () => {
  it.each(FORMS)('%s → %s %s', (text, date, time) => {
    const found = findDateTime(text);
    expect(found).toMatchObject({ date, time });
    expect(text.slice(found!.index, found!.index + found!.raw.length)).toBe(found!.raw);
  });

  it('raw spans the weekday, "d."/"den" and the time', () => {
    expect(findDateTime('Mødedato Mandag d. 06. maj 2024 kl. 18:00 i salen')).toEqual({
      date: '2024-05-06',
      time: '18:00',
      raw: 'Mandag d. 06. maj 2024 kl. 18:00',
      index: 9,
    });
  });
});

// prettier-ignore
const NOT_DATES: [what: string, text: string][] = [
  ['31 February',          '31-02-2024'],
  ['29 Feb, no leap year', '29-02-2023'],
  ['month 13',             '12-13-2024'],
  ['day 32',               '32. maj 2024'],
  ['year range',           'Valgperioden 2024-2025'],
  ['year range, spaced',   'Udvalget 2022 - 2025'],
  ['amount',               'I alt 1.250.000 kr.'],
  ['amount range',         '2.500-3.000 kr.'],
  ['amount 150.000',       '150.000 kr.'],
  ['quarter',              '2. kvartal 2024'],
  ['no year',              'Frist 31/5'],
  ['case number',          '24-002111'],
  ['KLE',                  '85.02.02-G01-1-17'],
  ['law section',          '§ 18, stk. 2'],
  ['longer number',        '106-05-2024'],
];

describe('findDates ignores what is not a date', () => {
  it.each(NOT_DATES)('%s: %s', (_what, text) => {
    expect(findDates(text).filter((d) => d.date !== null)).toEqual([]);
  });
});

describe('times', () => {
  it('an impossible time is left out, the date stays', () => {
    expect(findDateTime('06-05-2024 25:00')).toEqual({ date: '2024-05-06', time: null, raw: '06-05-2024', index: 0 });
    expect(findDateTime('6. maj 2024 kl. 18:75')).toMatchObject({ date: '2024-05-06', time: null });
  });

  it('an amount after a date is not a time', () => {
    expect(findDateTime('06-05-2024 10.000 kr.')).toMatchObject({ date: '2024-05-06', time: null });
  });

  it('a text with a time but no date gives the time alone', () => {
    expect(findDateTime('Mødetid: kl. 18:00')).toEqual({ date: null, time: '18:00', raw: 'kl. 18:00', index: 9 });
    expect(findDateTime('Mødetid 16.30')).toBeNull(); // 16.30 could be anything without "kl."
    expect(findDateTime('Mødetid 25:00')).toBeNull();
    expect(findDateTime('Ingen dato her')).toBeNull();
  });

  it('findDateTime prefers the first date over an earlier lone time', () => {
    expect(findDateTime('kl. 17:00 den 4. december 2024 kl. 16:00')).toMatchObject({ date: '2024-12-04', time: '16:00' });
  });
});

describe('findDates lists every date in order', () => {
  it('dates of a "Sagens forløb" block', () => {
    const text = '04/11/2024 Udvalget for Social, Sundhed og Ældre\nIndstillingen anbefales\n05/11/2024 Børneudvalget\nBeslutning ikke frigivet\nMødet den 3. december 2024 kl. 16.';
    expect(findDates(text).map((d) => [d.date, d.time])).toEqual([
      ['2024-11-04', null],
      ['2024-11-05', null],
      ['2024-12-03', '16:00'],
    ]);
  });

  it('lone times come with date null, after the dates they follow', () => {
    const text = 'Mødet d. 28. maj 2024 fra 12:30 til kl. 15';
    expect(findDates(text).map((d) => [d.date, d.time, d.raw])).toEqual([
      ['2024-05-28', null, 'd. 28. maj 2024'],
      [null, '12:30', '12:30'],
      [null, '15:00', 'kl. 15'],
    ]);
  });
});
