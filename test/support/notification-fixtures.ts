import type { EntityManager } from '@mikro-orm/postgresql';
import { newId } from '../../api/src/db/columns.js';
import { exec } from '../../api/src/db/sql.js';
import { AgentRoleSchema } from '../../api/src/modules/agents/agent-role.entity.js';
import { AgentSchema, type RdvNotificationLevel } from '../../api/src/modules/agents/agent.entity.js';
import { LieuSchema } from '../../api/src/modules/lieux/lieu.entity.js';
import { MotifSchema } from '../../api/src/modules/motifs/motif.entity.js';
import { AgentRdvSchema, ParticipationSchema, RdvSchema, type CreatedByType, type RdvStatus } from '../../api/src/modules/rdvs/rdv.entity.js';
import { UsagerProfileSchema, UsagerSchema } from '../../api/src/modules/usagers/usager.entity.js';
import type { TestApp } from './test-app.js';

/** RDVs written straight with the ORM, for notification tests (no booking endpoint involved). */

export interface UsagerSeed {
  firstName?: string;
  lastName?: string;
  email?: string | null;
  phone?: string | null;
  notifyByEmail?: boolean;
  notifyBySms?: boolean;
}

export interface AgentSeed {
  email?: string | null;
  firstName?: string;
  lastName?: string;
  level?: RdvNotificationLevel;
}

export interface SeededRdv {
  rdvId: string;
  organisationId: string;
  usagerIds: string[];
  participationIds: string[];
  agentIds: string[];
}

export async function seedRdv(t: TestApp, o: {
  startsAt: Date;
  organisationId?: string;
  durationMinutes?: number;
  usagers?: UsagerSeed[];
  agents?: AgentSeed[];
  status?: RdvStatus;
  createdByType?: CreatedByType;
}): Promise<SeededRdv> {
  const em = t.db.orm.em.fork() as EntityManager;
  const organisationId = o.organisationId ?? t.organisationIds[0]!;
  const [service] = await exec<{ id: string }[]>(em, "select id from service where short_name = 'PMI'");
  const lieu = em.create(LieuSchema, { id: newId(), organisation: organisationId, name: 'MDS d’Arras — centre', address: '12 rue Ernestale, 62000 Arras', phone: '03 21 00 00 11' });
  const motif = em.create(MotifSchema, {
    id: newId(), organisation: organisationId, service: service?.id ?? null, name: 'Consultation PMI nourrisson', durationMinutes: 30,
    bookableBy: 'everyone', instructionsAfter: 'Apportez le carnet de santé.',
  });
  const duration = o.durationMinutes ?? 30;
  const status = o.status ?? 'unknown';
  const rdv = em.create(RdvSchema, {
    id: newId(), organisation: organisationId, motif, lieu, startsAt: o.startsAt, endsAt: new Date(o.startsAt.getTime() + duration * 60_000),
    status, createdByType: o.createdByType ?? 'usager', usersCount: (o.usagers ?? [{}]).length, sequence: 0,
  });
  const agentIds: string[] = [];
  for (const a of o.agents ?? [{}]) {
    const agent = em.create(AgentSchema, {
      id: newId(), email: a.email === undefined ? `agent-${newId().slice(0, 8)}@mds-arras.fr` : a.email,
      firstName: a.firstName ?? 'Nadia', lastName: a.lastName ?? 'Benali', rdvNotificationLevel: a.level ?? 'others',
    });
    em.create(AgentRoleSchema, { id: newId(), agent, organisation: organisationId, accessLevel: 'basic' });
    em.create(AgentRdvSchema, { id: newId(), agent, rdv, startsAt: rdv.startsAt, endsAt: rdv.endsAt, cancelled: status === 'excused' || status === 'revoked' });
    agentIds.push(agent.id);
  }
  const usagerIds: string[] = [];
  const participationIds: string[] = [];
  for (const u of o.usagers ?? [{}]) {
    const usager = em.create(UsagerSchema, {
      id: newId(), firstName: u.firstName ?? 'Léa', lastName: u.lastName ?? 'Martin',
      email: u.email === undefined ? 'lea.martin@exemple.fr' : u.email, phone: u.phone === undefined ? '+33612345678' : u.phone,
      notifyByEmail: u.notifyByEmail ?? true, notifyBySms: u.notifyBySms ?? true,
    });
    em.create(UsagerProfileSchema, { id: newId(), usager, organisation: organisationId });
    const p = em.create(ParticipationSchema, { id: newId(), rdv, usager, status, createdByType: o.createdByType ?? 'usager' });
    usagerIds.push(usager.id);
    participationIds.push(p.id);
  }
  await em.flush();
  return { rdvId: rdv.id, organisationId, usagerIds, participationIds, agentIds };
}

/** pg-boss rows of a queue (state, data, start_after), oldest first. */
export async function jobsOf(t: TestApp, queue: string): Promise<{ id: string; state: string; data: Record<string, unknown>; start_after: Date; output: Record<string, unknown> | null }[]> {
  const rows = await t.db.orm.em.fork().getConnection().execute<{ id: string; state: string; data: Record<string, unknown>; start_after: string; output: Record<string, unknown> | null }[]>(
    'select id, state, data, start_after, output from pgboss.job where name = ? order by created_on, id', [queue]);
  return rows.map((r) => ({ ...r, start_after: new Date(r.start_after) }));
}

/** Polls until `check` returns a truthy value (jobs run in the background). */
export async function eventually<T>(check: () => Promise<T | null | undefined | false>, timeoutMs = 30_000, what = 'condition'): Promise<T> {
  const deadline = Date.now() + timeoutMs;
  for (;;) {
    const value = await check();
    if (value) return value;
    if (Date.now() > deadline) throw new Error(`timed out waiting for ${what}`);
    await new Promise((r) => setTimeout(r, 200));
  }
}
