// @vitest-environment happy-dom
/**
 * FirstAgenda's whole-meeting PDF (the page hook the PDF button uses) and its PDF routes (what
 * the context menu offers to open, and which bookmarks open in the reader).
 */
import { describe, expect, it } from 'vitest';
import { PDF_LINK_PATTERNS, isPdfAddress } from '../../../../lib/extension-pages/reader-path.ts';
import { firstAgenda } from '../../../../lib/systems/firstagenda/index.ts';
import { firstAgendaMeetingPdf } from '../../../../lib/systems/firstagenda/pdf.ts';

const ID = 'b1cb1816-7d85-457c-9f32-2a1422d00e17';

describe('the whole meeting\'s PDF', () => {
  it('is the portal\'s own route for the id on "Hent hele referatet", and the button is where Sagsspor\'s goes', () => {
    const doc = new DOMParser().parseFromString(`<div id="dagsordenhent"><input id="hentHeledagsorden" type="button" data-id="${ID}" value="Hent hele referatet"></div>`, 'text/html');
    const pdf = firstAgenda.page.meetingPdf!(doc, 'https://dagsordener.lejre.dk/vis?id=1');
    expect(pdf?.url).toBe(`https://dagsordener.lejre.dk/vis/pdf/dagsorden/${ID}/?redirectDirectlyToPdf=true`);
    expect(pdf?.beside).toBe(doc.getElementById('hentHeledagsorden'));
  });

  it('is none without the button, for an id of another shape, or without an address', () => {
    const none = new DOMParser().parseFromString('<p>Referat</p>', 'text/html');
    expect(firstAgenda.page.meetingPdf!(none, 'https://dagsordener.lejre.dk/')).toBeNull();
    expect(firstAgendaMeetingPdf('https://dagsordener.lejre.dk', '../../admin')).toBeNull();
    const button = new DOMParser().parseFromString(`<input id="hentHeledagsorden" data-id="${ID}">`, 'text/html');
    expect(firstAgenda.page.meetingPdf!(button, 'not an address')).toBeNull();
  });
});

describe('PDF routes', () => {
  it('the context menu offers FirstAgenda\'s /vis/pdf/ links besides .pdf files; bookmarks on them open in the reader', () => {
    expect(PDF_LINK_PATTERNS).toEqual(['*://*/*.pdf', '*://*/*.pdf?*', '*://*/*.PDF', '*://*/vis/pdf/*', '*://*/Vis/Pdf/*']);
    expect(isPdfAddress(`https://dagsordener.lejre.dk/vis/pdf/bilag/${ID}/?redirectDirectlyToPdf=false`)).toBe(true);
    expect(isPdfAddress(`https://dagsordener.lejre.dk/Vis/Pdf/dagsorden/${ID}`)).toBe(true);
    expect(isPdfAddress('https://example.dk/referat.PDF')).toBe(true);
    expect(isPdfAddress('https://dagsordener.lejre.dk/vis?id=1')).toBe(false);
    expect(isPdfAddress('javascript:alert(1)//x.pdf')).toBe(false);
  });
});
