import type { EntityManager } from '@mikro-orm/postgresql';
import { notFound, validationError } from '../../http/problem.js';
import { assertId } from '../../http/access.js';
import { addDays, daysBetween, validateRange } from './dates.js';
import { computeCreneaux, formatInstant, localDateOf, zonedToInstant, type Creneau } from './engine/index.js';
import {
  loadAgentConstraints, loadCollectiveRdvs, loadMotifAndPlages, type AgentName, type MotifContext,
} from './creneaux.repository.js';

export interface SearchQuery {
  motifId: string;
  lieuId: string | null;
  from: string;
  to: string;
  /** public: booking delays apply and only motifs bookable by everyone; agent: no delays. */
  mode: 'public' | 'agent';
  agentId?: string | null;
  /** Agent searches are limited to the caller's organisation. */
  organisationId?: string;
}

export interface SearchResult {
  motif: MotifContext;
  creneaux: Creneau[];
  nextAvailable: Creneau | null;
  agents: Map<string, AgentName>;
}

/** Agents look this far ahead for "next availability" (the public uses the motif's max delay). */
const AGENT_HORIZON_DAYS = 183;
/** Plages are few: query 1 loads those alive up to this far so next-availability needs no new plage query. */
const PLAGE_LOOKAHEAD_DAYS = 400;

function horizonOf(motif: MotifContext, mode: SearchQuery['mode'], now: number): number {
  return now + (mode === 'public' ? motif.maxBookingDelayDays : AGENT_HORIZON_DAYS) * 86_400_000;
}

/**
 * Live créneaux for one motif (and lieu): at most 3 SQL queries whatever the number of agents,
 * plages or weeks — motif+plages, then absences+busy periods for the range, then (only when the
 * range is empty) absences+busy periods for the rest of the horizon to find the next availability.
 */
export async function searchCreneaux(em: EntityManager, q: SearchQuery, now: number): Promise<SearchResult> {
  assertId(q.motifId, 'Motif');
  if (q.lieuId) assertId(q.lieuId, 'Lieu');
  if (q.agentId) assertId(q.agentId, 'Agent');
  validateRange(q.from, q.to);

  const data = await loadMotifAndPlages(em, {
    motifId: q.motifId, lieuId: q.lieuId, agentId: q.agentId, fromDay: q.from, toDay: addDays(q.from, PLAGE_LOOKAHEAD_DAYS),
  });
  const motif = data.motif;
  const visible = motif && !motif.archived
    && (q.mode === 'agent' ? motif.organisationId === q.organisationId : motif.bookableBy === 'everyone');
  if (!motif || !visible) throw notFound('Motif');
  if (q.lieuId && !motif.lieuOk) throw notFound('Lieu');
  if (!q.lieuId && motif.locationType === 'public_office' && q.mode === 'public') {
    throw validationError([{ field: 'lieuId', message: 'Choisissez un lieu : ce motif a lieu sur place.' }]);
  }

  const tz = motif.timezone;
  const horizon = horizonOf(motif, q.mode, now);
  const rangeStart = zonedToInstant(q.from, '00:00', tz);
  const rangeEnd = zonedToInstant(addDays(q.to, 1), '00:00', tz);
  const delays = q.mode === 'public'
    ? { minDelayMinutes: motif.minBookingDelayMinutes, maxDelayDays: motif.maxBookingDelayDays }
    : { minDelayMinutes: null, maxDelayDays: null };

  if (motif.collectif) {
    const earliest = q.mode === 'public' ? now + motif.minBookingDelayMinutes * 60_000 : now;
    const rdvs = await loadCollectiveRdvs(em, { motifId: motif.motifId, lieuId: q.lieuId, from: new Date(Math.max(rangeStart, earliest)), to: new Date(Math.max(horizon, rangeEnd)) });
    const bookable = rdvs.filter((r) => r.startsAt >= earliest && (q.mode === 'agent' || r.startsAt <= horizon))
      .map((r) => ({ startsAt: r.startsAt, endsAt: r.endsAt, agentIds: [] as string[] }));
    const inRange = bookable.filter((c) => c.startsAt < rangeEnd);
    return { motif, creneaux: inRange, nextAvailable: bookable[0] ?? null, agents: data.agents };
  }

  const agentIds = [...data.agents.keys()];
  const compute = (fromDay: string, toDay: string, constraints: Awaited<ReturnType<typeof loadAgentConstraints>>, limit?: number) =>
    computeCreneaux({
      timezone: tz, departement: motif.departement, from: fromDay, to: toDay, now,
      durationMinutes: motif.durationMinutes, ...delays, plages: data.plages,
      absences: constraints.absences, busy: constraints.busy, limit,
    });
  // Busy periods may start the day before (overnight RDVs are impossible, but stay safe at edges).
  const constraints = await loadAgentConstraints(em, agentIds,
    { day: addDays(q.from, -1), instant: new Date(rangeStart - 86_400_000) },
    { day: q.to, instant: new Date(rangeEnd + 86_400_000) });
  const creneaux = agentIds.length ? compute(q.from, q.to, constraints) : [];

  let nextAvailable: Creneau | null = creneaux[0] ?? null;
  const horizonDay = localDateOf(horizon, tz);
  if (!nextAvailable && agentIds.length && rangeEnd <= horizon && daysBetween(q.to, horizonDay) > 0) {
    const restFrom = addDays(q.to, 1);
    const rest = await loadAgentConstraints(em, agentIds,
      { day: q.to, instant: new Date(rangeEnd - 86_400_000) },
      { day: horizonDay, instant: new Date(horizon + 86_400_000) });
    nextAvailable = compute(restFrom, horizonDay, rest, 1)[0] ?? null;
  }
  return { motif, creneaux, nextAvailable, agents: data.agents };
}

/** Groups créneaux by local day, listing every day of the range. */
export function groupByDay<T>(from: string, to: string, timezone: string, creneaux: Creneau[], map: (c: Creneau) => T): { date: string; creneaux: T[] }[] {
  const days = new Map<string, T[]>();
  for (let d = from; d <= to; d = addDays(d, 1)) days.set(d, []);
  for (const c of creneaux) days.get(localDateOf(c.startsAt, timezone))?.push(map(c));
  return [...days].map(([date, list]) => ({ date, creneaux: list }));
}

export const toIso = (ms: number, tz: string) => formatInstant(ms, tz);
