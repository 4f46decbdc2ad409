/**
 * Small helpers on plain record values shared by the merge (server) and the rebase (device):
 * deep equality that ignores key order, and the split between sync meta and user fields.
 * Meta fields (id, version, deleted, timestamps) are owned by the server and never merged per field.
 */
import { RECORD_META_KEYS } from '../../shared/fields';

export type PlainRecord = Record<string, unknown>;

const META = new Set<string>(RECORD_META_KEYS);

export function isMetaKey(key: string): boolean {
  return META.has(key);
}

/** The user-editable part of a patch: meta keys are dropped because the server sets them. */
export function userFields(patch: PlainRecord): PlainRecord {
  const out: PlainRecord = {};
  for (const [key, value] of Object.entries(patch)) if (!META.has(key)) out[key] = value;
  return out;
}

/** Structural equality for JSON-like values (objects compared without regard to key order). */
export function valuesEqual(a: unknown, b: unknown): boolean {
  if (a === b) return true;
  if (typeof a !== 'object' || typeof b !== 'object' || a === null || b === null) return false;
  if (Array.isArray(a) !== Array.isArray(b)) return false;
  if (Array.isArray(a) && Array.isArray(b)) {
    return a.length === b.length && a.every((item, i) => valuesEqual(item, b[i]));
  }
  const ka = Object.keys(a).filter((k) => (a as PlainRecord)[k] !== undefined);
  const kb = Object.keys(b).filter((k) => (b as PlainRecord)[k] !== undefined);
  return ka.length === kb.length && ka.every((k) => valuesEqual((a as PlainRecord)[k], (b as PlainRecord)[k]));
}
