/** Export and import of the device's unsent changes as a file (the format is in outbox-export.ts). */
import { db } from './db';
import { exportOutbox, importOutbox, type ImportResult } from './outbox-export';

export function exportUnsentChanges(): Promise<{ fileName: string; json: string; count: number }> {
  return exportOutbox(db);
}

export function importUnsentChanges(text: string): Promise<ImportResult> {
  return importOutbox(db, text);
}
