/**
 * knex expands a JS array binding into `?, ?, …`; `= any(?::uuid[])` needs one array literal.
 * Only for UUIDs and plain identifiers (no quoting needed).
 */
export function uuidArray(ids: Iterable<string>): string {
  return `{${[...ids].join(',')}}`;
}

import type { EntityManager } from '@mikro-orm/postgresql';

/**
 * Raw SQL on the entity manager's current transaction when there is one. A plain
 * `getConnection().execute()` inside `transactional()` would take another connection: not
 * transactional on PostgreSQL, and a permanent deadlock on the single-connection PGlite.
 */
export function exec<T = Record<string, unknown>[]>(em: EntityManager, sql: string, params: unknown[] = []): Promise<T> {
  return em.getConnection().execute(sql, params as never[], 'all', em.getTransactionContext()) as Promise<T>;
}
