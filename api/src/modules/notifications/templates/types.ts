/**
 * View models the notification templates render. The rest of the system fills them from entities;
 * templates stay pure (no ORM, no clock: `now` is passed in) and are easy to snapshot.
 * Instants are epoch milliseconds; they are shown in `timezone` (the territoire's IANA zone).
 */

export type RdvStatus = 'unknown' | 'seen' | 'excused' | 'revoked' | 'noshow';
export type LocationType = 'public_office' | 'phone' | 'home' | 'visio';

export interface PersonName {
  firstName: string;
  lastName: string;
}

export interface RdvView {
  /** Public id (UUID): the ICS UID is derived from it, so it must never change. */
  id: string;
  startsAt: number;
  endsAt: number;
  /** IANA zone of the territoire, e.g. Europe/Paris, Indian/Reunion, America/Cayenne. */
  timezone: string;
  status: RdvStatus;
  collectif: boolean;
  /** Title of a collective RDV ("Atelier portage"). */
  name?: string | null;
  /** Usagers may not move a RDV an agent booked (reference §1.10). */
  createdByAgent: boolean;
  /** ICS SEQUENCE: the caller bumps it on every change (update, cancellation). Default 0. */
  sequence?: number;
  motif: {
    name: string;
    locationType: LocationType;
    /** "Indications après" shown after booking and in the confirmation. Multi-line text. */
    instructionsAfter?: string | null;
    /** Short service name, what SMS texts show ("PMI"). */
    serviceShortName?: string | null;
    /** Default true: the usager may cancel / move online (within the motif's cut-offs). */
    cancellableByUsager?: boolean;
    movableByUsager?: boolean;
  };
  /** Required for public_office. */
  lieu?: { name: string; address: string; phone?: string | null } | null;
  /** For home RDVs. */
  homeAddress?: string | null;
  /** For visio RDVs. */
  visioUrl?: string | null;
  organisation: { name: string; phone?: string | null };
  agents: (PersonName & { email?: string | null })[];
  /**
   * The people the RDV is for when the recipient books for proches ("Pour : Léa Martin").
   * Leave empty when the recipient is the only participant.
   */
  participants?: PersonName[];
}

export interface Recipient extends PersonName {
  email?: string | null;
  phone?: string | null;
}

export interface Links {
  /** Signed link to the RDV page (cancel/move), used in e-mails. */
  manageUrl: string;
  /** Short form of the same link for SMS (keep it ≤ 60 characters). */
  shortManageUrl: string;
  /** Where to book again after a cancellation (the organisation's booking page). Keep it short: SMS use it. */
  rebookUrl?: string | null;
}

export interface Attachment {
  name: string;
  contentType: string;
  /** Raw text (UTF-8); the sender encodes it (base64 for Brevo). */
  content: string;
}

export interface EmailMessage {
  subject: string;
  text: string;
  html: string;
  attachments: Attachment[];
}

export interface SmsMessage {
  /** GSM-7 only, ≤ 160 septets (a single SMS segment). */
  text: string;
}

export interface Notification {
  email: EmailMessage;
  sms: SmsMessage;
}

/** Common input of usager templates. */
export interface UsagerContext {
  rdv: RdvView;
  recipient: Recipient;
  links: Links;
  /** Generation time (ICS DTSTAMP). */
  now: number;
}

export interface UpdatedContext extends UsagerContext {
  /** Start before the change (equal to rdv.startsAt when only the lieu changed). */
  previousStartsAt: number;
}

export interface CancelledContext extends Omit<UsagerContext, 'links'> {
  links: Pick<Links, 'rebookUrl'>;
}

/** File d'attente: an earlier créneau freed up; the link moves the RDV to it in one tap. */
export interface CreneauOfferContext extends Omit<UsagerContext, 'links'> {
  offer: { startsAt: number; endsAt: number };
  links: { offerUrl: string; shortOfferUrl: string };
}

/** Common input of agent e-mails. */
export interface AgentContext {
  rdv: RdvView;
  agent: Recipient;
  /** Usagers of the RDV, shown in the e-mail body (never in the ICS, which may sync elsewhere). */
  usagers: PersonName[];
  /** Back-office page of the RDV. */
  adminUrl: string;
  now: number;
  /** ICS ORGANIZER for METHOD:REQUEST/CANCEL; defaults to a no-reply address. */
  organizerEmail?: string;
}

export interface AgentUpdatedContext extends AgentContext {
  previousStartsAt: number;
}

export interface AgentCancelledContext extends AgentContext {
  /** Who cancelled, shown to the agent (e.g. "Camille Martin"); default derived from the status. */
  cancelledByName?: string | null;
}
