import type { EntityManager } from '@mikro-orm/postgresql';
import type { AppContext } from '../../context.js';
import { enqueueOneTimeCode, enqueueRdvEvent, type RdvChange } from '../notifications/events.js';

/**
 * The booking side of notifications: every function runs inside the caller's transaction so the
 * message is enqueued with the change (outbox) and never sent for a rolled-back one.
 */
export type RdvEvent = 'rdv_created' | 'rdv_updated' | 'rdv_cancelled';

export async function notifyRdvChange(ctx: AppContext, em: EntityManager, change: RdvChange & { event: RdvEvent }): Promise<void> {
  await enqueueRdvEvent(ctx, em, change);
}

export async function notifyOneTimeCode(ctx: AppContext, em: EntityManager, message: { channel: 'sms' | 'email'; destination: string; code: string; expiresInMinutes: number; verificationId: string }): Promise<void> {
  await enqueueOneTimeCode(ctx, em, message);
}
