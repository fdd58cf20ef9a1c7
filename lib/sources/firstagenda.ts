/**
 * FirstAgenda Publication pages (dagsordener.<kommune>.dk), read through their real markup
 * (publishing-systems.md §2.1): h1.dato, table.dagsordeninfo, tr.punktrow with span.label,
 * h2.overskrift, span.sagsnummer, h3 headings in #sagsfremstillingContainer, a.bilag-link.
 */
import type { TextBlock } from '../model.ts';
import { blockText, paragraphs } from './dom-text.ts';

export function isFirstAgendaPage(doc: Document): boolean {
  if (doc.querySelector('table#dagsordenDetaljer, tr.punktrow') !== null) return true;
  const api = doc.querySelector('input#apiurl');
  return api !== null && (api.getAttribute('value') ?? '').includes('firstagenda.com') && doc.querySelector('#dagsordenDetaljer') !== null;
}

/** The item rows: the minutes' table of items (a listing page has none). */
export function itemRows(doc: Document): Element[] {
  return Array.from(doc.querySelectorAll('tr.punktrow'));
}

function headerBlocks(doc: Document, blocks: TextBlock[]): void {
  const title = doc.querySelector('.title h1, h1.dato');
  if (title) blocks.push({ text: blockText(title).replace(/\n/g, ' '), hint: { role: 'meeting-title' }, ref: title });
  for (const row of Array.from(doc.querySelectorAll('table.dagsordeninfo tr'))) {
    const cells = Array.from(row.querySelectorAll(':scope > td'));
    // Rows hold label/value pairs: "Udvalg:" | value, sometimes two pairs per row.
    for (let i = 0; i + 1 < cells.length; i += 2) {
      const label = blockText(cells[i]!).replace(/:$/, '').trim();
      const value = blockText(cells[i + 1]!).replace(/\n/g, ', ');
      if (label !== '') blocks.push({ text: value, hint: { role: 'field', label }, ref: cells[i + 1] });
    }
  }
}

function itemBlocks(row: Element, blocks: TextBlock[]): void {
  const number = row.querySelector('span.label:not(.pdf-label)');
  const title = row.querySelector('h2.overskrift');
  if (!number || !title) return;
  blocks.push({ text: blockText(number), hint: { role: 'item-number' }, ref: number });
  blocks.push({ text: blockText(title).replace(/\n/g, ' '), hint: { role: 'item-title' }, ref: title });
  const details = row.querySelector('.details');
  if (!details) return;
  paragraphs(
    details,
    (p) => {
      // Headings in an item are its sections; an empty one still ends the section before it.
      if (p.headingLevel !== undefined) blocks.push({ text: p.text, hint: { role: 'section-heading', headingLevel: p.headingLevel }, ref: p.element });
      else blocks.push({ text: p.text, ref: p.element });
    },
    (el) => {
      if (el.matches('span.sagsnummer')) {
        const text = blockText(el);
        if (text !== '') blocks.push({ text, hint: { role: 'case-number' }, ref: el });
        return true;
      }
      if (el.matches('a.bilag-link')) {
        blocks.push({ text: blockText(el).replace(/\n/g, ' '), hint: { role: 'attachment', href: el.getAttribute('href') ?? '' }, ref: el });
        return true;
      }
      // The "Bilag" heading above the attachment list is page layout: the links themselves are marked.
      if (el.matches('h3') && el.parentElement === details) return true;
      if (el.matches('h1, h2, h3, h4, h5, h6') && blockText(el) === '') {
        blocks.push({ text: '', hint: { role: 'section-heading' }, ref: el });
        return true;
      }
      // The "PDF" label beside each attachment is a button, not text.
      return el.matches('span.pdf-label');
    },
  );
}

export function firstAgendaBlocks(doc: Document): TextBlock[] {
  const blocks: TextBlock[] = [];
  headerBlocks(doc, blocks);
  for (const row of itemRows(doc)) itemBlocks(row, blocks);
  return blocks;
}
