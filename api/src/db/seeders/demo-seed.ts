import type { EntityManager } from '@mikro-orm/postgresql';
import { AgentSchema } from '../../modules/agents/agent.entity.js';
import { AgentRoleSchema, AgentTerritorialRoleSchema, type AccessLevel } from '../../modules/agents/agent-role.entity.js';
import { hashPassword } from '../../modules/auth/password.js';
import { LieuSchema } from '../../modules/lieux/lieu.entity.js';
import { MotifSchema } from '../../modules/motifs/motif.entity.js';
import { OrganisationSchema } from '../../modules/organisations/organisation.entity.js';
import { PlageOuvertureSchema } from '../../modules/plages/plage-ouverture.entity.js';
import { ServiceSchema } from '../../modules/services/service.entity.js';
import { TerritoireSchema } from '../../modules/territoires/territoire.entity.js';

export const DEMO_ADMIN = { email: 'admin@demo.creneau.fr', password: 'creneau-demo' } as const;
/** Every demo agent shares the admin's password, to try the roles. */
export const DEMO_AGENTS = ['secretariat.arras@demo.creneau.fr', 'puericultrice.arras@demo.creneau.fr', 'as.lens@demo.creneau.fr'] as const;

function isoDay(date: Date): string {
  return date.toISOString().slice(0, 10);
}

/** Monday of the current week (UTC date arithmetic is enough for a seed). */
function mondayOf(now: Date): Date {
  const d = new Date(Date.UTC(now.getUTCFullYear(), now.getUTCMonth(), now.getUTCDate()));
  d.setUTCDate(d.getUTCDate() - ((d.getUTCDay() + 6) % 7));
  return d;
}

export async function isDatabaseEmpty(em: EntityManager): Promise<boolean> {
  return (await em.count(TerritoireSchema, {})) === 0;
}

/**
 * Demo data: Pas-de-Calais with two MDS, their lieux, PMI and Service social motifs (on site,
 * phone, collective), agents and weekly plages over the coming months, and a territoire admin.
 */
export async function seedDemo(em: EntityManager, now = new Date()): Promise<{ organisationIds: string[] }> {
  const passwordHash = await hashPassword(DEMO_ADMIN.password);
  return em.transactional(async (tem) => {
    const pmi = tem.create(ServiceSchema, { name: 'PMI (Protection Maternelle Infantile)', shortName: 'PMI' });
    const social = tem.create(ServiceSchema, { name: 'Service social', shortName: 'Service social' });
    const territoire = tem.create(TerritoireSchema, {
      name: 'Pas-de-Calais', departementNumber: '62', timezone: 'Europe/Paris', phone: '03 21 21 62 62', smsSender: 'Dept62',
    });
    const arras = tem.create(OrganisationSchema, {
      territoire, name: "MDS d'Arras", phone: '03 21 00 00 01', email: 'mds.arras@demo.creneau.fr',
      horaires: 'Du lundi au vendredi, de 9 h à 12 h et de 14 h à 17 h', allowedOrigins: ['http://localhost:3000', 'http://127.0.0.1:3000'],
    });
    const lens = tem.create(OrganisationSchema, {
      territoire, name: 'MDS de Lens', phone: '03 21 00 00 02', email: 'mds.lens@demo.creneau.fr',
      horaires: 'Du lundi au vendredi, de 9 h à 12 h', allowedOrigins: ['http://localhost:3000', 'http://127.0.0.1:3000'],
    });
    const arrasCentre = tem.create(LieuSchema, { organisation: arras, name: "MDS d'Arras — centre", address: '12 rue Ernestale, 62000 Arras', phone: '03 21 00 00 11' });
    const arrasOuest = tem.create(LieuSchema, { organisation: arras, name: 'Antenne Arras Ouest', address: '3 place Verlaine, 62000 Arras', phone: null });
    const lensLieu = tem.create(LieuSchema, { organisation: lens, name: 'MDS de Lens', address: '25 rue de la Paix, 62300 Lens', phone: '03 21 00 00 12' });

    const consultation = tem.create(MotifSchema, {
      organisation: arras, service: pmi, name: 'Consultation PMI nourrisson', durationMinutes: 30, bookableBy: 'everyone',
      color: '#0063cb', instructionsAfter: 'Apportez le carnet de santé de votre enfant.',
    });
    const pesee = tem.create(MotifSchema, {
      organisation: arras, service: pmi, name: 'Pesée et conseils', durationMinutes: 15, bookableBy: 'everyone', color: '#009081',
    });
    const telephone = tem.create(MotifSchema, {
      organisation: arras, service: social, name: 'Entretien téléphonique avec un travailleur social', durationMinutes: 45,
      locationType: 'phone', bookableBy: 'everyone', color: '#a558a0', minBookingDelayMinutes: 120,
      instructionsBefore: 'Cet entretien a lieu par téléphone : l’agent vous appellera au numéro que vous indiquez.',
    });
    const atelier = tem.create(MotifSchema, {
      organisation: arras, service: pmi, name: 'Atelier massage bébé', durationMinutes: 90, collectif: true, bookableBy: 'everyone', color: '#e4794a',
    });
    const accueilSocial = tem.create(MotifSchema, {
      organisation: lens, service: social, name: 'Premier accueil social', durationMinutes: 30, bookableBy: 'everyone', color: '#6a6af4',
      instructionsAfter: 'Apportez une pièce d’identité et vos derniers justificatifs de ressources.',
    });
    const visite = tem.create(MotifSchema, {
      organisation: lens, service: social, name: 'Visite à domicile', durationMinutes: 60, locationType: 'home', bookableBy: 'agents', color: '#c9191e',
    });

    const admin = tem.create(AgentSchema, { email: DEMO_ADMIN.email, firstName: 'Camille', lastName: 'Admin', passwordHash });
    tem.create(AgentTerritorialRoleSchema, { agent: admin, territoire });
    const people: [string, string, string, AccessLevel, typeof arras, typeof pmi][] = [
      [DEMO_AGENTS[0], 'Sophie', 'Lefebvre', 'admin', arras, pmi],
      [DEMO_AGENTS[1], 'Nadia', 'Benali', 'basic', arras, pmi],
      [DEMO_AGENTS[2], 'Thomas', 'Dupont', 'basic', lens, social],
    ];
    const agents = people.map(([email, firstName, lastName, accessLevel, organisation, service]) => {
      const agent = tem.create(AgentSchema, { email, firstName, lastName, passwordHash, services: [service] });
      tem.create(AgentRoleSchema, { agent, organisation, accessLevel });
      return agent;
    });
    const travailleur = tem.create(AgentSchema, { email: 'ts.arras@demo.creneau.fr', firstName: 'Julien', lastName: 'Martin', passwordHash, services: [social] });
    tem.create(AgentRoleSchema, { agent: travailleur, organisation: arras, accessLevel: 'basic' });

    const start = isoDay(mondayOf(now));
    const until = isoDay(new Date(mondayOf(now).getTime() + 26 * 7 * 86_400_000)).replaceAll('-', '');
    const weekly = (days: string) => `FREQ=WEEKLY;INTERVAL=1;BYDAY=${days};UNTIL=${until}`;
    const plage = (agent: (typeof agents)[number], organisation: typeof arras, lieu: typeof arrasCentre | null, title: string,
      startTime: string, endTime: string, days: string, motifs: (typeof consultation)[]) =>
      tem.create(PlageOuvertureSchema, {
        organisation, agent, lieu, title, firstDay: start, startTime, endTime, recurrence: weekly(days),
        recurrenceEndsOn: `${until.slice(0, 4)}-${until.slice(4, 6)}-${until.slice(6, 8)}`, motifs,
      });
    plage(agents[1]!, arras, arrasCentre, 'Consultations PMI du matin', '09:00', '12:00', 'MO,TU,TH,FR', [consultation, pesee]);
    plage(agents[1]!, arras, arrasOuest, 'Permanence Arras Ouest', '14:00', '17:00', 'WE', [consultation, pesee]);
    plage(agents[0]!, arras, arrasCentre, 'Pesées du jeudi', '14:00', '16:30', 'TH', [pesee]);
    plage(travailleur, arras, null, 'Entretiens téléphoniques', '09:30', '12:00', 'MO,WE,FR', [telephone]);
    plage(agents[2]!, lens, lensLieu, 'Accueil social', '09:00', '12:00', 'MO,TU,WE,TH,FR', [accueilSocial]);
    plage(agents[2]!, lens, null, 'Visites à domicile', '14:00', '17:00', 'TU,TH', [visite]);
    void atelier;
    await tem.flush();
    return { organisationIds: [arras.id, lens.id] };
  });
}
