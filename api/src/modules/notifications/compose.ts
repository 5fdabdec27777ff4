import type { Config } from '../../config.js';
import type { RdvStatus } from '../rdvs/rdv.entity.js';
import { adminUrlFor, manageUrlFor, offerUrlFor, rebookUrlFor } from './links.js';
import { shortManageUrlFor, shortOfferUrlFor } from './short-links.js';
import type { DeliverJob, NotificationEventName, RdvEventJob } from './jobs.js';
import type { AgentOfRdv, RdvSnapshot } from './rdv-snapshot.js';
import { agentsToNotify } from './rules/agents.js';
import { isCancelled, recipientsFor, type NotificationEvent, type PlannedRecipient } from './rules/recipients.js';
import {
  agentRdvCancelled, agentRdvCreated, agentRdvUpdated, creneauOffer, rdvCancelled, rdvCreated, rdvReminder, rdvUpdated,
  type EmailMessage, type Notification, type PersonName, type RdvView, type Recipient,
} from './templates/index.js';

/**
 * From a RDV (loaded after commit) and the event that touched it to the individual messages:
 * recipient rules, then templates. Pure: no I/O, `now` passed in.
 */

export type ComposeInput =
  | { kind: 'event'; job: RdvEventJob }
  | { kind: 'reminder'; startsAt: string };

const person = (p: PersonName): PersonName => ({ firstName: p.firstName, lastName: p.lastName });

function view(snap: RdvSnapshot, opts: { participants?: PersonName[]; status?: RdvStatus; homeAddress?: string | null } = {}): RdvView {
  return {
    id: snap.id,
    startsAt: snap.startsAt.getTime(),
    endsAt: snap.endsAt.getTime(),
    timezone: snap.timezone,
    status: opts.status ?? snap.status,
    collectif: snap.motif.collectif,
    name: snap.name,
    createdByAgent: snap.createdByType === 'agent',
    sequence: snap.sequence,
    motif: {
      name: snap.motif.name,
      locationType: snap.motif.locationType,
      instructionsAfter: snap.motif.instructionsAfter,
      serviceShortName: snap.motif.serviceShortName,
      cancellableByUsager: snap.motif.cancellableByUsager,
      movableByUsager: snap.motif.movableByUsager,
    },
    lieu: snap.lieu ? { name: snap.lieu.name, address: snap.lieu.address, phone: snap.lieu.phone } : null,
    homeAddress: snap.motif.locationType === 'home' ? opts.homeAddress ?? null : null,
    visioUrl: null,
    organisation: { name: snap.organisationName, phone: snap.organisationPhone },
    agents: snap.agents.filter((a) => a.linked).map((a) => ({ ...person(a), email: a.email })),
    participants: opts.participants ?? [],
  };
}

/** The event as recipients experience it: un-cancelling a RDV is a new confirmation (reference §4.1). */
export function effectiveEvent(job: RdvEventJob, snap: RdvSnapshot): RdvEventJob['event'] {
  if (job.event === 'rdv_updated' && job.previous?.status && isCancelled(job.previous.status) && !isCancelled(snap.status)) return 'rdv_created';
  return job.event;
}

export function composeMessages(config: Config, snap: RdvSnapshot, input: ComposeInput, now: number): DeliverJob[] {
  const job = input.kind === 'event' ? input.job : null;
  const event: NotificationEvent = job ? effectiveEvent(job, snap) : 'rdv_upcoming_reminder';
  const participations = job?.participationId ? snap.participations.filter((p) => p.id === job.participationId) : snap.participations;
  const previousStatuses = job?.previous?.participationStatuses ?? {};
  const planned = recipientsFor({
    event,
    rdv: { startsAt: snap.startsAt.getTime(), status: snap.status, motifVisibility: snap.motif.visibilityType },
    participations: participations.map((p) => ({
      usager: p.usager, status: p.status, previousStatus: previousStatuses[p.id] ?? null,
      sendLifecycleNotifications: p.sendLifecycleNotifications, sendReminderNotification: p.sendReminderNotification,
    })),
    now,
    cancelledBy: job && (job.actor.type === 'agent' || job.actor.type === 'api_client') ? 'agent' : 'usager',
  });

  const common = { organisationId: snap.organisationId, rdvId: snap.id, notAfter: snap.startsAt.toISOString(), storeContent: true };
  // Seat changes on a collective RDV do not bump the sequence: the event's token keeps keys apart.
  const version = job?.participationId ? `${snap.sequence}.${job.token}` : String(snap.sequence);
  const out: DeliverJob[] = [];

  for (const r of planned) {
    const participation = snap.participations.find((p) => p.usager.id === r.participants[0]?.id);
    // Collective RDVs: each seat has its own manage link; individual RDVs: the RDV's.
    const seatId = snap.motif.collectif ? participation?.id ?? null : null;
    const onlySelf = r.participants.length === 1 && r.participants[0]!.id === r.usager.id;
    const rdv = view(snap, {
      participants: onlySelf ? [] : r.participants.map(person),
      status: job?.participationId && participation ? participation.status : undefined,
      homeAddress: participation?.usager.address ?? (r.usager as { address?: string | null }).address ?? null,
    });
    const recipient: Recipient = { ...person(r.usager), email: r.usager.email, phone: r.usager.phone };
    const manageUrl = manageUrlFor(config, snap.id, seatId);
    const links = { manageUrl, shortManageUrl: shortManageUrlFor(config, snap.id, seatId), rebookUrl: rebookUrlFor(config, snap.organisationId) };
    let notification: Notification;
    let key: string;
    let guard: DeliverJob['guard'] = { rdvId: snap.id, notCancelled: true };
    if (input.kind === 'reminder') {
      notification = rdvReminder({ rdv, recipient, links, now });
      key = `rdv_upcoming_reminder:${snap.id}:${r.usager.id}:%c:${snap.startsAt.getTime()}`;
      guard = { rdvId: snap.id, notCancelled: true, startsAt: input.startsAt };
    } else if (event === 'new_creneau_available') {
      const offer = job!.offer!;
      const offerUrl = offerUrlFor(config, snap.id, new Date(offer.startsAt), seatId);
      const shortOfferUrl = shortOfferUrlFor(config, snap.id, new Date(offer.startsAt), seatId);
      notification = creneauOffer({ rdv, recipient, now, offer: { startsAt: Date.parse(offer.startsAt), endsAt: Date.parse(offer.endsAt) }, links: { offerUrl, shortOfferUrl } });
      key = `new_creneau_available:${snap.id}:${r.usager.id}:%c:${Date.parse(offer.startsAt)}`;
    } else if (event === 'rdv_cancelled') {
      notification = rdvCancelled({ rdv, recipient, links: { rebookUrl: links.rebookUrl }, now });
      key = `rdv_cancelled:${snap.id}:${r.usager.id}:%c:${version}`;
      guard = null;
    } else if (event === 'rdv_updated') {
      const previousStartsAt = job!.previous?.startsAt ? Date.parse(job!.previous.startsAt) : snap.startsAt.getTime();
      notification = rdvUpdated({ rdv, recipient, links, now, previousStartsAt });
      key = `rdv_updated:${snap.id}:${r.usager.id}:%c:${version}`;
    } else {
      notification = rdvCreated({ rdv, recipient, links, now });
      key = `rdv_created:${snap.id}:${r.usager.id}:%c:${version}`;
    }
    out.push(...usagerDeliveries(r, notification, {
      ...common, event: input.kind === 'reminder' ? 'rdv_upcoming_reminder' : event, guard,
      smsSender: snap.smsSender ?? config.brevo.smsSender, usagerId: r.usager.id,
    }, key));
  }

  if (job && !job.participationId && event !== 'new_creneau_available') out.push(...agentDeliveries(config, snap, job, event, now, version));
  return out;
}

function usagerDeliveries(r: PlannedRecipient, n: Notification, base: Omit<DeliverJob, 'messageKey' | 'channel' | 'to' | 'text'>, key: string): DeliverJob[] {
  return r.channels.map((channel) => channel === 'email'
    ? { ...base, messageKey: key.replace('%c', 'email'), channel, to: r.usager.email!, toName: `${r.usager.firstName} ${r.usager.lastName}`, ...emailFields(n.email) }
    : { ...base, messageKey: key.replace('%c', 'sms'), channel, to: r.usager.phone!, text: n.sms.text });
}

const emailFields = (e: EmailMessage) => ({ subject: e.subject, text: e.text, html: e.html, attachments: e.attachments });

/** "Ajouté / modifié / annulé sur votre agenda", by each agent's `rdvNotificationLevel`. */
function agentDeliveries(config: Config, snap: RdvSnapshot, job: RdvEventJob, event: NotificationEventName, now: number, version: string): DeliverJob[] {
  const previousAgents = job.previous?.agentIds;
  const kindFor = (a: AgentOfRdv): 'created' | 'updated' | 'cancelled' => {
    if (event === 'rdv_cancelled' || !a.linked) return 'cancelled';
    if (event === 'rdv_created') return 'created';
    return previousAgents && !previousAgents.includes(a.id) ? 'created' : 'updated';
  };
  const concerned = snap.agents.filter((a) => a.linked || previousAgents?.includes(a.id));
  const previousStartsAt = job.previous?.startsAt ? Date.parse(job.previous.startsAt) : null;
  const recipients = agentsToNotify(concerned.map((a) => ({ ...a, notificationLevel: a.notificationLevel })), {
    startsAt: snap.startsAt.getTime(), previousStartsAt, now, timezone: snap.timezone,
    authorAgentId: job.actor.type === 'agent' ? job.actor.agentId : null,
  });
  const rdv = view(snap);
  const usagers = snap.participations.filter((p) => !isCancelled(p.status) || event === 'rdv_cancelled').map((p) => person(p.usager));
  const adminUrl = adminUrlFor(config, snap.organisationId, snap.id);
  return recipients.map((a) => {
    const kind = kindFor(a);
    const ctx = { rdv, agent: { ...person(a), email: a.email }, usagers, adminUrl, now, organizerEmail: config.brevo.senderEmail };
    const email = kind === 'created' ? agentRdvCreated(ctx)
      : kind === 'updated' ? agentRdvUpdated({ ...ctx, previousStartsAt: previousStartsAt ?? snap.startsAt.getTime() })
      : agentRdvCancelled({ ...ctx, cancelledByName: null });
    const agentEvent: NotificationEventName = kind === 'created' ? 'rdv_created' : kind === 'updated' ? 'rdv_updated' : 'rdv_cancelled';
    return {
      messageKey: `${agentEvent}:${snap.id}:agent:${a.id}:email:${version}`, event: agentEvent, channel: 'email' as const,
      to: a.email!, toName: `${a.firstName} ${a.lastName}`, ...emailFields(email),
      organisationId: snap.organisationId, rdvId: snap.id, agentId: a.id, storeContent: true,
      // An agent still wants to hear that a RDV moved away from today, even once it started.
      notAfter: new Date(Math.max(snap.startsAt.getTime(), previousStartsAt ?? 0)).toISOString(),
      guard: kind === 'cancelled' ? null : { rdvId: snap.id, notCancelled: true },
    };
  });
}
