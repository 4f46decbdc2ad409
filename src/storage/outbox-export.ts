/**
 * Unsent changes as a file: Safari on iPad may delete a site's IndexedDB after days without use, and a
 * cleared browser loses the outbox for good. A coordinator can save the outbox to
 * a JSON file and load it again, on this device or another one, so the changes still reach the server.
 *
 * Import only adds to the outbox (one transaction, all or nothing); the records themselves arrive with
 * the next pull once the server has applied the mutations. Mutation ids already in the outbox are
 * skipped; ids the server has already applied are harmless, because a push is idempotent by mutationId.
 * The file format is a local backup, not a sync DTO, so its schema lives here, built on the shared
 * mutationSchema. This module pulls in zod: import it lazily (only the settings screen needs it).
 */
import { z } from 'zod';
import { mutationSchema, type Mutation } from '../shared/mutation';
import type { FieldDb } from './db';

export const OUTBOX_FILE_FORMAT = 'trial-work-field/unsent-changes';

const outboxFileSchema = z.object({
  format: z.literal(OUTBOX_FILE_FORMAT),
  version: z.literal(1),
  exportedAt: z.string(),
  mutations: z.array(mutationSchema),
});
export type OutboxFile = z.infer<typeof outboxFileSchema>;

export type ImportResult =
  | { ok: true; added: number; skipped: number }
  | { ok: false; reason: 'invalid-json' | 'invalid-format' };

/** The outbox in push order, without the local sequence number (it means nothing on another device). */
export async function exportOutbox(db: FieldDb, now: Date = new Date()): Promise<{ fileName: string; json: string; count: number }> {
  const rows = await db.outbox.orderBy('seq').toArray();
  const mutations: Mutation[] = rows.map(({ seq: _seq, ...mutation }) => mutation);
  const file: OutboxFile = { format: OUTBOX_FILE_FORMAT, version: 1, exportedAt: now.toISOString(), mutations };
  return { fileName: exportFileName(now), json: JSON.stringify(file, null, 2), count: mutations.length };
}

/** e.g. trial-work-unsent-20250401-0930.json, in the device's local time (what the user sees). */
export function exportFileName(now: Date): string {
  const pad = (n: number) => String(n).padStart(2, '0');
  const day = `${now.getFullYear()}${pad(now.getMonth() + 1)}${pad(now.getDate())}`;
  return `trial-work-unsent-${day}-${pad(now.getHours())}${pad(now.getMinutes())}.json`;
}

/** Validates the whole file first; then adds every mutation not already queued, in file order. */
export async function importOutbox(db: FieldDb, text: string): Promise<ImportResult> {
  let raw: unknown;
  try {
    raw = JSON.parse(text);
  } catch {
    return { ok: false, reason: 'invalid-json' };
  }
  const parsed = outboxFileSchema.safeParse(raw);
  if (!parsed.success) return { ok: false, reason: 'invalid-format' };
  return db.transaction('rw', db.outbox, async () => {
    const ids = parsed.data.mutations.map((m) => m.mutationId);
    const present = new Set((await db.outbox.where('mutationId').anyOf(ids).toArray()).map((m) => m.mutationId));
    const fresh: Mutation[] = [];
    for (const mutation of parsed.data.mutations) {
      if (present.has(mutation.mutationId)) continue;
      present.add(mutation.mutationId); // a file listing the same mutation twice queues it once
      fresh.push(mutation);
    }
    await db.outbox.bulkAdd(fresh);
    return { ok: true as const, added: fresh.length, skipped: ids.length - fresh.length };
  });
}
