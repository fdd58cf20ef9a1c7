/**
 * Whether the site itself is light or dark where its text is, so Sagsspor's parts set in the
 * page's text (decision bar, "Sagens forløb") know whether they may let the site show through:
 * light text on a light site, or dark text on a dark one, would not read (lib/page/page-theme.ts).
 * Read from the computed background behind a few points of the viewport's middle band, where
 * minutes text is; a background image is not seen, and an unpainted page is the canvas's white.
 */

export type SiteTone = 'light' | 'dark';

/** WCAG relative luminance of an sRGB colour, 0 (black) to 1 (white). */
export function relativeLuminance(r: number, g: number, b: number): number {
  const lin = (v: number) => {
    const c = v / 255;
    return c <= 0.03928 ? c / 12.92 : ((c + 0.055) / 1.055) ** 2.4;
  };
  return 0.2126 * lin(r) + 0.7152 * lin(g) + 0.0722 * lin(b);
}

const alphaOf = (text: string | undefined) => (text === undefined ? 1 : text.endsWith('%') ? Number(text.slice(0, -1)) / 100 : Number(text));

/**
 * A computed background colour as 0–255 sRGB, or null when it is mostly transparent or not
 * read: `rgb()`/`rgba()` (what browsers compute), `color(srgb …)` (a computed color-mix()), `#hex`.
 */
export function opaqueRgb(css: string): [number, number, number] | null {
  const text = css.trim().toLowerCase();
  const rgb = /^rgba?\(\s*([\d.]+)[,\s]+([\d.]+)[,\s]+([\d.]+)(?:\s*[,/]\s*([\d.]+%?))?\s*\)$/.exec(text);
  if (rgb !== null) return alphaOf(rgb[4]) >= 0.5 ? [Number(rgb[1]), Number(rgb[2]), Number(rgb[3])] : null;
  const srgb = /^color\(srgb\s+([\d.]+)\s+([\d.]+)\s+([\d.]+)(?:\s*\/\s*([\d.]+%?))?\s*\)$/.exec(text);
  if (srgb !== null) return alphaOf(srgb[4]) >= 0.5 ? [Number(srgb[1]) * 255, Number(srgb[2]) * 255, Number(srgb[3]) * 255] : null;
  const hex = /^#([\da-f]{3,4}|[\da-f]{6}|[\da-f]{8})$/.exec(text)?.[1];
  if (hex === undefined) return null;
  const full = hex.length <= 4 ? [...hex].map((d) => d + d).join('') : hex;
  const alpha = full.length === 8 ? parseInt(full.slice(6, 8), 16) / 255 : 1;
  return alpha >= 0.5 ? [parseInt(full.slice(0, 2), 16), parseInt(full.slice(2, 4), 16), parseInt(full.slice(4, 6), 16)] : null;
}

/** The first mostly opaque background from `el` up to the root, or null when none is painted. */
function backgroundBehind(el: Element | null, view: Window): [number, number, number] | null {
  for (let node = el; node !== null; node = node.parentElement) {
    const rgb = opaqueRgb(view.getComputedStyle(node).backgroundColor);
    if (rgb !== null) return rgb;
  }
  return null;
}

/**
 * The site's tone: the majority of the backgrounds behind three points across the middle of
 * the viewport (and the body's when no point hits an element). Dark below luminance 0.18, where
 * black and white text would contrast about equally.
 */
export function siteTone(doc: Document): SiteTone {
  const view = doc.defaultView;
  if (view === null) return 'light';
  const width = view.innerWidth || 1280;
  const height = view.innerHeight || 800;
  const samples = [0.3, 0.5, 0.7]
    .map((x) => (typeof doc.elementFromPoint === 'function' ? doc.elementFromPoint(width * x, height / 2) : null))
    .filter((el): el is Element => el !== null);
  const points = samples.length > 0 ? samples : [doc.body ?? doc.documentElement];
  let dark = 0;
  for (const el of points) {
    const rgb = backgroundBehind(el, view);
    if (rgb !== null && relativeLuminance(...rgb) < 0.18) dark++;
  }
  return dark * 2 > points.length ? 'dark' : 'light';
}
