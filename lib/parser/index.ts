/**
 * The shared minutes parser: blocks → Meeting. Pure: no DOM, no browser API.
 * Stages: normalise → classify lines → build the item tree → enrich (header, items).
 */
import type { Meeting, ParseWarning, TextBlock } from '../model.ts';
import { classifyLines } from './classify.ts';
import { findMunicipality, readHeader } from './header.ts';
import { buildItems } from './item.ts';
import type { LineTable } from './lines.ts';
import { readBlocks, readText } from './normalize.ts';
import { dateInSource, kindInSource } from './source-date.ts';
import { buildTree } from './tree.ts';

export interface ParseOptions {
  /** Name of the document (file name or URL), copied to Meeting.source. */
  source: string;
}

function emptyMeeting(source: string, warnings: ParseWarning[]): Meeting {
  return {
    source,
    kind: null,
    municipality: null,
    committee: null,
    date: null,
    time: null,
    location: null,
    participants: [],
    absent: [],
    items: [],
    warnings,
  };
}

/** Parse ordered text blocks into a Meeting. Never throws: unreadable input gives warnings. */
export function parseBlocks(blocks: readonly TextBlock[], options: ParseOptions): Meeting {
  return parseLines(() => readBlocks(blocks), options);
}

/** Plain text: the same as parseBlocks(textToBlocks(text)), without making the blocks. */
export function parseText(text: string, options: ParseOptions): Meeting {
  // A page saved as text may start with its address on a line of its own: the address, not text.
  const address = LEADING_ADDRESS.exec(text);
  if (!address) return parseLines(() => readText(text), options);
  const rest = text.slice(address[0].length);
  return parseLines(() => readText(rest), options, address[1]!);
}

/** A first line that is nothing but a web address. */
const LEADING_ADDRESS = /^\uFEFF?[ \t]*(https?:\/\/[^\s]{1,2000})[ \t]*(?:\r\n|\r|\n|$)/;

/** `address`: the document's web address where its text gave one (options.source may be a file's name). */
function parseLines(read: () => LineTable, options: ParseOptions, address = options.source): Meeting {
  const warnings: ParseWarning[] = [];
  try {
    const lines = read();
    classifyLines(lines);
    const tree = buildTree(lines);
    const header = readHeader(lines, tree.headerLength);
    // A page that does not print its date may name the meeting by it in its address.
    const fromSource = header.date === null || header.time === null ? (dateInSource(options.source) ?? dateInSource(address)) : null;
    if (fromSource && (header.date === null || header.date === fromSource.date)) {
      header.date = fromSource.date;
      header.time ??= fromSource.time;
    }
    header.kind ??= kindInSource(options.source) ?? kindInSource(address);
    // The line right before the first body heading: some systems print the item's case number there.
    const before = tree.headerLength > 0 && tree.headerLength < lines.length ? lines.line(tree.headerLength - 1) : undefined;
    const items = buildItems(tree.items, header.date, header.committee, before);

    if (lines.length === 0) warnings.push({ code: 'empty', message: 'The document has no text.', block: null });
    else if (items.length === 0) warnings.push({ code: 'no-items', message: 'No agenda items were found.', block: null });
    if (header.date === null) warnings.push({ code: 'no-date', message: 'No meeting date was found.', block: null });
    for (const item of items) {
      if (!item.closed && item.sections.length === 0 && item.caseNumbers.length === 0) {
        warnings.push({ code: 'empty-item', message: `Item ${item.number} has no content.`, block: item.span.firstBlock });
      }
    }
    return {
      source: options.source,
      ...header,
      // The lines naming a "Kommune" (a name never spans a line break).
      municipality: findMunicipality(lines.textsContaining('Kommune')),
      items,
      warnings,
    };
  } catch (error) {
    // A bug must not take the page down: report it and give what is safe, an empty meeting.
    const message = error instanceof Error ? error.message : String(error);
    warnings.push({ code: 'parser-error', message: `The parser failed: ${message}`, block: null });
    return emptyMeeting(options.source, warnings);
  }
}

/** Plain text → blocks: one block per paragraph (lines between blank lines). */
export function textToBlocks(text: string): TextBlock[] {
  const blocks: TextBlock[] = [];
  let current: string[] = [];
  let startLine = 0;
  const lines = text.split(/\r\n|\r|\n/);
  lines.forEach((line, index) => {
    if (line.trim() === '') {
      if (current.length > 0) blocks.push({ text: current.join('\n'), ref: { line: startLine } });
      current = [];
      return;
    }
    if (current.length === 0) startLine = index;
    current.push(line);
  });
  if (current.length > 0) blocks.push({ text: current.join('\n'), ref: { line: startLine } });
  return blocks;
}
