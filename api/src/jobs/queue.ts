import type { EntityManager } from '@mikro-orm/postgresql';

/** The job queue port; the implementation (pg-boss) lives in jobs/pg-boss-queue.ts. */
export interface JobQueue {
  /** Enqueue inside the caller's transaction (outbox): committed with it, dropped on rollback. */
  sendInTransaction(em: EntityManager, name: string, data: object, options?: { startAfter?: Date; singletonKey?: string; id?: string }): Promise<string | null>;
  cancel(name: string, id: string): Promise<void>;
  stop(): Promise<void>;
}
