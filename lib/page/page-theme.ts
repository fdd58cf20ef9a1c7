/**
 * The colours of Sagsspor on a minutes page, as CSS custom properties for the features' own
 * style sheets (lib/page/ui-base.css, features/<id>/*.css). Outcomes are told apart by word,
 * symbol and colour (never colour alone), and the colours hold in light and dark mode. The
 * decision colours are the user's (options page); the defaults are those of the settings.
 */
import { DEFAULT_COLOURS, PENDING_COLOUR } from '../theme/outcome-palette.ts';
import type { Colours, Settings } from '../store/tables/settings.ts';
import type { SiteTone } from './site-tone.ts';

/** The user's colours, with the options' theme ('system', the default, follows the system's light
 * or dark) and whether the site is light or dark where its text is (./site-tone.ts; light when unknown). */
export type PageColours = Colours & { theme?: Settings['theme']; siteTone?: SiteTone };

export const DEFAULT_PAGE_COLOURS: PageColours = DEFAULT_COLOURS;

/** Sagsspor's own surfaces in light and dark. In dark, the parts set in the page's text get a
 * dark surface of their own, so light text never sits on a light site; on a dark site they get
 * one in light too (ON_DARK_SITE), so dark text never sits on a dark site. */
const LIGHT_UI = '--ss-bg:#fff;--ss-fg:#1f2328;--ss-muted:#59636e;--ss-line:#d1d9e0;--ss-accent:#0969da;--ss-surface:transparent;--ss-pad:0';
const DARK_UI = '--ss-bg:#151b23;--ss-fg:#f0f6fc;--ss-muted:#9198a1;--ss-line:#3d444d;--ss-accent:#4493f8;--ss-surface:#151b23;--ss-pad:.3em .5em';
/** On a dark site, whatever the theme: the parts set in the page's text on Sagsspor's own surface. */
const ON_DARK_SITE = '--ss-surface:var(--ss-bg);--ss-pad:.3em .5em';
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
    ui: `:host{${vars(c)}${LIGHT_UI}}\n${whenDark(c.theme, `:host{${DARK_UI}}`)}\n${c.siteTone === 'dark' ? `:host(:not([data-sagsspor-part=panel])){${ON_DARK_SITE}}\n` : ''}`,
  };
}
