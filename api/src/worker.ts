import { loadConfig } from './config.js';
import type { AppContext } from './context.js';
import { openDatabase } from './db/database.js';
import { startJobs } from './jobs/start.js';

/**
 * `npm run worker`: the job workers alone (notifications, reminders, retention), for deployments
 * that run web processes with RUN_WORKER=false. Same code as the worker inside `npm start`.
 * Several workers may run at once: pg-boss hands each job to one of them.
 */
const config = loadConfig();
if (!config.databaseUrl) {
  // The embedded database belongs to the `npm start` process, which already runs the workers.
  console.error('npm run worker a besoin de DATABASE_URL (PostgreSQL). Avec la base embarquée, `npm start` exécute déjà les tâches.');
  process.exit(2);
}
const db = await openDatabase({ databaseUrl: config.databaseUrl, pgliteDir: null });
const ctx: AppContext = { config, db, orm: db.orm, now: () => new Date() };
const jobs = await startJobs(ctx, { runWorker: true });
console.log(`Créneau : tâches en cours d'exécution (PostgreSQL ${db.location}). Arrêt : Ctrl+C.`);

let stopping = false;
async function shutdown(signal: string) {
  if (stopping) return;
  stopping = true;
  console.log(`Arrêt (${signal}) : fin des envois en cours…`);
  await jobs.stop().catch(() => undefined);
  await db.close().catch(() => undefined);
  process.exit(0);
}
process.on('SIGINT', () => void shutdown('SIGINT'));
process.on('SIGTERM', () => void shutdown('SIGTERM'));
