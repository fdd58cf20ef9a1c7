/**
 * Where Sagsspor runs without asking: hosts known to exist, never names generated from the
 * municipalities' names (a guessed domain could be registered by anyone).
 *
 * - the FirstAgenda Publication portals of the compiled host list (lib/portal-hosts.ts), https;
 * - the portals documented outside that list (publishing-systems.md §1–2: Hvidovre, Albertslund,
 *   Kolding, and Holbæk's static FirstAgenda export), https;
 * - the documented URL patterns of the other systems (kk.dk's eDoc pages, PolWeb on Nethotel).
 *
 * Anywhere else the user grants a site on the options page (optional host permissions) or uses
 * activeTab. Build-time: wxt.config.ts puts MINUTES_MATCHES in the manifest. The host →
 * municipality map of the same hosts (lib/known-portals.ts) is what a meeting's identity is
 * keyed by (lib/store/keys.ts).
 */
import { DEMO_PORTAL, DOCUMENTED_PORTALS } from './known-portals.ts';
import { FIRSTAGENDA_PUBLICATION_PORTALS } from './portal-hosts.ts';

/** URL patterns of the other systems' minutes pages (publishing-systems.md §2). */
const OTHER_SYSTEMS = [
  'https://www.kk.dk/*edoc-agenda*',
  'https://kk.dk/dagsordener-og-referater/*',
  'https://www.kk.dk/dagsordener-og-referater/*',
  // PolWeb pages are documented without their scheme; the host is shared by many municipalities.
  '*://polweb.nethotel.dk/*',
];

/** The FirstAgenda Publication hosts Sagsspor runs on: the compiled list and the documented extras. */
export function firstAgendaHosts(): string[] {
  return [...new Set([...FIRSTAGENDA_PUBLICATION_PORTALS, ...DOCUMENTED_PORTALS].map(([host]) => host))].sort();
}

/** Content-script match patterns: the demo site, every known portal over https, the other systems. */
export const MINUTES_MATCHES: string[] = [
  `*://${DEMO_PORTAL[0]}/*`,
  ...firstAgendaHosts().map((host) => `https://${host}/*`),
  ...OTHER_SYSTEMS,
];
