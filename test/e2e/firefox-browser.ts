/**
 * Start Debian's Firefox ESR with the Firefox build of the extension and the demo site, for the
 * Firefox end-to-end test. There is no geckodriver here (../shared/notes/toolchain.md): Puppeteer
 * talks WebDriver BiDi to Firefox itself and installs the unpacked build as a temporary add-on
 * over BiDi (`webExtension.install`).
 *
 * Chromium maps host names with --host-resolver-rules; Firefox has no such switch, so a proxy
 * auto-config sends the demo host to the demo server (which reads the absolute request URL a
 * proxy receives) and every other host to a closed port: no test reaches the internet.
 */
import { existsSync } from 'node:fs';
import { mkdtemp, rm } from 'node:fs/promises';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import puppeteer, { type Browser } from 'puppeteer-core';
import { startServer, type RunningServer } from '../../scripts/serve.ts';
import { DEMO_HOST, DEMO_SITE_DIR, REPO_DIR } from './browser.ts';

/** `npm run build:firefox` (`wxt build -b firefox`); `npm test` builds it. */
export const FIREFOX_EXTENSION_DIR = join(REPO_DIR, '.output', 'firefox-mv3');
/** The same build with open shadow roots (`WXT_OPEN_ROOTS=1 wxt build -b firefox`), for reading Sagsspor's UI text. */
export const FIREFOX_OPEN_ROOTS_EXTENSION_DIR = join(REPO_DIR, '.output', 'firefox-mv3-open-roots');
/** The add-on id the Firefox manifest gives (wxt.config.ts, browser_specific_settings.gecko.id). */
export const FIREFOX_ADDON_ID = 'sagsspor@sagsspor.dk';
/**
 * The add-on's moz-extension:// host. Firefox picks a random one per profile; the
 * `extensions.webextensions.uuids` pref fixes it, so the test can open the extension's pages.
 */
export const FIREFOX_EXTENSION_UUID = '5a6e5b0e-0d1c-4f7e-9a3b-5a6e55b0a001';

export function firefoxPath(): string {
  return process.env.FIREFOX ?? '/usr/bin/firefox-esr';
}

export function firefoxAvailable(): boolean {
  return existsSync(firefoxPath());
}

export interface FirefoxWithExtension {
  browser: Browser;
  /** The add-on id Firefox reports after installing it. */
  readonly addonId: string;
  /** Uninstall the add-on and install another build of it (same id, same moz-extension host). */
  reinstall(extensionDir: string): Promise<void>;
  /** e.g. moz-extension://<uuid> (no trailing slash) */
  extensionUrl: string;
  /** The demo site as Firefox sees it: http://dagsordener.sagsby.test */
  siteUrl: string;
  close(): Promise<void>;
}

/** A proxy auto-config: the demo host to the demo server, anything else to a port nobody listens on. */
function proxyAutoConfig(port: number): string {
  const pac = `function FindProxyForURL(url, host) { return host === ${JSON.stringify(DEMO_HOST)} ? "PROXY 127.0.0.1:${port}" : "PROXY 127.0.0.1:9"; }`;
  return `data:application/x-ns-proxy-autoconfig,${encodeURIComponent(pac)}`;
}

function assertBuilt(dir: string): void {
  if (!existsSync(join(dir, 'manifest.json'))) throw new Error(`No Firefox build in ${dir}: run \`npm run build:firefox\` (and the same with WXT_OPEN_ROOTS=1) first.`);
}

export async function launchFirefoxWithExtension(extensionDir = FIREFOX_EXTENSION_DIR): Promise<FirefoxWithExtension> {
  const executablePath = firefoxPath();
  if (!existsSync(executablePath)) throw new Error(`Firefox not found at ${executablePath}: \`apt-get install firefox-esr\` or set FIREFOX.`);
  assertBuilt(extensionDir);
  const server: RunningServer = await startServer(DEMO_SITE_DIR, 0);
  const profile = await mkdtemp(join(tmpdir(), 'sagsspor-firefox-'));
  let browser: Browser | undefined;
  try {
    browser = await puppeteer.launch({
      browser: 'firefox',
      executablePath,
      headless: true,
      userDataDir: profile,
      defaultViewport: { width: 1280, height: 900 },
      // Keep Firefox's files inside the temporary profile.
      env: { ...process.env, HOME: profile, XDG_CONFIG_HOME: join(profile, '.config'), XDG_CACHE_HOME: join(profile, '.cache') },
      extraPrefsFirefox: {
        'network.proxy.type': 2,
        'network.proxy.autoconfig_url': proxyAutoConfig(server.port),
        // Never fall back to a direct connection when the proxy says no.
        'network.proxy.failover_direct': false,
        'extensions.webextensions.uuids': JSON.stringify({ [FIREFOX_ADDON_ID]: FIREFOX_EXTENSION_UUID }),
      },
    });
    // Installed by hand, not by `enableExtensions`: its install promises are not awaited (Puppeteer 25.19).
    const opened = browser;
    let addonId = await opened.installExtension(extensionDir);
    return {
      browser: opened,
      get addonId() {
        return addonId;
      },
      async reinstall(dir) {
        assertBuilt(dir);
        await opened.uninstallExtension(addonId);
        addonId = await opened.installExtension(dir);
      },
      extensionUrl: `moz-extension://${FIREFOX_EXTENSION_UUID}`,
      siteUrl: `http://${DEMO_HOST}`,
      close: async () => {
        await opened.close().catch(() => undefined);
        await server.close();
        await rm(profile, { recursive: true, force: true });
      },
    };
  } catch (error) {
    await browser?.close().catch(() => undefined);
    await server.close();
    await rm(profile, { recursive: true, force: true });
    throw error;
  }
}
