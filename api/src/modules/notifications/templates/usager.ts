import {
  contact,
  contactBlocks,
  dateTimeOf,
  icsLocation,
  icsSummary,
  instructionsBlocks,
  motifName,
  motifText,
  signature,
  summaryBlock,
} from './details.js';
import { renderEmail, type EmailBlock } from './email-layout.js';
import { contactPhone, formatSmsDateTime, fullName, isApproximate, usagerCanCancel, usagerCanMove } from './format.js';
import { fitSms, type SmsPart } from './gsm7.js';
import { buildRdvIcs, icsAttachment } from './ics.js';
import { SHRINK, abbreviateLieuName, datePart, manageParts, participantsPart, placeParts, rebookParts, serviceParts } from './sms.js';
import type {
  CancelledContext,
  CreneauOfferContext,
  EmailMessage,
  Notification,
  RdvView,
  Recipient,
  UpdatedContext,
  UsagerContext,
} from './types.js';

/** Usager notifications (reference §4.1–4.5): one e-mail and one SMS per event, in French. */

const greeting = (r: Recipient): EmailBlock => ({ kind: 'paragraph', text: `Bonjour ${fullName(r)},` });

function manageBlocks(rdv: RdvView, manageUrl: string): EmailBlock[] {
  const cancel = usagerCanCancel(rdv);
  const move = usagerCanMove(rdv);
  const label = cancel && move
    ? 'Annuler ou déplacer mon rendez-vous'
    : cancel ? 'Annuler mon rendez-vous' : move ? 'Déplacer mon rendez-vous' : 'Voir mon rendez-vous';
  const phone = contactPhone(rdv);
  // Every freed slot can go to someone else: that is how vacancies fell from 23 % to 8 %.
  const warn = cancel
    ? 'Vous ne pouvez pas venir ? Prévenez-nous le plus tôt possible : la place pourra être proposée à une autre personne.'
    : `Vous ne pouvez pas venir ? Prévenez-nous${phone ? ` au ${phone}` : ''} le plus tôt possible : la place pourra être proposée à une autre personne.`;
  return [{ kind: 'link', label, url: manageUrl }, { kind: 'paragraph', text: warn }];
}

/** ICS for usagers: always METHOD:PUBLISH (they are not organisers or attendees). */
function usagerIcs(ctx: { rdv: RdvView; now: number }, manageUrl: string | null, cancelled = false) {
  const { rdv } = ctx;
  const description = [
    motifText(rdv),
    rdv.motif.instructionsAfter?.trim(),
    manageUrl ? `Gérer ce rendez-vous : ${manageUrl}` : null,
    contact(rdv).phone ? `Contact : ${contact(rdv).name}, ${contact(rdv).phone}` : null,
  ].filter(Boolean).join('\n\n');
  const ics = buildRdvIcs(rdv, {
    method: 'PUBLISH',
    summary: icsSummary(rdv),
    description,
    location: icsLocation(rdv, 'usager'),
    url: manageUrl,
    cancelled,
    stamp: ctx.now,
  });
  return icsAttachment('PUBLISH', ics);
}

function email(subject: string, blocks: EmailBlock[], rdv: RdvView | null, attachments: EmailMessage['attachments']): EmailMessage {
  const { text, html } = renderEmail(subject, blocks, rdv ? signature(rdv) : 'Créneau\nMessage envoyé automatiquement, merci de ne pas y répondre.');
  return { subject, text, html, attachments };
}

/** The body every e-mail about a held RDV shares: summary, motif instructions, manage link, contact. */
function rdvBlocks(rdv: RdvView, manageUrl: string): EmailBlock[] {
  return [summaryBlock(rdv), ...instructionsBlocks(rdv), ...manageBlocks(rdv, manageUrl), ...contactBlocks(rdv)];
}

/** « RDV PMI pour Léo » : the start of every usager SMS. */
function smsHead(rdv: RdvView, label: string): SmsPart[] {
  return [{ text: label }, ...serviceParts(rdv), ...participantsPart(rdv)];
}

/** Date, place and short manage link: the end of the SMS of a held RDV. */
function smsWhenWhere(rdv: RdvView, shortManageUrl: string): SmsPart[] {
  return [datePart(rdv), ...placeParts(rdv), ...manageParts(rdv, shortManageUrl)];
}

/** RDV confirmé (event rdv_created). */
export function rdvCreated(ctx: UsagerContext): Notification {
  const { rdv, links } = ctx;
  const subject = `RDV confirmé le ${dateTimeOf(rdv)}`;
  const blocks: EmailBlock[] = [
    greeting(ctx.recipient),
    { kind: 'paragraph', text: 'Votre rendez-vous est confirmé.' },
    ...rdvBlocks(rdv, links.manageUrl),
  ];
  const sms: SmsPart[] = [
    ...smsHead(rdv, 'RDV'),
    { text: ' ' },
    ...smsWhenWhere(rdv, links.shortManageUrl),
  ];
  return { email: email(subject, blocks, rdv, [usagerIcs(ctx, links.manageUrl)]), sms: { text: fitSms(sms) } };
}

/** RDV modifié (event rdv_updated): new time and/or lieu. */
export function rdvUpdated(ctx: UpdatedContext): Notification {
  const { rdv, links } = ctx;
  const previous = dateTimeOf(rdv, ctx.previousStartsAt);
  const subject = `RDV du ${previous} modifié`;
  const blocks: EmailBlock[] = [
    greeting(ctx.recipient),
    { kind: 'paragraph', text: `Votre rendez-vous du ${previous} a été modifié. Voici les nouvelles informations :` },
    ...rdvBlocks(rdv, links.manageUrl),
  ];
  const sms: SmsPart[] = [
    ...smsHead(rdv, 'RDV'),
    { text: ' modifié : ' },
    ...smsWhenWhere(rdv, links.shortManageUrl),
  ];
  return { email: email(subject, blocks, rdv, [usagerIcs(ctx, links.manageUrl)]), sms: { text: fitSms(sms) } };
}

function rebookBlocks(rdv: RdvView, rebookUrl: string | null | undefined): EmailBlock[] {
  const { name: org, phone } = contact(rdv);
  if (rebookUrl) {
    return [
      { kind: 'link', label: 'Reprendre rendez-vous en ligne', url: rebookUrl },
      ...(phone ? [{ kind: 'paragraph', text: `Vous pouvez aussi appeler ${org} au ${phone}.` } as const] : []),
    ];
  }
  return [
    { kind: 'paragraph', text: phone ? `Pour reprendre rendez-vous, appelez ${org} au ${phone}.` : `Pour reprendre rendez-vous, contactez ${org}.` },
  ];
}

/** RDV annulé à la demande de l'usager (status excused). */
export function rdvExcused(ctx: CancelledContext): Notification {
  const { rdv } = ctx;
  const when = dateTimeOf(rdv);
  const subject = `RDV du ${when} annulé`;
  const blocks: EmailBlock[] = [
    greeting(ctx.recipient),
    { kind: 'paragraph', text: `Votre rendez-vous du ${when} (${motifName(rdv)}) a bien été annulé, comme vous l'avez demandé.` },
    ...rebookBlocks(rdv, ctx.links.rebookUrl),
  ];
  const sms: SmsPart[] = [
    ...smsHead(rdv, 'RDV'),
    { text: ' du ' },
    datePart(rdv),
    { text: ' annulé à votre demande' },
    ...rebookParts(rdv, ctx.links.rebookUrl),
  ];
  return { email: email(subject, blocks, rdv, [usagerIcs(ctx, null, true)]), sms: { text: fitSms(sms) } };
}

/** RDV annulé par le service (status revoked): apologise, say not to come, explain how to rebook. */
export function rdvRevoked(ctx: CancelledContext): Notification {
  const { rdv } = ctx;
  const when = dateTimeOf(rdv);
  const subject = `Votre RDV du ${when} est annulé par le service`;
  const onSite = rdv.motif.locationType === 'public_office';
  const blocks: EmailBlock[] = [
    greeting(ctx.recipient),
    {
      kind: 'paragraph',
      text: `Nous sommes désolés : ${rdv.organisation.name} a dû annuler votre rendez-vous du ${when} (${motifName(rdv)}).${onSite ? ' Ne vous déplacez pas.' : ''}`,
    },
    ...rebookBlocks(rdv, ctx.links.rebookUrl),
  ];
  const sms: SmsPart[] = [
    ...smsHead(rdv, 'RDV'),
    { text: ' du ' },
    datePart(rdv),
    { text: ' annulé' },
    {
      // "par MDS d'Arras" → "par le service" → nothing: "annulé." still says it all.
      prefix: ' par ',
      text: rdv.organisation.name,
      abbreviated: abbreviateLieuName(rdv.organisation.name),
      alternatives: ['le service'],
      shrinkOrder: SHRINK.author,
      minLength: 10,
    },
    ...(onSite ? [{ prefix: '. ', text: 'Ne vous déplacez pas', shrinkOrder: SHRINK.notice, atomic: true }] : []),
    ...rebookParts(rdv, ctx.links.rebookUrl),
  ];
  return { email: email(subject, blocks, rdv, [usagerIcs(ctx, null, true)]), sms: { text: fitSms(sms) } };
}

/** Cancellation by status: excused (by the usager) or revoked (by the service). */
export function rdvCancelled(ctx: CancelledContext): Notification {
  return ctx.rdv.status === 'excused' ? rdvExcused(ctx) : rdvRevoked(ctx);
}

/** Rappel (event rdv_upcoming_reminder). */
export function rdvReminder(ctx: UsagerContext): Notification {
  const { rdv, links } = ctx;
  const when = dateTimeOf(rdv);
  const subject = `Rappel : RDV le ${when}`;
  const blocks: EmailBlock[] = [
    greeting(ctx.recipient),
    { kind: 'paragraph', text: `Nous vous rappelons votre rendez-vous du ${when}.` },
    ...rdvBlocks(rdv, links.manageUrl),
  ];
  const sms: SmsPart[] = [
    ...smsHead(rdv, 'Rappel : RDV'),
    { text: ' ' },
    ...smsWhenWhere(rdv, links.shortManageUrl),
  ];
  return { email: email(subject, blocks, rdv, [usagerIcs(ctx, links.manageUrl)]), sms: { text: fitSms(sms) } };
}

/** Code à usage unique: verifies a phone number or an e-mail before booking. No RDV yet. */
export function oneTimeCode(code: string, expiresInMinutes: number): Notification {
  const subject = `Votre code de vérification : ${code}`;
  const blocks: EmailBlock[] = [
    { kind: 'paragraph', text: 'Bonjour,' },
    { kind: 'paragraph', text: `Votre code de vérification est : ${code}` },
    { kind: 'paragraph', text: `Il est valable ${expiresInMinutes} minutes. Ne le communiquez à personne.` },
    { kind: 'paragraph', text: "Si vous n'avez pas demandé ce code, ignorez ce message." },
  ];
  const sms: SmsPart[] = [
    { text: `Votre code Créneau : ${code}. Valable ${expiresInMinutes} min. Ne le communiquez à personne.` },
  ];
  return { email: email(subject, blocks, null, []), sms: { text: fitSms(sms) } };
}

/**
 * File d'attente (event new_creneau_available): an earlier créneau freed up. The link moves the
 * RDV in one tap; several usagers may get the same offer and the first to confirm wins.
 */
export function creneauOffer(ctx: CreneauOfferContext): Notification {
  const { rdv, offer, links } = ctx;
  const current = dateTimeOf(rdv);
  const proposed = dateTimeOf(rdv, offer.startsAt);
  const subject = `Un RDV plus tôt est possible : ${proposed}`;
  const blocks: EmailBlock[] = [
    greeting(ctx.recipient),
    { kind: 'paragraph', text: `Un créneau s'est libéré avant votre rendez-vous du ${current}.` },
    summaryBlock({ ...rdv, endsAt: rdv.startsAt + (offer.endsAt - offer.startsAt) }, { at: offer.startsAt }),
    { kind: 'link', label: 'Prendre ce créneau plus tôt', url: links.offerUrl },
    {
      kind: 'paragraph',
      text: `Ce créneau est proposé à plusieurs personnes : la première qui le prend l'obtient. Si vous ne faites rien, votre rendez-vous du ${current} reste inchangé.`,
    },
    ...contactBlocks(rdv),
  ];
  const approx = isApproximate(rdv);
  const sms: SmsPart[] = [
    // Worded without ê/ô, which GSM-7 lacks.
    { text: 'Place libérée : RDV' },
    ...serviceParts(rdv),
    { text: ` possible le ${formatSmsDateTime(offer.startsAt, rdv.timezone, approx)}` },
    { text: ` au lieu du ${formatSmsDateTime(rdv.startsAt, rdv.timezone, approx)}` },
    { text: `. Pour accepter : ${links.shortOfferUrl}` },
  ];
  return { email: email(subject, blocks, rdv, []), sms: { text: fitSms(sms) } };
}
