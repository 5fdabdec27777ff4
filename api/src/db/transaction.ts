import type { EntityManager } from '@mikro-orm/postgresql';

/**
 * SQLSTATE 40P01 (deadlock) and 40001 (serialization failure): PostgreSQL aborted the transaction
 * only because another one ran at the same time. Two bookings inserting overlapping busy periods
 * for the same agent can deadlock while the EXCLUDE constraint checks them: that is a lost race,
 * not an error, and running the transaction again gives the real answer (booked, or 409).
 */
export function isTransientConflict(error: unknown): boolean {
  const code = (error as { code?: string })?.code;
  return code === '40P01' || code === '40001';
}

/**
 * `em.transactional(fn)`, run again (up to `attempts` times, with a short random pause) when
 * PostgreSQL aborted it for a transient conflict. `fn` must be safe to repeat: everything it does
 * is in the transaction, which was rolled back.
 */
export async function transactional<T>(em: EntityManager, fn: (tem: EntityManager) => Promise<T>, attempts = 4): Promise<T> {
  for (let attempt = 1; ; attempt++) {
    try {
      return await em.transactional(fn);
    } catch (error) {
      if (!isTransientConflict(error) || attempt >= attempts) throw error;
      await new Promise((resolve) => setTimeout(resolve, Math.random() * 20 * attempt));
    }
  }
}
