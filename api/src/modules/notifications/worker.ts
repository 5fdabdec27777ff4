import type { EntityManager } from '@mikro-orm/postgresql';
import type { AppContext } from '../../context.js';
import { exec } from '../../db/sql.js';
import type { PgBossQueue } from '../../jobs/pg-boss-queue.js';
import type { JobInfo } from '../../jobs/queue.js';
import type { JobSettings } from '../../jobs/settings.js';
import { stableId } from '../../jobs/stable-id.js';
import { composeMessages } from './compose.js';
import { QUEUES, type DeliverJob, type RdvEventJob, type ReminderJob } from './jobs.js';
import { loadRdvSnapshot } from './rdv-snapshot.js';
import { anonymiseOldReceipts, deleteOldReceipts, hasBeenSent, recordReceipt } from './receipts.js';
import { isCancelled } from './rules/recipients.js';
import { PermanentDeliveryError, type NotificationSender, type OutgoingMessage } from './sender.js';

/** Test seams: what happens between two steps of a delivery. */
export interface DeliveryHooks {
  /** After the provider accepted the message and its receipt is committed, before the job completes. */
  afterReceipt?: (job: JobInfo<DeliverJob>) => Promise<void>;
}

export interface NotificationWorkerOptions {
  sender: NotificationSender;
  hooks?: DeliveryHooks;
}

/** A permanently refused message, dead-lettered at once (no retry can help). */
export interface DeadLetterJob extends DeliverJob {
  failure?: { error: string; attempts: number };
}

function outgoing(d: DeliverJob, fallbackSender: string): OutgoingMessage {
  return d.channel === 'email'
    ? { channel: 'email', messageKey: d.messageKey, tag: d.event, to: d.to, toName: d.toName ?? null, subject: d.subject ?? '', text: d.text, html: d.html ?? '', attachments: d.attachments ?? [] }
    : { channel: 'sms', messageKey: d.messageKey, tag: d.event, to: d.to, text: d.text, sender: d.smsSender ?? fallbackSender };
}

/** The job handlers, exported so tests can run one directly. */
export function notificationHandlers(ctx: AppContext, queue: Pick<PgBossQueue, 'send'>, options: NotificationWorkerOptions) {
  const fork = () => ctx.orm.em.fork() as EntityManager;

  /** Fan-out: one delivery job per message; stable ids make a re-run enqueue nothing twice. */
  async function enqueue(messages: DeliverJob[]): Promise<number> {
    for (const m of messages) await queue.send(QUEUES.deliver, m, { id: stableId(m.messageKey) });
    return messages.length;
  }

  /** A message that no longer makes sense at send time (RDV cancelled or moved, code expired). */
  async function stale(em: EntityManager, d: DeliverJob): Promise<string | null> {
    if (d.notAfter && ctx.now().getTime() > Date.parse(d.notAfter)) return 'expired';
    if (!d.guard) return null;
    const rows = await exec<{ status: string; starts_at: string }[]>(em, 'select status, starts_at from rdv where id = ?', [d.guard.rdvId]);
    const rdv = rows[0];
    if (!rdv) return 'rdv_deleted';
    if (d.guard.notCancelled && isCancelled(rdv.status as never)) return 'rdv_cancelled';
    if (d.guard.startsAt && Date.parse(rdv.starts_at) !== Date.parse(d.guard.startsAt)) return 'rdv_moved';
    return null;
  }

  return {
    async rdvEvent(job: JobInfo<RdvEventJob>) {
      const em = fork();
      const snap = await loadRdvSnapshot(em, job.data.rdvId, job.data.previous?.agentIds ?? []);
      if (!snap) return { skipped: 'rdv_deleted' };
      return { messages: await enqueue(composeMessages(ctx.config, snap, { kind: 'event', job: job.data }, ctx.now().getTime())) };
    },

    async reminder(job: JobInfo<ReminderJob>) {
      const em = fork();
      const snap = await loadRdvSnapshot(em, job.data.rdvId);
      // Re-checked at send time: a RDV cancelled or moved since scheduling gets no stale reminder.
      if (!snap) return { skipped: 'rdv_deleted' };
      if (isCancelled(snap.status)) return { skipped: 'rdv_cancelled' };
      if (snap.startsAt.getTime() !== Date.parse(job.data.startsAt)) return { skipped: 'rdv_moved' };
      return { messages: await enqueue(composeMessages(ctx.config, snap, { kind: 'reminder', startsAt: job.data.startsAt }, ctx.now().getTime())) };
    },

    async deliver(job: JobInfo<DeliverJob>) {
      const d = job.data;
      const em = fork();
      // Idempotency: a message whose receipt says "sent" is never sent again (worker restarted
      // after the provider accepted it, fan-out re-run, duplicate job…).
      if (await hasBeenSent(em, d.messageKey)) return { skipped: 'already_sent' };
      const why = await stale(em, d);
      if (why) return { skipped: why };
      let providerMessageId: string | null;
      try {
        ({ providerMessageId } = await options.sender.send(outgoing(d, ctx.config.brevo.smsSender)));
      } catch (error) {
        const message = (error as Error)?.message ?? String(error);
        await recordReceipt(fork(), d, { result: 'failure', provider: options.sender.provider, attempt: job.attempt, errorMessage: message });
        if (error instanceof PermanentDeliveryError) {
          const dead: DeadLetterJob = { ...d, failure: { error: message, attempts: job.attempt } };
          await queue.send(QUEUES.deadLetter, dead, { id: stableId(`dead:${d.messageKey}`) });
          return { failed: 'permanent' };
        }
        throw error; // pg-boss retries with backoff, then dead-letters
      }
      await recordReceipt(fork(), d, { result: 'sent', provider: options.sender.provider, attempt: job.attempt, providerMessageId });
      await options.hooks?.afterReceipt?.(job);
      return { sent: true };
    },

    async retention() {
      const em = fork();
      const now = ctx.now();
      return { anonymised: await anonymiseOldReceipts(em, now), deleted: await deleteOldReceipts(em, now) };
    },
  };
}

/** Registers the notification workers and the daily retention schedule on a started queue. */
export async function startNotificationWorkers(ctx: AppContext, queue: PgBossQueue, settings: JobSettings, options: NotificationWorkerOptions): Promise<void> {
  const h = notificationHandlers(ctx, queue, options);
  await queue.work(QUEUES.rdvEvent, h.rdvEvent);
  await queue.work(QUEUES.reminder, h.reminder);
  await queue.work(QUEUES.deliver, h.deliver, settings.deliverConcurrency);
  await queue.work(QUEUES.retention, h.retention);
  await queue.schedule(QUEUES.retention, '15 3 * * *', 'Europe/Paris');
}
