import type { EntityManager } from '@mikro-orm/postgresql';

export interface JobSendOptions {
  /** Not before this instant. */
  startAfter?: Date;
  /** A label (pg-boss `singleton_key`); `cancelPending` finds jobs by it. */
  singletonKey?: string;
  /** A stable id makes the send idempotent: a second send with the same id is ignored (returns null). */
  id?: string;
}

export interface JobInfo<T = unknown> {
  id: string;
  name: string;
  data: T;
  /** Attempt number, from 1. */
  attempt: number;
  /** Attempts allowed in total (1 + retries). */
  maxAttempts: number;
}

export interface StoredJob {
  id: string;
  data: Record<string, unknown>;
  /** pg-boss keeps the last error (serialised) here for failed and dead-lettered jobs. */
  output: Record<string, unknown> | null;
  retryLimit: number;
  createdOn: Date;
}

export type JobHandler<T> = (job: JobInfo<T>) => Promise<unknown>;

/** The job queue port; the implementation (pg-boss) lives in jobs/pg-boss-queue.ts. */
export interface JobQueue {
  /**
   * Enqueue inside the caller's transaction (outbox): committed with it, dropped on rollback.
   * Runs on the transaction's own connection (never another one: a deadlock on PGlite).
   * Outside a transaction it simply enqueues.
   */
  sendInTransaction(em: EntityManager, name: string, data: object, options?: JobSendOptions): Promise<string | null>;
  /** Enqueue now, outside any transaction (workers fanning out). Never call it inside a transaction. */
  send(name: string, data: object, options?: JobSendOptions): Promise<string | null>;
  /** Cancels jobs not started yet that carry `singletonKey`, in the caller's transaction when there is one. */
  cancelPending(em: EntityManager | null, name: string, singletonKey: string): Promise<number>;
  cancel(name: string, id: string): Promise<void>;
  /** Jobs of a queue (live and archived) whose JSON `data[field]` equals `value`, newest first. */
  listJobs(name: string, filter: { field: string; value: string }, limit: number): Promise<StoredJob[]>;
  /** True when this process runs the workers (config.runWorker or `npm run worker`). */
  readonly runsWorkers: boolean;
  stop(): Promise<void>;
}
