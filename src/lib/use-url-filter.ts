/** List filters kept in the URL, so the back button and a reload return to the same list. */
import { useSearchParams } from 'react-router';

export function useUrlFilter() {
  const [params, setParams] = useSearchParams();
  const get = (name: string) => params.get(name) ?? '';
  /** The value when it is one of `codes`, otherwise '' (a hand-edited URL cannot inject a bad filter). */
  const getCode = <T extends string>(codes: readonly T[], name: string): T | '' =>
    (codes as readonly string[]).includes(get(name)) ? (get(name) as T) : '';
  const set = (name: string, value: string) =>
    setParams(
      (prev) => {
        const next = new URLSearchParams(prev);
        if (value) next.set(name, value);
        else next.delete(name);
        return next;
      },
      { replace: true },
    );
  return { get, getCode, set };
}
