import { randomUUID } from 'node:crypto';
import type { EntityManager } from '@mikro-orm/postgresql';
import type { AppContext } from '../../context.js';
import { exec } from '../../db/sql.js';
import { stableId } from '../../jobs/stable-id.js';
import type { Principal } from '../../http/principal.js';
import { QUEUES, type ActorRef, type DeliverJob, type PreviousState, type RdvEventJob, type RdvEventName, type ReminderJob } from './jobs.js';
import { reminderTimeFor } from './rules/reminder.js';
import { invitationUrlFor } from './links.js';
import { agentInvitation, oneTimeCode } from './templates/index.js';

/**
 * What the rest of the application calls, always inside the transaction that makes the change:
 * the job is committed with it and dropped with a rollback (DESIGN §3, invariant 3). Nothing is
 * sent here; workers do that after commit, with retries. Without a queue (scripts, tests that do
 * not start one) these functions do nothing.
 */

export function actorRef(actor: Principal | null): ActorRef {
  if (!actor) return { type: 'usager' };
  if (actor.kind === 'agent') return { type: 'agent', agentId: actor.agentId };
  if (actor.kind === 'api_client') return { type: 'api_client' };
  return { type: 'usager' };
}

export interface RdvChange {
  event: RdvEventName;
  rdvId: string;
  /** Null: the usager through the public booking. */
  actor: Principal | null;
  /** One seat of a collective RDV (joined, cancelled). */
  participationId?: string | null;
  /** State before the change; without it "RDV du <old date> modifié" shows the new date and agents removed get nothing. */
  previous?: { startsAt?: Date; status?: PreviousState['status']; lieuId?: string | null; agentIds?: string[]; participationStatuses?: PreviousState['participationStatuses'] } | null;
}

interface RdvRow { sequence: number; starts_at: string; status: string; timezone: string; organisation_id: string }

async function rdvRow(em: EntityManager, rdvId: string): Promise<RdvRow | null> {
  const rows = await exec<RdvRow[]>(em,
    `select r.sequence, r.starts_at, r.status, t.timezone, r.organisation_id from rdv r
       join organisation o on o.id = r.organisation_id join territoire t on t.id = o.territoire_id where r.id = ?`, [rdvId]);
  return rows[0] ?? null;
}

/**
 * A RDV was created, changed or cancelled: enqueue its notifications (usagers and agents), and
 * (re)schedule its reminder when it was created, moved or un-cancelled.
 */
export async function enqueueRdvEvent(ctx: AppContext, em: EntityManager, change: RdvChange): Promise<void> {
  const jobs = ctx.jobs;
  if (!jobs) return;
  const row = await rdvRow(em, change.rdvId);
  if (!row) return;
  const sequence = Number(row.sequence);
  const previous: PreviousState | null = change.previous
    ? {
        ...(change.previous.startsAt ? { startsAt: change.previous.startsAt.toISOString() } : {}),
        ...(change.previous.status ? { status: change.previous.status } : {}),
        ...(change.previous.lieuId !== undefined ? { lieuId: change.previous.lieuId } : {}),
        ...(change.previous.agentIds ? { agentIds: change.previous.agentIds } : {}),
        ...(change.previous.participationStatuses ? { participationStatuses: change.previous.participationStatuses } : {}),
      }
    : null;
  const token = change.participationId ? randomUUID().slice(0, 8) : '0';
  const data: RdvEventJob = {
    event: change.event, rdvId: change.rdvId, organisationId: row.organisation_id, sequence, actor: actorRef(change.actor),
    participationId: change.participationId ?? null, previous, token,
  };
  // Same event, same RDV version: enqueued once even if called twice.
  await jobs.sendInTransaction(em, QUEUES.rdvEvent, data, {
    id: stableId(`rdv_event:${change.event}:${change.rdvId}:${sequence}:${change.participationId ?? ''}:${token}`),
    singletonKey: `rdv:${change.rdvId}`,
  });
  const cancelled = row.status === 'excused' || row.status === 'revoked';
  if (!cancelled && change.event !== 'rdv_cancelled') {
    const moved = !!previous?.startsAt && Date.parse(previous.startsAt) !== Date.parse(row.starts_at);
    const uncancelled = !!previous?.status && (previous.status === 'excused' || previous.status === 'revoked');
    // Without `previous`, an update may have moved the RDV: rescheduling is harmless (same time → same id).
    if (change.event === 'rdv_created' || moved || uncancelled || !previous?.startsAt) {
      await scheduleReminder(ctx, em, { id: change.rdvId, organisationId: row.organisation_id, startsAt: new Date(row.starts_at), sequence, timezone: row.timezone });
    }
  }
}

/**
 * Schedules the reminder of a RDV at `reminderTimeFor` (≈ 48 h before; evening before or same
 * morning at short notice; none when booked at the last minute). Pending reminders of the RDV
 * are cancelled in the same transaction; the handler also re-checks at send time, so a moved or
 * cancelled RDV never gets a stale reminder. Returns the instant, or null when none is due.
 */
export async function scheduleReminder(
  ctx: AppContext, em: EntityManager,
  rdv: { id: string; startsAt: Date; sequence: number; organisationId?: string; timezone?: string; bookedAt?: Date },
): Promise<Date | null> {
  const jobs = ctx.jobs;
  if (!jobs) return null;
  const row = rdv.timezone && rdv.organisationId ? null : await rdvRow(em, rdv.id);
  const timezone = rdv.timezone ?? row?.timezone ?? 'Europe/Paris';
  const organisationId = rdv.organisationId ?? row?.organisation_id ?? '';
  const at = reminderTimeFor(rdv.startsAt.getTime(), (rdv.bookedAt ?? ctx.now()).getTime(), timezone);
  const singletonKey = `rdv:${rdv.id}`;
  await jobs.cancelPending(em, QUEUES.reminder, singletonKey);
  if (at === null) return null;
  const data: ReminderJob = { rdvId: rdv.id, organisationId, startsAt: rdv.startsAt.toISOString(), sequence: rdv.sequence };
  await jobs.sendInTransaction(em, QUEUES.reminder, data, {
    id: stableId(`reminder:${rdv.id}:${rdv.sequence}:${rdv.startsAt.getTime()}`), singletonKey, startAfter: new Date(at),
  });
  return new Date(at);
}

/** A one-time code to verify a phone number or an e-mail address before booking. */
export async function enqueueOneTimeCode(
  ctx: AppContext, em: EntityManager,
  message: { channel: 'sms' | 'email'; destination: string; code: string; expiresInMinutes: number; verificationId?: string },
): Promise<void> {
  const jobs = ctx.jobs;
  if (!jobs) return;
  const n = oneTimeCode(message.code, message.expiresInMinutes);
  const messageKey = `one_time_code:${message.verificationId ?? randomUUID()}:${message.channel}`;
  const base = {
    messageKey, event: 'one_time_code' as const, channel: message.channel, to: message.destination, storeContent: false,
    notAfter: new Date(ctx.now().getTime() + message.expiresInMinutes * 60_000).toISOString(),
  };
  const data: DeliverJob = message.channel === 'email'
    ? { ...base, subject: n.email.subject, text: n.email.text, html: n.email.html, attachments: [] }
    : { ...base, text: n.sms.text, smsSender: ctx.config.brevo.smsSender };
  await jobs.sendInTransaction(em, QUEUES.deliver, data, { id: stableId(messageKey) });
}

/** File d'attente: an earlier créneau freed up for this RDV (one offer per créneau and recipient). */
export async function enqueueWaitingListOffer(
  ctx: AppContext, em: EntityManager, offer: { rdvId: string; startsAt: Date; endsAt: Date },
): Promise<void> {
  const jobs = ctx.jobs;
  if (!jobs) return;
  const row = await rdvRow(em, offer.rdvId);
  if (!row) return;
  const data: RdvEventJob = {
    event: 'new_creneau_available', rdvId: offer.rdvId, organisationId: row.organisation_id, sequence: Number(row.sequence), actor: { type: 'system' },
    participationId: null, previous: null, token: '0',
    offer: { startsAt: offer.startsAt.toISOString(), endsAt: offer.endsAt.toISOString() },
  };
  await jobs.sendInTransaction(em, QUEUES.rdvEvent, data, {
    id: stableId(`offer:${offer.rdvId}:${offer.startsAt.getTime()}`), singletonKey: `rdv:${offer.rdvId}`,
  });
}

/** An agent was invited to an organisation: the e-mail with the link to choose a password. */
export async function enqueueAgentInvitation(
  ctx: AppContext, em: EntityManager,
  invitation: { agentId: string; organisationId: string; email: string; token: string; expiresAt: Date; invitedBy: string | null },
): Promise<void> {
  const jobs = ctx.jobs;
  if (!jobs) return;
  const [row] = await exec<{ first_name: string; last_name: string; organisation: string; timezone: string }[]>(em,
    `select a.first_name, a.last_name, o.name as organisation, t.timezone from agent a, organisation o join territoire t on t.id = o.territoire_id
      where a.id = ? and o.id = ?`, [invitation.agentId, invitation.organisationId]);
  if (!row) return;
  const [inviter] = invitation.invitedBy
    ? await exec<{ first_name: string; last_name: string }[]>(em, 'select first_name, last_name from agent where id = ?', [invitation.invitedBy])
    : [];
  const message = agentInvitation({
    agent: { firstName: row.first_name, lastName: row.last_name }, organisationName: row.organisation,
    invitedBy: inviter ? { firstName: inviter.first_name, lastName: inviter.last_name } : null,
    url: invitationUrlFor(ctx.config, invitation.token), expiresAt: invitation.expiresAt.getTime(), timezone: row.timezone,
  });
  // One message per invitation token (a new invitation has a new token).
  const messageKey = `agent_invitation:${invitation.agentId}:${invitation.expiresAt.getTime()}`;
  const data: DeliverJob = {
    messageKey, event: 'agent_invitation', channel: 'email', to: invitation.email, toName: `${row.first_name} ${row.last_name}`,
    subject: message.subject, text: message.text, html: message.html, attachments: [], organisationId: invitation.organisationId,
    agentId: invitation.agentId, notAfter: invitation.expiresAt.toISOString(),
    // The link is a credential: the receipt keeps who and when, not the text.
    storeContent: false,
  };
  await jobs.sendInTransaction(em, QUEUES.deliver, data, { id: stableId(messageKey) });
}
