/**
 * How many of each selector of ./selectors.ts the fixture pages hold (counted by
 * test/unit/systems/selectors.test.ts). A file of its own so that no bundle of the extension
 * carries it.
 */
import type { SelectorCounts } from '../types.ts';
import type { SELECTORS } from './selectors.ts';

export const SELECTOR_COUNTS: SelectorCounts<typeof SELECTORS> = {};
