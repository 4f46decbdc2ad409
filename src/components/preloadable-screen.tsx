/**
 * A screen whose code is loaded on demand, like React.lazy, but without Suspense. React reveals a
 * Suspense boundary's content no sooner than 300 ms after its fallback was shown (its fallback
 * throttle): on the offline cold start (≤ 1 s to the seeker list, docs/cold-start.md) that alone happened twice,
 * once for the passcode screen and once for the list. Here a screen whose code is not there yet
 * shows the loading line and re-renders the moment it arrives; and `preload()` (called while the
 * session is read, or while the passcode is typed) usually means it renders at once.
 */
import { useEffect, useState, type ComponentType } from 'react';

export type PreloadableScreen<P extends object> = ComponentType<P> & {
  /** Starts loading the code (once); resolves when the screen can render without waiting. */
  preload(): Promise<void>;
};

export function preloadableScreen<P extends object>(load: () => Promise<ComponentType<P>>): PreloadableScreen<P> {
  let loaded: ComponentType<P> | undefined;
  let loading: Promise<void> | undefined;
  const preload = () =>
    (loading ??= load().then(
      (component) => {
        loaded = component;
      },
      (error: unknown) => {
        // A later visit may succeed (a flaky network before the precache is complete).
        loading = undefined;
        throw error;
      },
    ));

  function Screen(props: P) {
    const [Loaded, setLoaded] = useState(() => loaded);
    const [failure, setFailure] = useState<{ error: unknown }>();
    useEffect(() => {
      if (Loaded) return;
      preload().then(
        () => setLoaded(() => loaded),
        (error: unknown) => setFailure({ error }),
      );
    }, [Loaded]);
    // To the nearest error boundary, as React.lazy would.
    if (failure) throw failure.error;
    return Loaded ? <Loaded {...props} /> : <p className="loading" aria-busy="true" />;
  }
  return Object.assign(Screen, { preload });
}
