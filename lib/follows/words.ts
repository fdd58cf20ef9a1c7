/**
 * Follows and news in words, in the chosen language (lib/i18n.ts), for the pages and the
 * notifications: what a follow follows, the result of its last check (a failure in words, the
 * technical reason kept apart), and what a news entry says.
 */
import { formatDate, t } from '../i18n.ts';
import { plural } from '../plural.ts';
import { siteOfKey } from '../store/keys.ts';
import type { CheckError, CheckResult, FollowRow, FollowTarget, NewsRow } from './model.ts';

/** "Lejre", or the site's host for a site that is not a known portal. */
export function placeLabel(target: Pick<FollowTarget, 'municipality' | 'municipalityKey' | 'portal'>): string {
  if (target.municipalityKey === null) return t('follow_allMunicipalities');
  if (target.municipality !== null) return target.municipality;
  const site = siteOfKey(target.municipalityKey);
  if (site !== null) return site;
  if (target.portal !== null) return new URL(target.portal).host;
  return target.municipalityKey;
}

/** What a follow follows, in words: "Sag 24-002111 · Lejre". */
export function targetLabel(target: FollowTarget): string {
  switch (target.kind) {
    case 'case':
      return t('follow_labelCase', [target.caseNumber, placeLabel(target)]);
    case 'committee':
      return t('follow_labelCommittee', [target.committee, placeLabel(target)]);
    case 'search': {
      const outcomes = target.outcomes.map((o) => t(`outcome_${o}`)).join(', ');
      const base = t('follow_labelSearch', [target.words, placeLabel(target)]);
      return outcomes === '' ? base : `${base} · ${outcomes}`;
    }
  }
}

/** The user's name for a follow, else what it follows. */
export function followLabel(follow: Pick<FollowRow, 'name' | 'target'>): string {
  return follow.name ?? targetLabel(follow.target);
}

export function kindLabel(kind: FollowTarget['kind']): string {
  return t(`follow_kind_${kind}`);
}

function hostOf(origin: string | null): string {
  if (origin === null) return '';
  try {
    return new URL(origin).host;
  } catch {
    return origin;
  }
}

/** Why a check failed, in words a person can act on. */
export function checkErrorText(error: CheckError): string {
  return t(`follow_error_${error.code.replace(/-/g, '_')}`, hostOf(error.portal));
}

/** "ok, intet nyt" · "3 nye" · "fejlede: portalen svarede ikke inden for tiden". */
export function resultText(result: CheckResult): string {
  if (result.status === 'failed' && result.error !== null) return t('follow_resultFailed', checkErrorText(result.error));
  if (result.newCount === 0) return t('follow_resultNothingNew');
  return plural('count_newMatches', result.newCount);
}

/** A time as people read it: "12. marts 2026 kl. 14.05" / "12 March 2026 at 14:05". */
export function formatTime(iso: string): string {
  const d = new Date(iso);
  if (Number.isNaN(d.getTime())) return iso;
  const time = d.toLocaleTimeString(t('follow_timeLocale'), { hour: '2-digit', minute: '2-digit' });
  return t('follow_dateTime', [formatDate(localDate(d)), time]);
}

function localDate(d: Date): string {
  const pad = (n: number) => String(n).padStart(2, '0');
  return `${d.getFullYear()}-${pad(d.getMonth() + 1)}-${pad(d.getDate())}`;
}

/** A news entry's follow named from the entry itself (the follow may be gone, or not loaded yet). */
export function entryFollowLabel(entry: NewsRow): string {
  if (entry.followName !== null) return entry.followName;
  const place = { municipalityKey: entry.municipalityKey, municipality: entry.municipality, portal: null };
  if (entry.followKind === 'case' && entry.caseNumbers[0] !== undefined) return targetLabel({ kind: 'case', ...place, caseNumber: entry.caseNumbers[0] });
  if (entry.followKind === 'committee' && entry.committee !== null) return targetLabel({ kind: 'committee', ...place, committee: entry.committee, committeeId: null });
  return kindLabel(entry.followKind);
}

/** The meeting and item of a news entry: "Økonomiudvalget · 12. marts 2026 · punkt 3". */
export function newsPlace(entry: NewsRow): string {
  const parts = [entry.committee ?? t('common_unknownCommittee'), formatDate(entry.meetingDate)];
  if (entry.itemNumber !== null) parts.push(t('card_itemNo', String(entry.itemNumber)));
  return parts.join(' · ');
}

/** What changed: on the agenda, in the minutes, or "nu med beslutning: Godkendt". */
export function newsChange(entry: NewsRow): string {
  if (entry.change === 'decision') return entry.itemNumber === null ? t('news_nowMinutes') : t('news_nowDecision', t(`outcome_${entry.outcome}`));
  return entry.meetingKind === 'referat' ? t('news_inMinutes') : t('news_onAgenda');
}
