import { defineEntity, type InferEntity } from '@mikro-orm/core';
import { createdAtColumn, idColumn } from '../../db/columns.js';

/** A one-time code sent to a phone or e-mail before a public booking. The code is stored hashed. */
export const VerificationSchema = defineEntity({
  name: 'Verification',
  tableName: 'verification',
  properties: (p) => ({
    id: idColumn(),
    channel: p.enum(['sms', 'email']),
    /** Normalised destination (E.164 or lower-cased e-mail). */
    destination: p.string(),
    codeHash: p.string(),
    expiresAt: p.datetime(),
    attempts: p.integer().default(0),
    verifiedAt: p.datetime().nullable(),
    /** Once used for a booking it cannot be reused for another one. */
    consumedAt: p.datetime().nullable(),
    createdAt: createdAtColumn(),
  }),
  indexes: [{ properties: ['destination', 'createdAt'] }],
});
export type Verification = InferEntity<typeof VerificationSchema>;

/** Stored answers of `Idempotency-Key` requests, replayed for 24 h. */
export const IdempotencyRecordSchema = defineEntity({
  name: 'IdempotencyRecord',
  tableName: 'idempotency_record',
  properties: (p) => ({
    id: idColumn(),
    scope: p.string(),
    key: p.string(),
    requestHash: p.string(),
    responseStatus: p.integer(),
    responseBody: p.json<unknown>(),
    createdAt: createdAtColumn(),
  }),
  uniques: [{ properties: ['scope', 'key'] }],
});
export type IdempotencyRecord = InferEntity<typeof IdempotencyRecordSchema>;
