/**
 * Start Debian's Chromium with the built extension and the demo site, for the end-to-end
 * tests and `npm run demo` (flags: ../shared/notes/toolchain.md, "Real Chromium").
 *
 * The demo site is served on 127.0.0.1 and Chromium resolves `dagsordener.sagsby.test` to it
 * (port included), so pages open as http://dagsordener.sagsby.test/… and the content script's
 * match pattern applies. Every other host resolves to nothing: no test reaches the internet.
 */
import { chromium, type BrowserContext, type Page } from 'playwright-core';
import { existsSync } from 'node:fs';
import { mkdir, mkdtemp, readFile, rm } from 'node:fs/promises';
import { execFileSync } from 'node:child_process';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { fileURLToPath } from 'node:url';
import { startServer, type RunningServer } from '../../scripts/serve.ts';
import { demoMeetingPdfs } from '../demo-site/meeting-pdf.ts';

export const REPO_DIR = fileURLToPath(new URL('../..', import.meta.url));
export const EXTENSION_DIR = join(REPO_DIR, '.output', 'chrome-mv3');
/**
 * The test build whose shadow roots are open (`WXT_OPEN_ROOTS=1 wxt build`, see wxt.config.ts),
 * for tests that click inside Sagsspor's UI with Playwright (which cannot reach closed roots).
 */
export const OPEN_ROOTS_EXTENSION_DIR = join(REPO_DIR, '.output', 'chrome-mv3-open-roots');
export const DEMO_SITE_DIR = join(REPO_DIR, 'test', 'demo-site');
export const SCREENSHOT_DIR = join(REPO_DIR, 'test-results', 'screenshots');
export const DEMO_HOST = 'dagsordener.sagsby.test';
/** The demo pages, relative to the site root. */
export const DEMO_PAGES = {
  index: '/',
  staticMeeting: '/vis/referat-social-og-sundhedsudvalget-2025-03-04.html',
  dynamicMeeting: '/vis/referat-oekonomiudvalget-2025-03-12.html',
} as const;

export interface LaunchOptions {
  /** false opens a window (needs a display); default true (`--headless=new`). */
  headless?: boolean;
  extensionDir?: string;
  siteDir?: string;
  /** Keep the welcome page that opens on install (closed by default). */
  keepWelcome?: boolean;
  /**
   * More sites under their real host names (e.g. the Aarhus page as https://dagsordener.aarhus.dk),
   * served over https with a certificate made for the run (the manifest matches the portals'
   * https only; Chromium is told to accept the test certificate).
   */
  extraSites?: { host: string; dir: string }[];
  /**
   * Hosts mapped to servers the test runs itself (the fake FirstAgenda portal). A host here wins
   * over the demo's own mapping, so a test can serve the demo site and its portal on one host.
   */
  mappedHosts?: { host: string; port: number }[];
  /** Use this profile folder and keep it after close (a browser restart opens it again). */
  profileDir?: string;
}

export interface ExtensionBrowser {
  context: BrowserContext;
  extensionId: string;
  /** The welcome page opened on install, when `keepWelcome` asked for it. */
  welcome: Page | null;
  /** The demo site as Chromium sees it: http://dagsordener.sagsby.test (no trailing slash). */
  siteUrl: string;
  /** The same server by address, e.g. http://127.0.0.1:41234. */
  serverUrl: string;
  close(): Promise<void>;
}

export function chromiumPath(): string {
  return process.env.CHROMIUM ?? '/usr/bin/chromium';
}

export async function launchWithExtension(options: LaunchOptions = {}): Promise<ExtensionBrowser> {
  const headless = options.headless ?? true;
  const extensionDir = options.extensionDir ?? EXTENSION_DIR;
  const executablePath = chromiumPath();
  if (!existsSync(join(extensionDir, 'manifest.json'))) {
    throw new Error(`No built extension in ${extensionDir}: run \`npx wxt build\` first.`);
  }
  if (!existsSync(executablePath)) {
    throw new Error(`Chromium not found at ${executablePath}: \`apt-get install chromium\` or set CHROMIUM.`);
  }

  const siteDir = options.siteDir ?? DEMO_SITE_DIR;
  // The demo's "Hent hele referatet" PDFs are made from its meeting pages (test/demo-site/meeting-pdf.ts).
  const pdfs = siteDir === DEMO_SITE_DIR ? await demoMeetingPdfs(siteDir) : new Map<string, Uint8Array>();
  const generated = new Map([...pdfs].map(([path, body]) => [path, { name: 'referat.pdf', body }]));
  const server: RunningServer = await startServer(siteDir, 0, generated);
  const extra: { host: string; server: RunningServer }[] = [];
  const tls = (options.extraSites ?? []).length > 0 ? await testCertificate() : undefined;
  for (const site of options.extraSites ?? []) extra.push({ host: site.host, server: await startServer(site.dir, 0, new Map(), tls) });
  const extraRules = [...(options.mappedHosts ?? []).map((m) => ({ host: m.host, port: m.port })), ...extra.map((e) => ({ host: e.host, port: e.server.port }))]
    .map((e) => `MAP ${e.host} 127.0.0.1:${e.port}, `)
    .join('');
  const closeServers = async () => {
    await server.close();
    for (const e of extra) await e.server.close();
  };
  const profile = options.profileDir ?? (await mkdtemp(join(tmpdir(), 'sagsspor-chromium-')));
  const removeProfile = () => (options.profileDir === undefined ? rm(profile, { recursive: true, force: true }) : Promise.resolve());
  let context: BrowserContext | undefined;
  try {
    context = await chromium.launchPersistentContext(profile, {
      executablePath,
      // headless:false + --headless=new: Playwright's own headless mode cannot load extensions.
      headless: false,
      ignoreDefaultArgs: ['--disable-extensions'],
      viewport: headless ? { width: 1280, height: 900 } : null,
      env: chromiumEnv(profile),
      args: [
        ...(headless ? ['--headless=new'] : []),
        `--disable-extensions-except=${extensionDir}`,
        `--load-extension=${extensionDir}`,
        '--no-sandbox',
        // The extra sites' https uses a certificate made for this run.
        ...(tls !== undefined ? ['--ignore-certificate-errors'] : []),
        '--disable-gpu',
        '--disable-quic',
        '--no-first-run',
        '--disable-background-networking',
        '--disable-component-update',
        '--disable-sync',
        // First matching MAP wins: a test's own mapping, then the demo host to our server, everything else nowhere.
        `--host-resolver-rules=${extraRules}MAP ${DEMO_HOST} 127.0.0.1:${server.port}, MAP * ~NOTFOUND, EXCLUDE 127.0.0.1, EXCLUDE localhost`,
      ],
    });
    const worker = context.serviceWorkers()[0] ?? (await context.waitForEvent('serviceworker', { timeout: 15_000 }));
    const extensionId = new URL(worker.url()).host;
    // A fresh profile is a first install: the welcome page opens (test/e2e/polish.e2e.test.ts).
    // Other tests want the active tab to be theirs alone, so it is closed unless asked for.
    const welcome = await waitForPage(context, `chrome-extension://${extensionId}/welcome.html`);
    if (welcome !== null && !options.keepWelcome) await welcome.close();
    const opened = context;
    return {
      context: opened,
      extensionId,
      welcome: options.keepWelcome ? welcome : null,
      siteUrl: `http://${DEMO_HOST}`,
      serverUrl: server.url,
      close: async () => {
        await opened.close().catch(() => undefined);
        await closeServers();
        await removeProfile();
      },
    };
  } catch (error) {
    await context?.close().catch(() => undefined);
    await closeServers();
    await removeProfile();
    throw error;
  }
}

/** A self-signed key and certificate for the test servers' https (made once per process with openssl). */
let certificate: Promise<{ key: string; cert: string }> | undefined;
function testCertificate(): Promise<{ key: string; cert: string }> {
  certificate ??= (async () => {
    const dir = await mkdtemp(join(tmpdir(), 'sagsspor-tls-'));
    try {
      const key = join(dir, 'key.pem');
      const cert = join(dir, 'cert.pem');
      execFileSync('openssl', ['req', '-x509', '-newkey', 'rsa:2048', '-nodes', '-keyout', key, '-out', cert, '-days', '2', '-subj', '/CN=sagsspor-test'], { stdio: 'ignore' });
      return { key: await readFile(key, 'utf8'), cert: await readFile(cert, 'utf8') };
    } finally {
      await rm(dir, { recursive: true, force: true });
    }
  })();
  return certificate;
}

/** The page at `url` once it has opened (a new tab shows about:blank first), or null if none does within 10 s. */
async function waitForPage(context: BrowserContext, url: string): Promise<Page | null> {
  for (let waited = 0; waited < 10_000; waited += 100) {
    const page = context.pages().find((p) => p.url() === url);
    if (page) return page;
    await new Promise((resolve) => setTimeout(resolve, 100));
  }
  return null;
}

/** Keep Chromium's files inside the temporary profile; keep X11 access if HOME moves. */
function chromiumEnv(profile: string): Record<string, string> {
  const env: Record<string, string> = {};
  for (const [key, value] of Object.entries(process.env)) if (value !== undefined) env[key] = value;
  const home = process.env.HOME;
  if (env.XAUTHORITY === undefined && home !== undefined && existsSync(join(home, '.Xauthority'))) {
    env.XAUTHORITY = join(home, '.Xauthority');
  }
  env.HOME = profile;
  env.XDG_CONFIG_HOME = join(profile, '.config');
  env.XDG_CACHE_HOME = join(profile, '.cache');
  env.XDG_DATA_HOME = join(profile, '.local', 'share');
  return env;
}

export async function screenshotPath(name: string, dir = SCREENSHOT_DIR): Promise<string> {
  await mkdir(dir, { recursive: true });
  return join(dir, `${name}.png`);
}
