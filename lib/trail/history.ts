/**
 * "Sagens forløb" / "Behandlingsforløb" entries resolved to stored items. Pure: the caller
 * passes the stored treatments of the same case; an entry resolves when exactly one of them
 * was on the entry's date in the entry's committee, else it stays plain text (committee +
 * date), because guessing wrong would send the user to another committee's decision.
 */
import type { RelatedItem, ResolvedHistory, TrailHistoryEntry } from '../messages/trail.ts';

/** Words that say "committee" and carry no name; dropped before comparing names. */
const FILLER = new Set(['udvalget', 'udvalg', 'for', 'og', 'i', 'af', 'the', 'committee', 'kommune']);

/**
 * "Udvalget for Social, Sundhed og Ældre - 2022 - 2025" → ["social", "sundhed", "ældre"]:
 * lower case, the election period (years) and filler words removed.
 */
export function committeeWords(name: string): string[] {
  return name
    .normalize('NFC')
    .toLocaleLowerCase('da')
    .replace(/\b(?:19|20)\d{2}\b/g, ' ')
    .split(/[^\p{L}\p{N}]+/u)
    .filter((w) => w !== '' && !FILLER.has(w) && !/^\d+$/.test(w));
}

/** "Udvalget for Børn og Ungdom" → "BU": initials of the name words (Lejre-style codes). */
export function committeeInitials(name: string): string {
  return committeeWords(name)
    .map((w) => w[0] ?? '')
    .join('')
    .toLocaleUpperCase('da');
}

export type CommitteeMatch = 'same' | 'initials' | 'none';

/**
 * How sure two committee names mean the same body: 'same' when their name words agree (one may
 * add words, e.g. a "- 2022-2025" period or "Udvalget for"), 'initials' when one is the other's
 * code (SSÆ ↔ Social, Sundhed og Ældre), else 'none'.
 */
export function matchCommittee(a: string | null, b: string | null): CommitteeMatch {
  if (a === null || b === null) return 'none';
  const wa = committeeWords(a);
  const wb = committeeWords(b);
  if (wa.length === 0 || wb.length === 0) return 'none';
  const [short, long] = wa.length <= wb.length ? [wa, wb] : [wb, wa];
  if (short.every((w) => long.includes(w))) return 'same';
  const code = (words: string[]) => (words.length === 1 && /^[\p{Lu}]{2,8}$/u.test(words[0]!.toLocaleUpperCase('da')) ? words[0]!.toLocaleUpperCase('da') : null);
  const ca = code(wa);
  const cb = code(wb);
  if (ca !== null && cb === null && ca === committeeInitials(b)) return 'initials';
  if (cb !== null && ca === null && cb === committeeInitials(a)) return 'initials';
  return 'none';
}

/**
 * Resolve each entry against `treatments` (stored items of the same case). Among the items of
 * the entry's date, one whose committee is the same wins; failing that, one whose committee
 * code matches; two candidates of equal strength leave the entry as text.
 */
export function resolveHistory(entries: readonly TrailHistoryEntry[], treatments: readonly RelatedItem[]): ResolvedHistory[] {
  const byDate = new Map<string, RelatedItem[]>();
  for (const t of treatments) {
    if (t.meetingDate === null) continue;
    const list = byDate.get(t.meetingDate) ?? [];
    list.push(t);
    byDate.set(t.meetingDate, list);
  }
  return entries.map((entry) => {
    const sameDay = byDate.get(entry.date) ?? [];
    // null: nothing of that strength; 'ambiguous': several meetings (never guess between them).
    const pick = (strength: CommitteeMatch): RelatedItem | null | 'ambiguous' => {
      const found = sameDay.filter((t) => matchCommittee(entry.body, t.committee) === strength);
      const meetings = new Set(found.map((t) => t.meetingId));
      if (meetings.size > 1) return 'ambiguous';
      // Two items of one meeting with the case are one treatment: take the first.
      return found.sort((a, b) => a.itemNumber - b.itemNumber)[0] ?? null;
    };
    const same = pick('same');
    const chosen = same !== null ? same : pick('initials');
    const item = chosen === 'ambiguous' ? null : chosen;
    return { entry: { date: entry.date, body: entry.body, decision: entry.decision }, item };
  });
}
