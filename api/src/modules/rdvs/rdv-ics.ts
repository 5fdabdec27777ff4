import type { Config } from '../../config.js';
import { buildRdvIcs as renderIcs } from '../notifications/templates/index.js';
import type { RdvContext } from './rdv-query.js';

/** The .ics a usager downloads from the widget (METHOD:PUBLISH, same UID as the e-mails'). */
export function buildRdvIcs(config: Config, rdv: RdvContext): string {
  const place = rdv.lieu ? `${rdv.lieu.name}, ${rdv.lieu.address}`
    : rdv.locationType === 'phone' ? 'Rendez-vous par téléphone' : rdv.locationType === 'visio' ? 'Rendez-vous en visioconférence' : 'À domicile';
  const description = [
    `${rdv.motifName} — ${rdv.organisationName}`,
    rdv.instructionsAfter ?? '',
    rdv.lieu?.phone ?? rdv.organisationPhone ? `Contact : ${rdv.lieu?.phone ?? rdv.organisationPhone}` : '',
  ].filter(Boolean).join('\n\n');
  return renderIcs({
    id: rdv.id, startsAt: rdv.startsAt.getTime(), endsAt: rdv.endsAt.getTime(), timezone: rdv.timezone, status: rdv.status,
    collectif: rdv.collectif, name: rdv.name, createdByAgent: rdv.createdByType === 'agent', sequence: rdv.sequence,
    motif: { name: rdv.motifName, locationType: rdv.locationType, instructionsAfter: rdv.instructionsAfter },
    lieu: rdv.lieu, organisation: { name: rdv.organisationName, phone: rdv.organisationPhone }, agents: [],
  }, {
    method: 'PUBLISH', summary: `RDV ${rdv.motifName}`, description, location: place, stamp: Date.now(),
    url: config.publicUrl,
  });
}
