/** Parser rules kk.dk's eDoc pages needed (vocabulary of the system, not of the fixtures). */
import { describe, expect, it } from 'vitest';
import { splitTitle } from '../../../../lib/parser/item.ts';

describe('parser rules kk.dk eDoc pages needed', () => {
  it('kk.dk titles: the case number in parentheses after the title is the case number; "( )" is dropped', () => {
    expect(splitTitle('Ny skole i Nordhavn (2020-0087412)')).toMatchObject({
      title: 'Ny skole i Nordhavn',
      cases: [{ raw: '2020-0087412', normalized: '2020-0087412', format: 'year-serial' }],
    });
    expect(splitTitle('Godkendelse af dagsorden ( )')).toMatchObject({ title: 'Godkendelse af dagsorden', cases: [] });
    // Other parentheses stay: case-type markers (Vejen), year ranges, plain numbers.
    expect(splitTitle('Anlægsbevilling til cykelsti (B)').title).toBe('Anlægsbevilling til cykelsti (B)');
    expect(splitTitle('Budget (2020-2023)').title).toBe('Budget (2020-2023)');
    expect(splitTitle('Tilskud (299835)').title).toBe('Tilskud (299835)');
  });
});
