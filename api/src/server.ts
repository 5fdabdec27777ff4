import type { Server } from 'node:http';
import { createApp } from './app.js';
import { loadConfig } from './config.js';
import { openDatabase, pgliteDirFor } from './db/database.js';
import { DEMO_ADMIN, isDatabaseEmpty, seedDemo } from './db/seeders/demo-seed.js';
import { startJobs } from './jobs/start.js';
import type { AppContext } from './context.js';

/** Entry point of `npm start`: one process serving the API, the widget, the admin and the demo. */
const config = loadConfig();
const db = await openDatabase({ databaseUrl: config.databaseUrl, pgliteDir: pgliteDirFor(config.dataDir) });
const ctx: AppContext = { config, db, orm: db.orm, now: () => new Date() };

let seeded = false;
if (config.seedDemo && (await isDatabaseEmpty(db.orm.em.fork()))) {
  await seedDemo(db.orm.em.fork());
  seeded = true;
}

// Job queue (notifications): workers run here unless RUN_WORKER=false (then `npm run worker`).
await startJobs(ctx);

const app = createApp(ctx);
const server: Server = app.listen(config.port, () => {
  const url = `http://localhost:${config.port}`;
  console.log(`Créneau est prêt sur ${url}`);
  console.log(`  Base de données : ${db.kind === 'pglite' ? `PGlite embarquée, données dans ${db.location}` : `PostgreSQL (${db.location})`}${seeded ? ' — données de démonstration créées' : ''}`);
  console.log(`  API : ${url}/api/v1 · documentation : ${url}/docs · santé : ${url}/health`);
  console.log(`  Démo du widget : ${url}/demo/ · administration : ${url}/admin`);
  if (config.seedDemo) console.log(`  Compte de démonstration : ${DEMO_ADMIN.email} / ${DEMO_ADMIN.password}`);
});

let stopping = false;
async function shutdown(signal: string) {
  if (stopping) return;
  stopping = true;
  console.log(`Arrêt (${signal})…`);
  server.close();
  await ctx.jobs?.stop().catch(() => undefined);
  await db.close().catch(() => undefined);
  process.exit(0);
}
process.on('SIGINT', () => void shutdown('SIGINT'));
process.on('SIGTERM', () => void shutdown('SIGTERM'));
