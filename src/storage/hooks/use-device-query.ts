/**
 * `useLiveQuery` for the hooks of the first screen (the header's counts, the seeker list), without
 * Dexie in its JavaScript (`npm run build:report`): the database (live-db.ts) is loaded on the first
 * subscription if the session store has not loaded it yet. Once it is loaded, a query starts and
 * answers as with dexie-react-hooks' useLiveQuery, whose semantics this follows: `initial` until the first answer (or at once the answer
 * liveQuery holds for the same query lately), the previous answer kept while a new query starts, an
 * error thrown to the error boundary.
 */
import { useEffect, useState } from 'react';
import type { FieldDb } from '../db';
import { loadedLiveDb, loadLiveDb } from '../live-db';

type Subscription = { unsubscribe(): void };
type Source<T> = { subscribe(next: (value: T) => void, fail: (error: unknown) => void): Subscription; current?: () => { value: T } | undefined };

/** The live query as a source: Dexie's observable once the module is in, else one that waits for it. */
function liveSource<T>(query: (db: FieldDb) => Promise<T> | T): Source<T> {
  const loaded = loadedLiveDb();
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

type Answer<R> = { result: R; answered: boolean; error?: { thrown: unknown } };

/** `rerunOn`: the query starts again when it changes (Object.is), like a dep of useLiveQuery; `initial`: the result until the first answer. */
export type DeviceQueryOptions<D> = { rerunOn?: unknown; initial?: D };

export function useDeviceQuery<T, D = undefined>(query: (db: FieldDb) => Promise<T> | T, options: DeviceQueryOptions<D> = {}): T | D {
  const { rerunOn, initial } = options;
  const [live, setLive] = useState(() => ({ rerunOn, source: liveSource(query) }));
  // The query changed: a new source now, in this render (React's "adjusting state when a prop changes").
  if (!Object.is(live.rerunOn, rerunOn)) setLive({ rerunOn, source: liveSource(query) });
  const { source } = live;
  const [answer, setAnswer] = useState<Answer<T | D>>({ result: initial as D, answered: false });
  useEffect(() => {
    const subscription = source.subscribe(
      (result) => setAnswer((last) => (last.answered && !last.error && last.result === result ? last : { result, answered: true })),
      (thrown) => setAnswer((last) => (last.error?.thrown === thrown ? last : { ...last, error: { thrown } })),
    );
    return () => subscription.unsubscribe();
  }, [source]);
  if (answer.error) throw answer.error.thrown;
  if (answer.answered) return answer.result;
  const now = source.current?.();
  return now ? now.value : answer.result;
}
