// @vitest-environment happy-dom
/**
 * Finding page nodes to annotate (lib/page/ranges.ts): the run of siblings around some
 * elements (never inside markup that may not be wrapped), and the text nodes under elements,
 * each once, without our own elements, scripts, hidden markup and (when asked) links.
 */
import { describe, expect, it } from 'vitest';
import { commonAncestor, isOurs, siblingRun, textNodesUnder } from '../../../lib/page/ranges.ts';

function page(body: string): Document {
  return new DOMParser().parseFromString(`<!doctype html><html><body>${body}</body></html>`, 'text/html');
}

describe('ranges', () => {
  it('finds the common ancestor and the run of siblings holding two elements', () => {
    const doc = page('<main id="m"><section id="s1"><h3 id="h">1.</h3></section><p id="p1">A</p><div id="d"><p id="p2">B</p></div><p id="p3">C</p></main>');
    const el = (id: string) => doc.getElementById(id)!;
    expect(commonAncestor(el('h'), el('p2'))).toBe(el('m'));
    expect(commonAncestor(el('p1'), el('p1'))).toBe(el('m'));
    // From the child of <main> holding the heading to the one holding the second paragraph.
    expect(siblingRun(el('h'), el('p2'))).toEqual({ first: el('s1'), last: el('d') });
    expect(siblingRun(el('p1'), el('p1'))).toEqual({ first: el('p1'), last: el('p1') });
  });

  it('never offers a run whose wrapper would break the markup: rows, cells, list items', () => {
    const doc = page('<table><tbody><tr id="r1"><td>1</td></tr><tr id="r2"><td>2</td></tr></tbody></table><ul><li id="l1">a</li><li id="l2">b</li></ul>');
    const el = (id: string) => doc.getElementById(id)!;
    expect(siblingRun(el('r1'), el('r2'))).toBeNull();
    expect(siblingRun(el('l1'), el('l2'))).toBeNull();
  });

  it('lists text nodes once, in order, leaving out ours, scripts, hidden markup and, when asked, links', () => {
    const doc = page(
      '<div id="a">Et <b>to</b> <script>tre()</script><span hidden>fire</span><span aria-hidden="true">fem</span>' +
        '<span data-sagsspor-case="24-002111">24-002111</span><sagsspor-root>seks</sagsspor-root><a href="#">syv</a> ni</div>',
    );
    const a = doc.getElementById('a')!;
    const texts = (skipLinks: boolean) => textNodesUnder([a, a.querySelector('b')!], skipLinks).map((t) => t.data.trim());
    expect(texts(false)).toEqual(['Et', 'to', 'syv', 'ni']);
    expect(texts(true)).toEqual(['Et', 'to', 'ni']);
    // Nothing under an element of ours, even when asked for it directly.
    expect(textNodesUnder([a.querySelector('sagsspor-root')!])).toEqual([]);
  });

  it('knows our own elements', () => {
    const doc = page('<sagsspor-root></sagsspor-root><span data-sagsspor-case="x"></span><a data-sagsspor-ref="item"></a><span></span>');
    expect([...doc.body.children].map(isOurs)).toEqual([true, true, true, false]);
  });
});
