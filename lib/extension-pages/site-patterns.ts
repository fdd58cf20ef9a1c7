/** Turning what a person types ("dagsordener.aarhus.dk", a full URL, "*.lejre.dk") into a host permission pattern. */

/** `*://<host>/*` for the site typed, or null when it is not a site address. */
export function originPattern(input: string): string | null {
  let text = input.trim();
  if (text === '') return null;
  let wildcard = false;
  text = text.replace(/^[a-z*]+:\/\//i, '');
  if (text.startsWith('*.')) {
    wildcard = true;
    text = text.slice(2);
  }
  const hostPart = text.split(/[/?#]/)[0] ?? '';
  if (hostPart === '' || /[*\s@]/.test(hostPart)) return null;
  let host: string;
  try {
    host = new URL(`https://${hostPart}`).hostname;
  } catch {
    return null;
  }
  if (!host.includes('.') && host !== 'localhost') return null;
  return `*://${wildcard ? '*.' : ''}${host}/*`;
}

/** The host a pattern covers, for display: `*://*.lejre.dk/*` → `*.lejre.dk`. */
export function patternHost(pattern: string): string {
  const m = /^[^:]+:\/\/([^/]+)\//.exec(pattern);
  return m ? m[1]! : pattern;
}
