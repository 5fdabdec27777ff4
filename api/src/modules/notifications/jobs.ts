import type { QueueDefinition } from '../../jobs/pg-boss-queue.js';
import type { JobSettings } from '../../jobs/settings.js';
import type { RdvStatus } from '../rdvs/rdv.entity.js';
import type { OutgoingAttachment } from './sender.js';

/** Queues of the notifications module (pg-boss names: letters, digits and underscores). */
export const QUEUES = {
  /** A RDV changed: load it after commit, decide recipients, render, fan out to `deliver`. */
  rdvEvent: 'notify_rdv_event',
  /** Reminder due: same fan-out, if the RDV still holds at that time. */
  reminder: 'notify_reminder',
  /** One message, one channel, one recipient. */
  deliver: 'notify_deliver',
  /** Jobs that exhausted their retries (no worker: read by the échecs endpoint). */
  deadLetter: 'notify_dead_letter',
  /** Daily: anonymise receipts after 6 months, delete them after 2 years. */
  retention: 'notify_receipt_retention',
} as const;

export function queueDefinitions(s: JobSettings): QueueDefinition[] {
  const retried = { retryLimit: s.retryLimit, retryDelaySeconds: s.retryDelaySeconds, retryBackoff: true, deadLetter: QUEUES.deadLetter };
  return [
    // First: the others reference it.
    { name: QUEUES.deadLetter, retryLimit: 0, retryDelaySeconds: 0, retryBackoff: false, expireInSeconds: 60 },
    { name: QUEUES.rdvEvent, ...retried, expireInSeconds: 300 },
    { name: QUEUES.reminder, ...retried, expireInSeconds: 300 },
    // The provider timeout (≤ 90 s) stays under this, so every attempt leaves a receipt.
    { name: QUEUES.deliver, ...retried, expireInSeconds: 120 },
    { name: QUEUES.retention, retryLimit: 3, retryDelaySeconds: 300, retryBackoff: true, expireInSeconds: 900 },
  ];
}

export type RdvEventName = 'rdv_created' | 'rdv_updated' | 'rdv_cancelled';
export type NotificationEventName = RdvEventName | 'rdv_upcoming_reminder' | 'one_time_code' | 'new_creneau_available' | 'agent_invitation';

/** Who made the change (agents' "not for my own changes" rule; SMS on cancellation by an agent). */
export type ActorRef = { type: 'agent'; agentId: string } | { type: 'api_client' } | { type: 'usager' } | { type: 'system' };

/** State before the change, when the caller knows it (it is gone once the change is written). */
export interface PreviousState {
  startsAt?: string;
  status?: RdvStatus;
  lieuId?: string | null;
  agentIds?: string[];
  /** participationId → status before the change. */
  participationStatuses?: Record<string, RdvStatus>;
}

export interface RdvEventJob {
  event: RdvEventName | 'new_creneau_available';
  rdvId: string;
  organisationId: string;
  /** `rdv.sequence` in the transaction that enqueued the event: part of every message key. */
  sequence: number;
  actor: ActorRef;
  /** Only this participation is concerned (a seat of a collective RDV). */
  participationId: string | null;
  previous: PreviousState | null;
  /** Waiting-list offer: the freed créneau. */
  offer?: { startsAt: string; endsAt: string } | null;
  /** Distinguishes two events with the same sequence (seat changes do not bump it). */
  token: string;
}

export interface ReminderJob {
  rdvId: string;
  organisationId: string;
  /** The RDV start the reminder was computed for: a moved RDV makes this job a no-op. */
  startsAt: string;
  sequence: number;
}

export interface DeliverJob {
  messageKey: string;
  event: NotificationEventName;
  channel: 'sms' | 'email';
  to: string;
  toName?: string | null;
  subject?: string | null;
  text: string;
  html?: string | null;
  attachments?: OutgoingAttachment[];
  smsSender?: string | null;
  organisationId?: string | null;
  rdvId?: string | null;
  usagerId?: string | null;
  agentId?: string | null;
  /** Not sent after this instant (a code that expired, a RDV that started). */
  notAfter?: string | null;
  /** Checked at send time: a RDV cancelled or moved meanwhile makes this message stale. */
  guard?: { rdvId: string; notCancelled?: boolean; startsAt?: string } | null;
  /** Keep the text in the receipt (false for one-time codes). */
  storeContent: boolean;
}
