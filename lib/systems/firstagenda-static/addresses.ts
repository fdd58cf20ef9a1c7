/** Holbæk's static export, on a host of its own beside its FirstAgenda Publication portal. */
import type { SystemAddresses } from '../types.ts';

export const firstAgendaStaticAddresses: SystemAddresses = {
  matches: ['https://dagsordner.holbaek.dk/*'],
};
