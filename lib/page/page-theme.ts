/**
 * The colours of Sagsspor on a minutes page, as CSS custom properties for the features' own
 * style sheets (lib/page/ui-base.css, features/<id>/*.css). Outcomes are told apart by word,
 * symbol and colour (never colour alone), and the colours hold in light and dark mode. The
 * decision colours are the user's (options page); the defaults are those of the settings.
 */
import { PENDING_COLOUR } from '../outcome-palette.ts';

export interface PageColours {
  positive: string;
  negative: string;
  neutral: string;
  bookmark: string;
  /** The options' theme: 'system' (the default) follows the system's light or dark. */
  theme?: 'system' | 'light' | 'dark';
}

export const DEFAULT_PAGE_COLOURS: PageColours = { positive: '#1a7f37', negative: '#cf222e', neutral: '#6e7781', bookmark: '#bf8700' };

/** Sagsspor's own surfaces in light and dark. In dark, the parts set in the page's text get a
 * dark surface of their own, so light text never sits on a light site. */
const LIGHT_UI = '--ss-bg:#fff;--ss-fg:#1f2328;--ss-muted:#59636e;--ss-line:#d1d9e0;--ss-accent:#0969da;--ss-surface:transparent;--ss-pad:0';
const DARK_UI = '--ss-bg:#151b23;--ss-fg:#f0f6fc;--ss-muted:#9198a1;--ss-line:#3d444d;--ss-accent:#4493f8;--ss-surface:#151b23;--ss-pad:.3em .5em';
/** The tint of our marks in the page's own text (case numbers). */
const LIGHT_MARK = '--ss-mark:color-mix(in srgb,#0969da 10%,transparent)';
const DARK_MARK = '--ss-mark:color-mix(in srgb,#4493f8 22%,transparent)';

/** `rule` in dark mode: always, never, or when the system is dark. */
function whenDark(theme: PageColours['theme'], rule: string): string {
  if (theme === 'light') return '';
  if (theme === 'dark') return rule;
  return `@media (prefers-color-scheme:dark){${rule}}`;
}

const vars = (c: PageColours) =>
  `--ss-positive:${c.positive};--ss-negative:${c.negative};--ss-neutral:${c.neutral};--ss-pending:${PENDING_COLOUR};--ss-bookmark:${c.bookmark};`;

/** The custom properties: `page` for our marks in the page's document, `ui` inside our shadow roots. */
export function themeCss(c: PageColours): { page: string; ui: string } {
  return {
    page: `:root{${vars(c)}${LIGHT_MARK}}\n${whenDark(c.theme, `:root{${DARK_MARK}}`)}\n`,
    ui: `:host{${vars(c)}${LIGHT_UI}}\n${whenDark(c.theme, `:host{${DARK_UI}}`)}\n`,
  };
}
