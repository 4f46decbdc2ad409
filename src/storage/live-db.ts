/**
 * What a live query needs, loaded as one piece by the hooks of the first screen
 * (hooks/use-device-query.ts): Dexie's liveQuery and the device database with its middlewares.
 */
export { liveQuery } from 'dexie';
export { db } from './db';
