/**
 * A mutation is one user intent as it travels from a device's outbox to the server: the fields the
 * user changed (a patch, never the whole record, so that edits to other fields on other devices
 * survive) and the server version the edit was based on (so the server can tell what moved since).
 * `mutationId` makes delivery idempotent: a retried push is applied once.
 */
import { z } from 'zod';
import { entityNameSchema } from './entities';
import { idSchema, isoDateTimeSchema } from './fields';

/** 'restore' brings a deleted record back (only roles the domain allows; an erased person never). */
export const MUTATION_OPS = ['upsert', 'delete', 'restore'] as const;

export const mutationSchema = z.object({
  mutationId: idSchema,
  entity: entityNameSchema,
  recordId: idSchema,
  op: z.enum(MUTATION_OPS),
  /** Changed fields only; the server validates the merged record with the entity schema. */
  patch: z.record(z.string(), z.unknown()),
  baseVersion: z.number().int().min(0),
  clientTime: isoDateTimeSchema,
});
export type Mutation = z.infer<typeof mutationSchema>;
export type MutationOp = (typeof MUTATION_OPS)[number];
