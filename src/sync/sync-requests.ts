/**
 * "今すぐ同期" without importing the engine: the header stays light (the engine pulls in the record
 * writer and zod, which load after the first paint), and the running loop registers itself here.
 */
let handler: (() => Promise<void>) | undefined;

export function setSyncRequestHandler(next: (() => Promise<void>) | undefined): void {
  handler = next;
}

/** Runs a sync now (resetting any backoff); a no-op before the loop has started. */
export function requestSync(): Promise<void> {
  return handler?.() ?? Promise.resolve();
}
