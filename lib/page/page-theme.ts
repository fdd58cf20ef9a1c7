/**
 * The look of Sagsspor on a minutes page. Outcomes are told apart by word, symbol and colour
 * (never colour alone), and the colours hold in light and dark mode. The decision colours are
 * the user's (options page); the defaults are those of the settings.
 */
import { PENDING_COLOUR } from '../outcome-palette.ts';

export { OUTCOME_SYMBOL, OUTCOME_TONE, type Tone } from '../outcome-palette.ts';

export interface PageColours {
  positive: string;
  negative: string;
  neutral: string;
  bookmark: string;
  /** The options' theme: 'system' (the default) follows the system's light or dark. */
  theme?: 'system' | 'light' | 'dark';
}

/** Sagsspor's own surfaces in light and dark. In dark, the parts set in the page's text get a
 * dark surface of their own, so light text never sits on a light site. */
const LIGHT_UI = '--ss-bg:#fff;--ss-fg:#1f2328;--ss-muted:#59636e;--ss-line:#d1d9e0;--ss-accent:#0969da;--ss-surface:transparent;--ss-pad:0';
const DARK_UI = '--ss-bg:#151b23;--ss-fg:#f0f6fc;--ss-muted:#9198a1;--ss-line:#3d444d;--ss-accent:#4493f8;--ss-surface:#151b23;--ss-pad:.3em .5em';

/** `rule` in dark mode: always, never, or when the system is dark. */
function whenDark(theme: PageColours['theme'], rule: string): string {
  if (theme === 'light') return '';
  if (theme === 'dark') return rule;
  return `@media (prefers-color-scheme:dark){${rule}}`;
}

const vars = (c: PageColours) =>
  `--ss-positive:${c.positive};--ss-negative:${c.negative};--ss-neutral:${c.neutral};--ss-pending:${PENDING_COLOUR};--ss-bookmark:${c.bookmark};`;

/** Our wrappers in the page itself: the decision highlight, case-number marks, in-page links, the flash. */
export function pageMarksCss(c: PageColours): string {
  return `
:root{${vars(c)}}
[data-sagsspor-outcome]{border-inline-start:4px solid var(--ss-neutral);padding-inline-start:.6em;margin-block:.4em;background:color-mix(in srgb,var(--ss-neutral) 7%,transparent)}
[data-sagsspor-outcome][data-sagsspor-tone=positive]{border-color:var(--ss-positive);background:color-mix(in srgb,var(--ss-positive) 8%,transparent)}
[data-sagsspor-outcome][data-sagsspor-tone=negative]{border-color:var(--ss-negative);border-inline-start-style:double;border-inline-start-width:6px;background:color-mix(in srgb,var(--ss-negative) 8%,transparent)}
[data-sagsspor-outcome][data-sagsspor-tone=pending]{border-color:var(--ss-pending);border-inline-start-style:dashed;background:color-mix(in srgb,var(--ss-pending) 8%,transparent)}
span[data-sagsspor-case]{text-decoration:underline dotted 2px;text-underline-offset:3px;cursor:pointer;border-radius:3px;background:color-mix(in srgb,#0969da 10%,transparent)}
span[data-sagsspor-case]:hover,span[data-sagsspor-case]:focus-visible{background:color-mix(in srgb,#0969da 22%,transparent);outline:2px solid #0969da}
a[data-sagsspor-ref]{text-decoration:underline;text-decoration-style:solid;color:inherit;cursor:pointer}
[data-sagsspor-flash]{animation:sagsspor-flash 1.6s ease-out 1}
@keyframes sagsspor-flash{0%,40%{box-shadow:0 0 0 4px #0969da;background-color:color-mix(in srgb,#0969da 15%,transparent)}100%{box-shadow:none}}
${whenDark(c.theme, 'span[data-sagsspor-case]{background:color-mix(in srgb,#4493f8 22%,transparent)}')}
@media (prefers-reduced-motion:reduce){[data-sagsspor-flash]{animation:none;outline:3px solid #0969da}}
`;
}

/** Inside our shadow roots. */
export function pageUiCss(c: PageColours): string {
  return `
:host{all:initial;${vars(c)};${LIGHT_UI};font:14px/1.4 system-ui,-apple-system,"Segoe UI",Roboto,sans-serif;color:var(--ss-fg)}
${whenDark(c.theme, `:host{${DARK_UI}}`)}
:host([data-sagsspor-part=decision]),:host([data-sagsspor-part=closed]),:host([data-sagsspor-part=history]){display:block;margin:.2em 0 .3em;background:var(--ss-surface);padding:var(--ss-pad);border-radius:6px}
:host([data-sagsspor-part=pdf-button]){background:var(--ss-surface);border-radius:6px}
*{box-sizing:border-box}
button{font:inherit;color:inherit;cursor:pointer}
.bookmarked{outline:2px solid var(--ss-bookmark);outline-offset:2px;border-radius:4px}
.bar{display:flex;flex-wrap:wrap;gap:.4em;align-items:center}
.badge{display:inline-flex;align-items:center;gap:.3em;padding:.1em .55em;border-radius:999px;font-weight:600;font-size:12.5px;border:1.5px solid var(--tone);color:var(--ss-fg);background:color-mix(in srgb,var(--tone) 16%,var(--ss-bg))}
.badge .sym{font-weight:700;color:var(--tone)}
.tone-positive{--tone:var(--ss-positive)}
.tone-negative{--tone:var(--ss-negative)}
.tone-neutral{--tone:var(--ss-neutral)}
.tone-pending{--tone:var(--ss-pending)}
.tone-negative.badge{border-style:double;border-width:3px}
.tone-pending.badge{border-style:dashed}
.label{color:var(--ss-muted);font-size:12.5px}
.chip{font-size:12px;padding:.05em .5em;border-radius:4px;border:1px solid var(--ss-line);background:var(--ss-bg);color:var(--ss-muted)}
.icon-btn{border:1px solid var(--ss-line);background:var(--ss-bg);border-radius:6px;padding:.1em .5em}
.icon-btn[aria-pressed=true]{border-color:var(--ss-bookmark);background:color-mix(in srgb,var(--ss-bookmark) 18%,var(--ss-bg))}
.toggle{position:fixed;right:12px;bottom:12px;z-index:2147483646;display:inline-flex;align-items:center;gap:.35em;max-width:calc(100vw - 24px);white-space:nowrap;font-size:12.5px;font-weight:600;border:1px solid var(--ss-line);border-radius:999px;background:var(--ss-bg);color:var(--ss-fg);padding:.3em .75em;box-shadow:0 2px 8px #0003}
.toggle:hover,.toggle:focus-visible{border-color:var(--ss-accent);outline:2px solid var(--ss-accent);outline-offset:1px}
.toggle .sym{color:var(--ss-accent);font-weight:700}
.outline{position:fixed;inset-block:12px;inset-inline-end:12px;z-index:2147483646;width:min(360px,90vw);display:flex;flex-direction:column;background:var(--ss-bg);border:1px solid var(--ss-line);border-radius:10px;box-shadow:0 8px 24px #0004}
.outline header{display:flex;justify-content:space-between;align-items:center;padding:.6em .8em;border-block-end:1px solid var(--ss-line)}
.outline h2{font-size:15px;margin:0}
.outline .meta{color:var(--ss-muted);font-size:12.5px;padding:.3em .8em}
.outline ol{list-style:none;margin:0;padding:.2em;overflow:auto;flex:1}
.outline li button{display:grid;grid-template-columns:2.2em minmax(0,1fr);gap:.1em .4em;width:100%;text-align:start;border:0;background:none;padding:.45em .5em;border-radius:6px}
.outline li button:hover,.outline li button:focus-visible{background:color-mix(in srgb,var(--ss-accent) 12%,var(--ss-bg))}
.outline .num{font-weight:700;color:var(--ss-muted);grid-row:span 2}
.outline .title{font-weight:600;overflow-wrap:anywhere}
.outline .sub{display:flex;gap:.3em;flex-wrap:wrap}
.card{position:fixed;z-index:2147483647;width:min(380px,92vw);overflow-wrap:anywhere;background:var(--ss-bg);border:1px solid var(--ss-line);border-radius:10px;box-shadow:0 8px 24px #0004;padding:.8em}
.card h3{margin:0 0 .3em;font-size:15px}
.card dl{display:grid;grid-template-columns:auto 1fr;gap:.2em .8em;margin:.4em 0}
.card dt{color:var(--ss-muted)}
.card dd{margin:0;font-family:ui-monospace,monospace}
.card ul{list-style:none;padding:0;margin:.3em 0}
.card li{padding:.3em 0;border-block-start:1px solid var(--ss-line)}
.card a{color:var(--ss-accent)}
.empty{color:var(--ss-muted);font-style:italic}
.close{border:0;background:none;font-size:18px;line-height:1}
.timeline{list-style:none;margin:.3em 0;padding:0 0 0 .9em;border-inline-start:2px solid var(--ss-line)}
.timeline li{position:relative;padding:.25em 0 .35em .4em}
.timeline li::before{content:"";position:absolute;inset-inline-start:-1.28em;inset-block-start:.6em;width:.6em;height:.6em;border-radius:50%;background:var(--ss-accent)}
.timeline .when{font-weight:600}
.timeline .what{color:var(--ss-muted)}
.editor{display:grid;gap:.4em;margin:.4em 0;max-width:34em}
.editor label{display:grid;gap:.15em;color:var(--ss-muted);font-size:12.5px}
.editor textarea,.editor input{font:inherit;color:var(--ss-fg);background:var(--ss-bg);border:1px solid var(--ss-line);border-radius:6px;padding:.3em .45em}
.missing{border-block-start:1px solid var(--ss-line);padding:.4em .8em;max-height:30%;overflow:auto}
.missing h3{font-size:13px;margin:.2em 0}
.missing blockquote{margin:.2em 0 .5em;padding-inline-start:.6em;border-inline-start:3px solid var(--ss-bookmark);color:var(--ss-muted)}
.sr{position:absolute;width:1px;height:1px;overflow:hidden;clip:rect(0 0 0 0)}
`;
}

export const DEFAULT_PAGE_COLOURS: PageColours = { positive: '#1a7f37', negative: '#cf222e', neutral: '#6e7781', bookmark: '#bf8700' };
