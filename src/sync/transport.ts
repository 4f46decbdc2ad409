/**
 * What the sync modules need from "the server", as an interface so the engine can be driven by the
 * HTTP transport in the app and by the same transport against an in-process server in tests.
 * Failures are typed: `TransportError` carries a `PushFailure` (the pure core's vocabulary), so
 * push, pull and the loop all decide with `classifyPushFailure` instead of parsing messages.
 */
import type { Mutation } from '../shared/mutation';
import type { ConflictRecord, PullResponse, PushResponse, SnapshotResponse, UnsentSummary } from '../shared/sync-protocol';
import type { PushFailure } from './core/push-failure';

export type SyncTransport = {
  push(mutations: readonly Mutation[]): Promise<PushResponse>;
  pull(cursor: string, limit?: number): Promise<PullResponse>;
  snapshot(cursor: string, limit?: number): Promise<SnapshotResponse>;
  openConflicts(): Promise<ConflictRecord[]>;
  resolveConflict(id: string): Promise<ConflictRecord>;
  /** Tells the server what this device still holds unsent (the admin's devices screen). */
  reportDevice(summary: UnsentSummary): Promise<void>;
};

export class TransportError extends Error {
  constructor(
    readonly failure: PushFailure,
    options?: { cause?: unknown },
  ) {
    super(failure.kind === 'network' ? 'network' : `http ${failure.status}${failure.reason ? ` ${failure.reason}` : ''}`, options);
    this.name = 'TransportError';
  }
}

/**
 * Why a sync run stopped; the loop backs off on `transient`, the UI shows the code in Japanese.
 * `unauthenticated` and `device-revoked` stop the loop (auth-protocol.ts): retrying cannot help until
 * the user signs in again, or the device is wiped. `scope-changed` is handled inside syncOnce.
 */
export type SyncErrorCode = 'network' | 'server' | 'reset-required' | 'update-app' | 'unauthenticated' | 'device-revoked' | 'scope-changed' | 'unknown';

/** The auth answers of auth-protocol.ts, or null for any other failure. */
export function authFailureOf(failure: PushFailure): 'unauthenticated' | 'device-revoked' | null {
  if (failure.kind !== 'http') return null;
  if (failure.status === 401 && failure.reason !== 'invalid-credentials') return 'unauthenticated';
  if (failure.status === 403 && failure.reason === 'device-revoked') return 'device-revoked';
  return null;
}

export class SyncError extends Error {
  constructor(
    readonly code: SyncErrorCode,
    readonly retryAfterMs?: number,
    options?: { cause?: unknown },
  ) {
    super(code, options);
    this.name = 'SyncError';
  }
}

/** Pull/snapshot/resolve failures: only the protocol answers are special, the rest is retried. */
export function toSyncError(error: unknown): SyncError {
  if (error instanceof SyncError) return error;
  if (!(error instanceof TransportError)) return new SyncError('unknown', undefined, { cause: error });
  const f = error.failure;
  if (f.kind === 'network') return new SyncError('network', undefined, { cause: error });
  const auth = authFailureOf(f);
  if (auth) return new SyncError(auth, undefined, { cause: error });
  if (f.status === 426 || f.reason === 'protocol-too-old') return new SyncError('update-app', undefined, { cause: error });
  if (f.reason === 'reset-required') return new SyncError('reset-required', undefined, { cause: error });
  return new SyncError('server', f.retryAfterMs, { cause: error });
}
