/** A small Preact hook over Dexie's liveQuery (instead of dexie-react-hooks; toolchain pitfall 6). */
import { liveQuery } from 'dexie';
import { useEffect, useState } from 'preact/hooks';

export interface LiveResult<T> {
  value: T | undefined;
  error: unknown;
}

/** The query's latest result; re-runs whenever the tables it read change (in any tab or the background). */
export function useLiveQuery<T>(query: () => Promise<T>, deps: readonly unknown[]): LiveResult<T> {
  const [state, setState] = useState<LiveResult<T>>({ value: undefined, error: null });
  useEffect(() => {
    const subscription = liveQuery(query).subscribe({
      next: (value) => setState({ value, error: null }),
      error: (error: unknown) => {
        console.error('[sagsspor] live query failed', error);
        setState((s) => ({ value: s.value, error }));
      },
    });
    return () => subscription.unsubscribe();
  }, deps);
  return state;
}
