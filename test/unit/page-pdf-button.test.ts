// @vitest-environment happy-dom
// @vitest-environment-options {"settings":{"handleDisabledFileLoadingAsSuccess":true}}
/**
 * Beside FirstAgenda's "Hent hele referatet": "Åbn referatet i Sagsspor" opens the meeting's PDF
 * (the site's own route for the id on that button) in the reader; switching off takes it away.
 * Page: the demo site's static meeting (test/demo-site, modelled FirstAgenda markup).
 */
import { readFileSync } from 'node:fs';
import { dirname, join } from 'node:path';
import { fileURLToPath } from 'node:url';
import { beforeAll, describe, expect, it, vi } from 'vitest';
import { setMessages } from '../../lib/i18n.ts';
import { annotate } from '../../lib/page/annotate.ts';
import { detectMinutes } from '../../lib/page/detect.ts';
import { readPage } from '../../lib/page/read-page.ts';
import { uiRootOf } from '../../lib/page/ui-host.ts';

const HERE = dirname(fileURLToPath(import.meta.url));
const HTML = readFileSync(join(HERE, '../demo-site/vis/referat-social-og-sundhedsudvalget-2025-03-04.html'), 'utf8');
const URL_DEMO = 'http://dagsordener.sagsby.test/vis/referat-social-og-sundhedsudvalget-2025-03-04.html';

beforeAll(() => {
  setMessages('da', JSON.parse(readFileSync(join(HERE, '../../assets/public/_locales/da/messages.json'), 'utf8')));
});

function visit(openReader?: (url: string) => Promise<void>) {
  const doc = new DOMParser().parseFromString(HTML, 'text/html');
  const before = doc.documentElement.outerHTML;
  const detection = detectMinutes(doc, URL_DEMO);
  const page = readPage(doc, URL_DEMO, detection)!;
  const annotations = annotate(doc, URL_DEMO, page, { detection, services: { copyText: async () => true, bookmarks: null, trail: null, ...(openReader ? { openReader } : {}) } });
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
});
