import { createRequire } from 'node:module';
import type { EntityManager, MikroORM } from '@mikro-orm/postgresql';
import PgBoss from 'pg-boss';
import type { JobHandler, JobQueue, JobSendOptions, StoredJob } from './queue.js';
import type { JobSettings } from './settings.js';

/**
 * The job queue on pg-boss 10 (DESIGN §1): jobs live in PostgreSQL next to the data, so a job is
 * enqueued in the same transaction as the change it announces (outbox) and survives restarts.
 *
 * Connections:
 * - embedded PGlite (`singleConnection`): pg-boss runs on MikroORM's own one-connection knex pool
 *   (PGlite is single-session: pglite-socket serialises clients, and a second connection waiting
 *   on the first while it holds a transaction deadlocks).
 *   Each statement acquires the connection, runs, releases; on error it rolls back first so a
 *   failed `BEGIN … COMMIT` block of pg-boss never leaves the only connection aborted.
 * - PostgreSQL: a small pool of its own.
 * - In both, `sendInTransaction` runs on the caller's transaction connection.
 */

interface QueryResult { rows: Record<string, unknown>[] }
/** The part of a `pg` client / pool this file uses (the project has no @types/pg). */
interface PgQueryable {
  query(config: { text: string; values?: unknown[]; types?: unknown }): Promise<QueryResult>;
  query(text: string): Promise<QueryResult>;
}
interface PgPool extends PgQueryable {
  on(event: 'error', listener: (error: Error) => void): void;
  end(): Promise<void>;
}
interface KnexClientLike {
  acquireConnection(): Promise<PgQueryable & { __knex__disposed?: unknown }>;
  releaseConnection(connection: unknown): Promise<void>;
}

const require = createRequire(import.meta.url);
const pg = require('pg') as { types: unknown; Pool: new (options: object) => PgPool };
/**
 * MikroORM's pg connections return timestamps as strings; pg-boss expects the driver defaults.
 * A per-query `types` override gives it exactly what its own pool would.
 */
const PG_DEFAULT_TYPES = pg.types;

export const PGBOSS_SCHEMA = 'pgboss';

export interface QueueDefinition {
  name: string;
  /** Retries after the first attempt. */
  retryLimit: number;
  retryDelaySeconds: number;
  retryBackoff: boolean;
  /** A handler running longer than this is failed (and retried). */
  expireInSeconds: number;
  deadLetter?: string;
}

export interface PgBossQueueOptions {
  orm: MikroORM;
  singleConnection: boolean;
  /** Required when not `singleConnection`. */
  connectionString?: string | null;
  settings: JobSettings;
  /** Workers, maintenance and cron run only in processes that work jobs. */
  runWorkers: boolean;
}

export class PgBossQueue implements JobQueue {
  readonly boss: PgBoss;
  readonly runsWorkers: boolean;
  private readonly pool: PgPool | null = null;
  private readonly inFlight = new Set<Promise<unknown>>();
  private readonly workerIds = new Map<string, string[]>();
  private stopping: Promise<void> | null = null;
  private closed = false;

  constructor(private readonly options: PgBossQueueOptions) {
    this.runsWorkers = options.runWorkers;
    let run: (text: string, values?: unknown[]) => Promise<QueryResult>;
    if (options.singleConnection) {
      run = (text, values) => this.onSharedConnection(text, values);
    } else {
      if (!options.connectionString) throw new Error('PgBossQueue: connectionString is required on PostgreSQL');
      const pool = new pg.Pool({ connectionString: options.connectionString, max: 4, application_name: 'creneau-jobs' });
      pool.on('error', (error) => console.error(`[jobs] connexion perdue : ${error.message}`));
      this.pool = pool;
      run = (text, values) => pool.query({ text, values, types: PG_DEFAULT_TYPES });
    }
    this.boss = new PgBoss({
      db: { executeSql: (text: string, values: unknown[]) => this.track(run, text, values) },
      schema: PGBOSS_SCHEMA,
      migrate: true,
      supervise: options.runWorkers,
      schedule: options.runWorkers,
      pollingIntervalSeconds: options.settings.pollingIntervalSeconds,
    });
    // Job arguments hold personal data: log the message only.
    this.boss.on('error', (error: Error & { queue?: string }) => {
      if (!this.closed) console.error(`[jobs] ${error.queue ? `${error.queue}: ` : ''}${error.message}`);
    });
  }

  /** Runs one statement on the shared MikroORM connection (embedded mode). */
  private async onSharedConnection(text: string, values?: unknown[]): Promise<QueryResult> {
    const client = this.knexClient();
    const connection = await client.acquireConnection();
    try {
      return await connection.query({ text, values, types: PG_DEFAULT_TYPES });
    } catch (error) {
      // pg-boss sends `BEGIN; …; COMMIT;` blocks: after an error the session would stay aborted.
      try {
        await connection.query('ROLLBACK');
      } catch (rollbackError) {
        // knex's pool validator drops connections marked this way and opens a fresh one.
        connection.__knex__disposed = rollbackError ?? 'rollback failed';
      }
      throw error;
    } finally {
      await client.releaseConnection(connection);
    }
  }

  private knexClient(): KnexClientLike {
    return (this.options.orm.em.getConnection() as unknown as { getKnex(): { client: KnexClientLike } }).getKnex().client;
  }

  /**
   * Every statement is tracked so `stop()` can wait for pg-boss's un-awaited completions. After the
   * stop, pg-boss may still try to complete or fail a job whose handler outlived it: that
   * bookkeeping is dropped, answered like pg-boss's own closed pool does (no result), and the job,
   * still active, expires and is retried (the receipt check prevents a second send). Our own calls
   * after the stop throw (see `assertOpen`).
   */
  private track(run: (text: string, values?: unknown[]) => Promise<QueryResult>, text: string, values?: unknown[]): Promise<QueryResult> {
    if (this.closed) return Promise.resolve(undefined as unknown as QueryResult);
    const promise = run(text, values);
    this.inFlight.add(promise);
    const forget = () => this.inFlight.delete(promise);
    promise.then(forget, forget);
    return promise;
  }

  private assertOpen(): void {
    if (this.closed) throw new Error('file de tâches arrêtée');
  }

  /** The executor for the caller's transaction, or null when `em` is not in one. */
  private transactionDb(em: EntityManager): PgBoss.Db | null {
    const trx = em.getTransactionContext<{ client: KnexClientLike }>();
    if (!trx) return null;
    return {
      executeSql: async (text: string, values: unknown[]) => {
        // A transaction client hands out its own connection and never releases it here.
        const connection = await trx.client.acquireConnection();
        return connection.query({ text, values, types: PG_DEFAULT_TYPES });
      },
    };
  }

  async start(): Promise<this> {
    await this.boss.start();
    return this;
  }

  /** Creates the queue or brings its settings up to date (they change with the environment). */
  async defineQueue(q: QueueDefinition): Promise<void> {
    const options = {
      name: q.name, policy: 'standard' as const, retryLimit: q.retryLimit, retryDelay: q.retryDelaySeconds,
      retryBackoff: q.retryBackoff, expireInSeconds: q.expireInSeconds, ...(q.deadLetter ? { deadLetter: q.deadLetter } : {}),
    };
    await this.boss.createQueue(q.name, options);
    await this.boss.updateQueue(q.name, options);
  }

  /** Registers `concurrency` pollers for the queue; each handles one job at a time. */
  async work<T>(name: string, handler: JobHandler<T>, concurrency = 1): Promise<void> {
    if (!this.runsWorkers) throw new Error('PgBossQueue: workers are disabled in this process');
    const ids: string[] = [];
    for (let i = 0; i < concurrency; i++) {
      let workerId = '';
      workerId = await this.boss.work<T>(name, { includeMetadata: true, batchSize: 1 }, async ([job]) => {
        if (!job) return null;
        try {
          return await handler({ id: job.id, name: job.name, data: job.data, attempt: job.retryCount + 1, maxAttempts: job.retryLimit + 1 });
        } finally {
          // pg-boss waits a polling interval after each job: fetch the next one at once instead
          // (an empty queue still waits the interval).
          if (workerId) this.boss.notifyWorker(workerId);
        }
      });
      ids.push(workerId);
    }
    this.workerIds.set(name, [...(this.workerIds.get(name) ?? []), ...ids]);
  }

  /** Wakes the workers of a queue (same process) instead of waiting for their next poll. */
  notify(name: string): void {
    for (const id of this.workerIds.get(name) ?? []) this.boss.notifyWorker(id);
  }

  async schedule(name: string, cron: string, timezone: string): Promise<void> {
    await this.boss.schedule(name, cron, {}, { tz: timezone });
  }

  private sendOptions(options: JobSendOptions): PgBoss.SendOptions {
    return {
      ...(options.id ? { id: options.id } : {}),
      ...(options.startAfter ? { startAfter: options.startAfter } : {}),
      ...(options.singletonKey ? { singletonKey: options.singletonKey } : {}),
    };
  }

  async sendInTransaction(em: EntityManager, name: string, data: object, options: JobSendOptions = {}): Promise<string | null> {
    this.assertOpen();
    const db = this.transactionDb(em);
    const id = await this.boss.send(name, data, { ...this.sendOptions(options), ...(db ? { db } : {}) });
    if (!db) this.notify(name);
    return id;
  }

  async send(name: string, data: object, options: JobSendOptions = {}): Promise<string | null> {
    this.assertOpen();
    const id = await this.boss.send(name, data, this.sendOptions(options));
    this.notify(name);
    return id;
  }

  async cancelPending(em: EntityManager | null, name: string, singletonKey: string): Promise<number> {
    this.assertOpen();
    const db = (em && this.transactionDb(em)) || this.boss.getDb();
    const { rows } = await db.executeSql(
      `select id from ${PGBOSS_SCHEMA}.job where name = $1 and singleton_key = $2 and state < 'active'`, [name, singletonKey]);
    if (!rows.length) return 0;
    await this.boss.cancel(name, rows.map((r) => String(r.id)), { db });
    return rows.length;
  }

  async cancel(name: string, id: string): Promise<void> {
    await this.boss.cancel(name, id);
  }

  async listJobs(name: string, filter: { field: string; value: string }, limit: number): Promise<StoredJob[]> {
    this.assertOpen();
    const { rows } = await this.boss.getDb().executeSql(
      `select id, data, output, retry_limit, created_on from (
         select id, data, output, retry_limit, created_on from ${PGBOSS_SCHEMA}.job where name = $1 and data->>$2 = $3
         union all
         select id, data, output, retry_limit, created_on from ${PGBOSS_SCHEMA}.archive where name = $1 and data->>$2 = $3
       ) j order by created_on desc, id desc limit $4`, [name, filter.field, filter.value, limit]);
    return rows.map((r) => ({
      id: String(r.id), data: (r.data ?? {}) as Record<string, unknown>, output: (r.output ?? null) as Record<string, unknown> | null,
      retryLimit: Number(r.retry_limit), createdOn: new Date(r.created_on as string | Date),
    }));
  }

  /**
   * Graceful stop: no new fetch, running handlers get up to `timeoutMs` to finish (then their jobs
   * are failed and retried later), pending statements drain, then the pool closes.
   */
  stop(options: { timeoutMs?: number; graceful?: boolean } = {}): Promise<void> {
    this.stopping ??= (async () => {
      try {
        await this.boss.stop({ graceful: options.graceful ?? true, timeout: options.timeoutMs ?? 15_000, close: false, wait: true });
      } catch (error) {
        console.error(`[jobs] arrêt : ${(error as Error).message}`);
      }
      // pg-boss completes jobs without awaiting: let those statements finish before closing.
      while (this.inFlight.size) await Promise.allSettled([...this.inFlight]);
      this.closed = true;
      await this.pool?.end().catch(() => undefined);
    })();
    return this.stopping;
  }
}
