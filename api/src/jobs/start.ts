import type { AppContext } from '../context.js';
import { queueDefinitions } from '../modules/notifications/jobs.js';
import { defaultSender, type NotificationSender } from '../modules/notifications/sender.js';
import { startNotificationWorkers, type DeliveryHooks } from '../modules/notifications/worker.js';
import { PgBossQueue } from './pg-boss-queue.js';
import { jobSettings, type JobSettings } from './settings.js';

export interface StartJobsOptions {
  /** Default: config.runWorker (RUN_WORKER=false makes a web-only process that only enqueues). */
  runWorker?: boolean;
  /** Default: Brevo when BREVO_API_KEY is set, else the development outbox. */
  sender?: NotificationSender;
  settings?: Partial<JobSettings>;
  hooks?: DeliveryHooks;
}

/**
 * Starts the job queue of this process and sets `ctx.jobs`: queues are created (or updated), and
 * when the process runs workers, notification workers, maintenance and the daily cron start too.
 * Stop with `ctx.jobs.stop()` before closing the database.
 */
export async function startJobs(ctx: AppContext, options: StartJobsOptions = {}): Promise<PgBossQueue> {
  const settings: JobSettings = { ...jobSettings(), ...options.settings };
  const runWorker = options.runWorker ?? ctx.config.runWorker;
  const queue = new PgBossQueue({
    orm: ctx.orm, singleConnection: ctx.db.singleConnection, connectionString: ctx.config.databaseUrl, settings, runWorkers: runWorker,
  });
  try {
    await queue.start();
    for (const definition of queueDefinitions(settings)) await queue.defineQueue(definition);
    if (runWorker) {
      const sender = options.sender ?? (await defaultSender(ctx.config, ctx.orm, { timeoutSeconds: settings.providerTimeoutSeconds }));
      await startNotificationWorkers(ctx, queue, settings, { sender, hooks: options.hooks });
    }
  } catch (error) {
    await queue.stop({ graceful: false });
    throw error;
  }
  ctx.jobs = queue;
  return queue;
}
