/**
 * /api/sync routes: parse with the shared schema, check the protocol version, call the service, map
 * the result to a status. No sync logic here.
 *   POST /api/sync/push                     PushRequest -> PushResponse
 *   GET  /api/sync/pull?cursor&limit&...    -> PullResponse (tombstones included)
 *   GET  /api/sync/snapshot?cursor&limit... -> SnapshotResponse (live records, total)
 *   GET  /api/sync/conflicts?...            -> open conflicts in the user's scope
 *   POST /api/sync/conflicts/:id/resolve    -> the conflict, marked reviewed
 *   POST /api/sync/device-report            DeviceReport -> { status: 'ok' } (what the device holds unsent)
 * Mounted behind `authenticate` (app.ts): the session decides the user and scope (access-policy.ts),
 * the body's userId is ignored, and the clientId must be the one the session was signed in with (403).
 */
import { Router, type Request, type Response } from 'express';
import {
  deviceReportSchema,
  pullQuerySchema,
  pushRequestSchema,
  resolveConflictRequestSchema,
  snapshotQuerySchema,
  type ConflictListResponse,
  type UnsentSummary,
} from '../../../src/shared/sync-protocol';
import { idSchema } from '../../../src/shared/fields';
import { requireSession } from '../http/authenticate';
import { HttpError } from '../http/errors';
import { parse } from '../http/parse';
import { accessFor, type Access } from '../services/access-policy';
import { protocolProblem } from '../services/protocol-check';
import type { PullOutcome } from '../services/pull-service';
import type { SyncService } from '../services/sync-service';

/** The session's access; no session is a 401 (never everything, whatever the body says). */
function accessOf(res: Response, request: { clientId: string }): Access {
  const session = requireSession(res);
  if (session.actor.clientId !== request.clientId) throw new HttpError(403, 'forbidden', { clientId: 'not_this_session' });
  return accessFor(session.actor);
}

function checkProtocol(version: number): void {
  const problem = protocolProblem(version);
  if (problem === 'protocol-too-old') throw new HttpError(426, problem);
  if (problem) throw new HttpError(400, problem);
}

function sendPage(res: Response, outcome: PullOutcome): void {
  if (!outcome.ok) throw new HttpError(409, outcome.reason);
  res.type('application/json').send(outcome.json);
}

/** Where device reports go (the clients table, beside revocation: auth-store.ts). */
export type DeviceReports = { report(clientId: string, userId: string, summary: UnsentSummary): Promise<void> };

export function syncRouter(service: SyncService, devices: DeviceReports): Router {
  const router = Router();
  // The protocol version is checked before the body so an old client learns why, not which field is off.
  const version = (req: Request, from: 'body' | 'query') => Number((from === 'body' ? req.body : req.query)?.protocolVersion);

  router.post('/push', async (req, res) => {
    checkProtocol(version(req, 'body'));
    const request = parse(pushRequestSchema, req.body);
    res.type('application/json').send(await service.pushJson(request, accessOf(res, request)));
  });

  router.get('/pull', async (req, res) => {
    checkProtocol(version(req, 'query'));
    const query = parse(pullQuerySchema, req.query);
    sendPage(res, await service.pull(query, 'pull', accessOf(res, query)));
  });

  router.get('/snapshot', async (req, res) => {
    checkProtocol(version(req, 'query'));
    const query = parse(snapshotQuerySchema, req.query);
    sendPage(res, await service.pull(query, 'snapshot', accessOf(res, query)));
  });

  router.get('/conflicts', async (req, res) => {
    checkProtocol(version(req, 'query'));
    const query = parse(pullQuerySchema.pick({ protocolVersion: true, clientId: true, userId: true }), req.query);
    const body: ConflictListResponse = { status: 'ok', conflicts: await service.openConflicts(query.userId, accessOf(res, query)) };
    res.json(body);
  });

  router.post('/conflicts/:id/resolve', async (req, res) => {
    checkProtocol(version(req, 'body'));
    const id = parse(idSchema, req.params['id']);
    const request = parse(resolveConflictRequestSchema, req.body);
    const result = await service.resolveConflict(id, request, accessOf(res, request));
    if (result === 'not-found') throw new HttpError(404, 'not-found');
    res.json({ status: 'ok', conflict: result });
  });

  router.post('/device-report', async (req, res) => {
    checkProtocol(version(req, 'body'));
    const { unsent, needsAttention, oldestUnsentAt, ...request } = parse(deviceReportSchema, req.body);
    // Answered after the row is written: the session's user, never the body's.
    await devices.report(request.clientId, accessOf(res, request).userId, { unsent, needsAttention, oldestUnsentAt });
    res.json({ status: 'ok' });
  });

  return router;
}
