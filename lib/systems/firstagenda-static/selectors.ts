/** FirstAgenda's static exports are recognised by their address alone: no selector. */
export const SELECTORS = {} as const;
