/**
 * The municipality of a minutes site, from its host name (FirstAgenda portals are named
 * `dagsordener.<kommune>.dk`, see lib/systems/firstagenda/addresses.ts). Used at run time by the content script and
 * the archive page; the list of hosts itself is for the manifest only.
 */
import { MUNICIPALITIES } from './municipalities.ts';

/** "Allerød" → "alleroed", "Ikast-Brande" → "ikast-brande": how Danish names become host names. */
export function hostSlug(name: string): string {
  return name.toLowerCase().replace(/æ/g, 'ae').replace(/ø/g, 'oe').replace(/å/g, 'aa').replace(/\s+/g, '');
}

/**
 * The municipality whose site this is, from its host name ("dagsordener.aarhus.dk" → "Aarhus",
 * "www.kk.dk" → null: København's slug is not in its host). Null when no name fits.
 */
export function municipalityOfHost(host: string): string | null {
  const labels = host.toLowerCase().split('.');
  for (const name of MUNICIPALITIES) {
    const slug = hostSlug(name);
    if (labels.some((l) => l === slug || l === `${slug}kommune` || l === `${slug}skommune`)) return name;
  }
  return null;
}
