import { describe, expect, it } from 'vitest';
import { agentInvitation, agentRdvCancelled, agentRdvCreated, agentRdvUpdated } from './agent.js';
import { gsm7Length, isGsm7 } from './gsm7.js';
import { links, now, parisRdv, recipient, reunionRdv } from './test-fixtures.js';
import type { EmailMessage, Notification, RdvView } from './types.js';
import {
  creneauOffer,
  oneTimeCode,
  rdvCancelled,
  rdvCreated,
  rdvExcused,
  rdvReminder,
  rdvRevoked,
  rdvUpdated,
} from './usager.js';

const HOUR = 3_600_000;
const DAY = 24 * HOUR;

/** What a person reads: subject, text part, SMS (the HTML and ICS have their own tests). */
function readable(n: Notification | EmailMessage) {
  const email = 'email' in n ? n.email : n;
  return {
    subject: email.subject,
    text: email.text,
    attachments: email.attachments.map((a) => `${a.name} (${a.contentType})`),
    ...('sms' in n ? { sms: n.sms.text, smsLength: gsm7Length(n.sms.text) } : {}),
  };
}

const usagerTemplates = (rdv: RdvView) => ({
  created: rdvCreated({ rdv, recipient, links, now }),
  updated: rdvUpdated({ rdv, recipient, links, now, previousStartsAt: rdv.startsAt + 7 * DAY + 5 * HOUR }),
  excused: rdvExcused({ rdv: { ...rdv, status: 'excused' }, recipient, links, now }),
  revoked: rdvRevoked({ rdv: { ...rdv, status: 'revoked' }, recipient, links, now }),
  reminder: rdvReminder({ rdv, recipient, links, now }),
  offer: creneauOffer({
    rdv: { ...rdv, startsAt: rdv.startsAt + 21 * DAY, endsAt: rdv.endsAt + 21 * DAY },
    recipient,
    now,
    offer: { startsAt: rdv.startsAt, endsAt: rdv.endsAt },
    links: { offerUrl: 'https://rdv.pasdecalais.fr/rdvs/0f8c2b1a/creneaux?token=Z8W2', shortOfferUrl: 'https://rdv.pasdecalais.fr/o/Z8W2QX' },
  }),
});

const agentTemplates = (rdv: RdvView) => {
  const ctx = {
    rdv,
    agent: { firstName: 'Camille', lastName: 'Martin', email: 'camille.martin@pasdecalais.fr' },
    usagers: [{ firstName: 'Léa', lastName: 'Dupont' }],
    adminUrl: `https://rdv.pasdecalais.fr/admin/rdvs/${rdv.id}`,
    now,
  };
  return {
    created: agentRdvCreated(ctx),
    updated: agentRdvUpdated({ ...ctx, previousStartsAt: rdv.startsAt - 2 * DAY }),
    cancelledByUsager: agentRdvCancelled({ ...ctx, rdv: { ...rdv, status: 'excused' } }),
    cancelledByAgent: agentRdvCancelled({ ...ctx, rdv: { ...rdv, status: 'revoked' }, cancelledByName: 'Sarah Hoarau' }),
  };
};

describe.each([
  ['Europe/Paris', parisRdv],
  ['Indian/Reunion', reunionRdv],
])('templates, RDV in %s', (_zone, rdv) => {
  for (const [name, n] of Object.entries(usagerTemplates(rdv))) {
    it(`usager: ${name}`, () => {
      expect(readable(n)).toMatchSnapshot();
      expect(isGsm7(n.sms.text)).toBe(true);
      expect(gsm7Length(n.sms.text)).toBeLessThanOrEqual(160);
    });
  }
  for (const [name, e] of Object.entries(agentTemplates(rdv))) {
    it(`agent: ${name}`, () => {
      expect(readable(e)).toMatchSnapshot();
    });
  }
});

describe('agent invitation', () => {
  it('names the organisation, who invites, the link and its expiry in the territoire zone', () => {
    const e = agentInvitation({
      agent: { firstName: 'Awa', lastName: 'Diallo' }, organisationName: 'MDS de Saint-Denis', invitedBy: { firstName: 'Sarah', lastName: 'Hoarau' },
      url: 'https://rdv.exemple.fr/admin#/invitation/abc', expiresAt: Date.parse('2027-06-08T08:00:00Z'), timezone: 'Indian/Reunion',
    });
    expect(e.subject).toBe('Invitation à rejoindre MDS de Saint-Denis sur Créneau');
    expect(e.attachments).toEqual([]);
    expect(readable(e)).toMatchSnapshot();
  });
});

describe('dates are written in the territoire zone, whatever the server zone', () => {
  it('Paris and Réunion wording', () => {
    expect(rdvCreated({ rdv: parisRdv, recipient, links, now }).email.subject).toBe(
      'RDV confirmé le lundi 29 mars 2027 à 9 h 00',
    );
    // 10:30Z is 14:30 in La Réunion; the 1st of the month is written « 1er ».
    expect(rdvCreated({ rdv: reunionRdv, recipient, links, now }).email.subject).toBe(
      'RDV confirmé le jeudi 1er avril 2027 à 14 h 30',
    );
    expect(rdvCreated({ rdv: reunionRdv, recipient, links, now }).sms.text).toContain('jeu. 01/04 14h30');
  });

  it('Cayenne (UTC−3)', () => {
    const rdv = { ...parisRdv, timezone: 'America/Cayenne' };
    expect(rdvReminder({ rdv, recipient, links, now }).email.subject).toBe('Rappel : RDV le lundi 29 mars 2027 à 4 h 00');
  });
});

describe('one-time code', () => {
  it('e-mail and SMS', () => {
    expect(readable(oneTimeCode('483920', 10))).toMatchInlineSnapshot(`
      {
        "attachments": [],
        "sms": "Votre code Créneau : 483920. Valable 10 min. Ne le communiquez à personne.",
        "smsLength": 74,
        "subject": "Votre code de vérification : 483920",
        "text": "Votre code de vérification : 483920

      Bonjour,

      Votre code de vérification est : 483920

      Il est valable 10 minutes. Ne le communiquez à personne.

      Si vous n'avez pas demandé ce code, ignorez ce message.

      --
      Créneau
      Message envoyé automatiquement, merci de ne pas y répondre.
      ",
      }
    `);
  });
});

describe('place wording by location type', () => {
  const cases: [RdvView['motif']['locationType'], Partial<RdvView>][] = [
    ['phone', { lieu: null }],
    ['home', { lieu: null, homeAddress: '8 impasse des Lilas, 62000 Arras' }],
    ['visio', { lieu: null, visioUrl: 'https://webconf.numerique.gouv.fr/RdvServicePublic0f8c2b1a' }],
  ];
  it.each(cases)('%s', (locationType, patch) => {
    const rdv: RdvView = { ...parisRdv, ...patch, motif: { ...parisRdv.motif, locationType } };
    const n = rdvCreated({ rdv, recipient, links, now });
    const lieu = n.email.text.split('\n').find((l) => l.startsWith('Lieu :'));
    expect({ subject: n.email.subject, lieu, sms: n.sms.text }).toMatchSnapshot();
  });
});

describe('what the usager may do online', () => {
  it('no move for a RDV booked by an agent, or when the motif forbids it', () => {
    expect(rdvCreated({ rdv: parisRdv, recipient, links, now }).sms.text).toContain('Annuler/déplacer : ');
    expect(rdvCreated({ rdv: { ...parisRdv, createdByAgent: true }, recipient, links, now }).sms.text).toContain('. Annuler : ');
    const locked = { ...parisRdv, motif: { ...parisRdv.motif, cancellableByUsager: false, movableByUsager: false } };
    const n = rdvCreated({ rdv: locked, recipient, links, now });
    expect(n.sms.text).toContain('. Infos : ');
    expect(n.email.text).toContain('Voir mon rendez-vous :');
    expect(n.email.text).toContain('Prévenez-nous au 03 21 21 21 21');
  });

  it('rdvCancelled picks the wording from the status', () => {
    const excused = rdvCancelled({ rdv: { ...parisRdv, status: 'excused' }, recipient, links, now });
    const revoked = rdvCancelled({ rdv: { ...parisRdv, status: 'revoked' }, recipient, links, now });
    expect(excused.sms.text).toContain('annulé à votre demande');
    expect(revoked.sms.text).toContain("annulé par MDS d'Arras. Ne vous déplacez pas.");
    expect(revoked.email.text).toContain('Ne vous déplacez pas.');
  });

  it('rebooking without a link falls back on the phone, then on the organisation name', () => {
    const noLink = rdvRevoked({ rdv: { ...parisRdv, status: 'revoked' }, recipient, links: {}, now });
    expect(noLink.sms.text).toMatch(/Pour reprendre RDV : 03 21 21 21 21$/);
    expect(noLink.email.text).toContain("Pour reprendre rendez-vous, appelez MDS d'Arras au 03 21 21 21 21.");
    const noPhone: RdvView = { ...parisRdv, status: 'revoked', lieu: { ...parisRdv.lieu!, phone: null }, organisation: { name: 'MDS' } };
    expect(rdvRevoked({ rdv: noPhone, recipient, links: {}, now }).email.text).toContain('Pour reprendre rendez-vous, contactez MDS.');
  });
});
