/**
 * "Kopiér som tekst": a case as plain text for a report or an e-mail — the treatments newest
 * first with decisions, treatments known only from "Sagens forløb", the user's notes and
 * links. Pure; the labels come from the caller (i18n), dates are formatted by the caller.
 */
import type { CaseDossier } from '../store/trail.ts';

export interface ReportLabels {
  heading: (caseNumber: string, municipality: string | null) => string;
  item: (number: number) => string;
  decision: string;
  outcome: (outcome: string) => string;
  fromHistory: string;
  notes: string;
  seeAlso: string;
  date: (iso: string | null) => string;
}

export function caseReport(d: CaseDossier, l: ReportLabels): string {
  const out: string[] = [l.heading(d.caseNumber, d.municipality)];
  if (d.titles[0]) out.push(d.titles[0]);
  out.push('');
  for (const t of d.treatments) {
    out.push(`${l.date(t.meetingDate)} · ${t.committee ?? ''} · ${l.item(t.itemNumber)}: ${t.title}`);
    if (t.decision) out.push(`  ${l.decision} (${l.outcome(t.outcome)}): ${t.decision.replace(/\n/g, '\n  ')}`);
    if (t.link) out.push(`  ${t.link}`);
    for (const link of t.links) out.push(`  ${l.seeAlso}: ${l.date(link.other.meetingDate)} · ${link.other.committee ?? ''} · ${link.other.title}${link.note ? ` — ${link.note}` : ''}`);
    out.push('');
  }
  if (d.mentions.length > 0) {
    out.push(l.fromHistory);
    for (const m of d.mentions) out.push(`  ${l.date(m.date)} · ${m.committee}: ${m.decision.replace(/\n/g, ' ')}`);
    out.push('');
  }
  const notes = d.bookmarks.filter((b) => b.note.trim() !== '');
  if (notes.length > 0) {
    out.push(l.notes);
    for (const b of notes) out.push(`  ${l.date(b.meetingDate)} · ${l.item(b.itemNumber)}: ${b.note.replace(/\n/g, '\n    ')}`);
  }
  return out.join('\n').trimEnd() + '\n';
}
