// @vitest-environment happy-dom
/**
 * A site's tone (lib/page/site-tone.ts) decides whether Sagsspor's parts in the page's
 * text get a surface of their own in the light theme: on a dark site they must, or dark text
 * would sit on a dark background.
 */
import { afterEach, describe, expect, it } from 'vitest';
import { DEFAULT_PAGE_COLOURS, themeCss } from '../../../lib/page/page-theme.ts';
const pageUiCss = (c: Parameters<typeof themeCss>[0]) => themeCss(c).ui;
import { opaqueRgb, relativeLuminance, siteTone } from '../../../lib/page/site-tone.ts';

afterEach(() => {
  document.body.removeAttribute('style');
  document.documentElement.removeAttribute('style');
  document.body.replaceChildren();
});

describe('the site\'s tone', () => {
  it('relative luminance as WCAG defines it', () => {
    expect(relativeLuminance(0, 0, 0)).toBe(0);
    expect(relativeLuminance(255, 255, 255)).toBeCloseTo(1, 5);
    expect(relativeLuminance(0x76, 0x76, 0x76)).toBeCloseTo(0.18, 2);
  });

  it('an unpainted page is light (the canvas is white); a light page is light', () => {
    expect(siteTone(document)).toBe('light');
    document.body.style.backgroundColor = '#f4f5f2';
    expect(siteTone(document)).toBe('light');
  });

  it('a dark page is dark, also when the dark background is on the root and the body is transparent', () => {
    document.body.style.backgroundColor = '#0f1411';
    expect(siteTone(document)).toBe('dark');
    document.body.removeAttribute('style');
    document.documentElement.style.backgroundColor = 'rgb(24, 31, 26)';
    expect(siteTone(document)).toBe('dark');
  });

  it('a nearly transparent paint does not count: the background under it does', () => {
    document.documentElement.style.backgroundColor = '#ffffff';
    document.body.style.backgroundColor = 'rgba(0, 0, 0, 0.2)';
    expect(siteTone(document)).toBe('light');
    document.documentElement.style.backgroundColor = 'rgb(15, 20, 17)';
    document.body.style.backgroundColor = '#ffffff20';
    expect(siteTone(document)).toBe('dark');
  });

  it('reads computed colours as browsers give them, a computed color-mix() (color(srgb …)) too', () => {
    expect(opaqueRgb('rgb(15, 20, 17)')).toEqual([15, 20, 17]);
    expect(opaqueRgb('rgba(15, 20, 17, 0.8)')).toEqual([15, 20, 17]);
    expect(opaqueRgb('rgba(0, 0, 0, 0)')).toBeNull();
    expect(opaqueRgb('color(srgb 0.2 0.4 0.6)')).toEqual([51, 102, 153]);
    expect(opaqueRgb('color(srgb 0.2 0.4 0.6 / 0.3)')).toBeNull();
    expect(opaqueRgb('#0f1411')).toEqual([15, 20, 17]);
    expect(opaqueRgb('transparent')).toBeNull();
  });

  it('on a dark site the page UI gives its parts in the page\'s text a surface of their own; on a light site it does not', () => {
    const surface = ':host(:not([data-sagsspor-part=panel])){--ss-surface:var(--ss-bg)';
    expect(pageUiCss({ ...DEFAULT_PAGE_COLOURS, theme: 'light', siteTone: 'dark' })).toContain(surface);
    expect(pageUiCss({ ...DEFAULT_PAGE_COLOURS, theme: 'light', siteTone: 'light' })).not.toContain(surface);
    expect(pageUiCss({ ...DEFAULT_PAGE_COLOURS, theme: 'light' })).not.toContain(surface);
  });
});
