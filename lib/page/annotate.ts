/**
 * Annotating a read page: every feature in turn, each in its own error boundary with its own
 * journal. A feature that throws is taken back at once and the others go on; `remove()` takes
 * everything back, newest first, and leaves the page's DOM as it was.
 */
import { PageBookmarks } from './features/bookmarks/state.ts';
import { PageTrail } from './features/trail/state.ts';
import { DomJournal } from './dom-journal.ts';
import { bookmarksFeature } from './features/bookmarks/index.ts';
import type { FeatureId, PageContext, PageFeature, PageServices } from './feature.ts';
import { caseCardFeature } from './features/case-card/index.ts';
import { caseNumbersFeature } from './features/case-numbers/index.ts';
import { decisionsFeature } from './features/decisions/index.ts';
import { deepLinkFeature } from './features/deep-link/index.ts';
import { historyFeature } from './features/history/index.ts';
import { itemsFeature } from './features/items/index.ts';
import { trailFeature } from './features/trail/index.ts';
import { outlineFeature } from './features/outline/index.ts';
import { pdfButtonFeature } from './features/pdf-button/index.ts';
import { referencesFeature } from './features/references/index.ts';
import type { PageMeeting } from './read-page.ts';
import { createPageUi } from './ui-host.ts';
import type { PageColours } from './page-theme.ts';

/** In order: later features use what earlier ones found (containers, decision wrappers). */
export const PAGE_FEATURES: readonly PageFeature[] = [
  itemsFeature,
  bookmarksFeature,
  trailFeature,
  decisionsFeature,
  caseNumbersFeature,
  caseCardFeature,
  referencesFeature,
  historyFeature,
  outlineFeature,
  deepLinkFeature,
  pdfButtonFeature,
];

export interface AnnotateOptions {
  services: PageServices;
  outlineOpen?: boolean;
  colours?: PageColours;
  /** Features switched off. */
  off?: ReadonlySet<FeatureId>;
  features?: readonly PageFeature[];
}

export interface Annotations {
  ctx: PageContext;
  /** Features that threw, with what they threw (already taken back). */
  failed: { id: FeatureId; error: unknown }[];
  remove(): void;
}

export function annotate(doc: Document, url: string, page: PageMeeting, options: AnnotateOptions): Annotations {
  const uiJournal = new DomJournal();
  const { ui, dispose } = createPageUi(doc, uiJournal, options.colours);
  const ctx: PageContext = {
    doc,
    url,
    page,
    ui,
    services: options.services,
    bookmarks: new PageBookmarks(options.services.bookmarks, page, url),
    trail: new PageTrail(options.services.trail, page, url),
    outlineOpen: options.outlineOpen ?? true,
    containers: new Map(),
    decisions: new Map(),
  };
  const applied: { journal: DomJournal; cleanup: (() => void) | null }[] = [];
  const failed: Annotations['failed'] = [];
  for (const feature of options.features ?? PAGE_FEATURES) {
    if (options.off?.has(feature.id)) continue;
    const journal = new DomJournal();
    try {
      const cleanup = feature.apply(ctx, journal);
      applied.push({ journal, cleanup: typeof cleanup === 'function' ? cleanup : null });
    } catch (error) {
      journal.undo();
      failed.push({ id: feature.id, error });
      console.warn(`[sagsspor] the ${feature.id} feature failed and was switched off on this page`, error);
    }
  }
  let removed = false;
  return {
    ctx,
    failed,
    remove() {
      if (removed) return;
      removed = true;
      for (const { journal, cleanup } of applied.reverse()) {
        try {
          cleanup?.();
        } catch {
          // A cleanup that fails must not keep the page annotated.
        }
        journal.undo();
      }
      uiJournal.undo();
      dispose();
    },
  };
}
