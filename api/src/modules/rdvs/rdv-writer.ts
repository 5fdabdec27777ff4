import { exec } from '../../db/sql.js';
import type { EntityManager } from '@mikro-orm/postgresql';
import { newId } from '../../db/columns.js';
import { validationError } from '../../http/problem.js';
import { localDateOf } from '../creneaux/engine/index.js';
import { searchCreneaux } from '../creneaux/creneaux.service.js';
import type { MotifContext } from '../creneaux/creneaux.repository.js';
import { AgentRdvSchema, ParticipationSchema, RdvSchema, type CreatedByType, type Rdv } from './rdv.entity.js';

const ISO_INSTANT = /^\d{4}-\d{2}-\d{2}T\d{2}:\d{2}(:\d{2}(\.\d{1,3})?)?(Z|[+-]\d{2}:\d{2})$/;

/** An instant must carry its offset: a bare local time would be ambiguous around DST changes. */
export function parseInstant(value: string, field = 'startsAt'): number {
  const ms = ISO_INSTANT.test(value) ? Date.parse(value) : Number.NaN;
  if (Number.isNaN(ms)) throw validationError([{ field, message: 'Date et heure attendues au format ISO 8601 avec décalage, par ex. 2027-03-29T09:00:00+02:00.' }]);
  return ms;
}

/** Recomputes the créneaux of that day and returns the agents free at exactly this start. */
export async function freeAgentsAt(em: EntityManager, q: { motifId: string; lieuId: string | null; startsAt: number; mode: 'public' | 'agent'; organisationId?: string; agentId?: string | null }, now: number): Promise<{ motif: MotifContext; agentIds: string[] }> {
  // The zone is the territoire's: a first cheap search tells it; the day is then exact.
  const probeDay = new Date(q.startsAt).toISOString().slice(0, 10);
  let result = await searchCreneaux(em, { motifId: q.motifId, lieuId: q.lieuId, agentId: q.agentId, from: probeDay, to: probeDay, mode: q.mode, organisationId: q.organisationId }, now);
  const day = localDateOf(q.startsAt, result.motif.timezone);
  if (day !== probeDay) {
    result = await searchCreneaux(em, { motifId: q.motifId, lieuId: q.lieuId, agentId: q.agentId, from: day, to: day, mode: q.mode, organisationId: q.organisationId }, now);
  }
  const creneau = result.creneaux.find((c) => c.startsAt === q.startsAt);
  return { motif: result.motif, agentIds: creneau?.agentIds ?? [] };
}

/** Fisher–Yates: spread bookings across the free agents instead of filling the first one. */
export function shuffled<T>(items: readonly T[]): T[] {
  const copy = [...items];
  for (let i = copy.length - 1; i > 0; i--) {
    const j = Math.floor(Math.random() * (i + 1));
    [copy[i], copy[j]] = [copy[j]!, copy[i]!];
  }
  return copy;
}

export interface NewRdv {
  organisationId: string;
  motifId: string;
  lieuId: string | null;
  startsAt: Date;
  endsAt: Date;
  agentIds: string[];
  usagerIds: string[];
  createdBy: { type: CreatedByType; id: string | null };
  name?: string | null;
  maxParticipantsCount?: number | null;
  context?: string | null;
}

/**
 * Persists a RDV with its agent links (the busy periods the EXCLUDE constraint guards) and its
 * participations. The caller's flush/commit raises SQLSTATE 23P01 if an agent is already busy.
 */
export function insertRdv(em: EntityManager, input: NewRdv): Rdv {
  const rdv = em.create(RdvSchema, {
    id: newId(), organisation: input.organisationId, motif: input.motifId, lieu: input.lieuId,
    startsAt: input.startsAt, endsAt: input.endsAt, createdByType: input.createdBy.type, createdById: input.createdBy.id,
    name: input.name ?? null, maxParticipantsCount: input.maxParticipantsCount ?? null, usersCount: input.usagerIds.length,
    context: input.context ?? null,
  });
  for (const agentId of input.agentIds) {
    em.create(AgentRdvSchema, { id: newId(), agent: agentId, rdv, startsAt: input.startsAt, endsAt: input.endsAt, cancelled: false });
  }
  for (const usagerId of input.usagerIds) {
    em.create(ParticipationSchema, { id: newId(), rdv, usager: usagerId, status: 'unknown', createdByType: input.createdBy.type, createdById: input.createdBy.id });
  }
  return rdv;
}

/** Booking adds the usager (and their family) to the RDV's organisation. */
export async function ensureProfiles(em: EntityManager, organisationId: string, usagerIds: string[]): Promise<void> {
  for (const usagerId of new Set(usagerIds)) {
    await exec(em, 
      `insert into usager_profile (id, usager_id, organisation_id, created_at) values (?, ?, ?, now()) on conflict (usager_id, organisation_id) do nothing`,
      [newId(), usagerId, organisationId]);
  }
}

/** Replaces the RDV's agent links with new agents/times (a move or a reassignment). */
export async function relinkAgents(em: EntityManager, rdvId: string, agentIds: string[], startsAt: Date, endsAt: Date, cancelled: boolean): Promise<void> {
  await exec(em, 'delete from agent_rdv where rdv_id = ? and not (agent_id = any(?::uuid[]))', [rdvId, `{${agentIds.join(',')}}`]);
  for (const agentId of agentIds) {
    await exec(em, 
      `insert into agent_rdv (id, agent_id, rdv_id, starts_at, ends_at, cancelled) values (?, ?, ?, ?, ?, ?)
       on conflict (agent_id, rdv_id) do update set starts_at = excluded.starts_at, ends_at = excluded.ends_at, cancelled = excluded.cancelled`,
      [newId(), agentId, rdvId, startsAt, endsAt, cancelled]);
  }
}
