import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { formatSmsDateTime } from './format.js';
import { gsm7Length, isGsm7, toGsm7 } from './gsm7.js';
import type { LocationType, RdvView } from './types.js';
import { creneauOffer, oneTimeCode, rdvCreated, rdvExcused, rdvReminder, rdvRevoked, rdvUpdated } from './usager.js';

/** Real-world worst cases: long hyphenated names, MDS names, addresses with residences, « » ’ œ. */
const participants = [
  [],
  [{ firstName: 'Marie-Françoise', lastName: 'Delacroix-Wattebled' }],
  [
    { firstName: 'Jean-Baptiste', lastName: 'Lefebvre-Vandenbussche' },
    { firstName: 'Anne-Sophie', lastName: 'Lefebvre-Vandenbussche' },
    { firstName: 'Marie-Françoise', lastName: 'Lefebvre-Vandenbussche' },
  ],
];
const lieuNames = [
  "MDS d'Arras",
  'Maison Départementale des Solidarités de Boulogne-sur-Mer Ouest',
  "Centre d'accueil et d'accompagnement social intercommunal de la Communauté d'Agglomération du Boulonnais",
];
const addresses = [
  '12 rue X 62000 Arras',
  '123 boulevard du Président Kennedy, Résidence Les Peupliers, 62200 Boulogne-sur-Mer',
  'Bâtiment « L’Œillet », 4 allée de l’Hôpital Saint-Jean-Baptiste, Appartement 12, 97400 Saint-Denis',
  'Lieu-dit Le Grand Chêne Route départementale 939 sans numéro près de la salle des fêtes 62130 Saint-Pol-sur-Ternoise',
];
const services = [null, 'PMI', 'Service social départemental et insertion professionnelle', 'Aide [RSA] & €'];
const collectifNames = [null, 'Atelier collectif « Bien manger avec un petit budget » pour les familles'];
const phones = [null, '03 21 21 21 21', '+262 262 12 34 56'];
const orgNames = ["MDS d'Arras", 'Département de La Réunion - Pôle insertion, accompagnement et retour à l’emploi'];
const zones = ['Europe/Paris', 'Indian/Reunion', 'America/Cayenne', 'Pacific/Noumea'];
const shortLinks = ['https://cren.fr/r/AB12CD34', 'https://rdv.pas-de-calais.fr/r/0f8c2b1a/K3Y9QX2M'];
const rebookUrls = [null, 'https://rdv.pasdecalais.fr/prendre-rdv', 'https://www.pasdecalais.fr/Solidarite-Sante/rdv'];
const locationTypes: LocationType[] = ['public_office', 'phone', 'home', 'visio'];

const arbRdv = fc
  .record({
    participants: fc.constantFrom(...participants),
    lieuName: fc.constantFrom(...lieuNames),
    address: fc.constantFrom(...addresses),
    service: fc.constantFrom(...services),
    collectifName: fc.constantFrom(...collectifNames),
    phone: fc.constantFrom(...phones),
    orgName: fc.constantFrom(...orgNames),
    timezone: fc.constantFrom(...zones),
    locationType: fc.constantFrom(...locationTypes),
    startsAt: fc.integer({ min: Date.UTC(2027, 0, 1), max: Date.UTC(2028, 11, 31) }).map((t) => t - (t % 300_000)),
    createdByAgent: fc.boolean(),
    cancellable: fc.boolean(),
    shortLink: fc.constantFrom(...shortLinks),
    rebookUrl: fc.constantFrom(...rebookUrls),
  })
  .map((o) => {
    const rdv: RdvView = {
      id: 'id',
      startsAt: o.startsAt,
      endsAt: o.startsAt + 1_800_000,
      timezone: o.timezone,
      status: 'unknown',
      collectif: o.collectifName !== null,
      name: o.collectifName,
      createdByAgent: o.createdByAgent,
      motif: { name: 'Motif', locationType: o.locationType, serviceShortName: o.service, cancellableByUsager: o.cancellable },
      lieu: o.locationType === 'public_office' ? { name: o.lieuName, address: o.address, phone: o.phone } : null,
      homeAddress: o.address,
      visioUrl: 'https://webconf.numerique.gouv.fr/RdvServicePublic0f8c2b1a5d7e4c1b9a3e2b6f1d4c8e90',
      organisation: { name: o.orgName, phone: o.phone },
      agents: [],
      participants: o.participants,
    };
    return { rdv, shortLink: o.shortLink, rebookUrl: o.rebookUrl };
  });

function allSms({ rdv, shortLink, rebookUrl }: { rdv: RdvView; shortLink: string; rebookUrl: string | null }) {
  const recipient = { firstName: 'Marie-Françoise', lastName: 'Delacroix-Wattebled' };
  const links = { manageUrl: 'https://x/long', shortManageUrl: shortLink, rebookUrl };
  const now = 0;
  return {
    created: rdvCreated({ rdv, recipient, links, now }).sms.text,
    updated: rdvUpdated({ rdv, recipient, links, now, previousStartsAt: rdv.startsAt + 86_400_000 }).sms.text,
    excused: rdvExcused({ rdv: { ...rdv, status: 'excused' }, recipient, links, now }).sms.text,
    revoked: rdvRevoked({ rdv: { ...rdv, status: 'revoked' }, recipient, links, now }).sms.text,
    reminder: rdvReminder({ rdv, recipient, links, now }).sms.text,
    offer: creneauOffer({
      rdv: { ...rdv, startsAt: rdv.startsAt + 30 * 86_400_000 },
      recipient,
      now,
      offer: { startsAt: rdv.startsAt, endsAt: rdv.endsAt },
      links: { offerUrl: 'https://x/o', shortOfferUrl: shortLink },
    }).sms.text,
  };
}

describe('every SMS is GSM-7 and fits one 160-character segment', () => {
  it('over many combinations of long real-world names, lieux, addresses and services', () => {
    fc.assert(
      fc.property(arbRdv, (input) => {
        const approx = input.rdv.motif.locationType === 'home';
        for (const [name, sms] of Object.entries(allSms(input))) {
          const where = `${name}: ${sms}`;
          expect(isGsm7(sms), where).toBe(true);
          expect(gsm7Length(sms), where).toBeLessThanOrEqual(160);
          // Never shortened: the date/time and the link.
          expect(sms, where).toContain(toGsm7(formatSmsDateTime(input.rdv.startsAt, input.rdv.timezone, approx)));
          if (name === 'excused' || name === 'revoked') {
            if (input.rebookUrl) expect(sms, where).toContain(input.rebookUrl);
          } else {
            expect(sms, where).toContain(input.shortLink);
          }
          expect(sms, where).not.toMatch(/\.\.\.\.|\s{2}|\s[,.]|, ,/);
        }
      }),
      { numRuns: 500, seed: 20270329 },
    );
  });

  it('the worst case of every dimension at once', () => {
    const rdv: RdvView = {
      id: 'id',
      startsAt: Date.UTC(2027, 11, 31, 14, 45),
      endsAt: Date.UTC(2027, 11, 31, 15, 45),
      timezone: 'Europe/Paris',
      status: 'unknown',
      collectif: true,
      name: collectifNames[1],
      createdByAgent: false,
      motif: { name: 'Motif', locationType: 'public_office', serviceShortName: services[2] },
      lieu: { name: lieuNames[2]!, address: addresses[3]!, phone: '+262 262 12 34 56' },
      organisation: { name: orgNames[1]! },
      agents: [],
      participants: participants[2],
    };
    for (const sms of Object.values(allSms({ rdv, shortLink: shortLinks[1]!, rebookUrl: rebookUrls[2]! }))) {
      expect(isGsm7(sms)).toBe(true);
      expect(gsm7Length(sms)).toBeLessThanOrEqual(160);
      expect(sms).toContain('ven. 31/12 15h45');
    }
  });

  it('one-time codes, whatever the code and validity', () => {
    fc.assert(
      fc.property(fc.stringMatching(/^[0-9A-Z]{4,10}$/), fc.integer({ min: 1, max: 1440 }), (code, minutes) => {
        const { sms, email } = oneTimeCode(code, minutes);
        expect(isGsm7(sms.text)).toBe(true);
        expect(gsm7Length(sms.text)).toBeLessThanOrEqual(160);
        expect(sms.text).toContain(code);
        expect(email.subject).toContain(code);
        expect(email.attachments).toEqual([]);
      }),
    );
  });
});
