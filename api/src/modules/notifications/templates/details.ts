import type { EmailBlock } from './email-layout.js';
import { contactPhone, formatDateTime, formatDuration, fullName, isApproximate, joinFrench } from './format.js';
import type { RdvView } from './types.js';

/** Pieces shared by the e-mails: the RDV summary, the place, the instructions, the contact line. */

export function dateTimeOf(rdv: RdvView, at = rdv.startsAt): string {
  return formatDateTime(at, rdv.timezone, isApproximate(rdv));
}

/** The place, in words, for e-mails. */
export function placeText(rdv: RdvView, audience: 'usager' | 'agent' = 'usager'): string {
  switch (rdv.motif.locationType) {
    case 'public_office':
      return rdv.lieu ? `${rdv.lieu.name}\n${rdv.lieu.address}` : rdv.organisation.name;
    case 'phone':
      return audience === 'usager'
        ? 'Par téléphone : vous serez appelé(e) au numéro que vous avez donné.'
        : "Par téléphone : appelez l'usager.";
    case 'home':
      return `${audience === 'usager' ? 'À votre domicile' : 'À domicile'}${rdv.homeAddress ? ` : ${rdv.homeAddress}` : ''}`;
    case 'visio':
      return `En visioconférence${rdv.visioUrl ? ` : ${rdv.visioUrl}` : ' (le lien vous sera communiqué)'}`;
  }
}

/** The motif in a sentence: the collective RDV's title if any, else the motif name. */
export function motifName(rdv: RdvView): string {
  return rdv.collectif && rdv.name ? rdv.name : rdv.motif.name;
}

/** The motif in the summary, with its service: « Consultation puéricultrice (PMI) ». */
export function motifText(rdv: RdvView): string {
  const service = rdv.motif.serviceShortName ? ` (${rdv.motif.serviceShortName})` : '';
  const name = rdv.collectif && rdv.name ? `${rdv.name} - ` : '';
  return `${name}${rdv.motif.name}${service}`;
}

/** The summary block (reference §4.2): date, duration, motif, place, participants. */
export function summaryBlock(rdv: RdvView, opts: { at?: number; place?: string } = {}): EmailBlock {
  const at = opts.at ?? rdv.startsAt;
  const rows: [string, string][] = [
    ['Date', dateTimeOf(rdv, at) + (isApproximate(rdv) ? ' (heure approximative)' : '')],
    ['Durée', formatDuration(rdv.endsAt - rdv.startsAt)],
    ['Motif', motifText(rdv)],
    ['Lieu', opts.place ?? placeText(rdv)],
  ];
  if (rdv.participants?.length) rows.push(['Pour', joinFrench(rdv.participants.map(fullName))]);
  return { kind: 'details', rows };
}

export function instructionsBlocks(rdv: RdvView): EmailBlock[] {
  const text = rdv.motif.instructionsAfter?.trim();
  return text ? [{ kind: 'note', title: 'À savoir pour ce rendez-vous', text }] : [];
}

/** Who to call: the lieu when it has a phone, else the organisation. */
export function contact(rdv: RdvView): { name: string; phone: string | null } {
  if (rdv.lieu?.phone) return { name: rdv.lieu.name, phone: rdv.lieu.phone };
  return { name: rdv.organisation.name, phone: contactPhone(rdv) };
}

/** « Une question ? Appelez MDS d'Arras au 03 21 … ». */
export function contactBlocks(rdv: RdvView): EmailBlock[] {
  const { name, phone } = contact(rdv);
  return phone ? [{ kind: 'paragraph', text: `Une question ? Appelez ${name} au ${phone}.` }] : [];
}

export function signature(rdv: RdvView): string {
  return `${rdv.organisation.name}\nMessage envoyé automatiquement par Créneau, merci de ne pas y répondre.`;
}

/** ICS LOCATION: the address, or the way the RDV happens. */
export function icsLocation(rdv: RdvView, audience: 'usager' | 'agent'): string {
  switch (rdv.motif.locationType) {
    case 'public_office':
      return rdv.lieu?.address ?? rdv.organisation.name;
    case 'phone':
      return 'Par téléphone';
    case 'home':
      // Agents' calendars may sync to third-party services: no usager address there.
      return audience === 'usager' && rdv.homeAddress ? rdv.homeAddress : 'À domicile';
    case 'visio':
      return rdv.visioUrl ?? 'En visioconférence';
  }
}

export function icsSummary(rdv: RdvView): string {
  const service = rdv.motif.serviceShortName ? `${rdv.motif.serviceShortName} : ` : '';
  return `RDV ${service}${rdv.collectif && rdv.name ? rdv.name : rdv.motif.name}`;
}
