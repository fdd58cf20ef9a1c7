// @vitest-environment happy-dom
/**
 * The FirstAgenda Publication adapter on real saved pages of dagsordener.aarhus.dk
 * (../shared/fixtures/firstagenda-publication-aarhus): the blocks and hints it makes, what it
 * leaves out, and what it does on the two listing pages.
 *
 * - example_minutes.html: the minutes of Teknisk Udvalg, 1 October 2025, 6 items, loaded.
 * - example_listings.html: the front page's search results (20 meetings of 2025).
 * - example_scrolled.html: the same listing after scrolling for more: 140 results (2014),
 *   `input#startindex` = 140. Also a listing, not a meeting.
 * Listings are FirstAgenda pages (same `input#apiurl`), so they go to this adapter, which
 * gives no blocks for them: there is no meeting, and their result rows are not minutes text.
 */
import { Window } from 'happy-dom';
import { afterAll, describe, expect, it } from 'vitest';
import type { TextBlock } from '../../../../lib/model.ts';
import { parseBlocks } from '../../../../lib/parser/index.ts';
import { firstAgendaBlocks } from '../../../../lib/systems/firstagenda/blocks.ts';
import { firstAgendaPageKind, isFirstAgendaPage } from '../../../../lib/systems/firstagenda/detect.ts';
import { blocksFromDocument } from '../../../../lib/systems/detect.ts';
import { describeShared, readShared } from '../../../shared.ts';

const FIXTURES = ['fixtures', 'firstagenda-publication-aarhus'] as const;

interface ExpectedItem {
  id: string;
  number: string;
  title: string;
  case_number: string | null;
  section_headings: string[];
  decision: string;
  attachments: string[];
}

// Own windows: the saved pages link stylesheets, which this window treats as loaded (no noise, no fetch).
const windows: Window[] = [];
afterAll(async () => {
  await Promise.all(windows.map((w) => w.happyDOM.close()));
});

function load(name: string): Document {
  const window = new Window({ settings: { handleDisabledFileLoadingAsSuccess: true } });
  windows.push(window);
  return new window.DOMParser().parseFromString(readShared(...FIXTURES, name), 'text/html') as unknown as Document;
}

function el(block: TextBlock): Element {
  return block.ref as Element;
}

/** Blocks grouped per item: from each 'item-number' block to the next. */
function perItem(blocks: readonly TextBlock[]): TextBlock[][] {
  const items: TextBlock[][] = [];
  for (const block of blocks) {
    if (block.hint?.role === 'item-number') items.push([]);
    items[items.length - 1]?.push(block);
  }
  return items;
}

const role = (r: NonNullable<TextBlock['hint']>['role']) => (b: TextBlock) => b.hint?.role === r;

describeShared('FirstAgenda adapter: Aarhus minutes page', () => {
  const expected = JSON.parse(readShared(...FIXTURES, 'example_minutes.expected.json')) as { items: ExpectedItem[] };
  const doc = load('example_minutes.html');
  const blocks = firstAgendaBlocks(doc);
  const items = perItem(blocks);

  it('is recognised by its markup as a FirstAgenda meeting page', () => {
    expect(isFirstAgendaPage(doc)).toBe(true);
    expect(firstAgendaPageKind(doc)).toBe('meeting');
    expect(blocksFromDocument(doc).system).toBe('firstagenda');
  });

  it('starts with the meeting title and the info table as labelled fields', () => {
    const header = blocks.slice(0, blocks.findIndex(role('item-number')));
    expect(header.map((b) => [b.hint?.role, b.hint?.label ?? null, b.text])).toEqual([
      ['meeting-title', null, 'Referat 1. oktober 2025 kl. 15.45'],
      ['field', 'Udvalg', 'Teknisk Udvalg'],
      ['field', 'Mødedato', 'onsdag den 1. oktober 2025 kl. 15.45'],
      ['field', 'Mødested', 'Udvalgsværelse 398'],
    ]);
    // The hidden, empty "Information:" row and the empty (script-filled) "Mødedeltagere:" give nothing.
    expect(el(header[0]!).matches('div.title > h1.dato')).toBe(true);
  });

  it('gives every item, in order, its number, title and case number from the markup', () => {
    expect(items).toHaveLength(expected.items.length);
    items.forEach((item, i) => {
      const want = expected.items[i]!;
      expect(item[0]).toMatchObject({ text: want.number, hint: { role: 'item-number' } });
      expect(item[1]).toMatchObject({ text: want.title, hint: { role: 'item-title' } });
      expect(item.filter(role('case-number')).map((b) => b.text)).toEqual(want.case_number === null ? [] : [want.case_number]);
      if (want.case_number !== null) expect(item[2]!.hint?.role).toBe('case-number');
      // Every block of the item comes from inside its own row.
      const row = doc.getElementById(`punktrow_${want.id}`)!;
      expect(item.every((b) => row.contains(el(b)))).toBe(true);
    });
  });

  it('marks the h3 headings of each item as section headings, then "Bilag" above the attachments', () => {
    items.forEach((item, i) => {
      const want = expected.items[i]!;
      const headings = item.filter(role('section-heading'));
      expect(headings.every((h) => h.hint?.headingLevel === 3 && el(h).tagName === 'H3')).toBe(true);
      const named = headings.map((h) => h.text).filter((t) => t !== '');
      expect(named).toEqual([...want.section_headings, ...(want.attachments.length > 0 ? ['Bilag'] : [])]);
    });
  });

  it('keeps the empty <h3>s inside an item as empty headings: they end the section before them', () => {
    // Item 2: the decision's five lines, then an empty heading, then an untitled paragraph.
    const item = items[1]!;
    const decision = item.findIndex((b) => b.text === 'Beslutninger');
    expect(item.slice(decision + 1, decision + 8).map((b) => b.hint?.role ?? b.text.slice(0, 30))).toEqual([
      'Et flertal i udvalget kunne ti',
      'Jesper Kjeldsen, Steffen Wich,',
      'Jakob Søgaard Clausen tog forb',
      'Solveig Munk kunne ikke tiltræ',
      'Liv Gro Jensen var forhindret ',
      'section-heading',
      'Udviklingsplan for Pier 3 og t',
    ]);
    expect(item[decision + 6]!.text).toBe('');
  });

  it('gives one plain block per <div> of the item text, with that <div> as ref', () => {
    const sagsforloeb = items[1]!.findIndex((b) => b.text === 'Sagsforløb');
    const lines = items[1]!.slice(sagsforloeb + 1, sagsforloeb + 4);
    expect(lines.map((b) => b.text)).toEqual(['Udvalg: Magistraten', 'Dato: 02-09-2025', 'Punktnummer: 12']);
    expect(lines.every((b) => b.hint === undefined && el(b).tagName === 'DIV')).toBe(true);
  });

  it('lists the attachments word for word with their links, after the item text', () => {
    items.forEach((item, i) => {
      const want = expected.items[i]!;
      const attachments = item.filter(role('attachment'));
      expect(attachments.map((a) => a.text)).toEqual(want.attachments);
      for (const a of attachments) {
        const link = el(a);
        expect(link.matches('a.bilag-link')).toBe(true);
        expect(a.hint?.href).toBe(link.getAttribute('href'));
        expect(a.hint?.href).toMatch(/^\/vis\/pdf\/bilag\/[0-9a-f-]{36}\/\?redirectDirectlyToPdf=false$/);
      }
      if (attachments.length > 0) {
        const first = item.indexOf(attachments[0]!);
        expect(item[first - 1]).toMatchObject({ text: 'Bilag', hint: { role: 'section-heading' } });
        expect(item.slice(first).every(role('attachment'))).toBe(true);
      }
    });
  });

  it('leaves out the page chrome: PDF buttons, menus, file counts, the download button, dialogs', () => {
    const texts = new Set(blocks.map((b) => b.text));
    for (const chrome of ['PDF', 'Hent som PDF', 'Kopier link', 'Hent hele referatet', 'Tip en ven', 'Tilbage til forsiden', 'Punkt', 'Titel', '30', '27']) {
      expect(texts.has(chrome), chrome).toBe(false);
    }
    expect(blocks.some((b) => el(b).closest('.dropdown-menu, .lydfiler-og-bilag, .modal, span.pdf-label') !== null)).toBe(false);
  });

  it('reads item 1 as exactly this block sequence', () => {
    expect(items[0]!.map((b) => ({ text: b.text, ...b.hint }))).toEqual([
      { text: '1', role: 'item-number' },
      { text: 'Referat fra sidste udvalgsmøde', role: 'item-title' },
      { text: 'EMN-2025-010561', role: 'case-number' },
      { text: 'Beslutninger', role: 'section-heading', headingLevel: 3 },
      { text: 'Ingen bemærkninger.' },
      { text: 'Bilag', role: 'section-heading', headingLevel: 3 },
      {
        text: 'Referat fra møde den 22. september 2025',
        role: 'attachment',
        href: '/vis/pdf/bilag/961ad716-c7b0-4eb2-b39c-abb4c30cb7e9/?redirectDirectlyToPdf=false',
      },
    ]);
  });
});

describeShared('FirstAgenda adapter: items whose content is not loaded yet', () => {
  it('still gives number, title and case number', () => {
    const doc = load('example_minutes.html');
    const rows = Array.from(doc.querySelectorAll('tr.punktrow'));
    // Row 2 as before the site's script filled it: the details hold only the case number.
    const details = rows[1]!.querySelector('.details')!;
    for (const child of Array.from(details.children)) if (!child.matches('span.sagsnummer')) child.remove();
    // Row 4 without any details at all.
    rows[3]!.querySelector('.details')!.remove();
    const items = perItem(firstAgendaBlocks(doc));
    expect(items).toHaveLength(6);
    expect(items[1]!.map((b) => [b.hint?.role, b.text])).toEqual([
      ['item-number', '2'],
      ['item-title', 'Udviklingsplan Aarhus Ø - endelig vedtagelse'],
      ['case-number', 'EMN-2025-009242'],
    ]);
    expect(items[3]!.map((b) => [b.hint?.role, b.text])).toEqual([
      ['item-number', '4'],
      ['item-title', 'Forvaltningen orienterer'],
    ]);
  });
});

describeShared('FirstAgenda adapter: listing pages', () => {
  for (const [name, results] of [
    ['example_listings.html', 20],
    ['example_scrolled.html', 140],
  ] as const) {
    describe(name, () => {
      const doc = load(name);

      it(`is a FirstAgenda listing of ${results} meetings, not a meeting`, () => {
        expect(doc.querySelectorAll('#resultaterplaceholder > a.searchresult')).toHaveLength(results);
        expect(isFirstAgendaPage(doc)).toBe(true);
        expect(firstAgendaPageKind(doc)).toBe('listing');
      });

      it('gives no blocks, so no items, and is not read as a generic page', () => {
        expect(firstAgendaBlocks(doc)).toEqual([]);
        const { system, blocks } = blocksFromDocument(doc);
        expect(system).toBe('firstagenda');
        expect(blocks).toEqual([]);
        expect(parseBlocks(blocks, { source: name }).items).toEqual([]);
      });
    });
  }
});

describe('FirstAgenda adapter: signature', () => {
  it('recognises a page by input#apiurl or by the item table with rows, and nothing else', () => {
    const parse = (html: string) => new DOMParser().parseFromString(html, 'text/html');
    expect(isFirstAgendaPage(parse('<input id="apiurl" type="hidden" value="http://publication.firstagenda.com">'))).toBe(true);
    expect(isFirstAgendaPage(parse('<table id="dagsordenDetaljer"><tr class="punktrow"><td>1</td></tr></table>'))).toBe(true);
    expect(isFirstAgendaPage(parse('<input id="apiurl" type="hidden" value="https://example.org/api">'))).toBe(false);
    expect(isFirstAgendaPage(parse('<h1>Referat</h1><table><tr><td>1</td></tr></table>'))).toBe(false);
    expect(firstAgendaPageKind(parse('<p>Referat</p>'))).toBe('other');
  });
});
