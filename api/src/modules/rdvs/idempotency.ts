import { createHash } from 'node:crypto';
import type { EntityManager } from '@mikro-orm/postgresql';
import { newId } from '../../db/columns.js';
import { exec } from '../../db/sql.js';
import { HttpError, validationError } from '../../http/problem.js';

export const IDEMPOTENCY_TTL_MS = 24 * 3600_000;

/** Canonical JSON (sorted keys) so the same body always hashes the same. */
function canonical(value: unknown): string {
  if (Array.isArray(value)) return `[${value.map(canonical).join(',')}]`;
  if (value && typeof value === 'object') {
    return `{${Object.keys(value).sort().map((k) => `${JSON.stringify(k)}:${canonical((value as Record<string, unknown>)[k])}`).join(',')}}`;
  }
  return JSON.stringify(value);
}

export const requestHash = (body: unknown) => createHash('sha256').update(canonical(body)).digest('hex');

export function checkKey(key: string | undefined): string {
  if (!key || !/^[A-Za-z0-9_.:-]{8,128}$/.test(key)) {
    throw validationError([{ field: 'Idempotency-Key', message: 'En-tête Idempotency-Key obligatoire (8 à 128 caractères, par ex. un UUID).' }]);
  }
  return key;
}

export interface StoredAnswer { status: number; body: unknown }

/**
 * A previous answer for this key within 24 h: replayed if the body is the same, 422 if the key
 * is reused for another request.
 */
export async function findAnswer(em: EntityManager, scope: string, key: string, hash: string, now: Date): Promise<StoredAnswer | null> {
  const rows = await exec<{ request_hash: string; response_status: number; response_body: unknown }[]>(em,
    'select request_hash, response_status, response_body from idempotency_record where scope = ? and key = ? and created_at > ?',
    [scope, key, new Date(now.getTime() - IDEMPOTENCY_TTL_MS)]);
  const row = rows[0];
  if (!row) return null;
  if (row.request_hash !== hash) {
    throw new HttpError(422, 'idempotency_key_reused', 'Clé d’idempotence déjà utilisée',
      'Cette clé Idempotency-Key a déjà servi pour une autre demande. Utilisez une nouvelle clé.');
  }
  return { status: row.response_status, body: typeof row.response_body === 'string' ? JSON.parse(row.response_body) : row.response_body };
}

/** Stored in the same transaction as the RDV: a concurrent duplicate fails on the unique key. */
export async function storeAnswer(em: EntityManager, scope: string, key: string, hash: string, answer: StoredAnswer, now: Date): Promise<void> {
  // An expired record for the same key is replaced.
  await exec(em, 'delete from idempotency_record where scope = ? and key = ? and created_at <= ?', [scope, key, new Date(now.getTime() - IDEMPOTENCY_TTL_MS)]);
  await exec(em,
    'insert into idempotency_record (id, scope, key, request_hash, response_status, response_body, created_at) values (?, ?, ?, ?, ?, ?::jsonb, ?)',
    [newId(), scope, key, hash, answer.status, JSON.stringify(answer.body), now]);
}
