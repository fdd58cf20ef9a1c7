/**
 * Parser rules the static export's pages needed (vocabulary of the system, not of the fixtures):
 * a list of the items (PUNKTER) above them, and a closed item that has nothing under its heading.
 */
import { describe, expect, it } from 'vitest';
import { parseText } from '../../../../lib/parser/index.ts';

describe('parser rules static-export pages needed', () => {
  const parse = (text: string) => parseText(text, { source: 'test' });

  it('a closed heading with nothing under it is an item after the first item, but not in a list of items above them', () => {
    const meeting = parse(`Referat
PUNKTER
1. Godkendelse af dagsorden
2. Lukket punkt: Køb af ejendom
3. Eventuelt

1. Godkendelse af dagsorden
Beslutning
Godkendt.

2. Lukket punkt: Køb af ejendom

3. Eventuelt
Beslutning
Intet.
`);
    expect(meeting.items.map((i) => [i.number, i.title, i.closed, i.decision])).toEqual([
      [1, 'Godkendelse af dagsorden', false, 'Godkendt.'],
      [2, 'Køb af ejendom', true, null],
      [3, 'Eventuelt', false, 'Intet.'],
    ]);
  });

  it('a closed heading alone is not enough to make an item (no other item has evidence)', () => {
    expect(parse('Referat\n\n2. Lukket punkt: Køb af ejendom\n').items).toEqual([]);
  });
});
