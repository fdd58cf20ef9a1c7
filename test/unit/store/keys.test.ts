import { describe, expect, it } from 'vitest';
import {
  bookmarkIdentity,
  deepLink,
  itemNumberFromFragment,
  meetingId,
  municipalityKey,
  normaliseCaseNumber,
  pageKey,
  siteOfKey,
  splitTags,
} from '../../../lib/store/keys.ts';
import { locateAnchor, makeAnchor } from '../../../lib/page/text-anchor.ts';

describe('keys that survive URL changes', () => {
  it('names the municipality of a known portal by its host, and any other site by its origin', () => {
    expect(municipalityKey('https://dagsordener.lejre.dk/vis?id=1')).toBe('lejre');
    expect(municipalityKey('http://www.Dagsordener.Aarhus.dk/a')).toBe('aarhus');
    expect(municipalityKey('https://dagsordener.nordfynskommune.dk/a')).toBe('nordfyn');
    expect(municipalityKey('https://lejre.dk/politik/referat')).toBe('https://lejre.dk');
    expect(municipalityKey('http://lejre.dk/politik/referat')).toBe('http://lejre.dk');
    expect(municipalityKey('file:///referat.pdf')).toBe('local-file');
    expect(municipalityKey('javascript:alert(1)')).toBe('unknown');
    expect(siteOfKey('https://lejre.dk')).toBe('lejre.dk');
    expect(siteOfKey('lejre')).toBeNull();
  });

  it('gives the same meeting id for http/https, www, fragments and trailing slashes on a portal', () => {
    const m = { date: '2024-03-12', committee: 'Økonomiudvalget' };
    expect(meetingId(m, 'https://dagsordener.lejre.dk/a')).toBe(meetingId(m, 'http://www.dagsordener.lejre.dk/other?id=2'));
    expect(pageKey('https://www.Lejre.dk/a/b/?id=3#x')).toBe(pageKey('http://lejre.dk/a/b?id=3'));
    expect(pageKey('https://lejre.dk/a?id=3')).not.toBe(pageKey('https://lejre.dk/a?id=4'));
  });

  it('keeps item numbers of two committees on the same day apart when there is no case number', () => {
    const base = { municipality: 'lejre', caseNumber: null, meetingDate: '2024-03-12', itemNumber: 5 };
    expect(bookmarkIdentity({ ...base, committee: 'Økonomiudvalget' })).not.toBe(bookmarkIdentity({ ...base, committee: 'Teknik- og Miljøudvalget' }));
    const withCase = { ...base, caseNumber: '24-002111' };
    expect(bookmarkIdentity({ ...withCase, committee: 'A' })).toBe(bookmarkIdentity({ ...withCase, committee: 'B' }));
  });

  it('normalises case numbers as the model does', () => {
    expect(normaliseCaseNumber(' emn-2025-010561 ')).toBe('EMN-2025-010561');
    expect(normaliseCaseNumber('85.02.02 - G01-1-17')).toBe('85.02.02-G01-1-17');
  });

  it('makes and reads deep links', () => {
    const link = deepLink('https://lejre.dk/a?id=3#old', 7);
    expect(link).toBe('https://lejre.dk/a?id=3#sagsspor-item=7');
    expect(itemNumberFromFragment(new URL(link).hash)).toBe(7);
    expect(itemNumberFromFragment('#top')).toBeNull();
  });
});

describe('text anchors', () => {
  const page = 'Punkt 1. Beslutning: Godkendt. Punkt 2. Beslutning: Godkendt. Punkt 3. Beslutning: Udsat.';

  it('keeps ~32 characters of context and the position', () => {
    const start = page.indexOf('Godkendt', 30);
    const a = makeAnchor(page, start, start + 8);
    expect(a.exact).toBe('Godkendt');
    expect(a.prefix).toBe(page.slice(start - 32, start));
    expect(a.suffix).toBe(page.slice(start + 8, start + 40));
    expect(a.position).toEqual({ start, end: start + 8 });
  });

  it('finds the right one of two equal quotes by its context after the page changed', () => {
    const start = page.indexOf('Godkendt', 30); // the second "Godkendt" (item 2)
    const a = makeAnchor(page, start, start + 8);
    const changed = `Ny indledning tilføjet øverst. ${page}`;
    const found = locateAnchor(changed, a);
    expect(found).not.toBeNull();
    expect(found!.start).toBe(changed.indexOf('Godkendt', changed.indexOf('Punkt 2')));
  });

  it('finds a quote whose line breaks changed', () => {
    const text = 'Beslutning:\n1. Godkendt\n2. Afvist';
    const a = makeAnchor(text, 12, text.length);
    const rewrapped = 'Beslutning: 1.  Godkendt 2. Afvist';
    const found = locateAnchor(rewrapped, a);
    expect(found && rewrapped.slice(found.start, found.end)).toBe('1.  Godkendt 2. Afvist');
  });

  it('says when the quote is gone', () => {
    expect(locateAnchor('Helt anden tekst', makeAnchor(page, 21, 29))).toBeNull();
  });
});

describe('splitTags (the popup and the page split tags the same way)', () => {
  it('splits at commas, semicolons and line breaks, trims, and keeps each tag once', () => {
    expect(splitTags('Budget; Skole, \n Skole,,  Vej   og park ')).toEqual(['Budget', 'Skole', 'Vej og park']);
    expect(splitTags('a; b')).toEqual(['a', 'b']);
    expect(splitTags(' , ; ')).toEqual([]);
  });
});
