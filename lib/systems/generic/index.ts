/**
 * Any other page with the look of minutes: the last system asked. Its adapter reads the page's
 * main content as paragraphs and leaves the rest to the parser; the modelled systems reuse it.
 */
import { defineSystem } from '../types.ts';
import { genericBlocks } from './blocks.ts';
import { GENERIC_MINUTES_URLS, hasDecisionHeadings } from './detect.ts';
import { SELECTORS } from './selectors.ts';

export const genericPages = defineSystem({
  id: 'generic',
  name: 'Other minutes pages',
  detect: { urls: GENERIC_MINUTES_URLS, markup: SELECTORS.unattributedMarkup, content: hasDecisionHeadings },
  blocks: genericBlocks,
  selectors: SELECTORS,
  page: {},
});
