// @vitest-environment happy-dom
/** The block-text walker every DOM adapter reads pages with (lib/systems/dom-text.ts). */
import { describe, expect, it } from 'vitest';
import { blockLines, blockText, normalizeSpace } from '../../../lib/systems/dom-text.ts';

function page(body: string): Document {
  return new DOMParser().parseFromString(`<!DOCTYPE html><html lang="da"><head><title>t</title></head><body>${body}</body></html>`, 'text/html');
}

describe('block-text walker', () => {
  it('turns block boundaries and <br> into lines, collapses whitespace and NBSP', () => {
    const doc = page(`<div id="x">  Et\u00A0\u00A0ord <span>og   et</span> andet<br>ny linje<div>blok</div><p>  </p>
      <table><tr><td>a</td><td>b</td></tr></table><script>nej</script></div>`);
    const x = doc.getElementById('x')!;
    expect(blockLines(x)).toEqual(['Et ord og et andet', 'ny linje', 'blok', 'a b']);
    expect(blockText(x)).toBe('Et ord og et andet\nny linje\nblok\na b');
    expect(normalizeSpace('\u00A0 a \t\n b\u2009c ')).toBe('a b c');
  });
});
