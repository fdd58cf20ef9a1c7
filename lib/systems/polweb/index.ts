/**
 * PolWeb (Nethotel): Word-exported minutes on polweb.nethotel.dk, a host many municipalities
 * share. Recognised by the address of its meeting page; read by the generic adapter (Word's
 * HTML says nothing the parser needs).
 */
import { genericBlocks } from '../generic/blocks.ts';
import { defineSystem } from '../types.ts';
import { SELECTORS } from './selectors.ts';

export const polweb = defineSystem({
  id: 'polweb',
  name: 'PolWeb (Nethotel)',
  detect: { urls: [/\/ShowAgenda\.asp/i] },
  blocks: genericBlocks,
  selectors: SELECTORS,
  page: {},
});
