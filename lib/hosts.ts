/**
 * Where Sagsspor runs without asking: the hosts and URL patterns of the publishing systems
 * municipalities use (publishing-systems.md §2). FirstAgenda Publication portals follow
 * `dagsordener.<kommune>.dk`; the host names are generated from the municipalities' names
 * rather than kept as a list, so a portal that moves to the scheme is covered.
 * Anywhere else the user grants a site (optional host permissions) or uses activeTab.
 *
 * Build-time only: wxt.config.ts puts these patterns in the manifest; the content script does
 * not import this module (lib/host-municipality.ts names a host's municipality at run time).
 */
import { hostSlug } from './host-municipality.ts';
import { MUNICIPALITIES } from './municipalities.ts';

const PORTAL_PREFIXES = ['dagsordener', 'dagsorden'];

/** Portals seen outside the scheme (hvidovre, albertslund, kolding). */
const IRREGULAR_PORTALS = ['dagsordener-referater.hvidovre.dk', 'dagsordner.albertslund.dk', 'udvalg.kolding.dk'];

/** URL patterns of the other systems' minutes pages. */
const OTHER_SYSTEMS = [
  '*://www.kk.dk/*edoc-agenda*',
  '*://kk.dk/dagsordener-og-referater/*',
  '*://www.kk.dk/dagsordener-og-referater/*',
  '*://polweb.nethotel.dk/*',
];

export function firstAgendaHosts(): string[] {
  const hosts = new Set<string>(IRREGULAR_PORTALS);
  for (const name of MUNICIPALITIES) {
    const slug = hostSlug(name);
    // Some municipalities use "<name>kommune.dk" or the genitive "<name>skommune.dk".
    for (const domain of [slug, `${slug}kommune`, `${slug}skommune`]) {
      for (const prefix of PORTAL_PREFIXES) hosts.add(`${prefix}.${domain}.dk`);
    }
  }
  return [...hosts].sort();
}

/**
 * Content-script match patterns: the demo site, every portal host, the other systems. The demo
 * site's host is under `.test`, a name reserved for testing (RFC 6761) that no one can register.
 */
export const MINUTES_MATCHES: string[] = [
  '*://dagsordener.sagsby.test/*',
  ...firstAgendaHosts().map((host) => `*://${host}/*`),
  ...OTHER_SYSTEMS,
];
