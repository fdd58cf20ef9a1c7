/** Preact helpers of the page UI: re-render on a change, and draw the parts other features put in a slot. */
import { h, type ComponentChild, type ComponentType } from 'preact';
import { useEffect, useState } from 'preact/hooks';
import type { Slots } from './shared-state.ts';

/** Re-render when what a component shows changes (a store, slots, a feature's state). */
export function useChanges(source: { subscribe(listener: () => void): () => void } | null | undefined): number {
  const [version, setVersion] = useState(0);
  useEffect(() => {
    if (!source) return;
    const bump = () => setVersion((v) => v + 1);
    const unsubscribe = source.subscribe(bump);
    bump(); // effects run after paint: a change before we subscribed must not be missed
    return unsubscribe;
  }, [source]);
  return version;
}

/** The parts in `slot`, in order, each with `props`. The caller re-renders on `useChanges(slots)`. */
export function slotParts<Map, K extends keyof Map>(slots: Slots<Map> | undefined, slot: K, props: Map[K] & object): ComponentChild[] {
  return (slots?.of(slot) ?? []).map((part, index) => h(part.Component as ComponentType<Map[K] & object>, { ...props, key: index }));
}
