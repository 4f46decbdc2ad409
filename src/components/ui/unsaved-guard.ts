/**
 * A registry of forms that hold unsaved input. Forms call `useUnsavedChanges(formState.isDirty)`; the
 * service-worker update (src/pwa/) asks `hasUnsavedChanges()` before it reloads the page, because a
 * reload would silently throw away what a coordinator has typed.
 * While anything is dirty the browser also asks before the tab is closed or reloaded by hand.
 */
import { useEffect, useId, useSyncExternalStore } from 'react';

const dirtyForms = new Set<string>();
const listeners = new Set<() => void>();

function notify() {
  for (const listener of listeners) listener();
}

function warnBeforeUnload(event: BeforeUnloadEvent) {
  event.preventDefault();
}

function setDirty(key: string, dirty: boolean) {
  const before = dirtyForms.size;
  if (dirty) dirtyForms.add(key);
  else dirtyForms.delete(key);
  if (before === dirtyForms.size) return;
  if (before === 0) window.addEventListener('beforeunload', warnBeforeUnload);
  if (dirtyForms.size === 0) window.removeEventListener('beforeunload', warnBeforeUnload);
  notify();
}

export function hasUnsavedChanges(): boolean {
  return dirtyForms.size > 0;
}

export function subscribeUnsavedChanges(listener: () => void): () => void {
  listeners.add(listener);
  return () => listeners.delete(listener);
}

/** Marks the calling form as holding unsaved input while `isDirty` is true (and until it unmounts). */
export function useUnsavedChanges(isDirty: boolean): void {
  const key = useId();
  useEffect(() => {
    setDirty(key, isDirty);
    return () => setDirty(key, false);
  }, [key, isDirty]);
}

export function useHasUnsavedChanges(): boolean {
  return useSyncExternalStore(subscribeUnsavedChanges, hasUnsavedChanges, () => false);
}
