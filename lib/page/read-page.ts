/**
 * The page as a meeting, with the way back from each item to its elements: the DOM adapter
 * gives blocks whose `ref` is the element they came from, the shared parser gives items with
 * block spans, and this module joins the two. Nothing here changes the page.
 */
import type { Item, Meeting, SourceSpan, TextBlock } from '../model.ts';
import { parseBlocks } from '../parser/index.ts';
import { isHistoryHeading } from '../parser/vocabulary.ts';
import { municipalityOfHost } from '../portals/host-municipality.ts';
import type { Detection } from '../systems/detect.ts';
import { systemById, type SystemId } from '../systems/index.ts';
import type { PublishingSystem } from '../systems/types.ts';

export interface PageItem {
  item: Item;
  /** The elements of the item's blocks, in document order, without repeats. */
  elements: Element[];
  /** The item's title element (FirstAgenda: h2.overskrift), else its first element. */
  titleElement: Element | null;
  /** The page's own element holding the item, where its system has one (FirstAgenda: the item's table row). */
  box: Element | null;
  /** Elements of the decision section, its heading first; empty when the item has none. */
  decisionElements: Element[];
  /** Elements of "Sagens forløb"-type sections. */
  historyElements: Element[];
  /** The page's own element for each attachment (by index into item.attachmentDetails). */
  attachmentElements: (Element | null)[];
}

export interface PageMeeting {
  meeting: Meeting;
  /** The publishing system the page was read as: its hooks (lib/systems/types.ts) serve the page features. */
  system: PublishingSystem<SystemId>;
  /** The blocks the page was read as (their text joined is the page text anchors point into). */
  blocks: TextBlock[];
  items: PageItem[];
  /** Elements of the meeting header (title, info table), for case numbers outside items. */
  headerElements: Element[];
  /** A digest of the text read: the same content is never annotated twice. */
  fingerprint: string;
}

function isElement(ref: unknown): ref is Element {
  return typeof ref === 'object' && ref !== null && (ref as Node).nodeType === 1;
}

function elementsOf(blocks: readonly TextBlock[], span: SourceSpan | null | undefined): Element[] {
  if (!span) return [];
  const out: Element[] = [];
  for (let i = span.firstBlock; i <= span.lastBlock && i < blocks.length; i++) {
    const ref = blocks[i]!.ref;
    if (isElement(ref) && out[out.length - 1] !== ref && !out.includes(ref)) out.push(ref);
  }
  return out;
}

/** FNV-1a over the blocks' text: cheap, and enough to tell "same content" from "new content". */
export function fingerprintOf(blocks: readonly TextBlock[]): string {
  let hash = 0x811c9dc5;
  for (const block of blocks) {
    const text = block.text;
    for (let i = 0; i < text.length; i++) {
      hash ^= text.charCodeAt(i);
      hash = Math.imul(hash, 0x01000193);
    }
    hash ^= 0x0a;
    hash = Math.imul(hash, 0x01000193);
  }
  return `${blocks.length}:${(hash >>> 0).toString(36)}`;
}

function pageItem(blocks: readonly TextBlock[], item: Item, system: PublishingSystem): PageItem {
  const elements = elementsOf(blocks, item.span);
  const titleBlock = blocks.slice(item.span.firstBlock, item.span.lastBlock + 1).find((b) => b.hint?.role === 'item-title');
  const titleElement = isElement(titleBlock?.ref) ? titleBlock.ref : (elements[0] ?? null);
  const historyElements = item.sectionTexts.filter((s) => isHistoryHeading(s.heading)).flatMap((s) => elementsOf(blocks, s.span));
  const attachmentElements = item.attachmentDetails.map((a) => {
    for (let i = item.span.firstBlock; i <= item.span.lastBlock && i < blocks.length; i++) {
      const b = blocks[i]!;
      if (b.text === a.title && isElement(b.ref) && (system.page.attachmentsMarked !== true || b.hint?.role === 'attachment')) return b.ref;
    }
    return null;
  });
  return {
    item,
    elements,
    titleElement,
    box: titleElement !== null ? (system.page.itemBox?.(titleElement) ?? null) : null,
    decisionElements: elementsOf(blocks, item.decisionSpan),
    historyElements,
    attachmentElements,
  };
}

/** Read the document as the detected system; null when it holds no items (left untouched). */
export function readPage(doc: Document, url: string, detection: Detection): PageMeeting | null {
  if (detection.kind === 'none') return null;
  const system = systemById(detection.system);
  return pageMeetingOf(system.blocks(doc), url, system.id);
}

/**
 * Blocks whose `ref` is the element they came from, as a meeting with the way back to those
 * elements. The reading view of a PDF builds its blocks' elements itself and comes in here.
 */
export function pageMeetingOf(blocks: TextBlock[], url: string, systemId: SystemId): PageMeeting | null {
  if (blocks.length === 0) return null;
  const system = systemById(systemId);
  const meeting = parseBlocks(blocks, { source: url });
  // Items only listed in a contents have nothing on the page to mark: a page of such items alone
  // (an overview, a page whose items are folded away) is left untouched.
  const withBody = meeting.items.filter((i) => i.listedOnly !== true);
  if (withBody.length === 0) return null;
  if (meeting.municipality === null) {
    try {
      meeting.municipality = municipalityOfHost(new URL(url).hostname);
    } catch {
      // No host (a test document): the municipality stays unknown.
    }
  }
  const firstItemBlock = Math.min(...withBody.map((i) => i.span.firstBlock));
  return {
    meeting,
    system,
    blocks,
    items: withBody.map((item) => pageItem(blocks, item, system)),
    headerElements: elementsOf(blocks, { firstBlock: 0, lastBlock: Math.max(0, firstItemBlock - 1) }).filter(
      () => firstItemBlock > 0,
    ),
    fingerprint: fingerprintOf(blocks),
  };
}
