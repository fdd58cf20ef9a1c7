/**
 * Annotating a read page: every feature that applies there, in turn, each in its own error
 * boundary with its own journal and AbortSignal. A feature that throws is taken back at once
 * and the others go on; `remove()` takes everything back, newest first, and leaves the page's
 * DOM as it was.
 */
import type { Detection } from '../systems/detect.ts';
import { DomJournal } from './dom-journal.ts';
import { followFeature } from './features/follow/index.ts';
import type { FeatureId, PageContext, PageFeature, PageServices } from './feature.ts';
import { bookmarksFeature } from './features/bookmarks/index.ts';
import { caseCardFeature } from './features/case-card/index.ts';
import { caseNumbersFeature } from './features/case-numbers/index.ts';
import { decisionsFeature } from './features/decisions/index.ts';
import { deepLinkFeature } from './features/deep-link/index.ts';
import { historyFeature } from './features/history/index.ts';
import { itemsFeature } from './features/items/index.ts';
import { outlineFeature } from './features/outline/index.ts';
import { pdfButtonFeature } from './features/pdf-button/index.ts';
import { referencesFeature } from './features/references/index.ts';
import { trailFeature } from './features/trail/index.ts';
import { DEFAULT_PAGE_COLOURS, themeCss, type PageColours } from './page-theme.ts';
import { siteTone } from './site-tone.ts';
import type { PageMeeting } from './read-page.ts';
import revealCss from './reveal.css?inline';
import { pageReveal } from './reveal.ts';
import { createSharedPage } from './shared-state.ts';
import uiBaseCss from './ui-base.css?inline';
import { createPageUi, type PageCss } from './ui-host.ts';

/**
 * In order. Features share typed stores and slots, so most read what others publish whenever
 * it comes; a few read it once as they run: the item boxes ('items' first) and the decision
 * wrappers ('history' places its timeline after them).
 */
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
  followFeature,
];

export interface AnnotateOptions {
  /** What the page was detected as: features say by it whether they apply. */
  detection: Detection;
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
  /** Scroll to item `n` and flash it; false when the page has no such item. */
  reveal(itemNumber: number): boolean;
  remove(): void;
}

/** The theme, the shared pieces and each feature's own styles, in one sheet for the page and one for our roots. */
function pageCss(features: readonly PageFeature[], colours: PageColours): PageCss {
  const theme = themeCss(colours);
  return {
    page: [theme.page, revealCss, ...features.map((f) => f.css?.page ?? '')].join('\n'),
    ui: [theme.ui, uiBaseCss, ...features.map((f) => f.css?.ui ?? '')].join('\n'),
  };
}

export function annotate(doc: Document, url: string, page: PageMeeting, options: AnnotateOptions): Annotations {
  const { detection } = options;
  const features = (options.features ?? PAGE_FEATURES).filter((f) => !options.off?.has(f.id) && (f.applies?.({ detection }) ?? true));
  const uiJournal = new DomJournal();
  const { ui, dispose } = createPageUi(doc, uiJournal, pageCss(features, { ...(options.colours ?? DEFAULT_PAGE_COLOURS), siteTone: siteTone(doc) }));
  const shared = createSharedPage();
  const ctx: PageContext = {
    doc,
    url,
    detection,
    page,
    ui,
    services: options.services,
    shared,
    reveal: pageReveal(shared.itemBoxes, uiJournal),
    outlineOpen: options.outlineOpen ?? true,
  };
  const applied: { journal: DomJournal; stop: AbortController }[] = [];
  const failed: Annotations['failed'] = [];
  for (const feature of features) {
    const journal = new DomJournal();
    const stop = new AbortController();
    try {
      feature.apply(ctx, { journal, signal: stop.signal });
      applied.push({ journal, stop });
    } catch (error) {
      stop.abort();
      journal.undo();
      failed.push({ id: feature.id, error });
      console.warn(`[sagsspor] the ${feature.id} feature failed and was switched off on this page`, error);
    }
  }
  let removed = false;
  return {
    ctx,
    failed,
    reveal: (n) => !removed && ctx.reveal.item(n),
    remove() {
      if (removed) return;
      removed = true;
      for (const { journal, stop } of applied.reverse()) {
        try {
          stop.abort();
        } catch {
          // A listener that fails on the way out must not keep the page annotated.
        }
        journal.undo();
      }
      uiJournal.undo();
      dispose();
    },
  };
}
