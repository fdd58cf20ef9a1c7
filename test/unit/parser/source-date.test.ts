/**
 * The meeting date in the page's address, for minutes pages that do not print it. The
 * addresses follow the URL patterns of publishing-systems.md §2; ids and paths are invented.
 */
import { describe, expect, it } from 'vitest';
import { parseText } from '../../../lib/parser/index.ts';
import { dateInSource, kindInSource } from '../../../lib/parser/source-date.ts';

describe('dateInSource', () => {
  it.each([
    ['https://stevns.dk/dagsorden/oekonomiudvalget-16-02-2021', '2021-02-16', null],
    ['https://dagsordener.lejre.dk/vis?Referat-Byr%C3%A5det-d.06-05-2024-kl.18.00&id=2b7d0f4e', '2024-05-06', '18:00'],
    ['https://roskilde.dk/dagsorden-og-referat/moeder/kultur-og-idraetsudvalget-03-04-2019-kl-1800', '2019-04-03', '18:00'],
    ['https://viborg.dk/politik/dagsordener-og-referater/byraadet/2021-03-04-15-00-1234/', '2021-03-04', '15:00'],
    ['https://referater.aalborg.dk/Magistraten?moedetitel=2018-03-12%2009.00', '2018-03-12', '09:00'],
    ['https://kk.dk/dagsordener-og-referater/Økonomiudvalget/møde-22042021/referat/punkt-4', '2021-04-22', null],
    ['http://politik.herning.dk/agenda?agenda=06-11-2017/Dagsorden(ID1635)/dagsorden.xml', '2017-11-06', null],
  ])('%s', (url, date, time) => {
    expect(dateInSource(url)).toEqual({ date, time });
  });

  it('reads nothing where the address holds no sure date', () => {
    // Not an address (a file name), no date, an impossible date, two dates, digits of an id.
    expect(dateInSource('seed-16-02-2021.txt')).toBeNull();
    expect(dateInSource('https://www.glostrup.dk/politik/81/2287?agendaid=2579')).toBeNull();
    expect(dateInSource('https://example.dk/moede-31-02-2021')).toBeNull();
    expect(dateInSource('https://example.dk/arkiv/01-01-2020/moede-16-02-2021')).toBeNull();
    expect(dateInSource('http://nemweb.randers.dk/NemAgenda/DocumentView.aspx?document_id=16022021999')).toBeNull();
    expect(dateInSource('https://dagsordener-16-02-2021.example.dk/vis')).toBeNull();
  });
});

describe('kindInSource', () => {
  it('reads "referat" as a word of the path, never a section name or "dagsorden"', () => {
    expect(kindInSource('https://www.fredensborg.dk/politik/byraadet/2015/januar/26--januar-2015--referat/print')).toBe('referat');
    expect(kindInSource('https://www.nyborg.dk/da/politik/dagsordener-og-referater/byradet-2022-2025/2023-02-28-17-00-e379/')).toBeNull();
    expect(kindInSource('https://stevns.dk/dagsorden/oekonomiudvalget-16-02-2021')).toBeNull();
    expect(kindInSource('referat.txt')).toBeNull();
  });
});

describe('the meeting date of a page that does not print it', () => {
  const text = 'Referat\n\n212. Godkendelse af dagsorden\nBeslutning\nGodkendt.\n\n213. Kommuneplan 2021\nBeslutning\nAnbefales.\n';

  it('comes from the address', () => {
    const meeting = parseText(text, { source: 'https://stevns.dk/dagsorden/oekonomiudvalget-16-02-2021' });
    expect(meeting.date).toBe('2021-02-16');
    expect(meeting.warnings.map((w) => w.code)).not.toContain('no-date');
  });

  it('comes from the address a saved page\'s text starts with, which is no text of the minutes', () => {
    const meeting = parseText(`https://stevns.dk/dagsorden/oekonomiudvalget-16-02-2021\n${text}`, { source: 'oekonomiudvalget.txt' });
    expect(meeting.date).toBe('2021-02-16');
    expect(meeting.kind).toBe('referat');
    expect(meeting.items.map((i) => i.number)).toEqual([212, 213]);
    // Read as a line, the address was the document's title, and a path of it the committee.
    expect(meeting.committee).toBeNull();
  });

  it('is a "referat" where the address says so and the text names no kind', () => {
    const body = '212. Godkendelse af dagsorden\nBeslutning\nGodkendt.\n\n213. Kommuneplan 2021\nBeslutning\nAnbefales.\n';
    expect(parseText(body, { source: 'https://example.dk/byraadet/26--januar-2015--referat/print' }).kind).toBe('referat');
    expect(parseText(`Dagsorden\n${body}`, { source: 'https://example.dk/byraadet/26--januar-2015--referat/print' }).kind).toBe('dagsorden');
  });

  it('never overrides the date the page prints', () => {
    const meeting = parseText(`Mødedato: 3. maj 2021 kl. 16:00\n${text}`, { source: 'https://example.dk/dagsorden/byraadet-16-02-2021-kl-1900' });
    expect([meeting.date, meeting.time]).toEqual(['2021-05-03', '16:00']);
  });

  it('gives the time where the page prints the same date without one', () => {
    const meeting = parseText(`Mødedato: 4. marts 2021\n${text}`, { source: 'https://viborg.dk/politik/byraadet/2021-03-04-15-00-1234/' });
    expect([meeting.date, meeting.time]).toEqual(['2021-03-04', '15:00']);
  });
});
