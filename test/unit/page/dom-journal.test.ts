// @vitest-environment happy-dom
/**
 * The DOM journal (lib/page/dom-journal.ts): every change Sagsspor makes to a page is taken
 * back exactly, newest first, giving the page back its own nodes (the same objects) and the
 * same serialisation; an attribute set for a while (a flash) goes by itself or at undo.
 */
import { afterEach, describe, expect, it, vi } from 'vitest';
import { DomJournal } from '../../../lib/page/dom-journal.ts';

function page(body: string): Document {
  return new DOMParser().parseFromString(`<!doctype html><html><head></head><body>${body}</body></html>`, 'text/html');
}

afterEach(() => {
  vi.useRealTimers();
});

describe('the DOM journal', () => {
  it('sets attributes and takes them back: the old value restored, a new one removed', () => {
    const doc = page('<p class="a" id="p">Tekst</p>');
    const before = doc.documentElement.outerHTML;
    const p = doc.getElementById('p')!;
    const journal = new DomJournal();
    journal.setAttribute(p, 'class', 'ours');
    journal.setAttribute(p, 'data-sagsspor-item', '1');
    expect(p.getAttribute('class')).toBe('ours');
    journal.undo();
    expect(p.getAttribute('class')).toBe('a');
    expect(p.hasAttribute('data-sagsspor-item')).toBe(false);
    expect(doc.documentElement.outerHTML).toBe(before);
  });

  it('wraps a run of siblings and gives the page its own nodes back, keeping what the page added to the wrapper meanwhile', () => {
    const doc = page('<main><h3 id="t">1. Punkt</h3><p id="a">A</p><p id="b">B</p><p id="c">C</p></main>');
    const [t, a, b, c] = ['t', 'a', 'b', 'c'].map((id) => doc.getElementById(id)!);
    const journal = new DomJournal();
    const wrapper = doc.createElement('div');
    journal.wrapSiblings(t!, b!, wrapper);
    expect([...wrapper.children]).toEqual([t, a, b]);
    expect(wrapper.nextSibling).toBe(c);
    // The site's own script appends to the box it now finds the paragraphs in.
    const added = doc.createElement('p');
    added.textContent = 'D';
    wrapper.append(added);
    journal.undo();
    expect(wrapper.isConnected).toBe(false);
    expect([...doc.querySelector('main')!.children]).toEqual([t, a, b, added, c]);
  });

  it('wraps a part of a text node and joins it back into the very same node', () => {
    const doc = page('<p>Sag 24-002111 er på vej.</p>');
    const before = doc.documentElement.outerHTML;
    const text = doc.querySelector('p')!.firstChild as Text;
    const journal = new DomJournal();
    const mark = doc.createElement('span');
    journal.wrapText(text, 4, 13, mark);
    expect(mark.textContent).toBe('24-002111');
    expect(text.data).toBe('Sag ');
    const whole = doc.createElement('span');
    journal.wrapText(mark.nextSibling as Text, 0, ' er på vej.'.length, whole);
    journal.undo();
    expect(doc.querySelector('p')!.firstChild).toBe(text);
    expect(text.data).toBe('Sag 24-002111 er på vej.');
    expect(doc.querySelector('p')!.childNodes).toHaveLength(1);
    expect(doc.documentElement.outerHTML).toBe(before);
  });

  it('inserts nodes of ours and takes them out; undo twice, or after the page removed a node, is harmless', () => {
    const doc = page('<p id="p">A</p>');
    const before = doc.documentElement.outerHTML;
    const journal = new DomJournal();
    const ours = doc.createElement('sagsspor-root');
    journal.insert(ours, doc.body, doc.getElementById('p'));
    const wrapper = doc.createElement('div');
    journal.wrapSiblings(doc.getElementById('p')!, doc.getElementById('p')!, wrapper);
    // The page throws our wrapper away with its content.
    wrapper.remove();
    journal.undo();
    journal.undo();
    expect(ours.isConnected).toBe(false);
    expect(doc.documentElement.outerHTML).not.toBe(before); // the page's own removal stays
    expect(journal.size).toBe(0);
  });

  it('refuses what it could not take back: a bad text range, nodes that are not siblings', () => {
    const doc = page('<div><p id="a">A</p></div><p id="b">B</p>');
    const journal = new DomJournal();
    const text = doc.getElementById('a')!.firstChild as Text;
    expect(() => journal.wrapText(text, 1, 1, doc.createElement('span'))).toThrow(/bad range/);
    expect(() => journal.wrapText(text, 0, 5, doc.createElement('span'))).toThrow(/bad range/);
    expect(() => journal.wrapSiblings(doc.getElementById('a')!, doc.getElementById('b')!, doc.createElement('div'))).toThrow(/not siblings/);
    expect(journal.size).toBe(0);
  });

  it('sets an attribute for a while: it goes by itself, starts again when set again, and goes at undo at once', () => {
    vi.useFakeTimers();
    const doc = page('<p id="p" data-sagsspor-flash="the page’s own">A</p><p id="q">B</p>');
    const p = doc.getElementById('p')!;
    const q = doc.getElementById('q')!;
    const journal = new DomJournal();
    journal.setAttributeFor(q, 'data-sagsspor-flash', '', 1000);
    expect(q.hasAttribute('data-sagsspor-flash')).toBe(true);
    vi.advanceTimersByTime(600);
    journal.setAttributeFor(q, 'data-sagsspor-flash', '', 1000);
    vi.advanceTimersByTime(600);
    expect(q.hasAttribute('data-sagsspor-flash')).toBe(true); // started again
    vi.advanceTimersByTime(500);
    expect(q.hasAttribute('data-sagsspor-flash')).toBe(false);
    expect(journal.size).toBe(0);

    journal.setAttributeFor(p, 'data-sagsspor-flash', '', 1000);
    journal.setAttributeFor(p, 'data-sagsspor-flash', '', 1000);
    expect(journal.size).toBe(1);
    journal.undo();
    expect(p.getAttribute('data-sagsspor-flash')).toBe('the page’s own');
    vi.advanceTimersByTime(2000);
    expect(p.getAttribute('data-sagsspor-flash')).toBe('the page’s own');
  });
});
