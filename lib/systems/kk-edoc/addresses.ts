/** kk.dk's minutes pages, old and new; the rest of kk.dk is not minutes. */
import type { SystemAddresses } from '../types.ts';

export const kkEdocAddresses: SystemAddresses = {
  matches: ['https://www.kk.dk/*edoc-agenda*', 'https://kk.dk/dagsordener-og-referater/*', 'https://www.kk.dk/dagsordener-og-referater/*'],
};
