import { dateTimeOf, icsLocation, icsSummary, placeText, summaryBlock } from './details.js';
import { renderEmail, type EmailBlock } from './email-layout.js';
import { formatDateTime, fullName, joinFrench } from './format.js';
import { buildRdvIcs, icsAttachment, type IcsMethod } from './ics.js';
import type { AgentCancelledContext, AgentContext, AgentUpdatedContext, EmailMessage, RdvView } from './types.js';

/**
 * Agent e-mails "RDV ajouté / modifié / annulé sur votre agenda" (reference §4.1), with an ICS
 * invitation (REQUEST) or cancellation (CANCEL) that calendar clients apply to the same event.
 * Whether to send one at all is `shouldNotifyAgent` (rules/agents.ts).
 */

export const DEFAULT_ORGANIZER_EMAIL = 'ne-pas-repondre@creneau.invalid';

const SIGNATURE =
  'Créneau\nMessage automatique. Vous pouvez choisir quels changements vous sont notifiés dans votre profil.';

function agentIcs(ctx: AgentContext, method: IcsMethod) {
  const { rdv } = ctx;
  const ics = buildRdvIcs(rdv, {
    method,
    summary: icsSummary(rdv),
    // No usager names or contact details: agents' calendars often sync to third-party services.
    description: `Voir le rendez-vous : ${ctx.adminUrl}`,
    location: icsLocation(rdv, 'agent'),
    url: ctx.adminUrl,
    stamp: ctx.now,
    organizer: { name: rdv.organisation.name, email: ctx.organizerEmail ?? DEFAULT_ORGANIZER_EMAIL },
    attendees: rdv.agents
      .filter((a): a is typeof a & { email: string } => !!a.email)
      .map((a) => ({ name: fullName(a), email: a.email })),
  });
  return icsAttachment(method, ics);
}

function details(ctx: AgentContext): EmailBlock[] {
  const { rdv } = ctx;
  const summary = summaryBlock({ ...rdv, participants: [] }, { place: placeText(rdv, 'agent') });
  const rows = summary.kind === 'details' ? [...summary.rows] : [];
  if (ctx.usagers.length) rows.push([ctx.usagers.length > 1 ? 'Usagers' : 'Usager', joinFrench(ctx.usagers.map(fullName))]);
  if (rdv.agents.length > 1) rows.push(['Agents', joinFrench(rdv.agents.map(fullName))]);
  return [{ kind: 'details', rows }, { kind: 'link', label: 'Voir le rendez-vous', url: ctx.adminUrl }];
}

function email(subject: string, blocks: EmailBlock[], attachments: EmailMessage['attachments']): EmailMessage {
  const { text, html } = renderEmail(subject, blocks, SIGNATURE);
  return { subject, text, html, attachments };
}

const hello = (ctx: AgentContext): EmailBlock => ({ kind: 'paragraph', text: `Bonjour ${fullName(ctx.agent)},` });

/** Nouveau RDV ajouté sur votre agenda. */
export function agentRdvCreated(ctx: AgentContext): EmailMessage {
  const subject = `Nouveau RDV ajouté sur votre agenda : ${dateTimeOf(ctx.rdv)}`;
  return email(
    subject,
    [hello(ctx), { kind: 'paragraph', text: 'Un rendez-vous a été ajouté sur votre agenda.' }, ...details(ctx)],
    [agentIcs(ctx, 'REQUEST')],
  );
}

/** RDV modifié sur votre agenda. */
export function agentRdvUpdated(ctx: AgentUpdatedContext): EmailMessage {
  const subject = `RDV modifié sur votre agenda : ${dateTimeOf(ctx.rdv)}`;
  const previous = dateTimeOf(ctx.rdv, ctx.previousStartsAt);
  return email(
    subject,
    [hello(ctx), { kind: 'paragraph', text: `Le rendez-vous du ${previous} a été modifié. Nouvelles informations :` }, ...details(ctx)],
    [agentIcs(ctx, 'REQUEST')],
  );
}

function cancelledBy(rdv: RdvView, name: string | null | undefined): string {
  if (name) return `par ${name}`;
  return rdv.status === 'excused' ? "à la demande de l'usager" : 'par le service';
}

/** RDV annulé sur votre agenda. */
export function agentRdvCancelled(ctx: AgentCancelledContext): EmailMessage {
  const when = dateTimeOf(ctx.rdv);
  const subject = `RDV annulé sur votre agenda : ${when}`;
  return email(
    subject,
    [
      hello(ctx),
      { kind: 'paragraph', text: `Le rendez-vous du ${when} a été annulé ${cancelledBy(ctx.rdv, ctx.cancelledByName)}. Le créneau est de nouveau libre.` },
      ...details(ctx),
    ],
    [agentIcs(ctx, 'CANCEL')],
  );
}

export interface AgentInvitationContext {
  agent: { firstName: string; lastName: string };
  organisationName: string;
  /** Who invited, when known. */
  invitedBy: { firstName: string; lastName: string } | null;
  /** The admin page where the agent chooses a password (token in the fragment). */
  url: string;
  expiresAt: number;
  timezone: string;
}

/** Invitation to join an organisation: the link lets the agent choose a password (valid 7 days). */
export function agentInvitation(ctx: AgentInvitationContext): EmailMessage {
  const subject = `Invitation à rejoindre ${ctx.organisationName} sur Créneau`;
  const who = ctx.invitedBy ? `${fullName(ctx.invitedBy)} vous invite` : 'Vous êtes invité(e)';
  const { text, html } = renderEmail(subject, [
    { kind: 'paragraph', text: `Bonjour ${fullName(ctx.agent)},` },
    { kind: 'paragraph', text: `${who} à utiliser Créneau, l’outil de prise de rendez-vous de ${ctx.organisationName}.` },
    { kind: 'link', label: 'Choisir mon mot de passe', url: ctx.url },
    { kind: 'paragraph', text: `Ce lien est personnel et valable jusqu’au ${formatDateTime(ctx.expiresAt, ctx.timezone)}. Passé ce délai, demandez une nouvelle invitation à un administrateur de votre organisation.` },
    { kind: 'paragraph', text: 'Si vous ne vous attendiez pas à cette invitation, ignorez ce message : aucun compte ne sera activé.' },
  ], 'Créneau\nMessage automatique, merci de ne pas y répondre.');
  return { subject, text, html, attachments: [] };
}
