// @vitest-environment happy-dom
// @vitest-environment-options {"settings":{"handleDisabledFileLoadingAsSuccess":true}}
/**
 * The content script's controller on the demo site's meeting whose rows arrive by script
 * (test/demo-site, modelled FirstAgenda markup): waits for the rows, annotates once per
 * content, ignores its own changes and hash-only navigation, switches off and on, runs the
 * keyboard commands, and leaves a page that is not minutes untouched.
 */
import { readFileSync } from 'node:fs';
import { dirname, join } from 'node:path';
import { fileURLToPath } from 'node:url';
import { afterEach, describe, expect, it, vi } from 'vitest';
import type { PageSummary } from '../../../lib/messages/parts.ts';
import type { Meeting } from '../../../lib/model.ts';
import { PageController } from '../../../lib/page/controller.ts';
import { setMessages } from '../../../lib/i18n/index.ts';
import { uiRootOf } from '../../../lib/page/ui-host.ts';

const DEMO = join(dirname(fileURLToPath(import.meta.url)), '../../demo-site/vis');
const DYNAMIC = readFileSync(join(DEMO, 'referat-oekonomiudvalget-2025-03-12.html'), 'utf8');
const URL_DYNAMIC = 'http://dagsordener.sagsby.test/vis/referat-oekonomiudvalget-2025-03-12.html';

/** The page as served, before its script moves the rows out of their <template>. */
function servedPage(): { doc: Document; addRows(): void } {
  const doc = document.implementation.createHTMLDocument('');
  doc.documentElement.innerHTML = DYNAMIC.replace(/^[\s\S]*?<html[^>]*>/i, '').replace(/<\/html>\s*$/i, '').replace(/<script\b[\s\S]*?<\/script>/gi, '');
  return {
    doc,
    addRows() {
      // The rows' markup as the site's script inserts it (parsed in its table context).
      const rows = /<template id="demo-punkter">([\s\S]*?)<\/template>/.exec(DYNAMIC)![1]!;
      const scratch = doc.createElement('table');
      scratch.innerHTML = `<tbody>${rows}</tbody>`;
      doc.querySelector('#dagsordenDetaljer tbody')!.append(...Array.from(scratch.querySelectorAll('tr.punktrow')));
    },
  };
}

// The page speaks Danish, as with the default settings.
setMessages('da', JSON.parse(readFileSync(join(dirname(fileURLToPath(import.meta.url)), '../../../assets/public/_locales/da/messages.json'), 'utf8')));

const controllers: PageController[] = [];
afterEach(() => {
  while (controllers.length > 0) controllers.pop()!.stop();
});

function start(doc: Document, url = URL_DYNAMIC) {
  const reports: { summary: PageSummary; meeting: Meeting | null }[] = [];
  const controller = new PageController(doc, () => url, {
    services: { copyText: async () => true, bookmarks: null, trail: null },
    report: (summary, meeting) => reports.push({ summary, meeting }),
    settleMs: 20,
  });
  controllers.push(controller);
  controller.start();
  return { controller, reports };
}

describe('the page controller', () => {
  it('waits for rows that arrive by script, annotates them once, and ignores its own changes', async () => {
    const { doc, addRows } = servedPage();
    const { reports } = start(doc);
    expect(doc.querySelectorAll('[data-sagsspor-item]').length).toBe(0);
    addRows();
    await vi.waitFor(() => expect(doc.querySelectorAll('tr.punktrow[data-sagsspor-item]').length).toBe(7));
    expect(reports.filter((r) => r.meeting !== null)).toHaveLength(1);
    expect(reports.at(-1)!.summary).toMatchObject({ analysed: true, itemCount: 7, annotationsOn: true });
    // The closed item says so on the page, beside its title.
    const closed = doc.querySelector('[data-sagsspor-closed] sagsspor-root[data-sagsspor-part="closed"]');
    expect(uiRootOf(closed)?.textContent).toBe('Lukket punkt');
    const panel = doc.querySelector('sagsspor-root[data-sagsspor-part="panel"]');
    // Quiet for a while: our own DOM changes did not start another read.
    await new Promise((r) => setTimeout(r, 100));
    expect(doc.querySelector('sagsspor-root[data-sagsspor-part="panel"]')).toBe(panel);
    expect(doc.querySelectorAll('sagsspor-root[data-sagsspor-part="panel"]')).toHaveLength(1);
    expect(reports.filter((r) => r.meeting !== null)).toHaveLength(1);
  });

  it('a change of the page that leaves its text as it was is not read twice; new text is', async () => {
    const { doc, addRows } = servedPage();
    addRows();
    const { reports } = start(doc);
    expect(reports).toHaveLength(1);
    // The site toggles an item (a style change and a re-inserted, equal row): same content.
    const row = doc.querySelector('tr.punktrow')!;
    row.parentNode!.insertBefore(row, row.nextSibling);
    await new Promise((r) => setTimeout(r, 100));
    expect(reports).toHaveLength(1);
    // A new decision text is new content.
    const decision = doc.querySelector('[data-sagsspor-outcome]')!;
    decision.append(doc.createTextNode(' Sagen blev udsat.'));
    await vi.waitFor(() => expect(reports).toHaveLength(2));
  });

  it('hash-only navigation does not read the page again', async () => {
    const { doc, addRows } = servedPage();
    addRows();
    const { reports } = start(doc);
    window.location.hash = '#sagsspor-item=3';
    window.dispatchEvent(new HashChangeEvent('hashchange'));
    await new Promise((r) => setTimeout(r, 100));
    expect(reports).toHaveLength(1);
  });

  it('switched off, the page is as it was; on again, annotated again', () => {
    const { doc, addRows } = servedPage();
    addRows();
    const before = doc.documentElement.outerHTML;
    const { controller } = start(doc);
    expect(doc.documentElement.outerHTML).not.toBe(before);
    const hidden = controller.setOn(false);
    expect(hidden.annotationsOn).toBe(false);
    // Hidden is not "no minutes here": the popup still knows the meeting and offers to show it again.
    expect(hidden.analysed).toBe(true);
    expect(hidden.itemCount).toBe(7);
    expect(doc.documentElement.outerHTML).toBe(before);
    controller.setOn(true);
    expect(doc.querySelectorAll('tr.punktrow[data-sagsspor-item]').length).toBe(7);
  });

  it('runs the keyboard commands: the outline opens and closes', () => {
    const { doc, addRows } = servedPage();
    addRows();
    const { controller } = start(doc);
    const outline = () => uiRootOf(doc.querySelector('sagsspor-root[data-sagsspor-part="panel"]'))!.querySelector('nav.outline');
    const wasOpen = outline() !== null;
    expect(controller.command('toggle-outline')).toBe(true);
    return vi.waitFor(() => expect(outline() !== null).toBe(!wasOpen));
  });

  it('reveals an item for the popup and the side panel (false for one the page does not have), and steps to a decision', () => {
    const { doc, addRows } = servedPage();
    addRows();
    const { controller } = start(doc);
    expect(controller.reveal(3)).toBe(true);
    expect(doc.querySelector('[data-sagsspor-item="3"]')!.hasAttribute('data-sagsspor-flash')).toBe(true);
    expect(controller.reveal(99)).toBe(false);
    expect(controller.command('next-decision')).toBe(true);
    expect(doc.querySelector('[data-sagsspor-outcome][data-sagsspor-flash]')).not.toBeNull();
    // Switched off, nothing to reveal and no command to run; the flashes went with the annotations.
    controller.setOn(false);
    expect(doc.querySelector('[data-sagsspor-flash]')).toBeNull();
    expect(controller.reveal(3)).toBe(false);
    expect(controller.command('toggle-outline')).toBe(false);
  });

  it('leaves a page that is not minutes untouched', async () => {
    const doc = document.implementation.createHTMLDocument('Nyheder');
    doc.body.innerHTML = '<main><h2>Byrådet mødes</h2><p>Sag 24-002111 er på vej. Ring 70 10 20 30.</p></main>';
    const before = doc.documentElement.outerHTML;
    const { controller, reports } = start(doc, 'https://www.example-nyheder.dk/');
    doc.body.append(doc.createElement('p'));
    await new Promise((r) => setTimeout(r, 60));
    expect(reports).toHaveLength(0);
    expect(controller.summary().analysed).toBe(false);
    expect(doc.documentElement.outerHTML).toBe(before.replace('</main>', '</main><p></p>'));
  });
});
