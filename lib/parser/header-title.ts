/**
 * The meeting facts a header's free text gives: the document title and the lines around it.
 * Forms: `Referat` / `til` / `mødet i X` / `den D kl. T` / `i P` over several lines,
 * `X - Referat - D`, `Referat - X den D`, `REFERAT X d. D`, `Møde i X` (+ a date line),
 * `Åbent referat til X`, `X: Referat af mødet D`, `X Beslutningsprotokol. D kl. T P`,
 * `X D` (`Byrådet 22-11-2016`), a body's name on a line of its own next to the title, and the
 * place on the line after the date.
 */
import { findDateTime, type DateTimeMatch } from './dates.ts';
import { BODY_WORD, type FreeText } from './header-fields.ts';
import { isDigit } from './chars.ts';
import { startsUpper } from './participants.ts';

export interface TitleFacts {
  kind: 'referat' | 'dagsorden' | null;
  committee: string | null;
  date: string | null;
  time: string | null;
  location: string | null;
}

/** The word naming the document, with its status words ("Åben dagsorden", "Godkendt referat"). */
const DOC_KIND =
  /(?<![\p{L}])(?:(?:åben|åbent|åbne|lukket|godkendt|foreløbigt?|endeligt?)\s{1,3})?(referat|dagsorden|beslutningsprotokol|protokol)(?![\p{Ll}])/iu;
/** "Møde i X", "mødet i X", "Referat til X", "Referat til mødet i X", "Dagsorden til ekstraordinært møde i X". */
const BODY_PHRASE = /(?:(?<![\p{L}])(?:det\s)?møde[t]?\s{1,3}i\s{1,3}|(?:referat|dagsorden|protokol)\s{1,3}(?:til|for|fra)\s{1,3}(?:(?:det\s)?(?:(?:ordinær[et]?|ekstraordinær[et]?|konstituerende)\s{1,3})?møde[t]?\s{1,3}(?:i\s{1,3})?)?)(\S.*)$/iu;
/**
 * Where a body's name ends in a title: a dash (not one before its period, "X - 2022 - 2025"),
 * "den"/"d.", "kl.", a parenthesis, "Møde nr.".
 */
const NAME_STOP = /\s{1,3}[-–]\s(?!\d{4})|\s(?:den|d\.|kl\.?|møde\s{1,3}nr\.?)(?=\s|$)|\s?\(|\s{1,3}[-–]$/iu;
/** Words a body's name on a line of its own may hold besides capitalised ones. */
const LOWER_OK = /^(?:og|for|i|af|-|–|\d{4}-\d{2,4})$/;
/** Nouns of meeting places (the place on the line after the date, or after the time). */
const PLACE_WORD =
  /(?:sal|salen|rådhus|rådhuset|lokale|lokalet|værelse|værelset|stue|stuen|center|centret|centeret|hus|huset|kaserne|bygning|bygningen|gård|gården|kantine|kantinen|skole|skolen|bibliotek|biblioteket|torv|vej|gade|park)(?![\p{L}])/iu;
/** A clock time in a text ("16:30", "kl. 16.30"); "lokale 1.14" is a room. */
export const CLOCK = /\d{1,2}:\d{2}|\bkl\.?\s?\d/i;
/** A line without the document's name is a title (with its date) only when this short. */
const TITLE_WORDS = 12;
/** A line is this close to the title (or the first line, or a date) to name the body. */
const NEAR = 3;

/** The first letters of the meeting words before a name ("til", "for", "fra", "det", "ordinært", "ekstraordinært", "konstituerende", "mødet"). */
const MEETING_FIRSTS = 'tfdoekm';

/** Whether a character may be white space (\s) or one of `others`: a loose test (any non-ASCII one may be). */
function spaceOr(ch: string, others: string): boolean {
  const c = ch.charCodeAt(0);
  return c <= 0x20 || c >= 0x80 || others.includes(ch);
}

/** A body's name cut out of a title's text; null when the text names no body. */
export function committeeIn(text: string): string | null {
  // What follows only shortens the text, and a name has at least three characters (half the
  // texts a title gives, the parts before and after its document word, are empty).
  if (text.length < 3) return null;
  // A body's name stands early in its text: a transcript line is not read to its end.
  let s = text.slice(0, 300);
  // Each expression below is tried only where the character it needs first (or last) is there.
  if (spaceOr(s.charAt(0), '-:.|')) s = s.replace(/^\s*(?:[-–:.|]\s*)+/, '');
  if (MEETING_FIRSTS.includes(s.charAt(0).toLowerCase()))
    s = s.replace(/^(?:(?:til|for|fra)\s{1,3})?(?:(?:det\s)?(?:(?:ordinær[et]?|ekstraordinær[et]?|konstituerende)\s{1,3})?møde[t]?\s{1,3}i\s{1,3})?/iu, '');
  const date = findDateTime(s);
  if (date && date.date !== null) s = s.slice(0, date.index);
  const kind = DOC_KIND.exec(s);
  if (kind) s = s.slice(0, kind.index);
  const stop = NAME_STOP.exec(s);
  if (stop) s = s.slice(0, stop.index);
  // "Referat for Økonomiudvalget møde den …": the meeting word after the name; "Byrådets møde":
  // the body's name without the genitive.
  if (spaceOr(s.charAt(s.length - 1), `.,:;"'-`)) s = s.replace(/[\s.,:;"'-]+$/u, '');
  if (s.startsWith('"') || s.startsWith("'")) s = s.replace(/^["']+/, '');
  if (s.slice(-4).toLowerCase() === 'møde') s = s.replace(/\s{1,3}møde$/iu, '');
  s = s.trim();
  if (!BODY_WORD.test(s) && s.endsWith('s') && BODY_WORD.test(s.slice(0, -1))) s = s.slice(0, -1);
  if (s.length < 3 || s.length > 90 || !BODY_WORD.test(s)) return null;
  return s;
}

/** Marks no name holds: a breadcrumb's ">", a bullet, a table's pipe. */
function hasMarks(name: string): boolean {
  return name.includes('>') || name.includes('•') || name.includes('|');
}

/** A word starting with a capital or a digit. */
function capitalOrDigit(word: string): boolean {
  const c = word.charCodeAt(0);
  return isDigit(c) || startsUpper(word);
}

/**
 * A body's name as a title prints it: capitalised words, connectors, a period, the body word
 * ("Struer Byråd", "byrådet"); not a sentence ("Byrådet har godkendt mødets").
 */
function nameLike(name: string): string | null {
  const words = name.split(/\s+/);
  if (words.length > 12 || hasMarks(name)) return null;
  return words.every((w) => capitalOrDigit(w) || LOWER_OK.test(w) || BODY_WORD.test(w)) ? name : null;
}

/** A body's name cut out of a title's text, printed as a name. */
function titleCommittee(text: string): string | null {
  const name = committeeIn(text);
  return name === null ? null : nameLike(name);
}

/** "Teknisk Udvalg": a committee named by an adjective (Danish adjectives end so) and the word Udvalg. */
const ADJECTIVE_UDVALG = /^\p{Lu}\p{Ll}+(?:isk|lt|igt|ig|ært)\s{1,3}[Uu]dvalg$/u;

/** A body's name standing on a line of its own ("Byrådet", "Odense Byråd", "Forretningsudvalg - mødesager"). */
function bodyLine(text: string): string | null {
  const name = committeeIn(text);
  if (name === null) return null;
  const words = name.split(/\s+/);
  if (words.length > 6 || hasMarks(name)) return null;
  // "Titel Udvalg Funktioner": the word "Udvalg" alone is a column label, not a body, unless an
  // adjective names it ("Teknisk Udvalg", "Socialt Udvalg") or "for" follows ("Udvalg for Teknik").
  if (/(?:^|\s)udvalg(?:\s|$)/iu.test(name) && !/udvalg\s{1,3}for\s/iu.test(name) && !ADJECTIVE_UDVALG.test(name)) return null;
  return words.every((w) => capitalOrDigit(w) || LOWER_OK.test(w)) ? name : null;
}

/** A place: the text after a title's date and time ("i Byrådssalen", "PÅ RÅDHUSET, SALEN"). */
function placeAfter(text: string): string | null {
  // A title that ends with its date (the common case) has no place after it.
  if (text === '') return null;
  let s = text
    .slice(0, 200)
    .replace(/["“”]/g, '')
    // What is left of the time: "kl.", the end of a range ("– 17.00").
    .replace(/^[\s,.–-]*(?:kl\.?)?[\s,.–-]*(?:\d{1,2}[.:]\d{2}(?!\d)[\s,]*)?/i, '')
    .replace(/^(?:mødet\s{1,3}(?:af)?holdes\s{1,3})/i, '')
    .trim();
  const marked = /^(?:i|på)\s{1,3}/i.exec(s);
  if (marked) s = s.slice(marked[0].length);
  s = s.replace(/\s{1,3}[-–]\s.*$/u, '').replace(/,?\s{0,3}kl\.?$/i, '').replace(/[\s.,:;]+$/, '').trim();
  if (s === '' || s.split(/\s+/).length > 10 || CLOCK.test(s)) return null;
  if (!marked && !PLACE_WORD.test(s)) return null;
  return s;
}

/** A line that is a place ("Det gamle Rådhus", "Rådssalen"), next to the title's date. */
function placeLine(text: string): string | null {
  const s = text.replace(/[\s.]+$/, '').trim();
  if (s === '' || s.length > 90 || s.split(/\s+/).length > 10 || !PLACE_WORD.test(s) || CLOCK.test(s)) return null;
  return /^\p{Lu}/u.test(s) ? s : null;
}

/** Whether a text has at most `most` words (counted no further than that). */
function fewWords(text: string, most: number): boolean {
  let at = text.indexOf(' ');
  for (let n = 1; at >= 0; n++) {
    if (n >= most) return false;
    at = text.indexOf(' ', at + 1);
  }
  return true;
}

/** Free texts on following lines joined where the title runs on ("Referat" / "til" / "mødet i X"). */
function joinTitleLines(free: readonly FreeText[]): FreeText[] {
  const out: FreeText[] = [];
  for (const f of free) {
    const c = f.text.charCodeAt(0);
    const text = (isDigit(c) ? f.text.replace(/^\d{1,3}\s+(?=\p{Lu})/u, '') : f.text).trim();
    if (text === '') continue;
    const prev = out[out.length - 1];
    // The next part starts with a word that continues a title, or this one ends with one.
    const runsOn =
      prev !== undefined &&
      prev.text.length < 120 &&
      f.line - prev.line <= 3 &&
      (/^(?:til|i|den|d\.|mødet|møde|kl\.?|på)\s/iu.test(text) ||
        /\s(?:til|i|for|af|fra|den|d\.)$/iu.test(prev.text) ||
        (/^(?:åben |åbent )?(?:referat|dagsorden)$/i.test(prev.text) && /^til$/i.test(text)));
    if (runsOn) out[out.length - 1] = { text: `${prev.text} ${text}`, line: f.line };
    else out.push({ text, line: f.line });
  }
  return out;
}

/**
 * The title facts of a header's free text (in document order). `wants`: whether the caller uses
 * the date and time, the place (the committee and the kind are always read).
 */
export function readTitle(
  free: readonly FreeText[],
  firstLine: number,
  wants: { dateTime: boolean; location: boolean } = { dateTime: true, location: true },
): TitleFacts {
  const facts: TitleFacts = { kind: null, committee: null, date: null, time: null, location: null };
  const texts = joinTitleLines(free);
  // Lines that anchor a body's name on a line of its own: the first, a title, a date.
  const anchors: number[] = [firstLine];
  let committeeLevel = 4;
  // A name is read only when it could win: one from a lower level would not replace the one offered.
  const offer = (read: () => string | null, level: number) => {
    if (level >= committeeLevel) return;
    const name = read();
    if (name !== null) {
      facts.committee = name;
      committeeLevel = level;
    }
  };
  let dateAt = -1;
  texts.forEach(({ text, line }, j) => {
    const kind = DOC_KIND.exec(text);
    if (kind) {
      facts.kind ??= kind[1]!.toLowerCase() === 'dagsorden' ? 'dagsorden' : 'referat';
      anchors.push(line);
      // A name has three characters at least: a shorter text before the document's name has none.
      if (kind.index >= 3) offer(() => titleCommittee(text.slice(0, kind.index).replace(/^[\s\p{P}]+|[\s:–-]+$/gu, '')), 1);
      offer(() => titleCommittee(text.slice(kind.index + kind[0].length)), 2);
    }
    const phrase = committeeLevel > 0 ? BODY_PHRASE.exec(text) : null;
    if (phrase) offer(() => committeeIn(phrase[1]!), 0);
    // A date in a sentence is no title's: a title is short or names the document.
    // Dates also anchor a body's name on a line of its own (level 3) and name one before them
    // (level 2): with a name of level 2 or better, and neither date nor place wanted, no date is read.
    const dates = wants.dateTime || wants.location || committeeLevel > 2;
    const found: DateTimeMatch | null = dates && (kind || fewWords(text, TITLE_WORDS)) ? findDateTime(text) : null;
    if (found && found.date !== null) {
      anchors.push(line);
      if (facts.date === null) {
        facts.date = found.date;
        facts.time = found.time;
        dateAt = j;
        facts.location ??= placeAfter(text.slice(found.index + found.raw.length));
        // "Byrådet 22-11-2016": a body's name before the date.
        offer(() => bodyLine(text.slice(0, found.index)), 2);
      }
    }
  });
  if (dateAt >= 0 && facts.location === null) {
    const next = texts[dateAt + 1];
    if (next && next.line - texts[dateAt]!.line <= 2 && findDateTime(next.text) === null) facts.location = placeLine(next.text);
  }
  if (committeeLevel > 2) {
    for (const { text, line } of texts) {
      if (!anchors.some((a) => Math.abs(a - line) <= NEAR)) continue;
      const name = bodyLine(text);
      if (name) {
        offer(() => name, 3);
        break;
      }
    }
  }
  return facts;
}
