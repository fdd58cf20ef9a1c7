/**
 * A page feature: one folder under features/ that annotates one thing (decisions, case numbers,
 * the outline…), with its logic, components, styles and state. It says where it runs, and runs
 * in its own error boundary with its own DOM journal and AbortSignal, so one failing or
 * switched off never stops or disturbs the others, and each can be taken back alone: its DOM
 * changes by the journal, its listeners, renders and shared-state entries by the signal.
 */
import type { Detection } from '../systems/detect.ts';
import type { DomJournal } from './dom-journal.ts';
import type { PageMeeting } from './read-page.ts';
import type { Reveal } from './reveal.ts';
import type { SharedPage } from './shared-state.ts';
import type { PageUi } from './ui-host.ts';
import type { BookmarkServices } from './features/bookmarks/state.ts';
import type { TrailServices } from './features/trail/state.ts';
import type { CaseFollowClient } from '../follows/case-follows.ts';

export const FEATURE_IDS = ['items', 'bookmarks', 'trail', 'decisions', 'case-numbers', 'case-card', 'references', 'history', 'outline', 'deep-link', 'pdf-button', 'follow'] as const;
export type FeatureId = (typeof FEATURE_IDS)[number];

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

/** Where a page is: what `applies` decides by. */
export interface PagePlace {
  detection: Detection;
}

export interface PageContext extends PagePlace {
  doc: Document;
  url: string;
  page: PageMeeting;
  ui: PageUi;
  services: PageServices;
  /** What features publish for each other, typed (stores, events, slots). */
  shared: SharedPage;
  /** Scroll to an item or element and flash it (the flash is taken back with the page). */
  reveal: Reveal;
  /** Whether the outline starts open (settings). */
  outlineOpen: boolean;
}

/** What one run of a feature gets: every DOM change goes through `journal`; `signal` aborts when it is taken back. */
export interface FeatureRun {
  journal: DomJournal;
  signal: AbortSignal;
}

export interface PageFeature {
  id: FeatureId;
  /** Where it runs; absent, on every page read as minutes. */
  applies?(place: PagePlace): boolean;
  /** Its styles as text (its .css files): `page` for its marks in the page's document, `ui` inside the shadow roots. */
  css?: { page?: string; ui?: string };
  /** Annotate. Listeners are registered with `run.signal`, so they go when the feature is taken back. */
  apply(ctx: PageContext, run: FeatureRun): void;
}
