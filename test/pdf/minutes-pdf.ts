/**
 * Test writer: a minutes text (a seed: paragraphs between blank lines) → a PDF laid out the way
 * FirstAgenda's minutes PDFs are, so that PDF reading is tested on the layout problems of real
 * files, not on one text line per paragraph:
 * - A4, margins, a running header (committee and date | "Referat") and a footer
 *   (name | "Side N af M") on every page but the first (a cover without header, as many have);
 * - the title and "Punkt N:" headings larger and bold, template headings bold; each item starts
 *   on a new page (FirstAgenda does: its table of contents gives page numbers);
 * - header fields (Mødedato, Mødested, Mødedeltagere) as a label | value table, the value
 *   wrapping in its own column;
 * - paragraphs word-wrapped to the column, page breaks wherever a line no longer fits (inside
 *   sections and inside paragraphs), a heading kept with the line after it;
 * - lines with tabs as table rows on a grid of columns (the table of contents too), in a smaller
 *   font, shrunk further when a table is wider than the column;
 * - "- x", "• x", "1. x" lines as list items: the marker apart, the text on a hanging indent.
 * A line that is already several lines in the seed (a hard line break) stays several lines.
 *
 * Fonts: Helvetica and Helvetica-Bold with WinAnsi encoding. Every character of the seeds is in
 * WinAnsi (æøåÆØÅé§–’”), checked by `unencodable()`: nothing is mapped or replaced, so text read
 * back must equal the seed.
 */
import { PDFDocument, PDFFont, PDFPage, StandardFonts, rgb } from 'pdf-lib';

export interface MinutesPdfOptions {
  /** Running header cells: left (committee and date) and right. */
  header?: [string, string];
  /** Left cell of the footer; the right one is "Side N af M". */
  footer?: string;
  /** Start each "Punkt N:" item on a new page (default true). */
  itemPerPage?: boolean;
  /** Body text size in points (default 10). */
  bodySize?: number;
}

const PAGE_W = 595.28;
const PAGE_H = 841.89;
const LEFT = 70;
const RIGHT = PAGE_W - 56;
const HEADER_Y = 40; // baselines, from the top of the page
const BODY_TOP = 80;
const BODY_BOTTOM = 775;
const FOOTER_Y = 810;
const LEADING = 1.3;
const FIELD_VALUE_X = LEFT + 100;
const HANGING = 14;

const TEMPLATE_HEADINGS = new Set(
  [
    'Beslutning', 'Resumé', 'Resume og sagens baggrund', 'Indstilling', 'Indstillinger', 'Beslutningskompetence',
    'Sagsfremstilling', 'Udtalelser', 'Administrationens vurdering', 'Økonomi og finansiering', 'Økonomiske konsekvenser',
    'Budgetmæssige konsekvenser', 'Sagens forløb', 'Behandlingsforløb', 'Tidligere udvalgsbeslutninger', 'Behandling', 'Bilag',
    'Indholdsfortegnelse',
  ].map((h) => h.toLowerCase()),
);
const ITEM_HEADING = /^Punkt \d+:/;
const TITLE = /^(REFERAT|DAGSORDEN)\b/;
const FIELD = /^(Mødedato|Mødested|Mødedeltagere|Afbud|Fraværende) (\S.*)$/;
const LIST_ITEM = /^([-–•]|\d{1,2}[.)]) (\S.*)$/;

interface Run {
  text: string;
  x: number;
  y: number;
  size: number;
  bold: boolean;
}

interface Fonts {
  regular: PDFFont;
  bold: PDFFont;
}

/** Characters of `text` that WinAnsi (and so Helvetica without embedding) cannot encode. */
export function unencodable(text: string, font: PDFFont): string[] {
  const bad = new Set<string>();
  for (const ch of new Set(text.replace(/[\n\t]/g, ''))) {
    try {
      font.encodeText(ch);
    } catch {
      bad.add(ch);
    }
  }
  return [...bad];
}

/** Greedy word wrap at spaces; a word wider than the line is broken inside (as word processors do). */
export function wrap(text: string, width: number, font: PDFFont, size: number): string[] {
  const measure = (s: string) => font.widthOfTextAtSize(s, size);
  const lines: string[] = [];
  let line = '';
  for (const word of text.split(/ +/).filter((w) => w !== '')) {
    const candidate = line === '' ? word : `${line} ${word}`;
    if (measure(candidate) <= width) {
      line = candidate;
      continue;
    }
    if (line !== '') lines.push(line);
    line = word;
    while (measure(line) > width) {
      let cut = line.length - 1;
      while (cut > 1 && measure(line.slice(0, cut)) > width) cut--;
      lines.push(line.slice(0, cut));
      line = line.slice(cut);
    }
  }
  if (line !== '') lines.push(line);
  return lines;
}

/** Lays runs out on pages; pages are drawn at the end, when "Side N af M" knows M. */
class Layout {
  pages: Run[][] = [[]];
  y = BODY_TOP;
  fonts: Fonts;
  // No parameter properties: the bench runs this file under Node's type stripping.
  constructor(fonts: Fonts) {
    this.fonts = fonts;
  }

  get atTop(): boolean {
    return this.y === BODY_TOP;
  }

  newPage(): void {
    if (this.pages[this.pages.length - 1]!.length === 0) return;
    this.pages.push([]);
    this.y = BODY_TOP;
  }

  /** Room for `height` more points on this page, or a new page. */
  ensure(height: number): void {
    if (this.y + height > BODY_BOTTOM) {
      this.pages.push([]);
      this.y = BODY_TOP;
    }
  }

  space(points: number): void {
    if (!this.atTop) this.y += points;
  }

  /** One visual line: its runs share the baseline at the current position. */
  line(runs: Omit<Run, 'y'>[], size: number): void {
    const step = size * LEADING;
    this.ensure(step);
    this.y += step;
    for (const r of runs) this.pages[this.pages.length - 1]!.push({ ...r, y: this.y });
  }

  width(text: string, size: number, bold = false): number {
    return (bold ? this.fonts.bold : this.fonts.regular).widthOfTextAtSize(text, size);
  }
}

function paragraphsOf(text: string): string[][] {
  return text
    .split(/\r?\n[ \t]*\r?\n/)
    .map((p) => p.split(/\r?\n/).filter((l) => l.trim() !== ''))
    .filter((p) => p.length > 0);
}

function drawWrapped(layout: Layout, text: string, x: number, size: number, bold: boolean, keepWithNext = false): void {
  const font = bold ? layout.fonts.bold : layout.fonts.regular;
  const lines = wrap(text, RIGHT - x, font, size);
  // A heading is never the last line of a page: it moves down with the line after it.
  if (keepWithNext) layout.ensure(size * LEADING * (lines.length + 1) + 12);
  for (const l of lines) layout.line([{ text: l, x, size, bold }], size);
}

function drawListItem(layout: Layout, marker: string, text: string, size: number): void {
  const lines = wrap(text, RIGHT - LEFT - HANGING, layout.fonts.regular, size);
  lines.forEach((l, i) => {
    const runs = [{ text: l, x: LEFT + HANGING, size, bold: false }];
    layout.line(i === 0 ? [{ text: marker, x: LEFT, size, bold: false }, ...runs] : runs, size);
  });
}

/** Rows of tab-separated cells on one grid; the font shrinks until the grid fits the column. */
function drawTable(layout: Layout, rows: string[][], baseSize: number): void {
  const columns = Math.max(...rows.map((r) => r.length));
  const natural = (size: number) => {
    const widths = Array.from({ length: columns }, (_, c) => Math.max(0, ...rows.map((r) => layout.width(r[c] ?? '', size))));
    const gutter = 2 * size;
    return { widths, gutter, total: widths.reduce((a, b) => a + b, 0) + gutter * (columns - 1) };
  };
  let size = baseSize;
  const first = natural(size).total;
  if (first > RIGHT - LEFT) size = Math.floor(((size * (RIGHT - LEFT)) / first) * 100) / 100;
  const { widths, gutter } = natural(size);
  const xs = widths.map((_, c) => LEFT + widths.slice(0, c).reduce((a, b) => a + b, 0) + gutter * c);
  for (const row of rows) {
    const runs = row.map((cell, c) => ({ text: cell.trim(), x: xs[c]!, size, bold: false })).filter((r) => r.text !== '');
    if (runs.length > 0) layout.line(runs, size);
  }
}

function layOut(layout: Layout, text: string, options: MinutesPdfOptions): void {
  const body = options.bodySize ?? 10;
  let seenItem = false;
  let first = true;
  for (const paragraph of paragraphsOf(text)) {
    const head = paragraph[0]!;
    if (first && TITLE.test(head)) {
      drawWrapped(layout, head, LEFT, 16, true);
      layout.space(10);
      first = false;
      continue;
    }
    first = false;
    if (ITEM_HEADING.test(head) && paragraph.length === 1) {
      if (options.itemPerPage ?? true) layout.newPage();
      else layout.space(body);
      seenItem = true;
      drawWrapped(layout, head, LEFT, 13, true, true);
      layout.space(body * 0.8);
      continue;
    }
    if (paragraph.length === 1 && TEMPLATE_HEADINGS.has(head.trim().toLowerCase())) {
      layout.space(body * 0.4);
      drawWrapped(layout, head, LEFT, body + 1, true, true);
      layout.space(body * 0.5);
      continue;
    }
    const field = FIELD.exec(head);
    if (!seenItem && field) {
      // Label | value: the value wraps in its own column; the seed's further lines stay lines.
      const values = [field[2]!, ...paragraph.slice(1)].flatMap((v) => wrap(v, RIGHT - FIELD_VALUE_X, layout.fonts.regular, body));
      values.forEach((v, i) => {
        const runs = [{ text: v, x: FIELD_VALUE_X, size: body, bold: false }];
        layout.line(i === 0 ? [{ text: field[1]!, x: LEFT, size: body, bold: true }, ...runs] : runs, body);
      });
      layout.space(body * 0.8);
      continue;
    }
    // A paragraph: its lines in order; runs of tab lines are tables, marked lines list items.
    for (let i = 0; i < paragraph.length; i++) {
      const line = paragraph[i]!;
      if (line.includes('\t')) {
        const rows: string[][] = [];
        while (i < paragraph.length && paragraph[i]!.includes('\t')) rows.push(paragraph[i++]!.split('\t'));
        i--;
        drawTable(layout, rows, body - 1);
        continue;
      }
      const item = LIST_ITEM.exec(line);
      if (item) drawListItem(layout, item[1]!, item[2]!, body);
      else drawWrapped(layout, line, LEFT, body, false);
    }
    layout.space(body * 0.8);
  }
}

function drawRuns(page: PDFPage, runs: readonly Run[], fonts: Fonts): void {
  for (const r of runs) page.drawText(r.text, { x: r.x, y: PAGE_H - r.y, size: r.size, font: r.bold ? fonts.bold : fonts.regular, color: rgb(0, 0, 0) });
}

/** The PDF of a minutes text, laid out as described above. */
export async function minutesPdf(text: string, options: MinutesPdfOptions = {}): Promise<Uint8Array> {
  const doc = await PDFDocument.create();
  const fonts: Fonts = { regular: await doc.embedFont(StandardFonts.Helvetica), bold: await doc.embedFont(StandardFonts.HelveticaBold) };
  const bad = unencodable(text, fonts.regular);
  if (bad.length > 0) throw new Error(`minutesPdf: characters outside WinAnsi: ${bad.map((c) => `U+${c.codePointAt(0)!.toString(16)}`).join(' ')}`);
  const layout = new Layout(fonts);
  layOut(layout, text, options);
  const pages = layout.pages.filter((p) => p.length > 0);
  const total = pages.length;
  pages.forEach((runs, index) => {
    const page = doc.addPage([PAGE_W, PAGE_H]);
    drawRuns(page, runs, fonts);
    if (index === 0) return; // the cover page has no running header or footer
    const small = 8;
    const furniture: Run[] = [];
    const right = (t: string, y: number) => furniture.push({ text: t, x: RIGHT - layout.width(t, small), y, size: small, bold: false });
    if (options.header) {
      furniture.push({ text: options.header[0], x: LEFT, y: HEADER_Y, size: small, bold: false });
      right(options.header[1], HEADER_Y);
    }
    if (options.footer) furniture.push({ text: options.footer, x: LEFT, y: FOOTER_Y, size: small, bold: false });
    right(`Side ${index + 1} af ${total}`, FOOTER_Y);
    drawRuns(page, furniture, fonts);
  });
  return doc.save();
}

/** Header cells for a seed: the title line's committee and date, and the document kind. */
export function seedHeader(text: string): [string, string] {
  const title = text.split('\n').find((l) => TITLE.test(l)) ?? '';
  const m = /^(REFERAT|DAGSORDEN)\s+(.*)$/.exec(title);
  return [m?.[2] ?? 'Møde', m?.[1] === 'DAGSORDEN' ? 'Dagsorden' : 'Referat'];
}
