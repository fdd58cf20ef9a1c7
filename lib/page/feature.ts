/**
 * A page feature: one small module that annotates one thing (decisions, case numbers, the
 * outline…). Each runs in its own error boundary with its own DOM journal, so one failing
 * or switched off never stops or disturbs the others, and each can be taken back alone.
 */
import type { DomJournal } from './dom-journal.ts';
import type { PageMeeting } from './read-page.ts';
import type { PageUi } from './ui-host.ts';
import type { BookmarkServices, PageBookmarks } from './bookmark-state.ts';
import type { PageTrail, TrailServices } from './trail-state.ts';
import type { CaseFollowClient } from '../follows/case-follows.ts';

export const FEATURE_IDS = ['items', 'bookmarks', 'trail', 'decisions', 'case-numbers', 'case-card', 'references', 'history', 'outline', 'deep-link', 'pdf-button'] as const;
export type FeatureId = (typeof FEATURE_IDS)[number];

/** What one feature hands to the others (the outline lists what the decisions feature found…). */
/** What features ask of the extension (the background's store); fakes in tests. */
export interface PageServices {
  copyText(text: string): Promise<boolean>;
  /** Null where there is no store to keep bookmarks (tests of other features). */
  bookmarks: BookmarkServices | null;
  /** Null where there is no store to follow cases in (tests of other features). */
  trail: TrailServices | null;
  /** Open a PDF's web address in Sagsspor's reader; absent where there is none (the reader itself). */
  openReader?: (pdfUrl: string) => Promise<void>;
  /** Keep the user's choice of an open or closed outline for the next page; absent where it is not kept. */
  rememberOutline?: (open: boolean) => Promise<void>;
  /** "Følg sagen" (lib/follows); absent where cases cannot be followed (tests of other features). */
  follows?: CaseFollowClient;
}

export interface PageContext {
  doc: Document;
  url: string;
  page: PageMeeting;
  ui: PageUi;
  services: PageServices;
  /** The page's bookmarks (loaded by the 'bookmarks' feature; the decision bars show them). */
  bookmarks: PageBookmarks;
  /** The other treatments, resolved history and links of each item (loaded by the 'trail' feature). */
  trail: PageTrail;
  /** Whether the outline starts open (settings). */
  outlineOpen: boolean;
  /** The element holding each item's content, by item number (set by the 'items' feature). */
  containers: Map<number, Element>;
  /** Decision wrappers by item number (set by the 'decisions' feature). */
  decisions: Map<number, Element[]>;
}

export interface PageFeature {
  id: FeatureId;
  /** Annotate; DOM changes through `journal`. May return a cleanup for listeners and UI state. */
  apply(ctx: PageContext, journal: DomJournal): void | (() => void);
}
