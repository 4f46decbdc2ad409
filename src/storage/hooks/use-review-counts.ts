import { countAttention, countOpenConflicts } from '../review-counts';
import { useDeviceQuery } from './use-device-query';

// In the header's menu on every screen: no Dexie in the first screen's JavaScript (use-device-query.ts).
export function useAttentionCount(): number {
  return useDeviceQuery(countAttention, { initial: 0 });
}

export function useConflictCount(): number {
  return useDeviceQuery(countOpenConflicts, { initial: 0 });
}
