import { useLiveQuery } from 'dexie-react-hooks';
import type { ProgrammeSetting } from '../../shared/entities';
import { db } from '../db';
import { feeRow, listFees, listProgrammeSettings, type FeeRow } from '../fee-queries';

/** Every success fee with its hire, company and seeker; undefined while loading. */
export function useFeeList(): FeeRow[] | undefined {
  return useLiveQuery(() => listFees(db), []);
}

/** One fee as the list shows it (null: no such fee). */
export function useFeeRow(id: string | undefined): FeeRow | null | undefined {
  return useLiveQuery(async () => (id ? await feeRow(db, id) : null), [id]);
}

export function useProgrammeSettings(): ProgrammeSetting[] | undefined {
  return useLiveQuery(() => listProgrammeSettings(db), []);
}
