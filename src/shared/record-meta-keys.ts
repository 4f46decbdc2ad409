/**
 * The sync meta fields every record carries (their schema is recordMetaSchema in fields.ts). A module of
 * its own, without zod: the storage layer's first-screen code (the encryption middleware's clear fields)
 * needs the names, not the validation.
 */
export const RECORD_META_KEYS = ['id', 'createdAt', 'updatedAt', 'version', 'deleted'] as const;
