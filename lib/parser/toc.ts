/**
 * Tables of contents. Many minutes list their items before the items themselves, and many
 * published texts carry only that list (the page shows the items folded, the excerpt stops
 * early, or the document is an agenda). An item listed there is an item, even when its body is
 * not in the text.
 *
 * Two shapes are read here, from text alone:
 * - a contents line: the title of one entry, maybe with dot leaders and a page number
 *   ("Godkendelse af dagsorden .......... 4"), cleaned by `tocTitle`;
 * - a flattened contents: the whole list in one paragraph, as PDF transcripts and some pages
 *   give it ("1. A 2. B 3. C", "Punkt nr. 42: A...3 Punkt nr. 43: B", or titles run together
 *   without their numbers), split by `flatContents`.
 * The tree builder (tree.ts) finds contents made of heading lines, and merges both with the
 * items it finds in the body.
 */

export interface TocEntry {
  /** The number as printed; null where the text lost it. */
  number: number | null;
  title: string;
}

/** Dot leaders and a page number at the end of a contents line: " ....... 12", "...3", " 12". */
const PAGE_TAIL = /(?:\s*(?:\.{2,}|…)+\s*\d{0,4}|\s+\d{1,3})\s*$/u;
const DOT_LEADER_TAIL = /\s*(?:\.{2,}|…)+\s*\d{0,4}\s*$/u;

/**
 * A contents entry's title without its leaders and page number. `pages`: the contents print
 * page numbers (then a bare trailing number is one; otherwise it may be part of the title,
 * "Valg 2013").
 */
export function tocTitle(text: string, pages: boolean): string {
  const cleaned = text.replace(pages ? PAGE_TAIL : DOT_LEADER_TAIL, '');
  return cleaned.replace(/^\((?:Åben|Åbent)\)\s*/i, '').trim();
}

/** Whether a contents line ends in a page number (with or without leaders). */
export function hasPageTail(text: string): boolean {
  return /(?:\.{2,}|…|\s)\s*\d{1,3}\s*$/u.test(text);
}

// ---------- flattened contents ----------

/** Words that open a contents (checked where the list starts in one paragraph). */
export const TOC_OPENERS = ['Indholdsfortegnelse', 'INDHOLDSFORTEGNELSE', 'Sagsoversigt', 'Til behandling forelå', 'Pkt. Tekst', 'Dagsordenspunkter'];
const OPENER = /(?:Indholdsfortegnelse|INDHOLDSFORTEGNELSE|Sagsoversigt|Til behandling forelå|Pkt\. Tekst|Dagsordenspunkter)\s*:?/u;

/** Column headings and group headings inside a contents: never part of a title. */
const COLUMN_HEADS =
  /^(?:\s*(?:Side|Sag nr\.?:?|Emne|Punkt nr\.?(?! ?\d)|Pkt\.?(?! ?\d)|Tekst|Punkter til dagsorden|Punkter på dagsordenen|(?:ÅBENT?|Åbent?|åbent?|LUKKET|Lukket) (?:MØDE|møde)):?(?=\s|$))+/u;
/**
 * Where a flattened contents ends: the attachment list, the signature page, a page footer
 * ("Side 2 af 38", "Økonomiudvalg, 22. marts 2011 Side 2").
 */
const CONTENTS_END =
  /\s(?:Bilagsoversigt|Samlet bilagsliste|Underskriftsside|Underskriftsblad)\b|\sSide \d{1,3} af \d{1,3}\b|\s(?:\d{1,3}\s)?(?:[A-ZÆØÅ][\p{L} -]{2,60}, )?\d{1,2}\.? [a-zæøå]+ \d{4}\s+Side:?\s*\d{1,3}\s*$/u;
/**
 * Group headings printed in capitals between entries ("TIL KOMMUNALBESTYRELSENS AFGØRELSE",
 * "SAGER TIL EFTERRETNING", "LUKKEDE SAGER", "ÅBEN MØDE:"): each ends the entry before it.
 */
const GROUP_HEADING =
  /(?:SAGER TIL [A-ZÆØÅ\/]+S?(?: [A-ZÆØÅ\/]+S?)?(?: AFGØRELSE| BEHANDLING)?|TIL [A-ZÆØÅ\/]+S? (?:AFGØRELSE|BEHANDLING|ORIENTERING)|(?:ÅBNE|LUKKEDE) (?:SAGER|PUNKTER)|(?:ÅBENT?|LUKKET) MØDE:?)(?=\s|$)/gu;

/** "Punkt nr. 42:", "42.", "01." standing before a title in one paragraph. */
function numberMarker(n: number): RegExp {
  return new RegExp(String.raw`(?:^|\s|\.{2,}\d{0,3}\s?)((?:Punkt nr\. ?)?0*${n}(?:\.| ?:)\s+|(?<=\s)0*${n}\s+)(?=[A-ZÆØÅ"«“])`, 'u');
}

/** Numbers in sequence that make a paragraph without an opener word a contents. */
const MIN_NUMBERED = 3;
/** A contents paragraph longer than this is running text, not a contents. */
const LONGEST_CONTENTS = 60_000;
/** The longest entry, title and page number, between two numbers of a flattened contents. */
const LONGEST_ENTRY = 2_000;
const FIRST_NUMBER = /^(?:Punkt nr\. ?)?(\d{1,3})(?:\.| ?:)?\s+(?=[A-ZÆØÅ"«“])/u;

/**
 * Whether a paragraph that starts with its first entry's number ("1. A …", "Punkt nr. 1: A …")
 * has a title after it: without an opener word, flatContents reads a contents only then. Tested
 * before flatContents, whose searches of the whole paragraph a long numbered point
 * ("1. at udvalget godkender …") need not pay.
 */
export function startsWithNumberedTitle(text: string): boolean {
  return FIRST_NUMBER.test(text);
}

/**
 * Entries of a contents flattened into one paragraph, or [] when the paragraph is not one.
 * `text` is the whole paragraph; the contents starts after an opener word where it has one.
 * `numberedOnly`: the paragraph has no opener, so it is a contents only with numbers in sequence.
 */
export function flatContents(text: string, numberedOnly = false): TocEntry[] {
  const opener = OPENER.exec(text);
  let body = opener ? text.slice(opener.index + opener[0].length) : text;
  const end = CONTENTS_END.exec(body);
  if (end) body = body.slice(0, end.index);
  body = body.replace(COLUMN_HEADS, '').trim();
  GROUP_HEADING.lastIndex = 0;
  const group = GROUP_HEADING.exec(body);
  if (group && group.index === 0) body = body.slice(group[0].length).trim();
  if (body.length < 20 || body.length > LONGEST_CONTENTS) return [];

  const chunks: { number: number | null; text: string }[] = [];
  // Numbers in sequence, each a marker before its title: 42, 43, 44 … (one may be missing).
  const first = FIRST_NUMBER.exec(body);
  if (first) {
    let n = Number(first[1]);
    let at = first[0].length;
    let current = { number: n as number | null, start: at };
    for (;;) {
      let found: RegExpExecArray | null = null;
      let next = n + 1;
      for (const candidate of [n + 1, n + 2, n + 3]) {
        const re = numberMarker(candidate);
        // The next number stands within a title's length (bounded, so a long text costs linear time).
        const m = re.exec(body.slice(at, at + LONGEST_ENTRY));
        if (m && (found === null || m.index < found.index)) {
          found = m;
          next = candidate;
        }
      }
      if (!found) break;
      const markerStart = at + found.index + found[0].indexOf(found[1]!);
      chunks.push({ number: current.number, text: body.slice(current.start, markerStart) });
      at = markerStart + found[1]!.length;
      n = next;
      current = { number: n, start: at };
    }
    chunks.push({ number: current.number, text: body.slice(current.start) });
  } else {
    chunks.push({ number: null, text: body });
  }

  const numbered = chunks.filter((c) => c.number !== null).length;
  if (numberedOnly && numbered < MIN_NUMBERED) return [];
  // Page numbers: dot leaders, or most chunks end in a number (else "tillæg nr. 15" keeps its 15).
  const pages = /\.{3,}|…/u.test(body) || chunks.filter((c) => /\s\d{1,3}\s*$/u.test(c.text)).length * 2 > chunks.length;
  const entries: TocEntry[] = [];
  chunks.forEach((chunk, j) => {
    // With the numbers printed in sequence, each chunk is one title; where numbers are missing
    // (none at all, or the next one skips some), titles ran together.
    const nextNumber = chunks[j + 1]?.number ?? null;
    const whole = numbered >= MIN_NUMBERED && (nextNumber === null || chunk.number === null || nextNumber === chunk.number + 1);
    const parts = whole ? splitGroups(chunk.text) : splitGroups(chunk.text).flatMap(splitRunTogether);
    parts.forEach((part, k) => {
      const title = tocTitle(part, pages);
      if (title.length >= 3 && /\p{L}/u.test(title)) entries.push({ number: k === 0 ? chunk.number : null, title });
    });
  });
  return entries;
}

/** A chunk cut at group headings (which are dropped). */
function splitGroups(text: string): string[] {
  return text
    .split(GROUP_HEADING)
    .map((t) => t.trim())
    .filter((t) => t !== '');
}

// ---------- titles run together ----------

/**
 * Words after which a capitalised word continues the same title: prepositions, conjunctions
 * and articles ("forslag til Lokalplan", "ved Langesø Gods", "og Tværgade").
 */
const CONNECTORS = new Set(
  'af,til,for,fra,på,i,ved,om,med,mellem,og,samt,eller,vedr.,vedrørende,jf.,den,det,de,en,et,hos,under,over,efter,mod,uden,inden,langs,via,v/,ny,nye,nyt,&,-,–,/,nr.,pr.,ang.,angående,blandt,gennem,omkring,hvor,som'.split(','),
);

/**
 * Words that open agenda titles: the nouns and adjectives titles of Danish minutes start with.
 * With the noun endings below, they tell a new title from a name that goes on ("Lille Amerika").
 */
const TITLE_OPENERS = new Set(
  'godkendelse,orientering,forslag,ansøgning,udbud,endelig,endelige,eventuel,eventuelt,budget,budgetopfølgning,status,meddelelser,meddelelse,spørgetid,valg,ændring,fastsættelse,udpegning,anlægsbevilling,anlægsbevillinger,anlægsregnskab,anlægsregnskaber,regnskab,årsregnskab,høring,henvendelse,beslutning,drøftelse,evaluering,revision,udvidelse,etablering,indstilling,opfølgning,tillæg,salg,køb,tilskud,bevilling,frigivelse,forlængelse,principbeslutning,temadrøftelse,afrapportering,årsberetning,kvartalsrapport,rapport,takster,orienteringssag,beslutningssag'.split(','),
);
/**
 * Openers that start a title even after a preposition: as common nouns they would be written
 * in lower case inside a title ("… revisionsberetninger for Godkendelse af regnskab").
 */
const STRONG_OPENERS = new Set(
  'godkendelse,orientering,forslag,ansøgning,endelig,eventuel,meddelelser,spørgetid,fastsættelse,udpegning,drøftelse,henvendelse,opfølgning,orienteringssag,beslutningssag'.split(','),
);
/** A word led by capitals ("UU", "LIV-puljen", "BBR"): an abbreviation or name, not a title's start. */
const ACRONYM_LED = /^[A-ZÆØÅ]{2}/u;
/** A committee's routing code before a title ("ØU - …", "BKU - SSU - TMU - …"). */
const ROUTING_CODE = /^[A-ZÆØÅ]{2,5}$/u;
const NOUN_ENDING = /(?:else|elser|ning|ninger|ering|eringer|tion|sion|ing|inger|tillæg|plan|politik|strategi|aftale|aftaler)$/u;

const CAPITAL = /^["«“(]?[A-ZÆØÅ]/u;
const LETTERS = /^[\p{L}-]+$/u;
const LOWER_OR_DIGIT = /^[a-zæøå0-9]/u;
const CLOSED_TAIL = /^(?:LUKKET|Lukket)$/u;

function isCapitalised(word: string): boolean {
  return CAPITAL.test(word);
}

/**
 * Whether a capitalised word after another starts a title: a title opener, or a noun of a
 * title's opening kind ("Selskabsdannelse på …") followed by a lower-case word.
 */
function opensTitle(word: string, next: string | undefined): boolean {
  const key = wordKey(word);
  if (TITLE_OPENERS.has(key)) return true;
  if (next === undefined || !LOWER_OR_DIGIT.test(next)) return false;
  if (NOUN_ENDING.test(key) && key.length >= 7 && LETTERS.test(key)) return true;
  return key.length >= LONG_COMPOUND && !key.endsWith('s');
}

/**
 * After a lower-case word, a capitalised one starts a title unless a name goes on
 * ("restaurant Lille Kongelund", "puljeinstitutionen Dragen om …").
 */
function opensTitleAfterLower(word: string, next: string | undefined): boolean {
  const key = wordKey(word);
  if (TITLE_OPENERS.has(key) || (NOUN_ENDING.test(key) && key.length >= 7 && LETTERS.test(key))) return true;
  if (next === undefined) return false; // at the end a name goes on ("… 7800 Skive")
  // Before a capital a name goes on ("restaurant Lille Kongelund"), unless that capital opens the
  // next title: then this word is a title of one word ("… værgemålsansøgninger Takstblad Regnskab for …").
  if (isCapitalised(next)) return TITLE_OPENERS.has(wordKey(next));
  // A short name goes on with a preposition ("Dragen om …"); a long word there is a compound
  // common noun, which only a title's start writes with a capital ("Kvalitetsrapport for …").
  return !CONNECTORS.has(next.toLowerCase()) || key.length >= LONG_COMPOUND;
}

const LONG_COMPOUND = 9;

/** Verbs a title opens with after its subject ("Den Frie Børnehave ønsker …", "Nordby Gymnasium søger om …"). */
const SUBJECT_VERBS = new Set('ønsker,søger,anmoder,ansøger,beder,foreslår,anbefaler,klager'.split(','));

/** Whether the capitalised words from `at` name the subject of a title's verb: a title starts there. */
function namesSubject(words: readonly string[], at: number): boolean {
  for (let j = at; j < Math.min(at + 5, words.length); j++) {
    if (!isCapitalised(words[j]!)) return SUBJECT_VERBS.has(words[j]!.toLowerCase()) && j > at;
  }
  return false;
}

function wordKey(word: string): string {
  return word.replace(/[:,.]$/u, '').toLowerCase();
}


/**
 * Titles that ran together when a contents lost its numbers and line breaks, cut where a new
 * title starts. Danish writes common nouns in lower case, so a capital inside a title is a name
 * (after a preposition, a comma or another name) or the start of the next title.
 */
export function splitRunTogether(text: string): string[] {
  const words = text.split(/\s+/u).filter((w) => w !== '');
  const titles: string[][] = [];
  let current: string[] = [];
  let depth = 0; // inside parentheses or quotes nothing is cut
  for (let i = 0; i < words.length; i++) {
    const word = words[i]!;
    const prev = words[i - 1];
    if (current.length > 0 && depth === 0 && prev !== undefined && isCapitalised(word) && !/^["«“(]/u.test(word)) {
      const prevKey = prev.toLowerCase();
      const afterClosedTail = /^(?:SAG|PUNKT):?$/u.test(prev);
      const closedStart = /^(?:Lukket|LUKKET)$/u.test(word) && /^(?:punkt|PUNKT)[:.]*$/u.test(words[i + 1] ?? '');
      const closedTail = CLOSED_TAIL.test(word) && /^(?:SAG|sag)$/u.test(words[i + 1] ?? '');
      const next = words[i + 1];
      let cut = false;
      if (closedStart) cut = true;
      else if (closedTail || ((word === 'SAG' || word === 'PUNKT' || word === 'PUNKT:') && prev === 'LUKKET')) cut = false;
      else if (afterClosedTail) cut = true;
      else if (ROUTING_CODE.test(word) && (next === '-' || next === '–') && prev !== '-' && prev !== '–') cut = true;
      else if (word.endsWith(',') || ACRONYM_LED.test(word)) cut = false;
      else if (STRONG_OPENERS.has(wordKey(word)) && !/[,&(–:-]$/u.test(prev)) cut = true;
      else if (CONNECTORS.has(prevKey) || /[,&(–:-]$/u.test(prev)) cut = false;
      else if (!isCapitalised(prev) || /\)$/u.test(prev)) cut = opensTitleAfterLower(word, next) || namesSubject(words, i);
      else cut = opensTitle(word, next);
      if (cut) {
        titles.push(current);
        current = [];
      }
    }
    current.push(word);
    for (const c of word) {
      if (c === '(' || c === '“' || c === '«') depth++;
      else if ((c === ')' || c === '”' || c === '»') && depth > 0) depth--;
    }
    if ((word.match(/"/gu)?.length ?? 0) % 2 === 1) depth = depth > 0 ? depth - 1 : depth + 1;
  }
  if (current.length > 0) titles.push(current);
  return titles.map((t) => t.join(' '));
}
