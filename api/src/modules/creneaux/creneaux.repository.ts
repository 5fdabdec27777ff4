import type { EntityManager } from '@mikro-orm/postgresql';
import { exec, uuidArray } from '../../db/sql.js';
import type { BusyPeriod, EngineAbsence, EnginePlage } from './engine/index.js';
import type { LocationType } from '../motifs/motif.entity.js';
import { MAX_BUSY_HOURS } from '../rdvs/rdv.entity.js';

/** What the slot search needs about the motif, its organisation and territoire. */
export interface MotifContext {
  motifId: string;
  organisationId: string;
  organisationPhone: string | null;
  allowedOrigins: string[];
  timezone: string;
  departement: string;
  durationMinutes: number;
  locationType: LocationType;
  bookableBy: string;
  collectif: boolean;
  minBookingDelayMinutes: number;
  maxBookingDelayDays: number;
  archived: boolean;
  /** The requested lieu exists, is enabled and belongs to the motif's organisation. */
  lieuOk: boolean;
}

export interface AgentName { id: string; firstName: string; lastName: string }

export interface SearchData {
  motif: MotifContext | null;
  plages: EnginePlage[];
  agents: Map<string, AgentName>;
}

const hhmm = (t: string) => t.slice(0, 5);

/**
 * Query 1 of a search: the motif with its rules and zone, and every plage of it (optionally for
 * one lieu and one agent) that may have an occurrence in [fromDay, toDay]. One row per plage.
 */
export async function loadMotifAndPlages(em: EntityManager, q: { motifId: string; lieuId: string | null; agentId?: string | null; fromDay: string; toDay: string }): Promise<SearchData> {
  const rows = await exec<Record<string, unknown>[]>(em, 
    `select m.id as motif_id, m.organisation_id, o.phone as organisation_phone, o.allowed_origins, t.timezone, t.departement_number,
            m.duration_minutes, m.location_type, m.bookable_by, m.collectif, m.min_booking_delay_minutes,
            m.max_booking_delay_days, m.deleted_at is not null as archived,
            (l.id is not null) as lieu_ok,
            p.id as plage_id, p.agent_id, p.lieu_id, p.first_day, p.start_time, p.end_time, p.recurrence,
            a.first_name, a.last_name
       from motif m
       join organisation o on o.id = m.organisation_id
       join territoire t on t.id = o.territoire_id
       left join lieu l on l.id = ?::uuid and l.organisation_id = m.organisation_id and l.availability = 'enabled'
       left join (plage_ouverture_motif pm
                  join plage_ouverture p on p.id = pm.plage_ouverture_id
                  join agent a on a.id = p.agent_id and a.deleted_at is null)
              on pm.motif_id = m.id
             and (?::uuid is null or p.lieu_id = ?::uuid)
             and (?::uuid is null or p.agent_id = ?::uuid)
             and p.first_day <= ?::date
             and (p.recurrence is null and p.first_day >= ?::date
                  or p.recurrence is not null and (p.recurrence_ends_on is null or p.recurrence_ends_on >= ?::date))
      where m.id = ?`,
    [q.lieuId, q.lieuId, q.lieuId, q.agentId ?? null, q.agentId ?? null, q.toDay, q.fromDay, q.fromDay, q.motifId],
  );
  const first = rows[0];
  if (!first) return { motif: null, plages: [], agents: new Map() };
  const motif: MotifContext = {
    motifId: String(first.motif_id), organisationId: String(first.organisation_id),
    organisationPhone: (first.organisation_phone as string | null) ?? null,
    allowedOrigins: (first.allowed_origins as string[]) ?? [],
    timezone: String(first.timezone), departement: String(first.departement_number),
    durationMinutes: Number(first.duration_minutes), locationType: first.location_type as LocationType,
    bookableBy: String(first.bookable_by), collectif: Boolean(first.collectif),
    minBookingDelayMinutes: Number(first.min_booking_delay_minutes), maxBookingDelayDays: Number(first.max_booking_delay_days),
    archived: Boolean(first.archived), lieuOk: Boolean(first.lieu_ok),
  };
  const plages: EnginePlage[] = [];
  const agents = new Map<string, AgentName>();
  for (const r of rows) {
    if (!r.plage_id) continue;
    plages.push({
      id: String(r.plage_id), agentId: String(r.agent_id), lieuId: (r.lieu_id as string | null) ?? null,
      firstDay: String(r.first_day), startTime: hhmm(String(r.start_time)), endTime: hhmm(String(r.end_time)),
      recurrence: (r.recurrence as string | null) ?? null,
    });
    agents.set(String(r.agent_id), { id: String(r.agent_id), firstName: String(r.first_name), lastName: String(r.last_name) });
  }
  return { motif, plages, agents };
}

/**
 * Query 2 (and 3 for a next-availability search): absences and busy periods of these agents in
 * every organisation, in one round trip. Cancelled RDVs are not busy. Busy periods come back as
 * one packed string of epoch seconds per agent: tens of thousands of rows would cost far more to
 * ship and map than the search itself. The start bound (a busy period lasts at most
 * MAX_BUSY_HOURS, a CHECK constraint) lets the `agent_rdv_busy` index bound the scan.
 */
export async function loadAgentConstraints(em: EntityManager, agentIds: string[], from: { day: string; instant: Date }, to: { day: string; instant: Date }): Promise<{ absences: EngineAbsence[]; busy: BusyPeriod[] }> {
  if (!agentIds.length) return { absences: [], busy: [] };
  const ids = uuidArray(agentIds);
  const rows = await exec<Record<string, unknown>[]>(em,
    `select 'a' as kind, agent_id, first_day::text, start_time::text, end_day::text, end_time::text, recurrence, null as periods
       from absence
      where agent_id = any(?::uuid[]) and first_day <= ?::date
        and (end_day >= ?::date or recurrence is not null and (recurrence_ends_on is null or recurrence_ends_on >= ?::date))
     union all
     select 'b', agent_id, null, null, null, null, null,
            string_agg(date_part('epoch', starts_at)::int8 || ',' || date_part('epoch', ends_at)::int8, ',')
       from agent_rdv
      where agent_id = any(?::uuid[]) and not cancelled and starts_at < ? and starts_at > ? and ends_at > ?
      group by agent_id`,
    [ids, to.day, from.day, from.day, ids, to.instant, new Date(from.instant.getTime() - MAX_BUSY_HOURS * 3_600_000), from.instant],
  );
  const absences: EngineAbsence[] = [];
  const busy: BusyPeriod[] = [];
  for (const r of rows) {
    const agentId = String(r.agent_id);
    if (r.kind === 'a') {
      absences.push({
        agentId, firstDay: String(r.first_day), startTime: hhmm(String(r.start_time)),
        endDay: String(r.end_day), endTime: hhmm(String(r.end_time)), recurrence: (r.recurrence as string | null) ?? null,
      });
      continue;
    }
    const packed = String(r.periods).split(',');
    for (let i = 0; i + 1 < packed.length; i += 2) {
      busy.push({ agentId, start: Number(packed[i]) * 1000, end: Number(packed[i + 1]) * 1000 });
    }
  }
  return { absences, busy };
}

/** Collective motifs: the créneaux are the existing collective RDVs with a free seat. */
export async function loadCollectiveRdvs(em: EntityManager, q: { motifId: string; lieuId: string | null; from: Date; to: Date }): Promise<{ id: string; startsAt: number; endsAt: number; seatsLeft: number | null }[]> {
  const rows = await exec<{ id: string; starts_at: string; ends_at: string; seats_left: number | null }[]>(em, 
    `select id, starts_at, ends_at, case when max_participants_count is null then null else max_participants_count - users_count end as seats_left
       from rdv
      where motif_id = ? and status in ('unknown', 'seen') and (?::uuid is null or lieu_id = ?::uuid)
        and starts_at >= ? and starts_at < ?
        and (max_participants_count is null or users_count < max_participants_count)
      order by starts_at`,
    [q.motifId, q.lieuId, q.lieuId, q.from, q.to],
  );
  return rows.map((r) => ({ id: r.id, startsAt: new Date(r.starts_at).getTime(), endsAt: new Date(r.ends_at).getTime(), seatsLeft: r.seats_left }));
}
