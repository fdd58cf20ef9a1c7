/** PolWeb pages are recognised by their address alone: no selector. */
export const SELECTORS = {} as const;
