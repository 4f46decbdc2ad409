/** What live-db.ts loads: Dexie's liveQuery and the device database. */
export { liveQuery } from 'dexie';
export { db } from './db';
