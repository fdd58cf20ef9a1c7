/** PolWeb's shared host; its pages' addresses are known without their scheme, so both are matched. */
import type { SystemAddresses } from '../types.ts';

export const polwebAddresses: SystemAddresses = { matches: ['*://polweb.nethotel.dk/*'] };
