/**
 * Names in the attendance lists of a meeting header: `Name (A)`, `Name, V`, `Name (A), Formand`,
 * `Formand Name (A)`, `Name: Deltog`, one per line or comma-separated, with the marks that
 * put a name among the absent (`- afbud`, `: Afbud`) or leave it out (`(orlov)`).
 */

export interface ListedName {
  name: string;
  /** The list marks this person absent (`Name (O)- afbud`, `Name: Afbud`). */
  absent: boolean;
  /** A party letter follows the name: a politician, not staff. */
  party: boolean;
}

/** Characters of a list read at most (some 300 names). */
const LONGEST_LIST = 10_000;

/** "Ingen", "-", "Alle mødt": a list that names nobody (a transcript may run other text on after it). */
const NOBODY = /^(?:ingen|-|–|alle mødt|alle til stede|ingen afbud)(?:[\s.]|$)/i;
/** Marks after a name that it is an absence. */
const ABSENT_MARK = /(?:[-–:]\s{0,3}|\(\s{0,3})(?:afbud|fraværende|forfald)\b/i;
/** Members on leave are neither participants nor absent. */
const ON_LEAVE = /\(\s{0,3}orlov\s{0,3}\)/i;
/** Staff in a list ("Eva Krog (referent)", "Ole Dam, direktør"): they attend, they are no participants. */
const STAFF = /\([^)]{0,30}(?:direktør|chef|sekretær|referent|protokol|sagsbehandler|konsulent)/i;
/** A post after a comma ("Ole Dam, direktør"): the name before it is staff. */
const STAFF_POST = /^[\p{L} -]{0,30}(?:direktør|chef|sekretær|referent|protokol|sagsbehandler|konsulent)\p{L}{0,10}\.?$/iu;
/** A party letter in parentheses or after a comma: `(A)`, `(Ø)`, `, V`, `(FD)`. */
const PARTY = /\(\s{0,2}\p{Lu}{1,3}\s{0,2}\)|^\p{Lu}{1,2}$/u;
/** Role words before or after a name. */
const ROLE_PREFIX = /^(?:(?:1\.|2\.)\s{0,2})?(?:formand|næstformand|borgmester|viceborgmester|rådmand|medlem)\s+(?=\p{Lu})/iu;
/** Where a name ends: an annotation in parentheses, a colon, a dash. */
const NAME_END = /\s{0,3}(?:\(|:|\s[-–]\s|[-–]\s|\s[-–](?=\p{L})).*$/su;
/** A word of a name: capitalised, initials (`E.`, `H.C.`), hyphenated; particles `de`, `von`, `af`, `la`. */
const NAME_WORD = /^(?:\p{Lu}[\p{L}'’]*(?:-[\p{L}'’]+)*\.?|(?:\p{Lu}\.){1,3}\p{Lu}?[\p{L}]*|de|von|van|af|la|le|du|da|der|den)$/u;

/**
 * Words that end a name where a transcript ran the next field on ("… Golding Punkt nr. 42",
 * "… Drachmann Byrådssalen, Rådhuset").
 */
const NOT_NAME_WORD = /^(?:punkt|pkt\.?|sag|sagsnr\.?|side|bilag|mødet|møde|referat|dagsorden|beslutning|til|fra|ingen|formand|næstformand|borgmester|viceborgmester|rådmand|\p{L}*(?:salen|sal|rådhus|rådhuset|lokale|lokalet|værelset))$/iu;

/**
 * Cheap tests before the expressions above, for the few characters each needs: most parts of a
 * list are a bare name ("Anna Berg") that none of them matches.
 */
function hasAnyOf(text: string, chars: string): boolean {
  for (let i = 0; i < chars.length; i++) if (text.includes(chars[i]!)) return true;
  return false;
}
function endsWithAnyOf(text: string, chars: string): boolean {
  return text !== '' && chars.includes(text.charAt(text.length - 1));
}
/** ABSENT_MARK and NAME_END need a dash, a colon or a parenthesis. */
const MARK_CHARS = '(:-–';
function markedAbsent(text: string): boolean {
  return hasAnyOf(text, MARK_CHARS) && ABSENT_MARK.test(text);
}
/** PARTY needs a parenthesis, or is a letter or two (an astral capital takes two code units). */
function hasParty(text: string): boolean {
  return (text.length <= 4 || text.includes('(')) && PARTY.test(text);
}
function onLeave(text: string): boolean {
  return text.includes('(') && ON_LEAVE.test(text);
}

/** Whether a text starts with a capital (`/^\p{Lu}/u`), told without the expression for an ASCII first character. */
export function startsUpper(text: string): boolean {
  const c = text.charCodeAt(0);
  if (c < 0x80) return c >= 0x41 && c <= 0x5a;
  return /^\p{Lu}/u.test(text);
}

/** Whether a text is a person's name: 2–6 name words, the first and last capitalised. */
export function isName(text: string): boolean {
  const words = text.split(' ');
  if (words.length < 2 || words.length > 6) return false;
  if (!startsUpper(words[0]!) || !startsUpper(words[words.length - 1]!)) return false;
  return words.every((w) => NAME_WORD.test(w) && !NOT_NAME_WORD.test(w));
}

/** Whether a list entry names nobody ("Ingen", "-", "Alle mødt"). */
export function namesNobody(text: string): boolean {
  return NOBODY.test(text.trim());
}

/** The name a part starts with when text runs on after it: name words up to a word that ends a sentence or is no name's. */
function leadingName(text: string): string | null {
  const words = text.split(' ');
  const taken: string[] = [];
  let ended = false;
  for (const w of words) {
    if (NOT_NAME_WORD.test(w)) {
      ended = true;
      break;
    }
    if (!NAME_WORD.test(w.replace(/[.,;]$/, '')) || taken.length === 6) break;
    // "Sørensen. Til …": a dot after a word longer than an abbreviation ("Chr.") ends the sentence.
    if (/\p{L}{4,}\.$/u.test(w)) {
      taken.push(w.slice(0, -1));
      ended = true;
      break;
    }
    taken.push(w);
  }
  // Only a clear end (a word no name has, a sentence's dot) tells where the name stops.
  const name = taken.join(' ').replace(/[.,;]+$/, '');
  return ended && taken.length >= 2 && isName(name) ? name : null;
}

/** One part of a list (between commas): the name, and what the marks around it say. */
function readPart(part: string): ListedName | null {
  // "V Klaus Hansen (kh)": a party letter that a transcript put before the next name.
  let text = part
    .trim()
    .replace(/^[•·▪◦●*-]\s{0,3}/u, '')
    .replace(/^\p{Lu}{1,2}\s(?=\p{Lu}\p{Ll})/u, '');
  if (text === '' || (text.includes('(') && (ON_LEAVE.test(text) || STAFF.test(text)))) return null;
  const absent = markedAbsent(text);
  const party = hasParty(text);
  text = text.replace(ROLE_PREFIX, '');
  if (hasAnyOf(text, MARK_CHARS)) text = text.replace(NAME_END, '');
  if (endsWithAnyOf(text, '.,;')) text = text.replace(/[.,;]+$/, '');
  text = text.trim();
  if (isName(text)) return { name: text, absent, party };
  const lead = leadingName(text);
  return lead ? { name: lead, absent, party } : null;
}

/**
 * The names of one list entry: a line, or lines joined where a name or a list ran on. Parts are
 * split at commas and " og "; a part that is only a party letter or a role (`, V`, `, Formand`)
 * belongs to the name before it.
 */
export function readNames(entry: string): ListedName[] {
  if (namesNobody(entry)) return [];
  // A meeting's list is a few dozen names: a longer text is read only so far.
  const text = entry.length > LONGEST_LIST ? entry.slice(0, LONGEST_LIST) : entry;
  const out: ListedName[] = [];
  // "Name (A), 1. næstformand- afbud": the marks of a name may follow a comma, so an absence
  // mark anywhere before the next name belongs to the name before it.
  // "Name (C) Name (A)": a transcript that lost the line breaks between names; "(AB) VName":
  // and the space after a party letter; "Fog- Petersen": a hyphenated name broken in a PDF.
  let joined = text;
  if (joined.includes(')')) joined = joined.replace(/(\)\s{0,2}\p{Lu}{1,2})(?=\p{Lu}\p{Ll})/gu, '$1, ');
  if (joined.includes('-')) joined = joined.replace(/(\p{Ll})-\s(?=\p{Lu})/gu, '$1-');
  const parts = joined.split(/\s{0,3}[,;]\s{0,3}|\s+og\s+|(?<=\))\s{1,3}(?=\p{Lu})/u);
  for (const part of parts) {
    const p = part.trim();
    if (p === '') continue;
    const name = readPart(p);
    if (name) {
      out.push(name);
      continue;
    }
    const last = out[out.length - 1];
    // "Name (ab) Ø (Orlov)": the leave mark came apart from its name; "Ole Dam, direktør": staff.
    if (last && ((onLeave(p) && !/\p{Ll}{2,}\s/u.test(p.replace(ON_LEAVE, ''))) || STAFF_POST.test(p))) {
      out.pop();
      continue;
    }
    if (last) {
      if (hasParty(p)) last.party = true;
      if (markedAbsent(p) || /^afbud\b/i.test(p)) last.absent = true;
    }
  }
  return out;
}

/**
 * The entries of a list written over several lines: lines are joined where a name or the list
 * runs on (a line ending in a comma or a hyphen, a comma-separated list wrapped within its
 * paragraph, a name's first word before the break), else each line is an entry. A hyphen at
 * a line break is kept when a capital follows (`Fog-`/`Petersen`), else dropped (`Do-`/`noso`).
 * `breaks[i]`: line i starts a paragraph.
 */
export function joinListLines(lines: readonly string[], breaks: readonly boolean[] = []): string[] {
  const out: string[] = [];
  lines.forEach((raw, i) => {
    const line = raw.trim();
    if (line === '') return;
    const prev = out[out.length - 1];
    if (prev !== undefined && runsOn(prev, line, breaks[i] ?? true)) {
      if (prev.endsWith('-')) {
        const lower = /^\p{Ll}/u.test(line);
        out[out.length - 1] = (lower ? prev.slice(0, -1) : prev) + line;
      } else {
        out[out.length - 1] = `${prev} ${line}`;
      }
    } else {
      out.push(line);
    }
  });
  return out;
}

function runsOn(prev: string, line: string, paragraph: boolean): boolean {
  if (prev.endsWith(',') || prev.endsWith('-')) return true;
  if (/^\p{Ll}/u.test(line) && !/^(?:og|afbud|deltog)\b/iu.test(line)) return true;
  const lastComma = prev.lastIndexOf(',');
  if (lastComma < 0) return false;
  const tail = prev.slice(lastComma + 1).trim();
  // A comma-separated list wrapped inside its paragraph, unless the line ended with a party
  // letter or an annotation ("Anna Berg, V" / "Ole Dam, A": one entry a line).
  if (!paragraph) return !hasParty(tail) && !tail.endsWith(')');
  // "…, Ebbe" / "Christensen, …": the last part before the break is one word of a name.
  return tail !== '' && !tail.includes(' ') && !hasParty(tail) && /^\p{Lu}\p{Ll}/u.test(tail);
}
