/** List filters kept in the URL, so the back button and a reload return to the same list. */
import { useEffect, useState } from 'react';
import { useLocation, useSearchParams } from 'react-router';

const withParam = (prev: URLSearchParams, name: string, value: string): URLSearchParams => {
  const next = new URLSearchParams(prev);
  if (value) next.set(name, value);
  else next.delete(name);
  return next;
};

export function useUrlFilter() {
  const [params, setParams] = useSearchParams();
  const get = (name: string) => params.get(name) ?? '';
  /** The value when it is one of `codes`, otherwise '' (a hand-edited URL cannot inject a bad filter). */
  const getCode = <T extends string>(codes: readonly T[], name: string): T | '' =>
    (codes as readonly string[]).includes(get(name)) ? (get(name) as T) : '';
  const set = (name: string, value: string) => setParams((prev) => withParam(prev, name, value), { replace: true });
  return { get, getCode, set };
}

/** Marks the history entries this hook writes, to tell them from a navigation elsewhere (a link, back). */
const TYPED = 'typedSearch';

/**
 * A search box's text kept in the URL parameter `name`. The screen filters on what was typed in the
 * keystroke's own render, and the URL follows in the next task: writing it (history.replaceState,
 * then the router matching and rendering its routes again, in a transition) cost more than the
 * filtering itself in a keystroke's profile at 50,000 seekers, and nothing on screen waits for it.
 */
export function useUrlText(name: string): [string, (value: string) => void] {
  const [params, setParams] = useSearchParams();
  const location = useLocation();
  const inUrl = params.get(name) ?? '';
  // What was last typed, on which history entry. It shows while the URL is that entry or one this
  // hook wrote since (catching up, perhaps with an older keystroke); any other navigation wins.
  const [typed, setTyped] = useState<{ value: string; on: string }>();
  const ours = (location.state as Record<string, unknown> | null)?.[TYPED] === true;
  const current = typed !== undefined && (typed.on === location.key || ours);
  const value = current ? typed.value : inUrl;
  useEffect(() => {
    if (!current || value === inUrl) return;
    const timer = setTimeout(() => setParams((prev) => withParam(prev, name, value), { replace: true, state: { [TYPED]: true } }));
    return () => clearTimeout(timer);
  }, [current, value, inUrl, name, setParams]);
  return [value, (next) => setTyped({ value: next, on: location.key })];
}
