/**
 * Shapes shared by the PDF layout stages. Everything here is plain data in PDF points, so the
 * layout can be tested on hand-built items without pdf.js.
 */

/** One run of text on a page, as pdf.js reports it, moved into page coordinates. */
export interface PositionedItem {
  str: string;
  /** Left edge of the run, from the left edge of the page. */
  x: number;
  /** Baseline of the run, from the TOP of the page (y grows downwards, as on screen). */
  y: number;
  /** Advance width of the whole run. */
  width: number;
  /** Font size in points (pdf.js: the item's height for horizontal text). */
  fontSize: number;
  /** 1-based page number. */
  page: number;
  /** pdf.js saw a line break after the run. Informational: lines are rebuilt from positions. */
  hasEOL?: boolean;
}

/** The text of one page: its size and its runs in any order. */
export interface PageText {
  /** 1-based page number. */
  page: number;
  width: number;
  height: number;
  items: PositionedItem[];
}

/** One visual line: the runs that share a baseline, left to right. */
export interface Line {
  page: number;
  /** Baseline from the top of the page. */
  y: number;
  /** Left edge of the first run (the list marker, when there is one). */
  x: number;
  /** Left edge of the text after a list marker; equals x when there is no marker. */
  textX: number;
  /** Right edge of the last run. */
  right: number;
  fontSize: number;
  /**
   * Cells of the line. More than one cell means the runs stood apart like table columns;
   * a list marker standing apart from its text is not a cell of its own.
   */
  cells: string[];
  /** Left edge of each cell. */
  cellX: number[];
  /**
   * Left edges of the runs that stand after a visible gap (cells, words drawn apart): a line
   * below may hang under one of them ("Mødedeltagere  Ivan Mott, …" / "   Peter Olsen").
   */
  runStarts: number[];
  /** The list marker ("•", "-", "–", "1.", "a)") when it stood apart from its text. */
  marker: string | null;
  /** Estimated width of the line's first word: decides whether it would have fitted on the line above. */
  firstWordWidth: number;
}

/**
 * The `ref` of every TextBlock made from a PDF: where the block stands in the original file,
 * so a reading view can link to the page (`#page=N`).
 */
export interface PdfBlockRef {
  kind: 'pdf';
  /** 1-based page of the block's first line. */
  page: number;
  /** 1-based page of its last line (a paragraph can run over a page break). */
  endPage: number;
  /** Distance in points from the top of `page` to the first line's baseline. */
  top: number;
}

/** The page a block came from, when it came from a PDF. */
export function pdfPageOf(ref: unknown): number | null {
  if (typeof ref !== 'object' || ref === null) return null;
  const r = ref as Partial<PdfBlockRef>;
  return r.kind === 'pdf' && typeof r.page === 'number' ? r.page : null;
}
