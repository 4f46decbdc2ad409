import { useLiveQuery } from 'dexie-react-hooks';
import { db } from '../db';
import { countAttention, countOpenConflicts } from '../review-counts';

export function useAttentionCount(): number {
  return useLiveQuery(() => countAttention(db), [], 0);
}

export function useConflictCount(): number {
  return useLiveQuery(() => countOpenConflicts(db), [], 0);
}
