/**
 * Stage 1: normalise. Blocks become lines of clean text, each remembering its block, its
 * hint and whether it starts a paragraph (a new block, or a blank line inside one).
 */
import type { BlockHint, TextBlock } from '../model.ts';

export interface Line {
  text: string;
  /** Index of the block the line came from. */
  block: number;
  hint: BlockHint | undefined;
  /** The line starts a paragraph: first line of a block, or after a blank line. */
  paragraphStart: boolean;
  /** The text had a tab or a run of dots before a trailing page number (table of contents). */
  tocLike: boolean;
}

// Zero-width characters and soft hyphens that PDF and HTML text carry invisibly.
const INVISIBLE = /[\u00AD\u200B-\u200D\u2060\uFEFF]/g;
const HAS_INVISIBLE = /[\u00AD\u200B-\u200D\u2060\uFEFF]/;
const SPACES = /[ \t\u00A0\u2000-\u200A\u202F\u205F\u3000]+/g;
const TOC_TAIL = /(?:\.{3,}|\t)\s*\d{1,4}$/;

const NEEDS_NFC = /[\u0300-\u036f]/;
const ODD_SPACE = /[\t\u00A0\u2000-\u200A\u202F\u205F\u3000]| {2}/;

export function normalizeText(text: string): string {
  // Each step only where needed: most lines are already clean, and this runs on every line.
  let out = NEEDS_NFC.test(text) ? text.normalize('NFC') : text;
  if (HAS_INVISIBLE.test(out)) out = out.replace(INVISIBLE, '');
  if (ODD_SPACE.test(out)) out = out.replace(SPACES, ' ');
  return out.trim();
}

export function normalize(blocks: readonly TextBlock[]): Line[] {
  const lines: Line[] = [];
  blocks.forEach((block, index) => {
    const raw = typeof block.text === 'string' ? block.text : '';
    const parts = raw.split(/\r\n|\r|\n/);
    // Every block is a paragraph; lines inside it are its wrapped lines.
    let pendingBreak = true;
    for (const part of parts) {
      const text = normalizeText(part);
      // An empty heading from markup still ends the section before it (FirstAgenda has them).
      if (text === '' && block.hint?.role === 'section-heading' && parts.length === 1) {
        lines.push({ text, block: index, hint: block.hint, paragraphStart: true, tocLike: false });
        continue;
      }
      if (text === '') {
        pendingBreak = true;
        continue;
      }
      lines.push({
        text,
        block: index,
        hint: block.hint,
        paragraphStart: pendingBreak,
        tocLike: TOC_TAIL.test(part.trimEnd()),
      });
      pendingBreak = false;
    }
  });
  return lines;
}
