/**
 * What the page features share, typed: values one feature publishes and others read or follow
 * (stores), requests between features (events), and the places in one feature's UI that others
 * fill (slots). A reader subscribes instead of relying on running after the writer; everything
 * registered with a feature's AbortSignal goes when that feature is taken back.
 */
import type { ComponentChildren, ComponentType } from 'preact';
import type { Item } from '../model.ts';
import type { PageItemTrail } from '../messages/trail.ts';

type Listener = () => void;

/** Listeners that can be told of a change, each removed by its own signal. */
export class Listeners {
  private readonly listeners = new Set<Listener>();

  add(listener: Listener, signal?: AbortSignal): () => void {
    this.listeners.add(listener);
    const remove = () => void this.listeners.delete(listener);
    signal?.addEventListener('abort', remove, { once: true });
    return remove;
  }

  notify(): void {
    for (const listener of [...this.listeners]) listener();
  }
}

/** One value, with change notification. */
export class Store<T> {
  private readonly listeners = new Listeners();

  constructor(private value: T) {}

  get(): T {
    return this.value;
  }

  set(value: T): void {
    this.value = value;
    this.listeners.notify();
  }

  /** Set `value` for as long as its feature runs: when `signal` aborts, back to the value before. */
  publish(value: T, signal: AbortSignal): void {
    if (signal.aborted) return;
    const before = this.value;
    this.set(value);
    signal.addEventListener('abort', () => this.set(before), { once: true });
  }

  subscribe(listener: Listener, signal?: AbortSignal): () => void {
    return this.listeners.add(listener, signal);
  }
}

/** Requests from one feature (or the controller) to another, by name, with a typed detail. */
export interface PageEventMap {
  /** A case-number mark was clicked or keyed: open its card. */
  'open-case-card': { mark: HTMLElement };
  /** The keyboard command: open or close the outline. */
  'toggle-outline': Record<string, never>;
  /** The keyboard command: go to the next (1) or previous (-1) decision. */
  'step-decision': { direction: 1 | -1 };
}

export class PageEvents {
  private readonly handlers = new Map<keyof PageEventMap, Set<(detail: never) => void>>();

  on<K extends keyof PageEventMap>(type: K, handler: (detail: PageEventMap[K]) => void, signal: AbortSignal): void {
    if (signal.aborted) return;
    const set = this.handlers.get(type) ?? new Set();
    this.handlers.set(type, set);
    set.add(handler);
    signal.addEventListener('abort', () => set.delete(handler), { once: true });
  }

  /** Whether any feature took the request. */
  emit<K extends keyof PageEventMap>(type: K, detail: PageEventMap[K]): boolean {
    const set = this.handlers.get(type);
    if (set === undefined || set.size === 0) return false;
    for (const handler of [...set]) (handler as (detail: PageEventMap[K]) => void)(detail);
    return true;
  }
}

/** A part another feature puts into a slot: lower `order` first. */
export interface SlotPart<Props> {
  order: number;
  Component: ComponentType<Props>;
}

/** The named slots of one feature's UI, each with the props its parts get. */
export class Slots<Map> {
  private readonly parts: { [K in keyof Map]?: SlotPart<Map[K]>[] } = {};
  private readonly listeners = new Listeners();

  /** Put a part into a slot until `signal` aborts (the contributing feature is taken back). */
  fill<K extends keyof Map>(slot: K, part: SlotPart<Map[K]>, signal: AbortSignal): void {
    if (signal.aborted) return;
    const list = [...(this.parts[slot] ?? []), part].sort((a, b) => a.order - b.order);
    this.parts[slot] = list;
    this.listeners.notify();
    signal.addEventListener(
      'abort',
      () => {
        this.parts[slot] = (this.parts[slot] ?? []).filter((p) => p !== part);
        this.listeners.notify();
      },
      { once: true },
    );
  }

  of<K extends keyof Map>(slot: K): readonly SlotPart<Map[K]>[] {
    return this.parts[slot] ?? [];
  }

  subscribe(listener: Listener, signal?: AbortSignal): () => void {
    return this.listeners.add(listener, signal);
  }
}

/** The slots of the bar over a decision (the decisions feature draws the outcome; others add to it). */
export interface DecisionBarSlots {
  /** Around the whole bar: a frame, and state its other parts share (context). */
  frame: { item: Item; children: ComponentChildren };
  /** In the bar's row, after the outcome. */
  actions: { item: Item };
  /** Under the row. */
  details: { item: Item };
}

/** The slots of the outline panel. */
export interface OutlineSlots {
  /** After an item's number. */
  itemMark: { item: Item };
  /** Above the list of items. */
  notices: Record<string, never>;
  /** Below the list of items. */
  footer: Record<string, never>;
}

/** The case trail of the page as the store answered it; null until it has. */
export interface TrailView {
  /** The municipality the store files this page under (the case view's key). */
  municipalityKey: string;
  byItem: ReadonlyMap<number, PageItemTrail>;
}

export interface SharedPage {
  /** The element holding each item's content, by item number (published by 'items'). */
  readonly itemBoxes: Store<ReadonlyMap<number, Element>>;
  /** Each item's decision wrappers, by item number (published by 'decisions'). */
  readonly decisionBoxes: Store<ReadonlyMap<number, readonly Element[]>>;
  /** The numbers of the bookmarked items (published by 'bookmarks'; the popup counts them). */
  readonly bookmarkedItems: Store<ReadonlySet<number>>;
  /** The case trail (published by 'trail'; the history timelines link to it). */
  readonly trail: Store<TrailView | null>;
  readonly events: PageEvents;
  readonly decisionBar: Slots<DecisionBarSlots>;
  readonly outline: Slots<OutlineSlots>;
}

export function createSharedPage(): SharedPage {
  return {
    itemBoxes: new Store<ReadonlyMap<number, Element>>(new Map()),
    decisionBoxes: new Store<ReadonlyMap<number, readonly Element[]>>(new Map()),
    bookmarkedItems: new Store<ReadonlySet<number>>(new Set()),
    trail: new Store<TrailView | null>(null),
    events: new PageEvents(),
    decisionBar: new Slots<DecisionBarSlots>(),
    outline: new Slots<OutlineSlots>(),
  };
}
