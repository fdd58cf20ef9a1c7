import { launchFirefoxWithExtension } from './test/e2e/firefox-browser.ts';
const ff = await launchFirefoxWithExtension();
const p1 = await ff.browser.newPage();
await p1.goto(ff.siteUrl + '/vis/referat-social-og-sundhedsudvalget-2025-03-04.html');
await p1.waitForSelector('[data-sagsspor-outcome]');
const page = await ff.browser.newPage();
await page.goto(ff.siteUrl + '/vis/referat-oekonomiudvalget-2025-03-12.html');
await page.waitForSelector('[data-sagsspor-outcome]');
await new Promise((r) => setTimeout(r, 2000));
console.log('ocsr', await page.evaluate(() => String((document.querySelector('sagsspor-root') as any).openOrClosedShadowRoot)));
try { const els = await page.$$('::-p-aria(Bogmærk)'); console.log('aria bogmaerk', els.length); } catch (e) { console.log('aria err', String(e).slice(0, 300)); }
try { const els = await page.$$('::-p-aria([name="Godkendt"])'); console.log('aria godkendt', els.length); } catch (e) { console.log('aria err', String(e).slice(0, 300)); }
try { const els = await page.$$('::-p-text(anden behandling)'); console.log('text', els.length); } catch (e) { console.log('text err', String(e).slice(0, 300)); }
try { const s = await page.accessibility.snapshot(); console.log('ax', JSON.stringify(s).slice(0, 500)); } catch (e) { console.log('ax err', String(e).slice(0, 300)); }
await page.screenshot({ path: '/tmp/ffexp/dyn.png' });
await ff.close();
