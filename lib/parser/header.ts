/**
 * Enrich, meeting level: kind, committee, date and time, location, participants and
 * absences from the lines before the first item; the municipality from the whole text.
 */
import type { Meeting } from '../model.ts';
import { findDateTime } from './dates.ts';
import type { Lines } from './lines.ts';
import { municipalityNamed } from '../municipalities.ts';

export type MeetingHeader = Pick<Meeting, 'kind' | 'committee' | 'date' | 'time' | 'location' | 'participants' | 'absent'>;

// "Udvalget for X - 2022 - 2025 d. 06-05-2024": the committee is everything before the last " d. "/" den ".
const COMMITTEE_BEFORE_DATE = /^(.*\S)\s+(?:d\.|den)\s+(\d.*)$/i;
// Sentence forms: "af møde i X", "til mødet i X", "for X møde".
const LEAD_IN = /^(?:af|til|fra|for)?\s*(?:(?:det )?møde(?:t)? i\s+)?/i;
const TRAIL_MOEDE = /\s+møde$/i;
const ABSENT_MARK = /\s*\((?:afbud|fraværende)\)\s*$/i;
const NOBODY = /^(ingen|-)\.?$/i;

function committeeFromTitle(rest: string): { committee: string | null; dateText: string } {
  const m = COMMITTEE_BEFORE_DATE.exec(rest);
  if (!m) {
    // "Referat 1. oktober 2025 kl. 15.45": the title is only a date.
    return findDateTime(rest)?.index === 0 ? { committee: null, dateText: rest } : { committee: rest.trim() || null, dateText: '' };
  }
  const committee = m[1]!.replace(LEAD_IN, '').replace(TRAIL_MOEDE, '').trim();
  return { committee: committee || null, dateText: m[2]! };
}

/** A list of names: commas and " og "; a name wrapped over two lines was joined with a space. */
export function splitNames(text: string): string[] {
  return text
    .split(/\s*,\s*|\s+og\s+/)
    .map((n) => n.trim().replace(/\.$/, ''))
    .filter((n) => n !== '' && !NOBODY.test(n));
}

/** A field's value with the lines that continue it (same paragraph, up to `end`). */
function fieldValue(lines: Lines, end: number, index: number, first: string): string {
  const parts = [first];
  for (let i = index + 1; i < end && !lines.paragraphStart(i) && lines.cls(i).kind === 'text'; i++) {
    parts.push(lines.text(i));
  }
  return parts.join(' ').trim();
}

/** The header fields from the lines before the first item (lines 0 … end - 1). */
export function readHeader(lines: Lines, end: number): MeetingHeader {
  const result: MeetingHeader = {
    kind: null,
    committee: null,
    date: null,
    time: null,
    location: null,
    participants: [],
    absent: [],
  };
  let titleDate = '';
  // Only title, field and contents lines count here (fields read the lines after them themselves).
  for (const i of lines.notable) {
    if (i >= end) break;
    const cls = lines.cls(i);
    if (cls.kind === 'toc-heading') break;
    if (cls.kind === 'meeting-title' && result.kind === null) {
      result.kind = cls.docKind;
      const { committee, dateText } = committeeFromTitle(cls.rest);
      result.committee = committee;
      titleDate = dateText;
      continue;
    }
    if (cls.kind !== 'field') continue;
    const value = fieldValue(lines, end, i, cls.value);
    switch (cls.field) {
      case 'date': {
        const found = findDateTime(value);
        if (found && result.date === null) {
          result.date = found.date;
          result.time = found.time;
        }
        break;
      }
      case 'location':
        result.location ??= value || null;
        break;
      case 'committee':
        result.committee ??= value || null;
        break;
      case 'participants':
        for (const name of splitNames(value)) {
          if (ABSENT_MARK.test(name)) result.absent.push(name.replace(ABSENT_MARK, ''));
          else result.participants.push(name);
        }
        break;
      case 'absent':
        result.absent.push(...splitNames(value));
        break;
    }
  }
  if (result.date === null && titleDate) {
    const found = findDateTime(titleDate);
    if (found) {
      result.date = found.date;
      result.time = found.time;
    }
  } else if (result.time === null && titleDate) {
    result.time = findDateTime(titleDate)?.time ?? null;
  }
  return result;
}

const KOMMUNE = /\b([A-ZÆØÅ][a-zæøåé]+(?:-[A-ZÆØÅ][a-zæøåé]+)?) Kommune\b/g;

/**
 * The municipality the text names as its own: the "<Name> Kommune" (capital K, a real
 * municipality) that occurs most, at least twice and clearly more than any other.
 */
export function findMunicipality(texts: Iterable<string>): string | null {
  const counts = new Map<string, number>();
  for (const text of texts) {
    if (!text.includes('Kommune')) continue;
    for (const m of text.matchAll(KOMMUNE)) {
      const name = municipalityNamed(m[1]!);
      if (name) counts.set(name, (counts.get(name) ?? 0) + 1);
    }
  }
  const ranked = [...counts.entries()].sort((a, b) => b[1] - a[1]);
  const [top, second] = ranked;
  if (!top || top[1] < 2) return null;
  if (second && top[1] < 2 * second[1]) return null;
  return top[0];
}
