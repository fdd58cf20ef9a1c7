// @vitest-environment happy-dom
// @vitest-environment-options {"settings":{"handleDisabledFileLoadingAsSuccess":true}}
/**
 * Beside FirstAgenda's "Hent hele referatet": "Åbn referatet i Sagsspor" opens the meeting's PDF
 * (the site's own route for the id on that button) in the reader; switching off takes it away.
 * Page: the demo site's static meeting (test/demo-site, modelled FirstAgenda markup).
 */
import { afterEach, beforeAll, describe, expect, it, vi } from 'vitest';
import type { Detection } from '../../../../lib/systems/detect.ts';
import { uiRootOf } from '../../../../lib/page/ui-host.ts';
import { annotatePage, NO_STORE, parse, removeAnnotations, SSU_HTML as HTML, SSU_URL as URL_DEMO, useDanish } from '../page-helpers.ts';

beforeAll(useDanish);
afterEach(removeAnnotations);

function visit(openReader?: (url: string) => Promise<void>, detection?: Detection) {
  const doc = parse(HTML);
  const before = doc.documentElement.outerHTML;
  const { annotations } = annotatePage(doc, URL_DEMO, { services: { ...NO_STORE, ...(openReader ? { openReader } : {}) }, ...(detection ? { detection } : {}) });
  return { doc, before, annotations };
}

describe('"Åbn referatet i Sagsspor" beside the PDF download', () => {
  it('sits after "Hent hele referatet" and opens that meeting\'s PDF in the reader', async () => {
    const opened: string[] = [];
    const { doc, annotations } = visit(async (url) => void opened.push(url));
    const host = doc.querySelector('#hentHeledagsorden + sagsspor-root[data-sagsspor-part="pdf-button"]');
    expect(host).not.toBeNull();
    const button = uiRootOf(host)!.querySelector('button')!;
    expect(button.textContent).toContain('Åbn referatet i Sagsspor');
    // The icon is drawn in CSS, not an emoji that needs a colour-emoji font, and screen readers skip it.
    expect(button.textContent).not.toMatch(/\p{Extended_Pictographic}/u);
    expect(button.querySelector('.doc-icon')?.getAttribute('aria-hidden')).toBe('true');
    button.click();
    await vi.waitFor(() => expect(opened).toEqual(['http://dagsordener.sagsby.test/vis/pdf/dagsorden/b1cb1816-7d85-457c-9f32-2a1422d00e17/?redirectDirectlyToPdf=true']));
    annotations.remove();
  });

  it('is not there where no reader can be opened, and switching off takes it away', () => {
    expect(visit().doc.querySelector('sagsspor-root[data-sagsspor-part="pdf-button"]')).toBeNull();
    const { doc, before, annotations } = visit(async () => undefined);
    annotations.remove();
    expect(doc.documentElement.outerHTML).toBe(before);
  });

  it('runs on FirstAgenda pages only: the same markup read as another system\'s page gets no button', () => {
    const { doc } = visit(async () => undefined, { kind: 'meeting', system: 'generic', reason: 'markup' });
    expect(doc.querySelector('sagsspor-root[data-sagsspor-part="pdf-button"]')).toBeNull();
    // The rest of the page is annotated as usual.
    expect(doc.querySelectorAll('[data-sagsspor-outcome]').length).toBeGreaterThan(0);
  });
});
