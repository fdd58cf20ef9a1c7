/**
 * What the page features share (lib/page/shared-state.ts): stores a feature publishes for as
 * long as it runs, typed requests between features, and slots other features fill, each
 * entry going when the AbortSignal of the feature that made it aborts.
 */
import { describe, expect, it } from 'vitest';
import { createSharedPage, PageEvents, Slots, Store, type DecisionBarSlots } from '../../../lib/page/shared-state.ts';

describe('stores', () => {
  it('tell their subscribers of a change; a value published by a feature goes back when the feature stops', () => {
    const store = new Store<ReadonlySet<number>>(new Set());
    const seen: number[][] = [];
    const reader = new AbortController();
    store.subscribe(() => seen.push([...store.get()]), reader.signal);
    const feature = new AbortController();
    store.publish(new Set([3, 5]), feature.signal);
    expect([...store.get()]).toEqual([3, 5]);
    feature.abort();
    expect([...store.get()]).toEqual([]);
    reader.abort();
    store.set(new Set([9]));
    expect(seen).toEqual([[3, 5], []]);
  });

  it('take nothing from a feature that has already stopped', () => {
    const store = new Store(1);
    const stopped = new AbortController();
    stopped.abort();
    store.publish(2, stopped.signal);
    expect(store.get()).toBe(1);
  });
});

describe('page events', () => {
  it('carry a typed request to the features that listen, until they stop; say whether anyone took it', () => {
    const events = new PageEvents();
    const directions: number[] = [];
    expect(events.emit('step-decision', { direction: 1 })).toBe(false);
    const outline = new AbortController();
    events.on('step-decision', ({ direction }) => directions.push(direction), outline.signal);
    expect(events.emit('step-decision', { direction: -1 })).toBe(true);
    expect(events.emit('toggle-outline', {})).toBe(false);
    outline.abort();
    expect(events.emit('step-decision', { direction: 1 })).toBe(false);
    expect(directions).toEqual([-1]);
  });
});

describe('slots', () => {
  it('hold the parts other features put in, in their order, each until its feature stops', () => {
    const slots = new Slots<DecisionBarSlots>();
    let changes = 0;
    slots.subscribe(() => changes++);
    const bookmarks = new AbortController();
    const trail = new AbortController();
    const Bookmark = () => null;
    const Count = () => null;
    slots.fill('actions', { order: 20, Component: Count }, trail.signal);
    slots.fill('actions', { order: 10, Component: Bookmark }, bookmarks.signal);
    expect(slots.of('actions').map((p) => p.Component)).toEqual([Bookmark, Count]);
    expect(slots.of('details')).toEqual([]);
    bookmarks.abort();
    expect(slots.of('actions').map((p) => p.Component)).toEqual([Count]);
    expect(changes).toBe(3);
    const stopped = new AbortController();
    stopped.abort();
    slots.fill('details', { order: 1, Component: Count }, stopped.signal);
    expect(slots.of('details')).toEqual([]);
  });

  it('start empty on every page', () => {
    const shared = createSharedPage();
    expect(shared.itemBoxes.get().size).toBe(0);
    expect(shared.trail.get()).toBeNull();
    expect(shared.decisionBar.of('frame')).toEqual([]);
    expect(shared.outline.of('footer')).toEqual([]);
  });
});
