/** PolWeb pages are recognised by their address alone: no selector. */
import type { SelectorCounts } from '../types.ts';

export const SELECTORS = {} as const;

export const SELECTOR_COUNTS: SelectorCounts<typeof SELECTORS> = {};
