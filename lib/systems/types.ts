/**
 * What a publishing system declares, in two halves that are bundled apart:
 *
 * - `PublishingSystem` (`<id>/index.ts`): what the content script needs on a page: how the
 *   system's pages are recognised, its DOM adapter, its selectors, and the hooks the page reader
 *   and the page features ask it for;
 * - `SystemAddresses` (`<id>/addresses.ts`): where it runs by itself (the manifest's content
 *   script matches) and the PDF links the reader opens. The match patterns stay out of the
 *   content script, which has no use for them.
 */
import type { TextBlock } from '../model.ts';

/** What a system's own signals say a page of it is. */
export type PageKind = 'meeting' | 'listing';

/**
 * How a system's pages are recognised, as signals of increasing cost. The registry
 * (`lib/systems/detect.ts`) asks every system for one kind of signal before the next, so a large
 * page that is not minutes costs a few lookups, never a read of its text.
 */
export interface SystemDetection {
  /**
   * A look at any page in constant time (element ids, never a walk over the page): the page
   * tells by itself that it is this system's meeting or listing. Null: not known this way.
   */
  signature?(doc: Document): PageKind | null;
  /** Address forms of its minutes pages, tested on the decoded path and query. */
  urls?: readonly RegExp[];
  /**
   * Its minutes markup, one selector. Looked for only when the address or the page title speaks
   * of minutes; all systems' selectors are tried in one walk.
   */
  markup?: string;
  /** Last resort when only the title speaks of minutes: a bounded look at the page's headings. */
  content?(doc: Document): boolean;
}

/** A PDF of the whole meeting the page offers, and the page's element to put Sagsspor's button beside. */
export interface MeetingPdf {
  url: string;
  beside: Element;
}

/** What the page reader and the page features ask of the system whose page it is. */
export interface SystemPageHooks {
  /** The page's own element holding an item, from its title element (FirstAgenda: the item's table row). */
  itemBox?(title: Element): Element | null;
  /** The adapter marks every attachment link (role 'attachment'): attachments are looked for among those only. */
  attachmentsMarked?: boolean;
  /** The whole meeting's PDF, where the page offers one. */
  meetingPdf?(doc: Document, url: string): MeetingPdf | null;
}

export interface PublishingSystem<Id extends string = string> {
  readonly id: Id;
  /** The system's name, for people (tests, the README). */
  readonly name: string;
  readonly detect: SystemDetection;
  /** Its DOM adapter: the page as parser blocks whose `ref` is the element each came from. */
  blocks(doc: Document): TextBlock[];
  /**
   * Every selector its code looks for, by name (`<id>/selectors.ts`). Their expected counts on the
   * fixtures are in `<id>/selector-counts.ts`, checked by test/unit/systems/selectors.test.ts.
   */
  readonly selectors: Readonly<Record<string, string>>;
  readonly page: SystemPageHooks;
  /**
   * Hosts of its that belong to one municipality, by real host name: a meeting read there is
   * that municipality's (identity by host, lib/portals/known-portals.ts), whatever the page's text says.
   */
  readonly portals?: readonly Portal[];
}

/** A system's pages, with their literal id (the registry's `SystemId` is made of these). */
export function defineSystem<const Id extends string>(system: PublishingSystem<Id>): PublishingSystem<Id> {
  return system;
}

export type Portal = readonly [host: string, municipality: string];

export interface SystemAddresses {
  /** Manifest match patterns where the content script runs by itself: real hosts only, never guessed names. */
  readonly matches: readonly string[];
  /** Routes that serve a PDF without ending in .pdf: match patterns for the context menu, and the path they have. */
  readonly pdfRoutes?: { readonly patterns: readonly string[]; readonly path: RegExp };
}

/**
 * Where each selector is expected, and how many times: fixture path (from the repository root;
 * `../shared/…` for the real pages beside it) → count. Only the selectors test reads it.
 */
export type SelectorCounts<S extends Readonly<Record<string, string>>> = { readonly [K in keyof S]: Readonly<Record<string, number>> };
