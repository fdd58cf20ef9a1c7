/**
 * Renders the icon's SVG source (assets/icon.svg) to the PNGs the manifest names
 * (assets/public/icon/<size>.png), with Debian's Chromium, and a preview of them on a light
 * and a dark toolbar (test-results/screenshots/icon-toolbars.png).
 *
 *   npm run icons
 *
 * The PNGs are committed; run this again after changing the SVG.
 */
import { chromium } from 'playwright-core';
import { mkdirSync, readFileSync, writeFileSync } from 'node:fs';
import { join } from 'node:path';
import { fileURLToPath } from 'node:url';

export const ICON_SIZES = [16, 32, 48, 128] as const;

const REPO = fileURLToPath(new URL('..', import.meta.url));
const svg = readFileSync(join(REPO, 'assets', 'icon.svg'), 'utf8');
const dataUrl = `data:image/svg+xml;base64,${Buffer.from(svg).toString('base64')}`;
const outDir = join(REPO, 'assets', 'public', 'icon');
const previewDir = join(REPO, 'test-results', 'screenshots');
mkdirSync(outDir, { recursive: true });
mkdirSync(previewDir, { recursive: true });

const browser = await chromium.launch({ executablePath: process.env.CHROMIUM ?? '/usr/bin/chromium', args: ['--no-sandbox', '--disable-gpu'] });
try {
  const page = await browser.newPage({ deviceScaleFactor: 1 });
  for (const size of ICON_SIZES) {
    await page.setViewportSize({ width: size, height: size });
    await page.setContent(`<style>html,body{margin:0;background:transparent}</style><img src="${dataUrl}" width="${size}" height="${size}" style="display:block">`);
    await page.locator('img').evaluate((img: HTMLImageElement) => img.decode());
    const png = await page.screenshot({ omitBackground: true, clip: { x: 0, y: 0, width: size, height: size } });
    writeFileSync(join(outDir, `${size}.png`), png);
    console.log(`assets/public/icon/${size}.png`);
  }
  // How the icon looks where it lives: 16 and 32 px on a light and a dark toolbar.
  await page.setViewportSize({ width: 240, height: 96 });
  const row = (bg: string) =>
    `<div style="background:${bg};padding:8px;display:flex;gap:12px;align-items:center">` +
    ICON_SIZES.map((s) => `<img src="${dataUrl}" width="${s === 128 ? 32 : s}" height="${s === 128 ? 32 : s}">`).join('') +
    '</div>';
  await page.setContent(`<body style="margin:0">${row('#f1f3f4')}${row('#202124')}</body>`);
  await page.screenshot({ path: join(previewDir, 'icon-toolbars.png') });
} finally {
  await browser.close();
}
