/** Other minutes pages run where the user allows it (options page, or "Analysér denne side"): no host of their own. */
import type { SystemAddresses } from '../types.ts';

export const genericAddresses: SystemAddresses = { matches: [] };
