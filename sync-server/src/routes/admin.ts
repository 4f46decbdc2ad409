/**
 * /api/admin routes, admin role only (app.ts mounts requireRole('admin') in front):
 *   GET   /api/admin/users                      -> { users }
 *   POST  /api/admin/users                      CreateUserRequest -> 201 { user }
 *   PATCH /api/admin/users/:id                  UpdateUserRequest -> { user }   (role, school, disabled)
 *   POST  /api/admin/users/:id/password         { password } -> { user }        (ends their sessions)
 *   GET   /api/admin/devices                    -> { devices }
 *   POST  /api/admin/devices/:clientId/revoke   -> { status: 'ok' }             (device wipes itself)
 *   GET   /api/admin/audit/:entity/:id          -> { entries }: the record's history
 */
import { Router } from 'express';
import type { Kysely } from 'kysely';
import { createUserRequestSchema, resetPasswordRequestSchema, updateUserRequestSchema } from '../../../src/shared/auth-protocol';
import { entityNameSchema } from '../../../src/shared/entities';
import { idSchema } from '../../../src/shared/fields';
import { clientIdSchema } from '../../../src/shared/sync-protocol';
import type { AdminOutcome, UserAdminService } from '../services/user-admin-service';
import { recordHistory } from '../store/audit-store';
import type { Database } from '../store/db-schema';
import { requireSession } from '../http/authenticate';
import { HttpError } from '../http/errors';
import { parse } from '../http/parse';

function unwrap<T>(outcome: AdminOutcome<T>): T {
  if (outcome.ok) return outcome.value;
  if (outcome.reason === 'not-found') throw new HttpError(404, 'not-found');
  if (outcome.reason === 'invalid-request') throw new HttpError(400, 'invalid-request', outcome.details);
  throw new HttpError(409, outcome.reason);
}

export function adminRouter(admin: UserAdminService, db: Kysely<Database>): Router {
  const router = Router();

  router.get('/users', async (_req, res) => {
    res.json({ status: 'ok', users: await admin.list() });
  });

  router.post('/users', async (req, res) => {
    const user = unwrap(await admin.create(parse(createUserRequestSchema, req.body)));
    res.status(201).json({ status: 'ok', user });
  });

  router.patch('/users/:id', async (req, res) => {
    const id = parse(idSchema, req.params['id']);
    res.json({ status: 'ok', user: unwrap(await admin.update(id, parse(updateUserRequestSchema, req.body))) });
  });

  router.post('/users/:id/password', async (req, res) => {
    const id = parse(idSchema, req.params['id']);
    const { password } = parse(resetPasswordRequestSchema, req.body);
    res.json({ status: 'ok', user: unwrap(await admin.resetPassword(id, password)) });
  });

  router.get('/devices', async (_req, res) => {
    res.json({ status: 'ok', devices: await admin.devices() });
  });

  router.post('/devices/:clientId/revoke', async (req, res) => {
    const clientId = parse(clientIdSchema, req.params['clientId']);
    unwrap(await admin.revokeDevice(clientId, requireSession(res).actor.userId));
    res.json({ status: 'ok' });
  });

  router.get('/audit/:entity/:id', async (req, res) => {
    const entity = parse(entityNameSchema, req.params['entity']);
    const id = parse(idSchema, req.params['id']);
    res.json({ status: 'ok', entries: await recordHistory(db, entity, id) });
  });

  return router;
}
