/**
 * Stage 3: build the item tree. Decides which candidate headings really open items (by the
 * form the document uses, evidence of item structure after them, and increasing numbers),
 * then cuts each item into its case lines and sections.
 */
import type { ItemForm, LineClass } from './classify.ts';
import { ITEM_FORMS } from './classify.ts';
import { isDigit } from './chars.ts';
import { linesOf, type ClassifiedLine, type Lines } from './lines.ts';
import { hasClosedMarker, headingKey } from './vocabulary.ts';
import { readContents, type Contents } from './contents.ts';
import { looksLikeTitle, unnumberedHeadings } from './unnumbered.ts';

export type { ClassifiedLine } from './lines.ts';

export interface SectionDraft {
  heading: string;
  /** The heading is a decision label ("Beslutning", "Beslutning i X den …"). */
  decision: { body: string | null } | null;
  /** Block of the heading line. */
  headingBlock: number;
  lines: ClassifiedLine[];
}

export interface ItemDraft {
  number: number;
  title: string;
  form: ItemForm;
  /** Blocks of the item's first heading line and of its last line. */
  span: { firstBlock: number; lastBlock: number };
  /** Lines between the heading and the first section: case numbers, access markers, intro text. */
  preamble: ClassifiedLine[];
  sections: SectionDraft[];
  /** Lines the markup marks as attachment links. */
  attachments: ClassifiedLine[];
  /** The item is listed in the table of contents only; its body is not in the text. */
  listedOnly: boolean;
  /** The item stands under a heading of closed items ("Lukkede dagsordenspunkter", "LUKKET MØDE"). */
  inClosedGroup: boolean;
}

export interface Tree {
  /** How many lines stand before the first item (title, header fields, table of contents). */
  headerLength: number;
  items: ItemDraft[];
}

export interface Candidate {
  form: ItemForm;
  number: number;
  title: string;
  /** First and last line of the heading (a number alone takes its title from a neighbour line). */
  first: number;
  last: number;
}

const EVIDENCE_WINDOW = 8;
const HEADING_KINDS: ReadonlySet<string> = new Set(['item-heading', 'item-number']);
/** "Åbent", "Lukket punkt.", "Åbent - 00.01.00A04 - 2007/34364" (the access, then the case). */
const ACCESS_MARKER = /^(?:Åbent|Åben|Lukket)(?: punkt| sag)?(?:\.|\s{0,3}[-–]\s.{1,60})?$/i;
/** Heading forms that are items wherever they stand; the others need evidence after them. */
const SELF_EVIDENT: ReadonlySet<ItemForm> = new Set(['markup', 'punkt-colon']);

function candidates(lines: Lines): Candidate[] {
  const found: Candidate[] = [];
  for (const i of lines.notable) {
    const cls = lines.cls(i);
    if (cls.kind === 'item-heading') {
      // A title wrapped onto the next lines of its paragraph goes on in lower case (PDF text).
      let title = cls.title;
      let last = i;
      while (last + 1 < lines.length && last - i < 2 && isWrappedTitle(lines, last + 1)) title += ' ' + lines.text(++last).trim();
      found.push({ form: cls.form, number: cls.number, title, first: i, last });
    } else if (cls.kind === 'item-number') {
      const next = i + 1;
      // The last of a column of numbers: its title is the column's first (contents.ts pairs them).
      const before = i > 0 ? lines.cls(i - 1) : null;
      if (before?.kind === 'item-number' && before.form === cls.form && before.number === cls.number - 1 && cls.form !== 'markup') continue;
      if (next < lines.length && (lines.hint(next)?.role === 'item-title' || lines.kind(next) === 'text')) {
        found.push({ form: cls.form, number: cls.number, title: lines.text(next), first: i, last: next });
      } else if (next < lines.length && lines.kind(next) === 'section-heading' && cls.form !== 'markup') {
        // "121." then "Godkendelse af dagsorden": a title that is also a template word stays a title.
        found.push({ form: cls.form, number: cls.number, title: lines.text(next), first: i, last: next });
      }
    } else if (cls.kind === 'item-number-after') {
      const prev = i - 1;
      // The title stands on the line above, a paragraph of its own (page text without blank lines
      // shows no paragraphs: there a title-like line will do).
      if (prev >= 0 && lines.kind(prev) === 'text' && (lines.paragraphStart(prev) || looksLikeTitle(lines.text(prev).trim()))) {
        found.push({ form: 'punkt', number: cls.number, title: lines.text(prev), first: prev, last: i });
      }
    }
  }
  return found;
}

/**
 * A page's own controls between items ("Show video", "Kopier link til punktet - Print", a
 * column header "Punkt Titel"): a short line the page prints right before two or more item
 * headings. It is no part of the item it follows.
 */
function pageChrome(lines: Lines, headings: readonly Candidate[]): Set<string> {
  const before = new Map<string, number>();
  for (const h of headings) {
    const i = h.first - 1;
    if (i < 0 || lines.kind(i) !== 'text') continue;
    const text = lines.text(i).trim();
    if (text.length > 0 && text.length <= LONGEST_CHROME && !text.endsWith('.') && !text.endsWith(':')) before.set(text, (before.get(text) ?? 0) + 1);
  }
  return new Set([...before].filter(([, n]) => n >= 2).map(([text]) => text));
}

const LONGEST_CHROME = 40;

/** A title with the eDoc minutes marker glued on ("Meddelelse fra formandenReferat"): an item whose minutes follow. */
const GLUED_MINUTES = /[\p{Ll}.)]Referat$/u;

/** A line that continues a title: same paragraph, plain text, starting in lower case, short. */
function isWrappedTitle(lines: Lines, i: number): boolean {
  if (lines.paragraphStart(i) || lines.kind(i) !== 'text' || lines.hint(i) !== undefined) return false;
  const text = lines.text(i);
  return text.length <= 120 && /^[a-zæøå]/u.test(text);
}

/** "1. at …", "2) …": a line of a numbered list. */
const LIST_LINE = /^\d{1,3}[.)] ?\S/;
/** A line that opens a list of what is to be decided: "… indstiller, at", "Det indstilles at:". */
const AT_LIST_OPENER = /[\s,]at:?\s*$/u;

/*
 * The regular expressions above run on many lines per document; a test of a character or an
 * ending each needs rules most lines out first (a cold regular expression costs microseconds).
 */

/** What AT_LIST_OPENER needs: the line ends in "at" or "at:" before white space. */
function mayOpenAtList(text: string): boolean {
  const end = text.trimEnd();
  return end.endsWith('at') || end.endsWith('at:');
}

/** ACCESS_MARKER's first letter (case-insensitive): Å, å, L, l. */
function mayBeAccessMarker(text: string): boolean {
  const c = text.charCodeAt(0);
  return c === 0x4c || c === 0x6c || c === 0xc5 || c === 0xe5;
}

function hasEvidence(lines: Lines, cand: Candidate, nextStart: number): boolean {
  if (SELF_EVIDENT.has(cand.form) || (cand.title.endsWith('Referat') && GLUED_MINUTES.test(cand.title))) return true;
  const before = cand.first - 1;
  if (cand.form === 'numbered' && before >= 0 && lines.kind(before) === 'text') {
    const text = lines.text(before);
    // A numbered line right after another numbered line continues a list ("1. at …" / "2. At …").
    if (isDigit(text.charCodeAt(0)) && LIST_LINE.test(text)) return false;
    // "… indstiller, at" / "1. Dagsordenen godkendes.": the points of a recommendation.
    if (mayOpenAtList(text) && AT_LIST_OPENER.test(text)) return false;
  }
  const stop = Math.min(nextStart, cand.last + 1 + EVIDENCE_WINDOW, lines.length);
  for (let i = cand.last + 1; i < stop; i++) {
    const kind = lines.kind(i);
    // A case line right before another heading is that item's (printed above its heading).
    if (kind === 'case-line' && !(i + 1 < lines.length && HEADING_KINDS.has(lines.kind(i + 1)))) return true;
    if (kind === 'decision-heading') return true;
    if (kind === 'section-heading' && isStrongSection(lines.cls(i))) return true;
    const text = lines.text(i);
    if (mayBeAccessMarker(text) && ACCESS_MARKER.test(text)) return true;
  }
  return false;
}

/** A section heading of the document's own words (not a word items share only sometimes, "Økonomi"). */
function isStrongSection(cls: LineClass): boolean {
  return cls.kind === 'section-heading' && cls.strength !== 'shared-word';
}

/** Keep increasing numbers; a restart after bodiless headings (a table of contents) replaces them. */
function inSequence(accepted: Candidate[]): Candidate[] {
  const kept: Candidate[] = [];
  for (const cand of accepted) {
    const last = kept[kept.length - 1];
    if (!last || cand.number > last.number) {
      kept.push(cand);
      continue;
    }
    const from = kept.findIndex((k) => k.number >= cand.number);
    const run = kept.slice(from);
    const bodiless = run.every((k, j) => {
      const nextFirst = j + 1 < run.length ? run[j + 1]!.first : cand.first;
      return nextFirst === k.last + 1;
    });
    if (bodiless) {
      kept.splice(from);
      kept.push(cand);
    }
  }
  return kept;
}

/**
 * Which candidates of one form open items. A closed item often has nothing published under
 * its heading ("Punkt 5 Salg af grund Lukket punkt.", "Lukket: Køb af ejendom"): its closed
 * marker is its evidence, but only after an item of the same form with evidence of its own,
 * so a table of contents above the items (where the closed heading also stands) is not taken.
 */
function evidencedOf(lines: Lines, ofForm: readonly Candidate[]): Candidate[] {
  const kept: Candidate[] = [];
  let seenEvidence = false;
  /** How many headings without a body stand on the lines right before this one. */
  let listRun = 0;
  ofForm.forEach((c, j) => {
    const prev = ofForm[j - 1];
    // On the next line, with the next number: the list goes on (a repeated number starts the body).
    const adjacent = prev !== undefined && prev.last + 1 === c.first && c.number === prev.number + 1;
    if (seenEvidence && hasClosedMarker(c.title)) {
      kept.push(c);
      listRun = 0;
      return;
    }
    // After two bodiless headings line by line, a heading stands in a contents list, whatever
    // follows the last of them.
    if (adjacent && listRun >= 2) {
      listRun++;
      return;
    }
    const bodiless = !hasEvidence(lines, c, ofForm[j + 1]?.first ?? lines.length);
    listRun = bodiless ? (adjacent ? listRun + 1 : 1) : 0;
    if (!bodiless) {
      seenEvidence = true;
      kept.push(c);
    } else if (seenEvidence && j === ofForm.length - 1 && c.number === kept[kept.length - 1]?.number! + 1 && lines.length - c.last <= EVIDENCE_WINDOW) {
      // The next item's heading where the text ends (an excerpt or page cut off): its body is not there to give evidence.
      kept.push(c);
    }
  });
  return kept;
}

/**
 * A text that starts inside an item (an excerpt, a page whose first heading is folded): the
 * case line that opens it, before the first heading and after any contents, is the item before
 * the first heading's.
 */
function itemBeforeFirst(lines: Lines, first: Candidate, contents: Contents): Candidate[] {
  const from = contents.entries.reduce((end, e) => Math.max(end, e.line + 1), 0);
  for (let i = from; i < first.first; i++) {
    const text = lines.text(i);
    if (text.length > 60 || !CASE_OPENER.test(text)) continue;
    const cand: Candidate = { form: first.form, number: first.number - 1, title: '', first: i, last: i };
    return hasEvidence(lines, cand, first.first) ? [opensAtCaseLine(cand)] : [];
  }
  return [];
}

/** "Sagsid.:", "Sagsnr.: 22/131": the case line that opens each item where a page lost the item headings. */
const CASE_OPENER = /^(?:[•·]\s*)?(?:Sagsid|Sagsnr|Sagsnummer)\.?\s?:/i;

/**
 * Items of a page whose item headings are missing from its text (folded headings): each opens
 * with its case line and holds a decision or template sections. Numbered in order, no title.
 */
function caseLineHeadings(lines: Lines): Candidate[] {
  const found: Candidate[] = [];
  // A copy of a line that is no case line is none either (a document of one line repeated).
  let opener = false;
  for (let i = 0; i < lines.length; i++) {
    if (!opener && lines.isCopy(i)) continue;
    const text = lines.text(i);
    opener = text.length <= 60 && CASE_OPENER.test(text);
    if (!opener) continue;
    const cand: Candidate = { form: 'bare', number: found.length + 1, title: '', first: i, last: i };
    if (hasEvidence(lines, cand, lines.length)) found.push(opensAtCaseLine(cand));
  }
  return found.length >= 2 ? found : [];
}

/**
 * Items of a text without numbered headings: titled items where titles stand above the sections
 * each item opens with, else items opened by case lines (a page that lost its headings).
 */
function headingsWithoutNumbers(lines: Lines): Candidate[] {
  const titled = unnumberedHeadings(lines).map((h): Candidate => ({ form: 'bare', ...h }));
  const byCase = caseLineHeadings(lines);
  return titled.length >= byCase.length ? titled : byCase;
}

/** An item that opens at its case line: the line is its first line of body (its case number), not a heading. */
function opensAtCaseLine(cand: Candidate): Candidate {
  return { ...cand, last: cand.first - 1 };
}

/**
 * The body's item headings: of the heading forms with evidence, the one the document uses most
 * (an earlier form of ITEM_FORMS on a tie), its candidates in increasing order.
 */
function chooseHeadings(lines: Lines, all: readonly Candidate[]): Candidate[] {
  let best: Candidate[] = [];
  for (const form of ITEM_FORMS) {
    const evidenced = inSequence(evidencedOf(lines, all.filter((c) => c.form === form)));
    if (evidenced.length > best.length) best = evidenced;
  }
  return best;
}

function cutSections(lines: Lines, start: number, end: number, isHeading: (kind: LineClass['kind'], l: ClassifiedLine) => boolean) {
  const preamble: ClassifiedLine[] = [];
  const sections: SectionDraft[] = [];
  const attachments: ClassifiedLine[] = [];
  for (let i = start; i < end; i++) {
    const kind = lines.kind(i);
    // "Lukkede punkter" between two items opens a group: no text of the item before it.
    if (kind === 'group-heading') continue;
    const line = lines.line(i);
    if (line.hint?.role === 'attachment') {
      // A heading right above the first marked-up attachment ("Bilag") titles the list, not a section.
      const last = sections[sections.length - 1];
      if (attachments.length === 0 && last && last.decision === null && last.lines.length === 0 && last.headingBlock === line.block - 1) {
        sections.pop();
      }
      attachments.push(line); // marked up as an attachment: not part of any section's text
    } else if (isHeading(kind, line)) {
      const decision = line.cls.kind === 'decision-heading' ? { body: line.cls.body } : null;
      const text = line.text;
      sections.push({ heading: (text.endsWith(':') ? text.slice(0, -1) : text).trim(), decision, headingBlock: line.block, lines: [] });
    } else if (sections.length > 0) {
      sections[sections.length - 1]!.lines.push(line);
    } else {
      preamble.push(line);
    }
  }
  return { preamble, sections, attachments };
}

/** The item tree of classified lines (a LineTable in the parser; objects when a test calls the stage alone). */
export function buildTree(input: Lines | readonly ClassifiedLine[]): Tree {
  const lines = Array.isArray(input) ? linesOf(input as readonly ClassifiedLine[]) : (input as Lines);
  const all = candidates(lines);
  let body = chooseHeadings(lines, all);
  const contents = readContents(lines, all, body);
  if (body.length === 0 && contents.entries.length === 0) body = headingsWithoutNumbers(lines);
  else if (body.length > 0 && body[0]!.number > 1) body = [...itemBeforeFirst(lines, body[0]!, contents), ...body];
  const headings = body.map((h) => ({ ...h, title: contents.bodyTitle(h) }));
  if (headings.length === 0 && contents.entries.length === 0) return { headerLength: lines.length, items: [] };

  const chrome = pageChrome(lines, headings);
  const spans = headings.map((h, j) => {
    let end = j + 1 < headings.length ? headings[j + 1]!.first : lines.length;
    while (chrome.size > 0 && end > h.last + 1 && chrome.has(lines.text(end - 1).trim())) end--;
    return { h, bodyStart: h.last + 1, end };
  });

  // Shared-word headings ("Økonomi", "Høring") count only where the document uses them in two items.
  const itemsUsing = new Map<string, number>();
  for (const { bodyStart, end } of spans) {
    const seen = new Set<string>();
    for (let i = bodyStart; i < end; i++) {
      if (lines.kind(i) !== 'section-heading') continue;
      const cls = lines.cls(i);
      if (cls.kind === 'section-heading' && cls.strength === 'shared-word') seen.add(headingKey(lines.text(i)));
    }
    for (const key of seen) itemsUsing.set(key, (itemsUsing.get(key) ?? 0) + 1);
  }
  const isHeading = (kind: LineClass['kind'], line: ClassifiedLine): boolean => {
    if (kind === 'decision-heading') return true;
    if (kind !== 'section-heading') return false;
    const cls = line.cls;
    if (cls.kind !== 'section-heading') return false;
    return cls.strength !== 'shared-word' || (itemsUsing.get(headingKey(line.text)) ?? 0) >= 2;
  };

  const groups = groupHeadings(lines);
  const items = spans.map(({ h, bodyStart, end }): ItemDraft => {
    const { preamble, sections, attachments } = cutSections(lines, bodyStart, end, isHeading);
    const span = { firstBlock: lines.block(h.first), lastBlock: lines.block(end - 1) };
    const inClosedGroup = groupIsClosed(lines, h.first, groups);
    return { number: h.number, title: repeatedTitle(h.title, preamble), form: h.form, span, preamble, sections, attachments, listedOnly: false, inClosedGroup };
  });
  for (const entry of contents.listedOnly) {
    const block = lines.block(entry.line);
    items.push({
      number: entry.number,
      title: entry.title,
      form: 'numbered',
      span: { firstBlock: block, lastBlock: block },
      preamble: [],
      sections: [],
      attachments: [],
      listedOnly: true,
      inClosedGroup: groupIsClosed(lines, entry.line, groups),
    });
  }
  // Contents order where the body lacks an item: by number, the body's own order on a tie.
  items.sort((a, b) => a.number - b.number);
  return { headerLength: headings.length > 0 ? headings[0]!.first : lines.length, items };
}

/** The open/closed group headings of the text ("Lukkede dagsordenspunkter"), in order: [line, closed]. */
function groupHeadings(lines: Lines): [number, boolean][] {
  const groups: [number, boolean][] = [];
  for (const i of lines.notable) {
    const cls = lines.cls(i);
    if (cls.kind === 'group-heading') groups.push([i, cls.closed]);
  }
  return groups;
}

/** Whether the last group heading before a line opens the closed part. */
function groupIsClosed(lines: Lines, line: number, groups: readonly [number, boolean][]): boolean {
  let closed = false;
  for (const [at, isClosed] of groups) {
    if (at > line) break;
    closed = isClosed;
  }
  return closed;
}

/**
 * Pages repeat the title under the heading, where the heading line carries more than the title
 * (a control's text glued on: "Lokalplan for KystområdetÅbn/luk punkt"): the repeated line,
 * a prefix of the heading, is the title.
 */
function repeatedTitle(title: string, preamble: readonly ClassifiedLine[]): string {
  for (const line of preamble.slice(0, 3)) {
    const text = line.text.trim();
    if (text.length >= 3 && text.length < title.length && title.startsWith(text) && /\p{L}/u.test(title.charAt(text.length))) return text;
  }
  return title;
}
