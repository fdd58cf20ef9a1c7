/**
 * Enrich, item level: title parts, case numbers, decision and outcome, absences, history,
 * attachments and references of one item draft.
 */
import type { Attachment, CaseFormat, CaseNumber, HistoryEntry, Item, Outcome, Reference, Section } from '../model.ts';
import { codeAt, isDigit, isSpace } from './chars.ts';
import { classifyCaseNumber, findCaseNumbers } from './case-numbers.ts';
import { findDateTime } from './dates.ts';
import { PRESENT_LINE } from './first-item.ts';
import { splitNames } from './header.ts';
import type { Line } from './normalize.ts';
import { historyEntries, pickTreatment, sameBody, type Treatment } from './history.ts';
import { classifyOutcome } from './outcome.ts';
import { findReferencesInEach } from './references.ts';
import type { ClassifiedLine, ItemDraft, SectionDraft } from './tree.ts';
import {
  bodyAndDateLine,
  CLOSED_PREFIX,
  CLOSED_SUFFIX,
  decisionLabel,
  hasClosedPrefix,
  hasClosedSuffix,
  isAttachmentHeading,
  isHistoryHeading,
} from './vocabulary.ts';

// ---------- title ----------

const CLOSED_MARKER = /^(?:Lukket|Lukket punkt|Lukket sag)\.?$/i;
/** CLOSED_MARKER.test, tried only on a line of its length that starts with its letter (every preamble line is tested). */
function isClosedMarker(text: string): boolean {
  return text.length >= 6 && text.length <= 13 && (text.charCodeAt(0) | 0x20) === 0x6c /* l */ && CLOSED_MARKER.test(text);
}
// Lejre style "BU/SSÆ/JAI - Title": upper-case codes before " - ".
const COMMITTEE_PREFIX = /^([A-ZÆØÅ]{2,8}(?:\/[A-ZÆØÅ]{2,8})*) - /;

/**
 * kk.dk (eDoc) item pages end the title with the case number in parentheses, empty when the
 * item has none: "Ny skole i Nordhavn (2020-0087412)", "Godkendelse af dagsorden ( )"
 * (lib/systems/kk-edoc). Only an empty pair or a whole case number is taken off.
 */
const CASE_SUFFIX = /\s*\(\s*([^()\s]{0,32})\s*\)$/;

/** "Meddelelse fra formandenReferat": eDoc glues its "Referat" heading to the item title. */
const GLUED_MINUTES = /(?<=[\p{Ll}.)])Referat$/u;

/** A case field run into a title: an optional access marker, then a case label. */
const TITLE_CASE_FIELD = / (?:(?:Åben|Åbent|Lukket) (?:sag|punkt) )?(?:Sagsnr|Sags nr|Sagsnummer|Sagsid|J\. ?nr|Journalnr)\.?:? ?/;
/** Longer than any case number (case-numbers.ts MAX_TOKEN). */
const MAX_CASE = 34;

/**
 * A page's control text glued between a title and the title again ("Salg af jord Klik her for at
 * folde ud og læse mere om Salg af jord", Hedensted): the title, repeated at the end after two or
 * more other words, is the title.
 */
function withoutRepeat(title: string): string {
  // Cheap test first (this runs on every title): the first word must come again.
  const firstSpace = title.indexOf(' ');
  if (firstSpace < 0 || title.indexOf(' ' + title.slice(0, firstSpace) + ' ', firstSpace) < 0) return title;
  const words = title.split(' ');
  for (let length = Math.floor((words.length - 2) / 2); length >= 2; length--) {
    const head = words.slice(0, length).join(' ');
    if (head === words.slice(words.length - length).join(' ')) return head;
  }
  return title;
}

export function splitTitle(raw: string): { title: string; closed: boolean; committees: string[]; cases: CaseNumber[]; minutesGlued: boolean } {
  let title = withoutRepeat(raw.trim());
  let closed = false;
  const minutesGlued = title.endsWith('Referat') && GLUED_MINUTES.test(title);
  if (minutesGlued) title = title.slice(0, -'Referat'.length).trimEnd();
  if (hasClosedPrefix(title)) {
    title = title.replace(CLOSED_PREFIX, '');
    closed = true;
  }
  if (hasClosedSuffix(title)) {
    title = title.replace(CLOSED_SUFFIX, '');
    closed = true;
  }
  const cases: CaseNumber[] = [];
  const suffix = title.endsWith(')') ? CASE_SUFFIX.exec(title) : null;
  if (suffix && suffix.index > 0) {
    const inner = suffix[1]!;
    const found = inner === '' ? null : classifyCaseNumber(inner);
    if (inner === '' || found !== null) {
      title = title.slice(0, suffix.index);
      if (found) cases.push({ ...found, index: raw.lastIndexOf(inner) });
    }
  }
  // PDF transcripts run the item's fields into its heading line: "Godkendelse af dagsorden Åben sag
  // Sagsnr.: 13/10057 Sagsansvarlig: …". The labelled number is the item's; the title ends before.
  const field = title.length > 12 && (title.includes('Sag') || title.includes('nr')) ? TITLE_CASE_FIELD.exec(title) : null;
  if (field && field.index > 0) {
    const found = findCaseNumbers(title.slice(field.index, field.index + field[0].length + MAX_CASE)).find((c) => c.confidence === 'labelled');
    if (found) {
      cases.push({ ...found, index: found.index + field.index });
      title = title.slice(0, field.index).trimEnd();
    }
  }
  // The codes are upper-case letters and a " - " follows them (tested first: this runs on every title).
  const m = isCodeLetter(title.charCodeAt(0)) && isCodeLetter(title.charCodeAt(1)) && title.includes(' - ') ? COMMITTEE_PREFIX.exec(title) : null;
  return { title, closed, committees: m ? m[1]!.split('/') : [], cases, minutesGlued };
}

/** A letter of COMMITTEE_PREFIX's codes: A-Z, Æ, Ø, Å. */
function isCodeLetter(c: number): boolean {
  return (c >= 0x41 && c <= 0x5a) || c === 0xc6 || c === 0xd8 || c === 0xc5;
}

// ---------- absences ----------

export interface AbsenceLine {
  names: string[];
  /** The names stand on the next line ("Afbud:" alone, "Følgende deltog ikke …:"). */
  namesFollow: boolean;
  /** SPEC: absence lines are taken out of the decision text; some phrasings stay in it. */
  strip: boolean;
}

/**
 * Attendance labels: "Afbud: X", "Afbud fra: X", "Fraværende: X", "Afbud under hele mødet:" (names
 * on the next line), "Fraværende- X" (a page that lost the colon's space). Without the colon the
 * line is a sentence ("Afbud fra X. Y deltager i stedet.") and stays decision text.
 */
const AFBUD = /^(?:Afbud|Fraværende|Forfald)(?: fra| med afbud| uden afbud| under (?:hele )?mødet| i (?:hele )?mødet)?(?:\s*:|\s?[-–]\s)\s*(.*)$/i;
const DID_NOT_TAKE_PART = /^(.+?) deltog ikke (?:i|under|på|ved) .+$/i;
const PREVENTED = /^(.+?) var (?:forhindret i at deltage|fraværende)\b.*$/i;
const FOLLOWING = /^følgende$/i;
// DID_NOT_TAKE_PART and PREVENTED try every length of name before their words; a search for
// the words alone (much faster) tells first whether they stand in the line at all.
const DID_NOT_WORDS = / deltog ikke /i;
const PREVENTED_WORDS = / var forhindret i at deltage| var fraværende/i;
/** The words of DID_NOT_WORDS and PREVENTED_WORDS together. */
const ABSENCE_WORDS = new RegExp(`${DID_NOT_WORDS.source}|${PREVENTED_WORDS.source}`, 'i');
/** "… deltog ikke i sagens behandling pga. afbud.": absence for want of attendance, not a decision fact. */
const FOR_ABSENCE = /(?:pga\.?|på grund af|grundet|grundet i|p\.g\.a\.?|\()\s*(?:afbud|fravær|sygdom|forfald)\b/i;
/** "Stedfortræder: Y", "Suppleanter: Y": who came instead, a label line of the attendance block. */
const SUBSTITUTE_LABEL = /^(?:Stedfortrædere?|Suppleanter?|Mødt som (?:stedfortræder|suppleant))\s*:/i;
/** "Jane Koller deltog som suppleant.": a substitute, part of the attendance block before it. */
const SUBSTITUTE = /\b(?:deltog|mødte|deltager|indkaldt|indtrådte) (?:som|i stedet som) (?:stedfortræder|suppleant)/i;
/** The text without surrounding white space, copied only when there is some. */
function trimmed(text: string): string {
  return text.length > 0 && (isSpace(text.charCodeAt(0)) || isSpace(text.charCodeAt(text.length - 1))) ? text.trim() : text;
}

/**
 * The party after a name, as the meeting's lists leave it out too: "Anna Holm (A)", and the
 * empty parentheses a page leaves ("Jakob Agerbo ()").
 */
const EMPTY_PARTY = /\s*\(\s*\p{Lu}{0,3}\s*\)$/u;

function namesOf(text: string): string[] {
  return splitNames(text.replace(LIST_MARK, ''))
    .map((n) => n.replace(EMPTY_PARTY, '').trim())
    .filter((n) => n !== '' && !PARTY_CODE.test(n));
}

export function absenceOf(text: string): AbsenceLine | null {
  const first = text.charCodeAt(0) | 0x20;
  let m = first === 0x61 /* a */ || first === 0x66 /* f */ ? AFBUD.exec(text) : null;
  if (m) {
    const names = namesOf(m[1] ?? '');
    return { names, namesFollow: (m[1] ?? '').trim() === '', strip: true };
  }
  if ((first === 0x73 /* s */ || first === 0x6d) /* m */ && SUBSTITUTE_LABEL.test(text)) return { names: [], namesFollow: false, strip: true };
  // "Tilstede var: A, B": who was there (the header reads it), an attendance line, no decision text.
  if (first === 0x74 /* t */ && PRESENT_LINE.exec(text)?.[1]?.trim()) return { names: [], namesFollow: false, strip: true };
  // Most lines hold neither sentence's words: one search rules both out.
  if (!ABSENCE_WORDS.test(text)) return null;
  m = DID_NOT_WORDS.test(text) ? DID_NOT_TAKE_PART.exec(text) : null;
  if (m && m[1]!.length <= 120) {
    if (FOLLOWING.test(m[1]!.trim())) return { names: [], namesFollow: true, strip: true };
    // A sentence stays decision text unless it only records an absence.
    return { names: namesOf(m[1]!), namesFollow: false, strip: FOR_ABSENCE.test(text) };
  }
  m = PREVENTED_WORDS.test(text) ? PREVENTED.exec(text) : null;
  if (m && m[1]!.length <= 120) return { names: namesOf(m[1]!), namesFollow: false, strip: false };
  return null;
}

/** A word of a person's name, a party in parentheses, or a particle between names. */
const NAME_WORD = /^(?:\p{Lu}[\p{L}'’.-]*|\([^()]{0,12}\)|de|da|van|von|af|-|–)$/u;
const NOBODY_LINE = /^(?:ingen|-)\.?$/i;
const LIST_MARK = /^(?:\d{1,2}[.)]|[•·-])\s+/;
const PARTY_CODE = /^\p{Lu}{1,3}$/u;

/** "Ib Holm og Eva Lund (A)", "Ingen": a line of names (two to six words each), not a sentence. */
function looksLikeNames(text: string): boolean {
  // A list's number or bullet before the names: "1. Robert Hansen, Ø".
  const t = text.trim().replace(/\.$/, '').replace(LIST_MARK, '');
  if (NOBODY_LINE.test(t)) return true;
  if (t.length === 0 || t.length > 400) return false;
  return t.split(/\s*,\s*|\s+og\s+/).every((name) => {
    if (PARTY_CODE.test(name)) return true; // "Robert Hansen, Ø": the party after a comma
    const words = name.split(/\s+/);
    return words.length >= 2 && words.length <= 6 && words.every((w) => NAME_WORD.test(w));
  });
}

/**
 * Separates absence lines from the rest of a section's lines. A label whose names follow
 * ("Afbud under hele mødet:") takes the next line as its names, and the substitute lines right
 * after ("Y deltog som stedfortræder for X") with it.
 */
function withoutAbsences(lines: readonly Line[]): { kept: Line[]; names: string[] } {
  const kept: Line[] = [];
  const names: string[] = [];
  for (let i = 0; i < lines.length; i++) {
    const line = lines[i]!;
    const absence = absenceOf(trimmed(line.text));
    if (!absence) {
      kept.push(line);
      continue;
    }
    names.push(...absence.names);
    if (absence.strip && absence.namesFollow && i + 1 < lines.length && !absenceOf(trimmed(lines[i + 1]!.text))) {
      const next = lines[i + 1]!.text;
      // "X (V) - Y deltog som suppleant.": the absent name is before the dash.
      const listed = SUBSTITUTE.test(next) ? next.split(/\s[-–]\s/)[0]! : next;
      // An empty label ("Fraværende:") before the decision text takes no names from it.
      if (looksLikeNames(listed)) {
        names.push(...namesOf(listed));
        i++;
      }
    }
    if (absence.strip && (absence.names.length > 0 || absence.namesFollow)) {
      while (i + 1 < lines.length && SUBSTITUTE.test(lines[i + 1]!.text)) i++;
    }
    if (!absence.strip) kept.push(line);
  }
  return { kept, names };
}

// ---------- sections ----------

function joinLines(lines: readonly Line[]): string {
  let text = lines.length > 0 ? lines[0]!.text : '';
  for (let i = 1; i < lines.length; i++) text += '\n' + lines[i]!.text;
  return text;
}

function spanOf(first: number, lines: readonly Line[]): { firstBlock: number; lastBlock: number } {
  const last = lines.length > 0 ? lines[lines.length - 1]!.block : first;
  return { firstBlock: first, lastBlock: last };
}

/** Absences in a history entry belong to that other meeting: they are dropped, not counted here. */
function historyDecision(lines: readonly Line[]): string {
  return joinLines(withoutAbsences(lines).kept);
}

/** A decision section as read: who decided and when, and its decision lines. */
interface DecisionPart extends Treatment {
  section: SectionDraft;
  /** The heading, "Beslutning" where decision text was glued to it. */
  heading: string;
  /** The label as written when it says more than "Beslutning", else null. */
  label: string | null;
  lines: Line[];
}

function decisionPartOf(section: SectionDraft): DecisionPart {
  const label = decisionLabel(section.heading);
  let lines: Line[] = section.lines;
  let heading = section.heading;
  let body = section.decision?.body ?? null;
  let text: string | null = body !== null ? section.heading : null;
  let date = body !== null ? (findDateTime(section.heading)?.date ?? null) : null;
  if (label?.glued) {
    // "BeslutningGodkendt.": the glued text is the decision's first line, not the label's.
    heading = section.heading.slice(0, section.heading.length - label.glued.length).replace(/\s*:?\s*$/u, '');
    if (text !== null) text = heading;
    lines = [{ text: label.glued, block: section.headingBlock, hint: undefined, paragraphStart: true, tocLike: false }, ...lines];
  } else if (body === null && lines.length > 0) {
    // "Beslutning" / "Kultur- og Demokratiudvalget, 03.09.2018": the line names who decided and when.
    const named = bodyAndDateLine(lines[0]!.text);
    const when = named ? findDateTime(lines[0]!.text)?.date : null;
    if (named && when) {
      body = named.body;
      date = when;
      text = lines[0]!.text.trim();
      lines = lines.slice(1);
    }
  }
  return { section, heading, label: text, lines, body, date, plain: body === null && date === null };
}

/** A case label alone on its line ("Sagsnr.", "Sagsid.:"): the number is on the next line (PolWeb). */
const LABEL_ALONE = /^(?:Sagsnr|Sags nr|Sagsnummer|Sagsid|Sags-id|Journalnr|Journalnummer|J\. ?nr)\.?\s?:?$/i;
/** A case label that opens a line: "Sagsnr.:", "Sagsid.:", "J.nr." (the number follows it). */
const LABEL_FIRST = /^\s*(?:Sagsnr|Sags nr|Sagsnummer|Sagsid|J\. ?nr|Journalnr)\.?\s?:?\s/i;
/** Formats distinctive enough to be taken at the start of a line that goes on with other text. */
const DISTINCT: ReadonlySet<CaseFormat> = new Set(['kle', 'emn', 'municipality-year-serial', 'year/serial']);

function caseNumbersOf(preamble: readonly ClassifiedLine[]): CaseNumber[] {
  const cases: CaseNumber[] = [];
  for (let i = 0; i < preamble.length; i++) {
    const line = preamble[i]!;
    if (line.cls.kind !== 'case-line') {
      const text = trimmed(line.text);
      const first = text.charCodeAt(0) | 0x20;
      if ((first === 0x73 /* s */ || first === 0x6a) /* j */ && text.length < 20 && i + 1 < preamble.length && LABEL_ALONE.test(text)) {
        const next = classifyCaseNumber(`${text} ${preamble[i + 1]!.text.trim()}`);
        if (next) {
          cases.push({ ...next, index: next.index - text.length - 1 });
          i++;
        }
      }
      continue;
    }
    const whole = classifyCaseNumber(line.text);
    if (whole) cases.push(whole);
    else cases.push(...findCaseNumbers(line.text).filter((c) => c.confidence === 'labelled' || line.hint?.role === 'case-number'));
  }
  // "01.02.05-P16-8-16 Resume …", "Sagsnr.: 18/17122 Beslutningstema …": a page that lost the
  // line break after the case number.
  const lead = cases.length === 0 ? preamble[0] : undefined;
  if (lead && lead.cls.kind === 'text' && isDigit(lead.text.charCodeAt(0))) {
    const found = findCaseNumbers(lead.text.slice(0, 40))[0];
    if (found && found.index === 0 && DISTINCT.has(found.format)) cases.push(found);
  } else if (lead && lead.cls.kind === 'text' && LABEL_FIRST.test(lead.text)) {
    const found = findCaseNumbers(lead.text.slice(0, 60)).find((c) => c.confidence === 'labelled');
    if (found) cases.push(found);
  }
  return cases;
}

const ATTACHMENT_NUMBER = /^Bilag\s+(\d{1,3})\b/i;

function attachmentOf(line: Line): Attachment {
  const n = (line.text.charCodeAt(0) | 0x20) === 0x62 /* b */ ? ATTACHMENT_NUMBER.exec(line.text) : null;
  return { title: line.text, number: n ? Number(n[1]) : null, href: line.hint?.href ?? null };
}

/**
 * What the items of one document repeat word for word, read once: their verdicts ("Godkendt.",
 * "Taget til efterretning."), whose outcome takes several searches, and their section headings
 * (every item has its "Sagsfremstilling" and "Beslutning"), whether history or attachments.
 */
class DocumentMemo {
  private readonly outcomes = new Map<string, Outcome>();
  private readonly headings = new Map<string, number>();

  outcomeOf(decision: string | null): Outcome {
    if (decision === null) return classifyOutcome(null);
    let outcome = this.outcomes.get(decision);
    if (outcome === undefined) {
      outcome = classifyOutcome(decision);
      this.outcomes.set(decision, outcome);
    }
    return outcome;
  }

  /** HISTORY and/or ATTACHMENTS for a section heading. */
  headingKind(heading: string): number {
    let kind = this.headings.get(heading);
    if (kind === undefined) {
      kind = (isHistoryHeading(heading) ? HISTORY : 0) | (isAttachmentHeading(heading) ? ATTACHMENTS : 0);
      this.headings.set(heading, kind);
    }
    return kind;
  }
}
const HISTORY = 1;
const ATTACHMENTS = 2;

export function buildItem(draft: ItemDraft, meetingDate: string | null, committee: string | null = null, memo = new DocumentMemo()): Item {
  const { title, closed, committees, cases: titleCases, minutesGlued } = splitTitle(draft.title);
  const cases = caseNumbersOf(draft.preamble);
  // kk.dk: the case number stood after the title; it comes first.
  for (let k = titleCases.length - 1; k >= 0; k--) {
    const c = titleCases[k]!;
    if (!cases.some((o) => o.normalized === c.normalized)) cases.unshift(c);
  }

  // Headings as named, without the bullet a page's list put before them ("• Beslutning").
  const sections = draft.sections.map((s) => (isBulletStart(codeAt(s.heading, 0)) && BULLET.test(s.heading) ? { ...s, heading: s.heading.replace(BULLET, '') } : s));
  // parts[k]: the decision part of sections[k], if it is a decision section.
  const parts = sections.map((section) => (section.decision ? decisionPartOf(section) : undefined));
  const treatments = parts.filter((part) => part !== undefined);
  const chosen = treatments[pickTreatment(treatments, meetingDate, committee)] ?? null;
  // eDoc: "Referat" ends the title ("Meddelelse fra formandenReferat") or stands alone, and the
  // minutes follow in the preamble.
  const minutes = chosen === null ? minutesOfPreamble(draft.preamble, minutesGlued) : null;

  let decision: string | null = null;
  const absent: string[] = [];
  const decisionLines = chosen?.lines ?? minutes;
  if (decisionLines) {
    const { kept, names } = withoutAbsences(decisionLines);
    absent.push(...names);
    decision = kept.length > 0 ? joinLines(kept) : null;
  }

  const history: HistoryEntry[] = [];
  const attachments: Attachment[] = [];
  const sectionTexts: Section[] = [];
  const references: Reference[] = [];
  const isThisMeeting = (e: HistoryEntry) => e.date === meetingDate && sameBody(e.body, committee);
  for (let k = 0; k < sections.length; k++) {
    const section = sections[k]!;
    const part = parts[k];
    const heading = part?.heading ?? section.heading;
    // A glued decision's text is the section's text; otherwise the section stays as written.
    const lines = part && heading !== section.heading ? part.lines : section.lines;
    sectionTexts.push({ heading, text: joinLines(lines), span: spanOf(section.headingBlock, section.lines) });
    const kind = memo.headingKind(section.heading);
    if ((kind & HISTORY) !== 0) history.push(...historyEntries(section.lines, historyDecision).filter((e) => !isThisMeeting(e)));
    if (part && part !== chosen && part.date) history.push({ date: part.date, body: part.body ?? '', decision: historyDecision(part.lines) });
    if ((kind & ATTACHMENTS) !== 0) attachments.push(...section.lines.map(attachmentOf));
    else references.push(...findReferencesInEach(section.lines));
  }

  attachments.push(...draft.attachments.map(attachmentOf));
  const item: Item = {
    number: draft.number,
    title,
    closed: closed || draft.inClosedGroup || draft.preamble.some((l) => isClosedMarker(l.text)),
    committees,
    caseNumbers: cases.map((c) => c.raw),
    decision,
    outcome: memo.outcomeOf(decision),
    absent: absent.length > 1 ? [...new Set(absent)] : absent,
    sections: sections.map((s, k) => parts[k]?.heading ?? s.heading).filter((heading) => heading !== ''),
    attachments: attachments.map((a) => a.title),
    history,
    cases,
    decisionLabel: chosen?.label ?? null,
    sectionTexts,
    attachmentDetails: attachments,
    references,
    span: draft.span,
    decisionSpan: chosen ? spanOf(chosen.section.headingBlock, chosen.section.lines) : minutes ? spanOf(minutes[0]!.block, minutes) : null,
  };
  // Set after the literal, not spread into it: a spread makes every item's object the slow way.
  if (draft.listedOnly) item.listedOnly = true;
  return item;
}

const MINUTES_HEADING = /^referat:?$/i;
/** A list bullet before a heading. */
const BULLET = /^[•·▪◦*–-]\s+/;
/** The characters BULLET starts with (tested first: headings seldom have one). */
function isBulletStart(c: number): boolean {
  return c === 0x2022 || c === 0xb7 || c === 0x25aa || c === 0x25e6 || c === 0x2a || c === 0x2013 || c === 0x2d;
}

/**
 * The preamble's text after a "Referat" line right under the heading (its case lines aside), or
 * all of it when "Referat" ended the title.
 */
function minutesOfPreamble(preamble: readonly ClassifiedLine[], glued: boolean): Line[] | null {
  const text = preamble.filter((l) => l.cls.kind !== 'case-line');
  let from = glued ? 0 : -1;
  if (!glued && text.length > 0 && MINUTES_HEADING.test(text[0]!.text.trim())) from = 1;
  if (from < 0) return null;
  const lines = text.slice(from);
  return lines.length > 0 ? lines : null;
}

/**
 * Every item of the tree. Some systems (SBSYS exports) print the case number on its own line
 * right BEFORE the item heading: the tree puts that line at the end of the item before (or of
 * the header, for the first item: `lineBefore`, the line right before the first body heading),
 * so it moves to the item it belongs to, when that item has no case line of its own.
 */
export function buildItems(drafts: readonly ItemDraft[], meetingDate: string | null, committee: string | null, lineBefore?: ClassifiedLine): Item[] {
  const moved = drafts.map((d) => ({ ...d }));
  // In document order (the tree lists items by number).
  const body = moved.filter((d) => !d.listedOnly).sort((a, b) => a.span.firstBlock - b.span.firstBlock);
  const hasOwnCase = (d: ItemDraft) => d.preamble.some((l) => l.cls.kind === 'case-line');
  const first = body[0];
  if (first && lineBefore && isCaseLine(lineBefore) && lineBefore.block <= first.span.firstBlock && !hasOwnCase(first)) {
    first.preamble = [lineBefore, ...first.preamble];
  }
  for (let j = 1; j < body.length; j++) {
    const next = body[j]!;
    if (hasOwnCase(next)) continue;
    // Only from the end of a section: a case line in a preamble is that item's own.
    const prev = body[j - 1]!;
    const s = prev.sections[prev.sections.length - 1];
    const line = s?.lines[s.lines.length - 1];
    if (!s || !line || !isCaseLine(line)) continue;
    prev.sections = [...prev.sections.slice(0, -1), { ...s, lines: s.lines.slice(0, -1) }];
    next.preamble = [line, ...next.preamble];
  }
  const memo = new DocumentMemo();
  return moved.map((d) => buildItem(d, meetingDate, committee, memo));
}

/** A line that is a case number and nothing else. */
function isCaseLine(line: ClassifiedLine): boolean {
  return line.cls.kind === 'case-line' && classifyCaseNumber(line.text) !== null;
}
