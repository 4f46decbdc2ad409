import { useLiveQuery } from 'dexie-react-hooks';
import { dayList, type DayListRow } from '../day-list-queries';
import { db } from '../db';

/** What is due for `userId` (null: everyone) as of `today`, live: an item leaves as soon as the record answering it is saved. */
export function useDayList(today: string, userId: string | null): DayListRow[] | undefined {
  return useLiveQuery(() => dayList(db, today, userId), [today, userId]);
}
