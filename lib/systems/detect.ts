/**
 * Is this page minutes or an agenda, and whose? Every system of the registry is asked for one
 * kind of signal before any is asked for the next, cheapest first:
 *   1. signatures: constant-time lookups of a system's own ids (FirstAgenda's portal);
 *   2. the address and the page title: when neither speaks of minutes the page is not read further;
 *   3. the systems' markup, all selectors in one walk over the page;
 *   4. the address forms of the systems' minutes pages;
 *   5. a bounded look at the headings (the generic pages).
 * It never reads the whole text of the page: on a large page that is not minutes, detection costs
 * a few lookups (`npm run bench`, detectNonMinutesMs). The parser has the last word: a page
 * detected here but without items is still left alone.
 */
import type { TextBlock } from '../model.ts';
import { GENERIC, SYSTEMS, type System, type SystemId } from './index.ts';

export type DetectionReason =
  /** The system's own ids. */
  | 'signature'
  | 'markup'
  | 'url'
  | 'content'
  /** The user asked to read the page ("Analysér denne side"). */
  | 'asked';

export type Detection =
  /** A meeting page of `system` (its items may still be arriving by script). */
  | { kind: 'meeting'; system: SystemId; reason: DetectionReason }
  | { kind: 'none'; reason: 'listing' | 'no-signal' };

const TITLE_WORDS = /\b(?:referat|dagsorden|beslutningsprotokol|mødeprotokol)/i;

/** All systems' markup in one selector: one walk over the page, stopping at the first match. */
const ANY_MARKUP = SYSTEMS.flatMap((s) => (s.detect.markup ? [s.detect.markup] : [])).join(',');

/** The address's decoded path and query (what the systems' address forms are written for). */
function pathOf(url: string): string | null {
  try {
    const parsed = new URL(url);
    return decodeURIComponent(parsed.pathname) + parsed.search;
  } catch {
    // Not an address (a test's about:blank, the CLI's file): the other signals decide.
    return null;
  }
}

function systemByUrl(url: string): System | null {
  const path = pathOf(url);
  if (path === null) return null;
  return SYSTEMS.find((s) => s.detect.urls?.some((re) => re.test(path))) ?? null;
}

/** The first system, in the registry's order, whose markup is on the page. */
function systemByMarkup(doc: Document): System | null {
  if (ANY_MARKUP === '' || doc.querySelector(ANY_MARKUP) === null) return null;
  return SYSTEMS.find((s) => s.detect.markup !== undefined && doc.querySelector(s.detect.markup) !== null) ?? null;
}

type Recognised = { system: System; kind: 'meeting' | 'listing'; reason: DetectionReason };

function bySignature(doc: Document): Recognised | null {
  for (const system of SYSTEMS) {
    const kind = system.detect.signature?.(doc) ?? null;
    if (kind !== null) return { system, kind, reason: 'signature' };
  }
  return null;
}

export function detectMinutes(doc: Document, url: string): Detection {
  const signed = bySignature(doc);
  if (signed !== null) {
    return signed.kind === 'listing' ? { kind: 'none', reason: 'listing' } : { kind: 'meeting', system: signed.system.id, reason: 'signature' };
  }
  const byUrl = systemByUrl(url);
  // Neither the address nor the title speaks of minutes: the page is not looked at further.
  if (byUrl === null && !TITLE_WORDS.test(doc.title)) return { kind: 'none', reason: 'no-signal' };
  const byMarkup = systemByMarkup(doc);
  if (byMarkup !== null) return { kind: 'meeting', system: byMarkup.id, reason: 'markup' };
  if (byUrl !== null) return { kind: 'meeting', system: byUrl.id, reason: 'url' };
  const byContent = SYSTEMS.find((s) => s.detect.content?.(doc) ?? false);
  if (byContent !== undefined) return { kind: 'meeting', system: byContent.id, reason: 'content' };
  return { kind: 'none', reason: 'no-signal' };
}

/**
 * A saved page given to the CLI, read as minutes (the user said it is), by the adapter the
 * extension would use on it: the same signals as `detectMinutes` without the minutes test. A
 * system's listing gives no blocks: its search results are not minutes text.
 */
export function blocksFromDocument(doc: Document, url = ''): { system: SystemId; blocks: TextBlock[] } {
  const signed = bySignature(doc);
  const system = signed?.system ?? systemByMarkup(doc) ?? systemByUrl(url) ?? GENERIC;
  return { system: system.id, blocks: signed?.kind === 'listing' ? [] : system.blocks(doc) };
}
