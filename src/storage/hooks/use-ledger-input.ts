import { useLiveQuery } from 'dexie-react-hooks';
import type { LedgerInput } from '../../domain/placement-ledgers';
import { db } from '../db';
import { ledgerInput } from '../ledger-queries';

/** Every record the placement ledgers read; undefined while loading. */
export function useLedgerInput(): LedgerInput | undefined {
  return useLiveQuery(() => ledgerInput(db), []);
}
