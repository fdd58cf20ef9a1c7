/**
 * Choosing the adapter for a page by its markup signature. A FirstAgenda Publication page
 * always goes to the FirstAgenda adapter, also a listing page (which gives no blocks: there
 * is no meeting on it), so its search results are never read as minutes text.
 */
import type { TextBlock } from '../model.ts';
import { firstAgendaBlocks, isFirstAgendaPage } from './firstagenda.ts';
import { genericBlocks } from './generic.ts';

export type SourceSystem = 'firstagenda' | 'generic';

export function blocksFromDocument(doc: Document): { system: SourceSystem; blocks: TextBlock[] } {
  if (isFirstAgendaPage(doc)) return { system: 'firstagenda', blocks: firstAgendaBlocks(doc) };
  return { system: 'generic', blocks: genericBlocks(doc) };
}
