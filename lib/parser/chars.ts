/** Character tests by code unit, for scans that must not cut strings. */

/**
 * `text.length` and `text.charCodeAt(index)` for the tests that run on every line. A line's text
 * is one of several of V8's string representations (a view into the source, a short copy, a
 * cleaned string; one or two bytes a character), and once a place in the code has seen more
 * than four of them, a property read there takes V8's slowest, generic look-up (6 % of a parse
 * of the seeds). Through these the length is read directly (`text + ''` is known to be a
 * string, whatever its representation) and the method is taken from String.prototype.
 */
export function lengthOf(text: string): number {
  return (text + '').length;
}

export function codeAt(text: string, index: number): number {
  return String.prototype.charCodeAt.call(text, index);
}

/** White space as `String.prototype.trim` and `\s` know it. */
export function isSpace(c: number): boolean {
  if (c <= 32) return c === 32 || (c >= 9 && c <= 13);
  if (c < 0xa0) return false;
  return c === 0xa0 || c === 0x1680 || (c >= 0x2000 && c <= 0x200a) || c === 0x2028 || c === 0x2029 || c === 0x202f || c === 0x205f || c === 0x3000 || c === 0xfeff;
}

/** A character up to U+00FF in lower case (A-Z and À-Þ but ×); others as they are. */
export function lowerLatin1(c: number): number {
  return (c >= 0x41 && c <= 0x5a) || (c >= 0xc0 && c <= 0xde && c !== 0xd7) ? c | 0x20 : c;
}

/** An ASCII digit (what `\d` matches). */
export function isDigit(c: number): boolean {
  return c >= 48 && c <= 57;
}
