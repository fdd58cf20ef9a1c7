/**
 * Pure helpers of follows: the identity that makes a follow unique, the portal a page belongs
 * to, and the key of a portal's listed meeting. No Dexie, no extension API.
 */
import { normaliseCaseNumber, slug } from '../store/keys.ts';
import type { FollowTarget } from './model.ts';

/** Words of a saved search as they are compared: composed, lower-case, single spaces. */
export function normaliseWords(words: string): string {
  return words.normalize('NFC').trim().replace(/\s+/g, ' ').toLocaleLowerCase('da');
}

/**
 * What makes two follows the same: the same case number in the same municipality; the same
 * committee (by name) of the same municipality; the same words, place and outcomes.
 */
export function followIdentity(target: FollowTarget): string {
  switch (target.kind) {
    case 'case':
      return `case|${target.municipalityKey}|${normaliseCaseNumber(target.caseNumber)}`;
    case 'committee':
      return `committee|${target.municipalityKey}|${slug(target.committee)}`;
    case 'search':
      return `search|${target.municipalityKey ?? '*'}|${normaliseWords(target.words)}|${[...target.outcomes].sort().join(',')}`;
  }
}

/**
 * Hosts of minutes systems Sagsspor reads pages of that are not FirstAgenda Publication portals
 * (lib/hosts.ts OTHER_SYSTEMS): their cases can be followed only where a portal answers.
 */
const NOT_FIRSTAGENDA_HOSTS = [/^(www\.)?kk\.dk$/i, /^polweb\.nethotel\.dk$/i];

/** The portal (origin) whose JSON API would be asked about a page's meetings; null when there is none to ask. */
export function portalOfPage(url: string): string | null {
  let u: URL;
  try {
    u = new URL(url);
  } catch {
    return null;
  }
  if (u.protocol !== 'http:' && u.protocol !== 'https:') return null;
  if (NOT_FIRSTAGENDA_HOSTS.some((re) => re.test(u.hostname))) return null;
  return u.origin;
}

/** The key under which a check remembers a listed meeting: its API id and what it was listed as. */
export function listedKey(meeting: { id: string; kind: string; supplement: boolean }): string {
  return `${meeting.id}|${meeting.supplement ? 'tillaeg' : meeting.kind}`;
}
