/**
 * The shared minutes parser: blocks → Meeting. Pure: no DOM, no browser API.
 * Stages: normalise → classify lines → build the item tree → enrich.
 */
import type { Meeting, TextBlock } from '../model.ts';

export interface ParseOptions {
  /** Name of the document (file name or URL), copied to Meeting.source. */
  source: string;
}

/** Parse ordered text blocks into a Meeting. Never throws: unreadable input gives warnings. */
export function parseBlocks(blocks: readonly TextBlock[], options: ParseOptions): Meeting {
  return {
    source: options.source,
    kind: null,
    municipality: null,
    committee: null,
    date: null,
    time: null,
    location: null,
    participants: [],
    absent: [],
    items: [],
    warnings: [{ code: 'not-implemented', message: 'parser not written yet', block: null }],
  };
}

/** Plain text (one line per block). */
export function textToBlocks(text: string): TextBlock[] {
  return text.split(/\r\n|\r|\n/).map((line) => ({ text: line }));
}

export function parseText(text: string, options: ParseOptions): Meeting {
  return parseBlocks(textToBlocks(text), options);
}
