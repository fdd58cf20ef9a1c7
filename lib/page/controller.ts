/**
 * The content script's state on one page: detect, read, annotate, and read again when the
 * page's own scripts change its content (FirstAgenda fills its items after load). Changes are
 * debounced; the same content (by fingerprint) is never annotated twice; our own DOM changes
 * and hash-only navigation never trigger a new read. Switching off takes everything back.
 */
import type { Meeting } from '../model.ts';
import type { PageCommand } from '../messages/to-content-script.ts';
import type { PageSummary } from '../messages/parts.ts';
import type { PageColours } from './page-theme.ts';
import { annotate, type Annotations } from './annotate.ts';
import { ATTR } from './attributes.ts';
import { detectMinutes, type Detection } from '../systems/detect.ts';
import type { PageServices } from './feature.ts';
import { meetingRefOf } from './meeting-ref.ts';
import { readPage, type PageMeeting } from './read-page.ts';
import { ROOT_TAG } from './ui-host.ts';

export interface ControllerDeps {
  services: PageServices;
  /** Tell the background what the page holds (store the meeting, set the badge). */
  report(summary: PageSummary, meeting: Meeting | null): void;
  outlineOpen?: boolean;
  colours?: PageColours;
  /** Debounce for the page's own changes. */
  settleMs?: number;
}

const LIMIT = { url: 2000, title: 300 };

export class PageController {
  private detection: Detection = { kind: 'none', reason: 'no-signal' };
  private current: { page: PageMeeting; annotations: Annotations } | null = null;
  private lastFingerprint: string | null = null;
  private observer: MutationObserver | null = null;
  private timer: ReturnType<typeof setTimeout> | null = null;
  private on = true;
  private forced = false;
  /** The page as last read while the annotations are hidden: the popup still says what it is. */
  private hidden: PageMeeting | null = null;

  constructor(
    private readonly doc: Document,
    private readonly url: () => string,
    private readonly deps: ControllerDeps,
  ) {}

  /** Detect and annotate; keep watching the page when it is minutes (or may become so). */
  start(): void {
    this.detection = detectMinutes(this.doc, this.url());
    if (this.detection.kind === 'none') return;
    this.run();
    this.watch();
  }

  /** "Analysér denne side": read the page as minutes even where detection said no. */
  analyse(): PageSummary {
    if (this.detection.kind === 'none') {
      this.detection = { kind: 'meeting', system: 'generic', reason: 'asked' };
      this.forced = true;
      this.watch();
    }
    this.on = true;
    this.hidden = null;
    this.lastFingerprint = null;
    this.run();
    return this.summary();
  }

  setOn(on: boolean): PageSummary {
    this.on = on;
    if (!on) {
      this.hidden = this.current?.page ?? this.hidden;
      this.clear();
    } else {
      this.hidden = null;
      this.lastFingerprint = null;
      this.run();
    }
    return this.summary();
  }

  reveal(itemNumber: number): boolean {
    return this.current?.annotations.reveal(itemNumber) ?? false;
  }

  command(command: PageCommand): boolean {
    const events = this.current?.annotations.ctx.shared.events;
    if (!events) return false;
    if (command === 'toggle-outline') events.emit('toggle-outline', {});
    else events.emit('step-decision', { direction: command === 'next-decision' ? 1 : -1 });
    return true;
  }

  summary(): PageSummary {
    const meeting = (this.current?.page ?? this.hidden)?.meeting ?? null;
    const items = meeting?.items ?? [];
    return {
      url: this.url().slice(0, LIMIT.url),
      title: (this.doc.title || '').slice(0, LIMIT.title),
      analysed: meeting !== null,
      meeting: meeting && meetingRefOf(meeting),
      itemCount: items.length,
      decisionCount: items.filter((i) => i.decision !== null).length,
      caseNumberCount: new Set(items.flatMap((i) => i.cases.map((c) => c.normalized))).size,
      bookmarkedCount: this.current?.annotations.ctx.shared.bookmarkedItems.get().size ?? 0,
      annotationsOn: this.on,
    };
  }

  get annotations(): Annotations | null {
    return this.current?.annotations ?? null;
  }

  stop(): void {
    this.observer?.disconnect();
    this.observer = null;
    if (this.timer !== null) clearTimeout(this.timer);
    this.clear();
  }

  /** Read the page; annotate when its content is new. */
  private run(): void {
    if (!this.on) return;
    this.quietly(() => {
      // Read the page as the page has it: our own wrappers out of the way first.
      const previous = this.current;
      previous?.annotations.remove();
      this.current = null;
      const page = readPage(this.doc, this.url(), this.detection);
      if (page === null) {
        if (previous !== null || this.lastFingerprint === null || this.forced) this.deps.report(this.summary(), null);
        this.lastFingerprint = null;
        this.forced = false;
        return;
      }
      const annotations = annotate(this.doc, this.url(), page, {
        detection: this.detection,
        services: this.deps.services,
        outlineOpen: this.deps.outlineOpen,
        colours: this.deps.colours,
      });
      this.current = { page, annotations };
      if (page.fingerprint !== this.lastFingerprint) {
        this.lastFingerprint = page.fingerprint;
        this.deps.report(this.summary(), page.meeting);
      }
      this.forced = false;
    });
  }

  private clear(): void {
    this.quietly(() => {
      this.current?.annotations.remove();
      this.current = null;
    });
  }

  /** Our own DOM changes must not look like the page's. */
  private quietly(change: () => void): void {
    const observing = this.observer !== null;
    if (observing) this.observer!.disconnect();
    try {
      change();
    } finally {
      if (observing) this.observe();
    }
  }

  private watch(): void {
    if (this.observer !== null || typeof MutationObserver === 'undefined') return;
    this.observer = new MutationObserver((records) => {
      if (records.every((r) => isOurs(r.target) || [...r.addedNodes, ...r.removedNodes].every(isOurs))) return;
      if (this.timer !== null) clearTimeout(this.timer);
      this.timer = setTimeout(() => {
        this.timer = null;
        this.rerunIfChanged();
      }, this.deps.settleMs ?? 400);
    });
    this.observe();
  }

  private observe(): void {
    this.observer?.observe(this.doc.body ?? this.doc.documentElement, { childList: true, subtree: true, characterData: true });
  }

  /** The page changed: read it again only when its text did. */
  private rerunIfChanged(): void {
    if (!this.on) return;
    if (this.detection.kind === 'none' || (this.detection.reason !== 'signature' && !this.forced && this.current === null)) {
      this.detection = detectMinutes(this.doc, this.url());
      if (this.detection.kind === 'none') return;
    }
    // Cheap check first: the page's text as the adapter reads it, with our marks still in place.
    const page = readPage(this.doc, this.url(), this.detection);
    if (page !== null && page.fingerprint === this.lastFingerprint && this.current !== null) return;
    if (page === null && this.current === null) return;
    this.run();
  }
}

function isOurs(node: Node): boolean {
  const el = node.nodeType === 1 ? (node as Element) : node.parentElement;
  return el !== null && el.closest(`${ROOT_TAG}, [${ATTR.case}], [${ATTR.ref}]`) !== null;
}
