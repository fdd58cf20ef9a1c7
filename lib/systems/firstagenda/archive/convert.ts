/**
 * A FirstAgenda API agenda → a Meeting, through the same parser as pages: the API's items
 * become hinted blocks (number, title, case number, the HTML fields as text, attachments) the
 * way the DOM adapter reads the portal's page, so an indexed meeting and a visited page give
 * the same items, decisions and case keys. The header comes from the API listing, which is
 * certain, rather than from the text. Pure (no DOM): runs in Node and in any extension context.
 */
import type { Meeting, TextBlock } from '../../../model.ts';
import { parseBlocks } from '../../../parser/index.ts';
import type { ApiCommittee, ApiItem, ApiMeeting, Dagsorden } from './api.ts';
import { htmlToBlocks } from './html-text.ts';

/** One meeting the archive will read: what the listing says about it. */
export interface PlannedMeeting {
  /** The API's meeting id (a GUID). */
  id: string;
  committeeId: string;
  committee: string;
  /** YYYY-MM-DD, HH:MM (local time as the portal shows it). */
  date: string;
  time: string | null;
  kind: 'referat' | 'dagsorden';
  /** "Tillægsdagsorden": a supplement, read only when its meeting has nothing else. */
  supplement: boolean;
  location: string | null;
  /** The portal's own page for the meeting (deep links go there). */
  url: string;
}

/** "Social- og Beskæftigelsesudvalget" → "Social--og-Beskaeftigelsesudvalget", as the portal's links spell it. */
export function portalSlug(text: string): string {
  return text
    .replace(/æ/g, 'ae').replace(/Æ/g, 'Ae').replace(/ø/g, 'oe').replace(/Ø/g, 'Oe').replace(/å/g, 'aa').replace(/Å/g, 'Aa')
    .replace(/[^A-Za-z0-9-]+/g, '-')
    .replace(/^-+|-+$/g, '');
}

/** `https://host/vis?Referat-Teknisk-Udvalg-d.06-10-2025-kl.16.00&id=<guid>`, the portal's link form. */
export function meetingPageUrl(origin: string, m: Pick<PlannedMeeting, 'id' | 'committee' | 'date' | 'time' | 'kind' | 'supplement'>): string {
  const [y, mo, d] = m.date.split('-');
  const type = m.supplement ? 'Tillaegsdagsorden' : m.kind === 'referat' ? 'Referat' : 'Dagsorden';
  const time = m.time === null ? '' : `-kl.${m.time.replace(':', '.')}`;
  return `${origin}/vis?${type}-${portalSlug(m.committee)}-d.${d}-${mo}-${y}${time}&id=${encodeURIComponent(m.id)}`;
}

/** The listing's meeting as a planned read; null when its date cannot be read. */
export function planMeeting(origin: string, committee: ApiCommittee, meeting: ApiMeeting): PlannedMeeting | null {
  const m = /^(\d{4}-\d{2}-\d{2})T(\d{2}):(\d{2})/.exec(meeting.Dato);
  if (!m) return null;
  const name = (meeting.Navn ?? '').trim().toLocaleLowerCase('da');
  const kind = name.startsWith('referat') ? 'referat' : 'dagsorden';
  const supplement = name.startsWith('tillæg');
  const time = m[2] === '00' && m[3] === '00' ? null : `${m[2]}:${m[3]}`;
  const base = { id: meeting.Id, committeeId: committee.Id, committee: committee.Navn.trim(), date: m[1]!, time, kind, supplement } as const;
  return { ...base, location: meeting.Sted?.trim() || null, url: meetingPageUrl(origin, base) };
}

function itemNumberOf(item: ApiItem, index: number): number {
  const raw = item.Punktnummer ?? item.Number;
  const n = typeof raw === 'number' ? raw : Number.parseInt(String(raw ?? '').trim(), 10);
  return Number.isFinite(n) ? n : index + 1;
}

function itemBlocks(origin: string, item: ApiItem, number: number, blocks: TextBlock[]): void {
  blocks.push({ text: String(number), hint: { role: 'item-number' } });
  const title = (item.Navn ?? item.Caption ?? '').replace(/\s+/g, ' ').trim();
  blocks.push({ text: title === '' ? `Punkt ${number}` : title, hint: { role: 'item-title' } });
  const caseNumber = (item.SagsNummer ?? item.CaseNumber ?? '').trim();
  if (caseNumber !== '') blocks.push({ text: caseNumber, hint: { role: 'case-number' } });
  for (const field of item.Felter ?? []) {
    const heading = (field.Navn ?? '').trim();
    if (heading !== '') blocks.push({ text: heading, hint: { role: 'section-heading', headingLevel: 3 } });
    if (field.Html) blocks.push(...htmlToBlocks(field.Html));
  }
  const attachments = (item.Bilag ?? []).filter((b) => (b.Navn ?? '').trim() !== '');
  if (attachments.length > 0) {
    blocks.push({ text: 'Bilag', hint: { role: 'section-heading', headingLevel: 3 } });
    for (const a of attachments) {
      const href = a.Id ? `${origin}/vis/pdf/bilag/${encodeURIComponent(a.Id)}/?redirectDirectlyToPdf=false` : undefined;
      blocks.push({ text: a.Navn!.trim(), hint: href ? { role: 'attachment', href } : { role: 'attachment' } });
    }
  }
}

/** The agenda as a Meeting of `municipality` (null: not known; the store then keys it by host). */
export function agendaToMeeting(origin: string, planned: PlannedMeeting, agenda: Dagsorden, municipality: string | null): Meeting {
  const items = agenda.Dagsordenpunkter.map((item, index) => ({ item, number: itemNumberOf(item, index), sorting: item.Sorting ?? index }))
    .sort((a, b) => a.sorting - b.sorting);
  const blocks: TextBlock[] = [];
  for (const { item, number } of items) itemBlocks(origin, item, number, blocks);
  const parsed = parseBlocks(blocks, { source: planned.url });
  const closed = new Set(items.filter((i) => i.item.IsOpen === false).map((i) => i.number));
  return {
    ...parsed,
    kind: planned.kind,
    municipality,
    committee: planned.committee,
    date: planned.date,
    time: planned.time,
    location: planned.location,
    items: parsed.items.map((i) => (closed.has(i.number) ? { ...i, closed: true } : i)),
    // The header was not in the text; the listing gave it.
    warnings: parsed.warnings.filter((w) => w.code !== 'no-date'),
  };
}
