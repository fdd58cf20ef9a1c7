/**
 * København's minutes on kk.dk (eDoc, "edoc-agenda"): one page per item, and a meeting overview
 * of links only. Recognised by the `edoc-agenda` path segment or the overview's markup; read by
 * the generic adapter. (The newer `kk.dk/dagsordener-og-referater/…` pages share their address
 * form with other sites, so the generic pages' forms find them.)
 */
import { genericBlocks } from '../generic/blocks.ts';
import { defineSystem } from '../types.ts';
import { SELECTORS } from './selectors.ts';

export const kkEdoc = defineSystem({
  id: 'kk-edoc',
  name: 'kk.dk eDoc',
  detect: { urls: [/\/edoc-agenda\//i], markup: SELECTORS.overview },
  blocks: genericBlocks,
  selectors: SELECTORS,
  page: {},
  portals: [
    ['kk.dk', 'København'],
    ['www.kk.dk', 'København'],
  ],
});
