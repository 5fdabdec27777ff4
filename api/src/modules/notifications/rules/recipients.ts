import { parsePhoneNumberFromString } from 'libphonenumber-js/max';
import type { RdvStatus } from '../templates/types.js';

/**
 * Who receives which usager notification, on which channel (reference §4.1, §1.11, §1.12).
 * Pure: the caller loads participations and usagers, this decides.
 */

export type NotificationEvent =
  | 'rdv_created'
  | 'rdv_updated'
  | 'rdv_cancelled'
  | 'rdv_upcoming_reminder'
  | 'new_creneau_available';

export type { RdvStatus };
export type MotifVisibility = 'visible_and_notified' | 'visible_and_not_notified' | 'invisible';
export type Channel = 'email' | 'sms';

export interface UsagerContact {
  id: string;
  firstName: string;
  lastName: string;
  email?: string | null;
  /** E.164 (e.g. +33612345678, +262692123456). */
  phone?: string | null;
  notifyByEmail: boolean;
  notifyBySms: boolean;
  /** Set for a proche: contact data and preferences come from the responsible usager. */
  responsible?: UsagerContact | null;
}

export interface ParticipationInput {
  usager: UsagerContact;
  /** Status after the change being notified. */
  status: RdvStatus;
  /** Status before the change; for `rdv_cancelled`, usagers already cancelled get nothing. */
  previousStatus?: RdvStatus | null;
  /** Defaults from the motif visibility; agents may switch them per participation. */
  sendLifecycleNotifications: boolean;
  sendReminderNotification: boolean;
}

export interface RecipientsInput {
  event: NotificationEvent;
  rdv: { startsAt: number; status: RdvStatus; motifVisibility: MotifVisibility };
  participations: readonly ParticipationInput[];
  now: number;
  /** For `rdv_cancelled`: the SMS goes out only when an agent cancelled (the usager knows already). */
  cancelledBy?: 'usager' | 'agent' | null;
}

export interface PlannedRecipient {
  /** The usager who is contacted (the responsible for proches). */
  usager: UsagerContact;
  channels: Channel[];
  /** The participants this message is about ("pour Léa"), recipient included when they participate. */
  participants: UsagerContact[];
}

const CANCELLED: ReadonlySet<RdvStatus> = new Set(['excused', 'revoked']);

export function isCancelled(status: RdvStatus): boolean {
  return CANCELLED.has(status);
}

/** Mobile check with full metadata: overseas mobiles (+262 692…, +594 694…) count; landlines don't. */
export function isMobilePhone(phone: string | null | undefined): boolean {
  if (!phone) return false;
  const parsed = parsePhoneNumberFromString(phone, 'FR');
  if (!parsed?.isValid()) return false;
  const type = parsed.getType();
  return type === 'MOBILE' || type === 'FIXED_LINE_OR_MOBILE';
}

/** Channels a usager can be reached on and accepted (§1.12). */
export function usagerChannels(u: UsagerContact): Channel[] {
  const channels: Channel[] = [];
  if (u.notifyByEmail && !!u.email?.trim()) channels.push('email');
  if (u.notifyBySms && isMobilePhone(u.phone)) channels.push('sms');
  return channels;
}

function participationConcerned(p: ParticipationInput, input: RecipientsInput): boolean {
  switch (input.event) {
    case 'rdv_upcoming_reminder':
      return p.sendReminderNotification && !isCancelled(p.status);
    case 'rdv_cancelled':
      // Cancelled by this change: not before, yes now.
      return p.sendLifecycleNotifications && isCancelled(p.status) && !isCancelled(p.previousStatus ?? 'unknown');
    default:
      return p.sendLifecycleNotifications && !isCancelled(p.status);
  }
}

export function recipientsFor(input: RecipientsInput): PlannedRecipient[] {
  const { event, rdv } = input;
  if (rdv.startsAt <= input.now) return [];
  // Invisible motifs protect e.g. victims of domestic violence: never notify, whatever the flags.
  if (rdv.motifVisibility === 'invisible') return [];
  // Only a cancellation is announced for a cancelled RDV.
  if (event !== 'rdv_cancelled' && isCancelled(rdv.status)) return [];

  const byRecipient = new Map<string, PlannedRecipient>();
  for (const p of input.participations) {
    if (!participationConcerned(p, input)) continue;
    const to = p.usager.responsible ?? p.usager;
    let planned = byRecipient.get(to.id);
    if (!planned) {
      let channels = usagerChannels(to);
      if (event === 'rdv_cancelled' && input.cancelledBy !== 'agent') channels = channels.filter((c) => c !== 'sms');
      planned = { usager: to, channels, participants: [] };
      byRecipient.set(to.id, planned);
    }
    planned.participants.push(p.usager);
  }
  return [...byRecipient.values()].filter((r) => r.channels.length > 0);
}
