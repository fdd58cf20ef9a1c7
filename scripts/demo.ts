/**
 * `npm run demo`: run the product. Builds the extension, serves the fictional demo site
 * (test/demo-site) and opens it in Debian's Chromium with the extension loaded.
 *
 * With a display (DISPLAY or WAYLAND_DISPLAY) a window opens and the script waits until it is
 * closed. Without one, Chromium runs headless, saves screenshots to test-results/demo/ and exits.
 */
import { spawnSync } from 'node:child_process';
import { join } from 'node:path';
import { DEMO_PAGES, REPO_DIR, launchWithExtension, screenshotPath } from '../test/e2e/browser.ts';
import { openPopupFor, screenshotPopup } from '../test/e2e/popup-page.ts';

const SCREENSHOTS = join(REPO_DIR, 'test-results', 'demo');

console.log('Building the extension (wxt build) …');
const build = spawnSync(process.execPath, [join(REPO_DIR, 'node_modules', 'wxt', 'bin', 'wxt.mjs'), 'build'], {
  cwd: REPO_DIR,
  stdio: 'inherit',
});
if (build.status !== 0) {
  console.error('demo: wxt build failed');
  process.exit(1);
}

const hasDisplay = Boolean(process.env.DISPLAY || process.env.WAYLAND_DISPLAY);
if (!hasDisplay) console.log('No display (DISPLAY/WAYLAND_DISPLAY unset): running Chromium headless and saving screenshots instead.');

const browser = await launchWithExtension({ headless: !hasDisplay });
const meetingUrl = browser.siteUrl + DEMO_PAGES.staticMeeting;
console.log(`Demo site: ${browser.siteUrl}/ (served from ${browser.serverUrl}; fictional Sagsby Kommune)`);
console.log(`Extension id: ${browser.extensionId}`);

try {
  const page = browser.context.pages()[0] ?? (await browser.context.newPage());
  await page.goto(meetingUrl);
  console.log(`Opened ${meetingUrl}`);

  if (hasDisplay) {
    console.log('Close the browser window to end the demo.');
    await new Promise<void>((resolve) => browser.context.once('close', () => resolve()));
  } else {
    // Give the content script (document_idle) a moment before the picture is taken.
    await page.waitForSelector('sagsspor-root', { state: 'attached', timeout: 10_000 }).catch(() => {
      console.log('Note: Sagsspor did not mount on the meeting page within 10 s.');
    });
    const shots: string[] = [];
    const meetingShot = await screenshotPath('meeting', SCREENSHOTS);
    await page.screenshot({ path: meetingShot, fullPage: true });
    shots.push(meetingShot);

    // The popup for the meeting's tab, at the popup's own size.
    const popup = await openPopupFor(browser, page);
    await popup.waitForSelector('[data-state]', { timeout: 10_000 }).catch(() => undefined);
    const popupShot = await screenshotPath('popup', SCREENSHOTS);
    await screenshotPopup(popup, popupShot);
    shots.push(popupShot);

    console.log('Screenshots:');
    for (const shot of shots) console.log(`  ${shot}`);
  }
} finally {
  await browser.close();
}
