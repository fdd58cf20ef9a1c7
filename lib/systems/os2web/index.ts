/**
 * OS2web meetings (Drupal 7): the municipal Drupal sites' meeting views (Syddjurs, Ballerup,
 * Vallensbæk; Roskilde's pages are laid out alike). Recognised by the meeting view's classes
 * or the address; read by the generic adapter.
 */
import { genericBlocks } from '../generic/blocks.ts';
import { defineSystem } from '../types.ts';
import { SELECTORS } from './selectors.ts';

export const os2web = defineSystem({
  id: 'os2web',
  name: 'OS2web meetings (Drupal 7)',
  detect: { urls: [/\/dagsorden-og-referat(?:er)?\//i], markup: SELECTORS.minutesMarkup },
  blocks: genericBlocks,
  selectors: SELECTORS,
  page: {},
});
