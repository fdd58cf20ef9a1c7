/** Parser rules OS2web's pages needed (vocabulary of the system, not of the fixtures). */
import { describe, expect, it } from 'vitest';
import { parseText } from '../../../../lib/parser/index.ts';
import { splitTitle } from '../../../../lib/parser/item.ts';

describe('parser rules OS2web pages needed', () => {
  const parse = (text: string) => parseText(text, { source: 'test' });

  it('OS2web Drupal 7 writes the closed flag after the title: "… Lukket punkt." closes the item and leaves the title', () => {
    expect(splitTitle('Salg af grund Lukket punkt.')).toMatchObject({ title: 'Salg af grund', closed: true });
    expect(splitTitle('Køb af ejendom (Lukket)')).toMatchObject({ title: 'Køb af ejendom', closed: true });
    // Only the marker at the end, capitalised as the field renders it: an ordinary title stays open.
    expect(splitTitle('Orientering om lukket punkt i forretningsordenen')).toMatchObject({ closed: false });
  });

  it('"Referat - <Udvalg>" names the committee without the dash', () => {
    const meeting = parse('Referat - Økonomiudvalget\nDato: 12.06.2019\n\nPunkt 1 Godkendelse af dagsorden\nBeslutning\nGodkendt.\n');
    expect(meeting.committee).toBe('Økonomiudvalget');
  });
});
