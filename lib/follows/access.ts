/**
 * Whether Sagsspor may ask a portal, from the host patterns the browser says it has
 * (`permissions.getAll().origins`: the hosts the user granted, and in Chromium also the content
 * script's own match patterns, which let the extension fetch from those hosts as well).
 * `permissions.contains` is not used: Chromium answers false for a host that only a content
 * script pattern covers, though a fetch there works. Pure: no extension API here.
 */

/** Whether one match pattern (`*://host/*`, `https://*.lejre.dk/*`, `<all_urls>`) covers an origin. */
export function patternCovers(pattern: string, origin: string): boolean {
  let u: URL;
  try {
    u = new URL(origin);
  } catch {
    return false;
  }
  const scheme = u.protocol.slice(0, -1);
  if (scheme !== 'http' && scheme !== 'https') return false;
  if (pattern === '<all_urls>') return true;
  const m = /^(\*|https?):\/\/([^/]+)\/.*$/.exec(pattern);
  if (!m) return false;
  const [, patternScheme, patternHost] = m as unknown as [string, string, string];
  if (patternScheme !== '*' && patternScheme !== scheme) return false;
  const host = u.hostname.toLowerCase();
  const wanted = patternHost.toLowerCase().replace(/:\d+$/, '');
  if (wanted === '*') return true;
  if (wanted.startsWith('*.')) {
    const base = wanted.slice(2);
    return host === base || host.endsWith(`.${base}`);
  }
  return host === wanted;
}

export function originCovered(origin: string, patterns: readonly string[]): boolean {
  return patterns.some((p) => patternCovers(p, origin));
}

/** The host permission to ask for, for one portal: `https://dagsordener.lejre.dk/*`. */
export function accessPattern(origin: string): string {
  const u = new URL(origin);
  return `${u.protocol}//${u.hostname}/*`;
}
