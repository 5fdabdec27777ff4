/** Shared RDVs for the template tests (not used at runtime). */
import type { Links, RdvView, Recipient } from './types.js';

/** Monday 29 March 2027, 9:00 in Paris (CEST since 28 March): 07:00Z. */
export const parisRdv: RdvView = {
  id: '0f8c2b1a-5d7e-4c1b-9a3e-2b6f1d4c8e90',
  startsAt: Date.UTC(2027, 2, 29, 7, 0),
  endsAt: Date.UTC(2027, 2, 29, 7, 30),
  timezone: 'Europe/Paris',
  status: 'unknown',
  collectif: false,
  createdByAgent: false,
  motif: {
    name: 'Consultation puéricultrice',
    locationType: 'public_office',
    instructionsAfter: 'Apportez le carnet de santé de l’enfant.\nArrivez 5 minutes en avance.',
    serviceShortName: 'PMI',
  },
  lieu: { name: "MDS d'Arras", address: '12 rue Émile Zola 62000 Arras', phone: '03 21 21 21 21' },
  organisation: { name: "Maison Départementale des Solidarités d'Arras", phone: '03 21 00 00 00' },
  agents: [{ firstName: 'Camille', lastName: 'Martin', email: 'camille.martin@pasdecalais.fr' }],
};

/** Thursday 1 April 2027, 14:30 in La Réunion (UTC+4, no DST): 10:30Z. */
export const reunionRdv: RdvView = {
  id: '5a1e9c3d-2b4f-4e6a-8c7d-1f0e3b2a9d64',
  startsAt: Date.UTC(2027, 3, 1, 10, 30),
  endsAt: Date.UTC(2027, 3, 1, 11, 15),
  timezone: 'Indian/Reunion',
  status: 'unknown',
  collectif: false,
  createdByAgent: true,
  motif: {
    name: 'Accompagnement RSA',
    locationType: 'public_office',
    instructionsAfter: null,
    serviceShortName: 'Insertion',
  },
  lieu: { name: 'Antenne sociale de Saint-Denis Nord', address: '5 rue de Paris, 97400 Saint-Denis', phone: null },
  organisation: { name: 'Département de La Réunion - Pôle insertion', phone: '0262 90 30 30' },
  agents: [
    { firstName: 'Jean-Marc', lastName: 'Payet', email: 'jm.payet@cg974.fr' },
    { firstName: 'Sarah', lastName: 'Hoarau', email: null },
  ],
  participants: [{ firstName: 'Kévin', lastName: 'Grondin' }],
};

export const recipient: Recipient = { firstName: 'Léa', lastName: 'Dupont', email: 'lea.dupont@example.fr', phone: '+33612345678' };

export const links: Links = {
  manageUrl: 'https://rdv.pasdecalais.fr/rdvs/0f8c2b1a?token=K3Y9QX2M7P',
  shortManageUrl: 'https://rdv.pasdecalais.fr/r/K3Y9QX2M',
  rebookUrl: 'https://rdv.pasdecalais.fr/prendre-rdv',
};

/** 1 March 2027 10:00Z: DTSTAMP of the attachments. */
export const now = Date.UTC(2027, 2, 1, 10, 0);
