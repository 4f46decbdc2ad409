/**
 * `useLiveQuery` for the hooks of the first screen (the header's counts, the seeker list), without
 * Dexie in its JavaScript (`npm run build:report`): the database module (live-db.ts) is imported on
 * the first subscription, and from then on, once loaded, a query starts and answers as with
 * dexie-react-hooks' useLiveQuery, whose semantics this follows: `defaultResult` until the first
 * answer, the previous answer kept while the deps change, an error thrown to the error boundary.
 */
import { useEffect, useMemo, useReducer, useRef, type DependencyList } from 'react';
import type { FieldDb } from '../db';

type LiveDb = typeof import('../live-db');
type Subscription = { unsubscribe(): void };
type Source<T> = { subscribe(next: (value: T) => void, fail: (error: unknown) => void): Subscription; current?: () => { value: T } | undefined };

let loaded: LiveDb | undefined;
let loading: Promise<LiveDb> | undefined;
const loadLiveDb = (): Promise<LiveDb> => (loading ??= import('../live-db').then((module) => (loaded = module)));

/** The live query as a source: Dexie's observable once the module is in, else one that waits for it. */
function liveSource<T>(query: (db: FieldDb) => Promise<T> | T): Source<T> {
  if (loaded) {
    const { liveQuery, db } = loaded;
    const observable = liveQuery(() => query(db));
    // A query answered lately (a screen opened again) has its answer at once: no empty first render.
    return { subscribe: (next, fail) => observable.subscribe(next, fail), current: () => (observable.hasValue?.() ? { value: observable.getValue!() } : undefined) };
  }
  return {
    subscribe(next, fail) {
      let inner: Subscription | undefined;
      let closed = false;
      loadLiveDb().then(
        ({ liveQuery, db }) => {
          if (!closed) inner = liveQuery(() => query(db)).subscribe(next, fail);
        },
        fail,
      );
      return {
        unsubscribe() {
          closed = true;
          inner?.unsubscribe();
        },
      };
    },
  };
}

export function useDeviceQuery<T>(query: (db: FieldDb) => Promise<T> | T, deps: DependencyList): T | undefined;
export function useDeviceQuery<T, D>(query: (db: FieldDb) => Promise<T> | T, deps: DependencyList, defaultResult: D): T | D;
export function useDeviceQuery<T, D>(query: (db: FieldDb) => Promise<T> | T, deps: DependencyList, defaultResult?: D): T | D | undefined {
  const monitor = useRef<{ result: T | D | undefined; answered: boolean; error: unknown }>({ result: defaultResult, answered: false, error: null });
  const [, rerender] = useReducer((n: number) => n + 1, 0);
  // eslint-disable-next-line react-hooks/exhaustive-deps -- the caller's deps, as with useLiveQuery
  const source = useMemo(() => liveSource(query), deps);
  if (!monitor.current.answered) {
    const now = source.current?.();
    if (now) Object.assign(monitor.current, { result: now.value, answered: true });
  }
  useEffect(() => {
    const subscription = source.subscribe(
      (value) => {
        const current = monitor.current;
        if (current.error === null && current.answered && current.result === value) return;
        Object.assign(current, { result: value, answered: true, error: null });
        rerender();
      },
      (error) => {
        if (monitor.current.error === error) return;
        monitor.current.error = error;
        rerender();
      },
    );
    return () => subscription.unsubscribe();
  }, [source]);
  if (monitor.current.error !== null) throw monitor.current.error;
  return monitor.current.result;
}
