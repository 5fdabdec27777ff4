import type { Express } from 'express';
import supertest from 'supertest';
import type TestAgent from 'supertest/lib/agent.js';
import { createApp } from '../../api/src/app.js';
import { loadConfig } from '../../api/src/config.js';
import type { AppContext } from '../../api/src/context.js';
import { openDatabase, type Database } from '../../api/src/db/database.js';
import { DEMO_ADMIN, seedDemo } from '../../api/src/db/seeders/demo-seed.js';
import { startJobs, type StartJobsOptions } from '../../api/src/jobs/start.js';

export interface TestApp {
  app: Express;
  ctx: AppContext;
  db: Database;
  http: TestAgent;
  /** Pin or move the application's clock. */
  setNow(date: Date | null): void;
  organisationIds: string[];
  login(email?: string, password?: string): Promise<string>;
  close(): Promise<void>;
}

/** Removes every row (PostgreSQL keeps the schema between files; PGlite starts empty anyway). */
export async function truncateAll(db: Database): Promise<void> {
  const conn = db.orm.em.getConnection();
  const tables = await conn.execute<{ tablename: string }[]>(
    "select tablename from pg_tables where schemaname = 'public' and tablename <> 'mikro_orm_migrations'");
  if (tables.length) await conn.execute(`truncate table ${tables.map((t) => `"${t.tablename}"`).join(', ')} cascade`);
  // Jobs left by a previous file must not run against this one's data.
  const boss = await conn.execute<{ n: number }[]>("select count(*)::int as n from pg_tables where schemaname = 'pgboss' and tablename = 'job'");
  if (boss[0]?.n) await conn.execute('truncate table pgboss.job, pgboss.archive, pgboss.schedule');
}

/**
 * A real application on a real database: DATABASE_URL when set (CI: PostgreSQL 15), otherwise an
 * in-memory PGlite. Seeded with the demo data so tests speak of real organisations and agents.
 */
export async function createTestApp(options: { seed?: boolean; now?: Date; env?: Record<string, string>; jobs?: StartJobsOptions } = {}): Promise<TestApp> {
  // Rate limits and the like read process.env when the app is built.
  Object.assign(process.env, options.env ?? {});
  const config = loadConfig({ ...process.env, NODE_ENV: 'test', ...options.env });
  const db = await openDatabase({ databaseUrl: config.databaseUrl, pgliteDir: null });
  await truncateAll(db);
  let pinned: Date | null = options.now ?? null;
  const ctx: AppContext = { config, db, orm: db.orm, now: () => (pinned ? new Date(pinned) : new Date()) };
  const organisationIds = options.seed === false ? [] : (await seedDemo(db.orm.em.fork(), ctx.now())).organisationIds;
  // The job queue (ctx.jobs) only when asked: `{ runWorker: false }` enqueues, `{ runWorker: true }` also sends.
  if (options.jobs) await startJobs(ctx, options.jobs);
  const app = createApp(ctx);
  const http = supertest(app);
  return {
    app, ctx, db, http, organisationIds,
    setNow(date) { pinned = date; },
    async login(email = DEMO_ADMIN.email, password = DEMO_ADMIN.password) {
      const res = await http.post('/api/v1/auth/token').send({ grantType: 'password', email, password });
      if (res.status !== 200) throw new Error(`login ${email}: ${res.status} ${JSON.stringify(res.body)}`);
      return res.body.accessToken as string;
    },
    async close() {
      await ctx.jobs?.stop();
      await db.close();
    },
  };
}
