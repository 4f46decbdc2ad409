/** The device database's IndexedDB name, apart from db.ts so that reading it does not load Dexie. */
export const DB_NAME = 'trial-work-field';
