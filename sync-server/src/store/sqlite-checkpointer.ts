/**
 * WAL checkpoints off the request path (SQLite only). By default the connection that commits the
 * transaction that crosses 1,000 WAL pages copies the WAL into the database file and fsyncs both,
 * inside that request: measured on a push of 500 seeker edits, that was ~30% of the server's time.
 *
 * Here a worker thread with its own connection runs PASSIVE checkpoints on a short interval: they
 * never wait for or block the writer, and the copy + fsync happen on another thread. The writer's own
 * auto-checkpoint stays as a safety net at a larger size (WRITER_AUTOCHECKPOINT_PAGES), so the WAL
 * stays bounded even if the worker falls behind or dies. The worker is plain JS (eval) so it runs the
 * same under tsx, vitest and a build, and resolves better-sqlite3 from here.
 */
import { createRequire } from 'node:module';
import { Worker } from 'node:worker_threads';

/** ~32 MB of 4 KB pages: bursts of several 2,000-mutation pushes fit without an inline checkpoint. */
export const WRITER_AUTOCHECKPOINT_PAGES = 8000;
const INTERVAL_MS = 250;

const WORKER_SOURCE = `
const { parentPort, workerData } = require('node:worker_threads');
const Database = require(workerData.driver);
const db = new Database(workerData.file);
db.pragma('busy_timeout = 1000');
const timer = setInterval(() => {
  try { db.pragma('wal_checkpoint(PASSIVE)'); } catch { /* busy or closing: the next tick or the writer does it */ }
}, workerData.intervalMs);
parentPort.on('message', () => { clearInterval(timer); db.close(); parentPort.close(); });
`;

export type Checkpointer = { close(): Promise<void> };

export function startCheckpointer(file: string): Checkpointer {
  const driver = createRequire(import.meta.url).resolve('better-sqlite3');
  const worker = new Worker(WORKER_SOURCE, { eval: true, workerData: { file, driver, intervalMs: INTERVAL_MS } });
  // A background helper must never keep the process alive, nor take it down.
  worker.unref();
  worker.on('error', () => {});
  return {
    async close() {
      const exited = new Promise<void>((resolve) => worker.once('exit', () => resolve()));
      worker.postMessage('close');
      await Promise.race([exited, new Promise<void>((resolve) => setTimeout(resolve, 1000).unref())]);
      await worker.terminate();
    },
  };
}
