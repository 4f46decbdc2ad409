import { useEffect, useState } from 'react';
import type { Seeker } from '../../shared/entities';
import { db } from '../db';
import { findLikelyDuplicates, type DuplicateProbe } from '../duplicate-queries';

const DEBOUNCE_MS = 250;

/** Seekers that look like the one being typed in, re-checked as the user types (debounced). */
export function useLikelyDuplicates(probe: DuplicateProbe): Seeker[] {
  const [found, setFound] = useState<Seeker[]>([]);
  const { familyNameKana, givenNameKana, birthDate, phone, excludeId } = probe;
  useEffect(() => {
    let cancelled = false;
    const timer = setTimeout(() => {
      findLikelyDuplicates(db, { familyNameKana, givenNameKana, birthDate, phone, excludeId }).then(
        (rows) => !cancelled && setFound(rows),
        () => !cancelled && setFound([]),
      );
    }, DEBOUNCE_MS);
    return () => {
      cancelled = true;
      clearTimeout(timer);
    };
  }, [familyNameKana, givenNameKana, birthDate, phone, excludeId]);
  return found;
}
