/**
 * Server-side work done from Node: changing records "on the server" (another device's push, through
 * the real sync service) and measuring push throughput on SQLite, in-process and over HTTP. Over HTTP
 * it is a signed-in device like the app: session cookie, X-Field-Client and Origin on every push, and
 * `slimAcks: true` as src/sync/http-transport.ts sends it. `syncModeCost` measures what the server's
 * synchronous=FULL (sync-server/src/store/open-database.ts) costs against NORMAL on the same store.
 */
import { sql } from 'kysely';
import { CLIENT_HEADER, CLIENT_HEADER_VALUE, SESSION_COOKIE } from '../../src/shared/auth-protocol';
import type { Seeker } from '../../src/shared/entities';
import type { Mutation } from '../../src/shared/mutation';
import { PROTOCOL_VERSION, type PushRequest, type PushResponse } from '../../src/shared/sync-protocol';
import { unrestrictedAccess } from '../../sync-server/src/services/access-policy';
import type { SyncService } from '../../sync-server/src/services/sync-service';

/** In-process pushes measure the merge, not the scope check: the bench runs as the tools' unrestricted access. */
const BENCH_ACCESS = unrestrictedAccess('bench');
import type { SqlStore } from '../../sync-server/src/store/sql-store';
import { BENCH_LOGIN } from './page/bench-api';

const TOGGLING = new Set(['registered', 'matching']);

/** Tracks the server version of each seeker so every edit is based on the latest one (no conflicts). */
export class SeekerEditor {
  private readonly versions = new Map<string, number>();
  private round = 0;

  constructor(
    private readonly seekers: readonly Seeker[],
    readonly clientId: string,
  ) {
    for (const s of seekers) this.versions.set(s.id, 1);
  }

  /** `count` edits of distinct seekers starting at `offset` (wrapping), each changing notes (+ status where it may move). */
  mutations(offset: number, count: number): Mutation[] {
    this.round += 1;
    const now = new Date().toISOString();
    const out: Mutation[] = [];
    for (let i = 0; i < count; i++) {
      const s = this.seekers[(offset + i) % this.seekers.length]!;
      out.push({
        mutationId: crypto.randomUUID(),
        entity: 'seekers',
        recordId: s.id,
        op: 'upsert',
        // Status moves only where the lifecycle allows them both ways (登録済 ⇄ マッチング中; src/domain/transitions.ts),
        // so every edit is applied and each status move also writes its history record, as in the field.
        patch: { notes: `${s.notes.slice(0, 600)}（面談メモ更新 ${this.round}-${i}）`, ...(TOGGLING.has(s.status) ? { status: this.round % 2 === 0 ? 'matching' : 'registered' } : {}) },
        baseVersion: this.versions.get(s.id) ?? 1,
        clientTime: now,
      });
    }
    return out;
  }

  request(mutations: Mutation[]): PushRequest {
    return { protocolVersion: PROTOCOL_VERSION, clientId: this.clientId, userId: 'bench-editor', mutations };
  }

  /** Re-reads every seeker's version (the browser's pushes moved some). */
  async refresh(store: SqlStore): Promise<void> {
    const rows = await store.db.selectFrom('records').select(['id', 'version']).where('entity', '=', 'seekers').execute();
    for (const r of rows) this.versions.set(r.id, Number(r.version));
  }

  learn(response: PushResponse): void {
    if (response.rejected.length > 0) throw new Error(`push rejected ${response.rejected.length}: ${JSON.stringify(response.rejected[0])}`);
    for (const c of response.records) this.versions.set(c.record.id, c.record.version);
    // slimAcks: a record that is exactly this edit comes back as meta only (sync-protocol.ts).
    for (const a of response.acks ?? []) this.versions.set(a.id, a.version);
  }
}

export async function changeOnServer(service: SyncService, editor: SeekerEditor, offset: number, count: number): Promise<void> {
  editor.learn(await service.push(editor.request(editor.mutations(offset, count)), BENCH_ACCESS));
}

export type Throughput = { mutations: number; batches: number; ms: number; perSecond: number };

/** Pushes `total` edits in batches of `batch` straight into the service (no HTTP), of the seekers from `offset` on. */
export async function serviceThroughput(service: SyncService, editor: SeekerEditor, total: number, batch: number, offset = 0): Promise<Throughput> {
  const batches = Math.ceil(total / batch);
  const requests = Array.from({ length: batches }, (_, b) => editor.request(editor.mutations(offset + b * batch, batch)));
  const t0 = performance.now();
  for (const request of requests) editor.learn(await service.push(request, BENCH_ACCESS));
  const ms = performance.now() - t0;
  return { mutations: batches * batch, batches, ms, perSecond: (batches * batch * 1000) / ms };
}

/** Signs in as BENCH_LOGIN on `clientId`; returns the headers a signed-in device's push carries. */
export async function signInDevice(url: string, clientId: string, login: { loginId: string; password: string } = BENCH_LOGIN): Promise<Record<string, string>> {
  const csrf = { 'Content-Type': 'application/json', Origin: url, [CLIENT_HEADER]: CLIENT_HEADER_VALUE };
  const res = await fetch(`${url}/api/auth/login`, { method: 'POST', headers: csrf, body: JSON.stringify({ ...login, clientId }) });
  if (!res.ok) throw new Error(`sign-in HTTP ${res.status}: ${await res.text()}`);
  const cookie = res.headers
    .getSetCookie()
    .map((line) => line.split(';')[0]!)
    .find((pair) => pair.startsWith(`${SESSION_COOKIE}=`));
  if (!cookie) throw new Error('sign-in: no session cookie');
  return { ...csrf, Cookie: cookie };
}

/**
 * The same over HTTP (auth, CSRF check, JSON body, zod request parse, response), one request at a
 * time, like one signed-in device. The sign-in happens before the timer.
 */
export async function httpThroughput(url: string, editor: SeekerEditor, total: number, batch: number): Promise<Throughput> {
  const batches = Math.ceil(total / batch);
  const bodies = Array.from({ length: batches }, (_, b) => JSON.stringify({ ...editor.request(editor.mutations(b * batch, batch)), slimAcks: true }));
  // Once more on a network error: after a long in-process run the pooled keep-alive connection may be
  // one the server is just closing (its 5 s idle timeout), and the sign-in is the first request on it.
  const headers = await signInDevice(url, editor.clientId).catch(() => signInDevice(url, editor.clientId));
  const t0 = performance.now();
  for (const body of bodies) {
    const res = await fetch(`${url}/api/sync/push`, { method: 'POST', headers, body });
    if (!res.ok) throw new Error(`push HTTP ${res.status}: ${await res.text()}`);
    editor.learn((await res.json()) as PushResponse);
  }
  const ms = performance.now() - t0;
  return { mutations: batches * batch, batches, ms, perSecond: (batches * batch * 1000) / ms };
}

export type SyncModeCost = { batch: number; full: Throughput; normal: Throughput };

/**
 * In-process push throughput on the same store with synchronous=FULL (the server's setting: an fsync
 * of the WAL at every commit) and NORMAL (no fsync until a checkpoint), `runs` runs of each, the two
 * alternating so neither always runs on a warmer machine; the median of each. The store is left FULL.
 */
export async function syncModeCost(store: SqlStore, service: SyncService, editor: SeekerEditor, total: number, batch: number, runs: number): Promise<SyncModeCost> {
  const measured: Record<'FULL' | 'NORMAL', Throughput[]> = { FULL: [], NORMAL: [] };
  try {
    for (let i = 0; i < runs; i++) {
      for (const mode of i % 2 === 0 ? (['NORMAL', 'FULL'] as const) : (['FULL', 'NORMAL'] as const)) {
        await sql.raw(`PRAGMA synchronous = ${mode}`).execute(store.db);
        measured[mode].push(await serviceThroughput(service, editor, total, batch));
      }
    }
  } finally {
    await sql.raw('PRAGMA synchronous = FULL').execute(store.db);
  }
  const mid = (xs: Throughput[]) => [...xs].sort((a, b) => a.perSecond - b.perSecond)[Math.floor(xs.length / 2)]!;
  return { batch, full: mid(measured.FULL), normal: mid(measured.NORMAL) };
}
