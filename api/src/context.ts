import type { MikroORM, EntityManager } from '@mikro-orm/postgresql';
import type { Config } from './config.js';
import type { Database } from './db/database.js';

/** Everything a request handler may need, built once at start (tests build their own). */
export interface AppContext {
  config: Config;
  db: Database;
  orm: MikroORM;
  /** Injected clock so tests can pin "now". */
  now: () => Date;
  /** Set by the notifications module once the queue is started. */
  jobs?: import('./jobs/queue.js').JobQueue;
}

/** The request-scoped entity manager (RequestContext middleware makes the global one per request). */
export const emOf = (ctx: AppContext): EntityManager => ctx.orm.em as EntityManager;
