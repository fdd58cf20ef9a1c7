// @vitest-environment happy-dom
// @vitest-environment-options {"settings":{"handleDisabledFileLoadingAsSuccess":true}}
/**
 * Case numbers: every case number on the page is marked with its normalised value and format,
 * focusable as a button that opens a dialog; a click or Enter asks for the case card (the
 * typed 'open-case-card' event) and the page's own listeners do not hear it. Taken back, the
 * page's text is as it was and its listeners are gone.
 * Page: the demo site's static meeting (test/demo-site, modelled FirstAgenda markup).
 */
import { afterEach, describe, expect, it } from 'vitest';
import { caseNumbersFeature } from '../../../../lib/page/features/case-numbers/index.ts';
import type { PageFeature } from '../../../../lib/page/feature.ts';
import { annotatePage, parse, removeAnnotations, SHARED_CASE, SSU_HTML, SSU_URL } from '../page-helpers.ts';

afterEach(removeAnnotations);

/** Stands in for the case card: records what the case numbers ask for. */
function cardStandIn(asked: string[]): PageFeature {
  return {
    id: 'case-card',
    apply(ctx, { signal }) {
      ctx.shared.events.on('open-case-card', ({ mark }) => asked.push(mark.getAttribute('data-sagsspor-case') ?? ''), signal);
    },
  };
}

describe('case numbers', () => {
  it('marks each case number with its normalised value and format, as a button that opens a dialog', () => {
    const { doc, page } = annotatePage(parse(SSU_HTML), SSU_URL, { features: [caseNumbersFeature] });
    const marks = [...doc.querySelectorAll<HTMLElement>('span[data-sagsspor-case]')];
    const marked = new Set(marks.map((m) => m.getAttribute('data-sagsspor-case')));
    const itemCases = page.meeting.items.flatMap((i) => i.cases.map((c) => c.normalized));
    expect(itemCases.length).toBeGreaterThan(3);
    for (const c of itemCases) expect(marked).toContain(c);
    const kle = marks.find((m) => m.textContent === '27.12.00-P22-1-24')!;
    expect(kle.getAttribute('data-sagsspor-format')).toBe('kle');
    // The journal number in running text is found too (the parser's own scanner).
    expect(marks.some((m) => m.textContent === '03.22.00-G01-3-23')).toBe(true);
    for (const m of marks) {
      expect(m.getAttribute('tabindex')).toBe('0');
      expect(m.getAttribute('role')).toBe('button');
      expect(m.getAttribute('aria-haspopup')).toBe('dialog');
    }
  });

  it('a click or Enter on a mark asks for its card; the page’s own listeners hear neither; taken back, nothing is asked', () => {
    const asked: string[] = [];
    const doc = parse(SSU_HTML);
    const before = doc.documentElement.outerHTML;
    const { annotations } = annotatePage(doc, SSU_URL, { features: [caseNumbersFeature, cardStandIn(asked)] });
    const heard: string[] = [];
    doc.body.addEventListener('click', () => heard.push('click'));
    doc.body.addEventListener('keydown', () => heard.push('keydown'));
    const mark = doc.querySelector<HTMLElement>(`[data-sagsspor-case="${SHARED_CASE}"]`)!;
    mark.click();
    mark.dispatchEvent(new KeyboardEvent('keydown', { key: 'Enter', bubbles: true, cancelable: true }));
    mark.dispatchEvent(new KeyboardEvent('keydown', { key: 'x', bubbles: true, cancelable: true }));
    expect(asked).toEqual([SHARED_CASE, SHARED_CASE]);
    expect(heard).toEqual(['keydown']); // only the key that is not ours
    const text = mark.parentElement!;
    annotations.remove();
    expect(doc.documentElement.outerHTML).toBe(before);
    text.click();
    expect(asked).toHaveLength(2);
  });
});
