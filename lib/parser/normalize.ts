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
const SPACES = /[ \t\u00A0\u2000-\u200A\u202F\u205F\u3000]+/g;
const TOC_TAIL = /(?:\.{3,}|\t)\s*\d{1,4}$/;

export function normalizeText(text: string): string {
  return text.normalize('NFC').replace(INVISIBLE, '').replace(SPACES, ' ').trim();
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
