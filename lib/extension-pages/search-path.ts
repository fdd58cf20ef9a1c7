/**
 * Addresses of the case page (case.html). The search for what the user typed or selected (the
 * omnibox keyword "sag …", the context menu "Find sagen i Sagsspor"): `case.html?q=<text>`, the
 * text trimmed and cut to a sane length.
 */
export const SEARCH_TEXT_MAX = 200;

export function searchPagePath(text: string): string {
  const q = text.replace(/\s+/g, ' ').trim().slice(0, SEARCH_TEXT_MAX);
  return q === '' ? '/case.html' : `/case.html?q=${encodeURIComponent(q)}`;
}

/** The case view of one case: `case.html?m=<municipality key>&c=<case number>`. */
export function casePagePath(municipalityKey: string, caseNumber: string): string {
  return `/case.html?m=${encodeURIComponent(municipalityKey)}&c=${encodeURIComponent(caseNumber)}`;
}
