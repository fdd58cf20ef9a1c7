/** The search page opened from the omnibox ("sag 25-4711") and the context menu on selected text. */
import { describe, expect, it } from 'vitest';
import { SEARCH_TEXT_MAX, searchPagePath } from '../../../lib/extension-pages/search-path.ts';

describe('searchPagePath', () => {
  it('opens the search with the text, spaces tidied, or the empty search', () => {
    expect(searchPagePath('25-4711')).toBe('/case.html?q=25-4711');
    expect(searchPagePath('  plejeboliger\n Lærkevej ')).toBe(`/case.html?q=${encodeURIComponent('plejeboliger Lærkevej')}`);
    expect(searchPagePath('   ')).toBe('/case.html');
    expect(decodeURIComponent(searchPagePath('x'.repeat(1000)).slice('/case.html?q='.length))).toHaveLength(SEARCH_TEXT_MAX);
  });
});
