/**
 * Cleaning one line: composed letters (NFC), no invisible characters, single plain spaces,
 * trimmed. The rules of stage 1 (normalize.ts), on their own so the line table can apply them
 * to a line when it is first read.
 */

// Zero-width characters and soft hyphens that PDF and HTML text carry invisibly.
const INVISIBLE = /[\u00AD\u200B-\u200D\u2060\uFEFF]/g;
const HAS_INVISIBLE = /[\u00AD\u200B-\u200D\u2060\uFEFF]/;
// Runs of white space, but for a lone plain space (which would be replaced by itself): a run
// that starts with another space character, or a plain space and more.
const SPACES = /[\t\u00A0\u2000-\u200A\u202F\u205F\u3000][ \t\u00A0\u2000-\u200A\u202F\u205F\u3000]*| [ \t\u00A0\u2000-\u200A\u202F\u205F\u3000]+/g;

const NEEDS_NFC = /[\u0300-\u036f]/;
const ODD_SPACE = /[\t\u00A0\u2000-\u200A\u202F\u205F\u3000]| {2}/;

export function normalizeText(text: string): string {
  // Each step only where needed: most lines are already clean.
  let out = NEEDS_NFC.test(text) ? text.normalize('NFC') : text;
  if (HAS_INVISIBLE.test(out)) out = out.replace(INVISIBLE, '');
  if (ODD_SPACE.test(out)) out = out.replace(SPACES, ' ');
  return out.trim();
}

/**
 * normalizeText of a text known to hold odd spaces and no combining marks or invisible
 * characters: only the spaces are cleaned, without first testing for them.
 */
export function normalizeSpaces(text: string): string {
  return text.replace(SPACES, ' ').trim();
}
