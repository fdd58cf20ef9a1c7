/** OS2web sites are the municipalities' own (www.<kommune>.dk): no host is known to be only minutes. */
import type { SystemAddresses } from '../types.ts';

export const os2webAddresses: SystemAddresses = { matches: [] };
