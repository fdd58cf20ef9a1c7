/**
 * Enrich, item level: title parts, case numbers, decision and outcome, absences, history,
 * attachments and references of one item draft.
 */
import type { Attachment, CaseNumber, HistoryEntry, Item, Reference, Section } from '../model.ts';
import { classifyCaseNumber, findCaseNumbers } from './case-numbers.ts';
import { findDateTime } from './dates.ts';
import { splitNames } from './header.ts';
import type { Line } from './normalize.ts';
import { classifyOutcome } from './outcome.ts';
import { findReferencesInEach } from './references.ts';
import type { ClassifiedLine, ItemDraft, SectionDraft } from './tree.ts';
import { CLOSED_PREFIX, CLOSED_SUFFIX, hasClosedSuffix, isAttachmentHeading, isHistoryHeading } from './vocabulary.ts';

// ---------- title ----------

const CLOSED_MARKER = /^(?:Lukket|Lukket punkt|Lukket sag)\.?$/i;
// Lejre style "BU/SSÆ/JAI - Title": upper-case codes before " - ".
const COMMITTEE_PREFIX = /^([A-ZÆØÅ]{2,8}(?:\/[A-ZÆØÅ]{2,8})*) - /;

/**
 * kk.dk (eDoc) item pages end the title with the case number in parentheses, empty when the
 * item has none: "Ny skole i Nordhavn (2020-0087412)", "Godkendelse af dagsorden ( )"
 * (publishing-systems.md §2.2). Only an empty pair or a whole case number is taken off.
 */
const CASE_SUFFIX = /\s*\(\s*([^()\s]{0,32})\s*\)$/;

export function splitTitle(raw: string): { title: string; closed: boolean; committees: string[]; cases: CaseNumber[] } {
  let title = raw.trim();
  let closed = false;
  if (CLOSED_PREFIX.test(title)) {
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
  const m = COMMITTEE_PREFIX.exec(title);
  return { title, closed, committees: m ? m[1]!.split('/') : [], cases };
}

// ---------- absences ----------

export interface AbsenceLine {
  names: string[];
  /** The names stand on the next line ("Afbud:" alone, "Følgende deltog ikke …:"). */
  namesFollow: boolean;
  /** SPEC: absence lines are taken out of the decision text; some phrasings stay in it. */
  strip: boolean;
}

const AFBUD = /^(?:Afbud(?: fra)?|Fraværende(?: med afbud)?)\s*:\s*(.*)$/i;
const DID_NOT_TAKE_PART = /^(.+?) deltog ikke (?:i|under|på|ved) .+$/i;
const PREVENTED = /^(.+?) var (?:forhindret i at deltage|fraværende)\b.*$/i;
const FOLLOWING = /^følgende$/i;
// DID_NOT_TAKE_PART and PREVENTED try every length of name before their words; a search for
// the words alone (much faster) tells first whether they stand in the line at all.
const DID_NOT_WORDS = / deltog ikke /i;
const PREVENTED_WORDS = / var forhindret i at deltage| var fraværende/i;

export function absenceOf(text: string): AbsenceLine | null {
  let m = AFBUD.exec(text);
  if (m) {
    const names = splitNames(m[1] ?? '');
    return { names, namesFollow: names.length === 0, strip: true };
  }
  m = DID_NOT_WORDS.test(text) ? DID_NOT_TAKE_PART.exec(text) : null;
  if (m && m[1]!.length <= 120) {
    if (FOLLOWING.test(m[1]!.trim())) return { names: [], namesFollow: true, strip: true };
    return { names: splitNames(m[1]!), namesFollow: false, strip: true };
  }
  m = PREVENTED_WORDS.test(text) ? PREVENTED.exec(text) : null;
  if (m && m[1]!.length <= 120) return { names: splitNames(m[1]!), namesFollow: false, strip: false };
  return null;
}

/** Separates absence lines from the rest of a section's lines. */
function withoutAbsences(lines: readonly Line[]): { kept: Line[]; names: string[] } {
  const kept: Line[] = [];
  const names: string[] = [];
  for (let i = 0; i < lines.length; i++) {
    const line = lines[i]!;
    const absence = absenceOf(line.text);
    if (!absence) {
      kept.push(line);
      continue;
    }
    names.push(...absence.names);
    if (absence.namesFollow && i + 1 < lines.length && !absenceOf(lines[i + 1]!.text)) {
      names.push(...splitNames(lines[i + 1]!.text));
      i++;
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

/** "06/05/2024 Udvalget for Børn og Ungdom - 2022-2025": a treatment by another body. */
const HISTORY_ENTRY = /^(\d{1,2}[/.-]\d{1,2}[/.-]\d{4})\s+(\S.*)$/;

function historyOf(section: SectionDraft): HistoryEntry[] {
  const entries: { date: string; body: string; lines: Line[] }[] = [];
  for (const line of section.lines) {
    const m = HISTORY_ENTRY.exec(line.text);
    const date = m ? findDateTime(m[1]!)?.date : null;
    if (m && date) entries.push({ date, body: m[2]!, lines: [] });
    else entries[entries.length - 1]?.lines.push(line);
  }
  // Absences in a history entry belong to that other meeting: they are dropped, not counted here.
  return entries.map((e) => ({ date: e.date, body: e.body, decision: joinLines(withoutAbsences(e.lines).kept) }));
}

/** When an item holds several decision sections (Vejen), the one of this meeting is the decision. */
function pickDecision(sections: readonly SectionDraft[], meetingDate: string | null): SectionDraft | null {
  const decisions = sections.filter((s) => s.decision !== null);
  if (decisions.length <= 1) return decisions[0] ?? null;
  const dated = decisions.find((s) => meetingDate !== null && findDateTime(s.heading)?.date === meetingDate);
  return dated ?? decisions.find((s) => s.decision?.body === null) ?? decisions[decisions.length - 1]!;
}

function caseNumbersOf(preamble: readonly ClassifiedLine[]): CaseNumber[] {
  const cases: CaseNumber[] = [];
  for (const line of preamble) {
    if (line.cls.kind !== 'case-line') continue;
    const whole = classifyCaseNumber(line.text);
    if (whole) cases.push(whole);
    else cases.push(...findCaseNumbers(line.text).filter((c) => c.confidence === 'labelled' || line.hint?.role === 'case-number'));
  }
  return cases;
}

const ATTACHMENT_NUMBER = /^Bilag\s+(\d{1,3})\b/i;

function attachmentOf(line: Line): Attachment {
  const n = ATTACHMENT_NUMBER.exec(line.text);
  return { title: line.text, number: n ? Number(n[1]) : null, href: line.hint?.href ?? null };
}

export function buildItem(draft: ItemDraft, meetingDate: string | null): Item {
  const { title, closed, committees, cases: titleCases } = splitTitle(draft.title);
  const cases = caseNumbersOf(draft.preamble);
  // kk.dk: the case number stood after the title; it comes first.
  for (const c of [...titleCases].reverse()) if (!cases.some((o) => o.normalized === c.normalized)) cases.unshift(c);
  const decisionSection = pickDecision(draft.sections, meetingDate);

  let decision: string | null = null;
  const absent: string[] = [];
  if (decisionSection) {
    const { kept, names } = withoutAbsences(decisionSection.lines);
    absent.push(...names);
    decision = kept.length > 0 ? joinLines(kept) : null;
  }

  const history: HistoryEntry[] = [];
  const attachments: Attachment[] = [];
  const sectionTexts: Section[] = [];
  const references: Reference[] = [];
  for (const section of draft.sections) {
    const text = joinLines(section.lines);
    sectionTexts.push({ heading: section.heading, text, span: spanOf(section.headingBlock, section.lines) });
    if (isHistoryHeading(section.heading)) history.push(...historyOf(section));
    if (section.decision && section !== decisionSection) {
      const date = findDateTime(section.heading)?.date;
      const decided = joinLines(withoutAbsences(section.lines).kept);
      if (date) history.push({ date, body: section.decision.body ?? '', decision: decided });
    }
    if (isAttachmentHeading(section.heading)) attachments.push(...section.lines.map(attachmentOf));
    else references.push(...findReferencesInEach(section.lines));
  }

  attachments.push(...draft.attachments.map(attachmentOf));
  return {
    number: draft.number,
    title,
    closed: closed || draft.preamble.some((l) => CLOSED_MARKER.test(l.text)),
    committees,
    caseNumbers: cases.map((c) => c.raw),
    decision,
    outcome: classifyOutcome(decision),
    absent: [...new Set(absent)],
    sections: draft.sections.map((s) => s.heading).filter((heading) => heading !== ''),
    attachments: attachments.map((a) => a.title),
    history,
    cases,
    decisionLabel: decisionSection && decisionSection.decision?.body ? decisionSection.heading : null,
    sectionTexts,
    attachmentDetails: attachments,
    references,
    span: draft.span,
    decisionSpan: decisionSection ? spanOf(decisionSection.headingBlock, decisionSection.lines) : null,
  };
}
