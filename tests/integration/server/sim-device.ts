/**
 * An in-memory device for sync simulations: local records, an outbox, a cursor, and the pure client
 * core (applyLocalMutation, rebaseRecord, settlePushResponse) talking to the real sync service.
 * It also keeps `serverCopy` (the last server record seen) so tests can tell what a device knew.
 */
import type { EntityName } from '../../../src/shared/entities';
import type { Mutation } from '../../../src/shared/mutation';
import { PROTOCOL_VERSION, type PullResponse, type PushResponse } from '../../../src/shared/sync-protocol';
import { applyLocalMutation, rebaseRecord, type LocalRecord } from '../../../src/sync/core/rebase';
import { settlePushResponse } from '../../../src/sync/core/push-failure';
import { unrestrictedAccess } from '../../../sync-server/src/services/access-policy';
import type { SyncService } from '../../../sync-server/src/services/sync-service';

/** The simulated devices are about convergence, not scope: they sync with the tools' unrestricted access. */
const SIM_ACCESS = unrestrictedAccess('u');

const NOW = '2025-04-01T09:00:00.000Z';

export class SimDevice {
  readonly records = new Map<string, LocalRecord>();
  readonly serverCopy = new Map<string, LocalRecord>();
  outbox: Mutation[] = [];
  cursor = '';

  constructor(
    readonly clientId: string,
    private readonly service: SyncService,
    private readonly newId: () => string,
  ) {}

  /** Makes a local change the way the app does: record + outbox entry together. */
  write(op: 'upsert' | 'delete', recordId: string, patch: Record<string, unknown>, entity: EntityName = 'schools'): Mutation {
    const local = this.records.get(recordId);
    const mutation: Mutation = { mutationId: this.newId(), entity, recordId, op, patch, baseVersion: local?.version ?? 0, clientTime: NOW };
    this.records.set(recordId, applyLocalMutation(local, mutation, NOW));
    this.outbox.push(mutation);
    return mutation;
  }

  /** Sends the first `size` outbox entries; with `loseResponse` the server commits but the device never hears. */
  async push(size: number, loseResponse: boolean): Promise<{ sent: Mutation[]; response: PushResponse } | undefined> {
    const sent = this.outbox.slice(0, size);
    if (sent.length === 0) return undefined;
    const response = await this.service.push({ protocolVersion: PROTOCOL_VERSION, clientId: this.clientId, userId: 'u', mutations: sent }, SIM_ACCESS);
    if (loseResponse) return { sent, response };
    const settled = settlePushResponse(sent.map((m) => m.mutationId), response);
    if (settled.setAside.length > 0) throw new Error(`unexpected rejection ${JSON.stringify(settled.setAside)}`);
    const acked = new Set(settled.acked);
    this.outbox = this.outbox.filter((m) => !acked.has(m.mutationId));
    for (const change of response.records) this.receive(change.record as LocalRecord);
    return { sent, response };
  }

  async pull(limit: number): Promise<void> {
    for (;;) {
      const outcome = await this.service.pull({ userId: 'u', cursor: this.cursor, limit }, 'pull', SIM_ACCESS);
      if (!outcome.ok) throw new Error(outcome.reason);
      const page = JSON.parse(outcome.json) as PullResponse;
      for (const change of page.changes) this.receive(change.record as LocalRecord);
      this.cursor = page.cursor;
      if (!page.hasMore) return;
    }
  }

  private receive(server: LocalRecord): void {
    const known = this.serverCopy.get(server.id);
    if (!known || known.version <= server.version) this.serverCopy.set(server.id, server);
    const pending = this.outbox.filter((m) => m.recordId === server.id);
    this.records.set(server.id, rebaseRecord({ local: this.records.get(server.id), server, pending }));
  }
}
