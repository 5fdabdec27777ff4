import type { EntityManager } from '@mikro-orm/postgresql';
import { exec } from '../../db/sql.js';
import { formatInstant } from '../creneaux/engine/index.js';
import type { LocationType } from '../motifs/motif.entity.js';
import type { PublicRdv, RdvDto } from './rdv.dto.js';
import type { CreatedByType, RdvStatus } from './rdv.entity.js';
import { isCancelled } from './status-cascade.js';

/** A RDV with what its rules need: motif settings, lieu, organisation and time zone. */
export interface RdvContext {
  id: string;
  organisationId: string;
  organisationName: string;
  organisationPhone: string | null;
  allowedOrigins: string[];
  timezone: string;
  motifId: string;
  motifName: string;
  locationType: LocationType;
  bookableBy: string;
  collectif: boolean;
  instructionsAfter: string | null;
  cancellableByUsager: boolean;
  movableByUsager: boolean;
  cancellationDeadlineMinutes: number;
  moveDeadlineMinutes: number;
  durationMinutes: number;
  lieu: { id: string; name: string; address: string; phone: string | null } | null;
  startsAt: Date;
  endsAt: Date;
  status: RdvStatus;
  createdByType: CreatedByType;
  createdById: string | null;
  name: string | null;
  maxParticipantsCount: number | null;
  usersCount: number;
  sequence: number;
}

export async function loadRdvContext(em: EntityManager, rdvId: string, lock = false): Promise<RdvContext | null> {
  const rows = await exec<Record<string, unknown>[]>(em, 
    `select r.id, r.organisation_id, o.name as organisation_name, o.phone as organisation_phone, o.allowed_origins, t.timezone,
            r.motif_id, m.name as motif_name, m.location_type, m.bookable_by, m.collectif, m.instructions_after,
            m.cancellable_by_usager, m.movable_by_usager, m.cancellation_deadline_minutes, m.move_deadline_minutes, m.duration_minutes,
            l.id as lieu_id, l.name as lieu_name, l.address as lieu_address, l.phone as lieu_phone,
            r.starts_at, r.ends_at, r.status, r.created_by_type, r.created_by_id, r.name, r.max_participants_count, r.users_count, r.sequence
       from rdv r
       join motif m on m.id = r.motif_id
       join organisation o on o.id = r.organisation_id
       join territoire t on t.id = o.territoire_id
       left join lieu l on l.id = r.lieu_id
      where r.id = ?${lock ? ' for update of r' : ''}`, [rdvId]);
  const r = rows[0];
  if (!r) return null;
  return {
    id: String(r.id), organisationId: String(r.organisation_id), organisationName: String(r.organisation_name),
    organisationPhone: (r.organisation_phone as string | null) ?? null, allowedOrigins: (r.allowed_origins as string[]) ?? [],
    timezone: String(r.timezone), motifId: String(r.motif_id), motifName: String(r.motif_name),
    locationType: r.location_type as LocationType, bookableBy: String(r.bookable_by), collectif: Boolean(r.collectif),
    instructionsAfter: (r.instructions_after as string | null) ?? null, cancellableByUsager: Boolean(r.cancellable_by_usager),
    movableByUsager: Boolean(r.movable_by_usager), cancellationDeadlineMinutes: Number(r.cancellation_deadline_minutes),
    moveDeadlineMinutes: Number(r.move_deadline_minutes), durationMinutes: Number(r.duration_minutes),
    lieu: r.lieu_id ? { id: String(r.lieu_id), name: String(r.lieu_name), address: String(r.lieu_address), phone: (r.lieu_phone as string | null) ?? null } : null,
    startsAt: new Date(r.starts_at as string), endsAt: new Date(r.ends_at as string), status: r.status as RdvStatus,
    createdByType: r.created_by_type as CreatedByType, createdById: (r.created_by_id as string | null) ?? null,
    name: (r.name as string | null) ?? null, maxParticipantsCount: r.max_participants_count === null ? null : Number(r.max_participants_count),
    usersCount: Number(r.users_count), sequence: Number(r.sequence),
  };
}

/** Usager self-service rules (reference §1.10), with the motif's cut-offs. */
export function selfServiceRules(rdv: RdvContext, now: number, participationStatus?: RdvStatus) {
  const cancelledAlready = isCancelled(participationStatus ?? rdv.status);
  const cancellableUntil = rdv.startsAt.getTime() - rdv.cancellationDeadlineMinutes * 60_000;
  const movableUntil = rdv.startsAt.getTime() - rdv.moveDeadlineMinutes * 60_000;
  const cancellable = !cancelledAlready && rdv.status === 'unknown' && rdv.cancellableByUsager && now < cancellableUntil;
  const movable = !cancelledAlready && rdv.status === 'unknown' && !rdv.collectif && rdv.movableByUsager && now < movableUntil
    && rdv.bookableBy === 'everyone' && rdv.createdByType !== 'agent';
  return { cancellable, movable, cancellableUntil, movableUntil };
}

export function toPublicRdv(rdv: RdvContext, now: number, participationStatus?: RdvStatus): PublicRdv {
  const rules = selfServiceRules(rdv, now, participationStatus);
  const tz = rdv.timezone;
  return {
    id: rdv.id, status: participationStatus ?? rdv.status,
    startsAt: formatInstant(rdv.startsAt.getTime(), tz), endsAt: formatInstant(rdv.endsAt.getTime(), tz), timezone: tz,
    motif: { id: rdv.motifId, name: rdv.motifName, locationType: rdv.locationType, instructionsAfter: rdv.instructionsAfter },
    lieu: rdv.lieu, organisation: { id: rdv.organisationId, name: rdv.organisationName, phone: rdv.organisationPhone },
    collectif: rdv.collectif, cancellable: rules.cancellable, movable: rules.movable,
    cancellableUntil: rdv.cancellableByUsager ? formatInstant(rules.cancellableUntil, tz) : null,
    movableUntil: rdv.movableByUsager && !rdv.collectif ? formatInstant(rules.movableUntil, tz) : null,
  };
}

/** Agent view of RDVs: one query for the RDVs, their agents and participations. */
export async function loadRdvDtos(em: EntityManager, where: { organisationId: string; rdvIds?: string[]; from?: Date; to?: Date; agentId?: string; status?: RdvStatus; after?: { startsAt: Date; id: string }; limit?: number }): Promise<RdvDto[]> {
  const params: unknown[] = [where.organisationId];
  let filter = 'r.organisation_id = ?';
  if (where.rdvIds) { filter += ' and r.id = any(?::uuid[])'; params.push(`{${where.rdvIds.join(',')}}`); }
  if (where.from) { filter += ' and r.starts_at >= ?'; params.push(where.from); }
  if (where.to) { filter += ' and r.starts_at < ?'; params.push(where.to); }
  if (where.agentId) { filter += ' and exists (select 1 from agent_rdv x where x.rdv_id = r.id and x.agent_id = ?)'; params.push(where.agentId); }
  if (where.status) { filter += ' and r.status = ?'; params.push(where.status); }
  if (where.after) { filter += ' and (r.starts_at, r.id) > (?, ?::uuid)'; params.push(where.after.startsAt, where.after.id); }
  params.push(where.limit ?? 1000);
  const rows = await exec<Record<string, unknown>[]>(em, 
    `select r.id, r.organisation_id, r.motif_id, m.name as motif_name, m.collectif, r.lieu_id, r.starts_at, r.ends_at, r.status,
            r.name, r.max_participants_count, r.users_count, r.created_by_type, r.created_by_id, r.context, r.created_at, r.updated_at, t.timezone,
            coalesce((select json_agg(ar.agent_id order by ar.agent_id) from agent_rdv ar where ar.rdv_id = r.id), '[]') as agent_ids,
            coalesce((select json_agg(json_build_object('id', p.id, 'usagerId', u.id, 'firstName', u.first_name, 'lastName', u.last_name, 'status', p.status)
                                      order by u.last_name, u.first_name)
                        from participation p join usager u on u.id = p.usager_id where p.rdv_id = r.id), '[]') as participations
       from rdv r join motif m on m.id = r.motif_id join organisation o on o.id = r.organisation_id join territoire t on t.id = o.territoire_id
      where ${filter}
      order by r.starts_at, r.id
      limit ?`, params);
  return rows.map((r) => {
    const tz = String(r.timezone);
    const json = (v: unknown) => (typeof v === 'string' ? JSON.parse(v) : v);
    return {
      id: String(r.id), organisationId: String(r.organisation_id), motifId: String(r.motif_id), motifName: String(r.motif_name),
      lieuId: (r.lieu_id as string | null) ?? null,
      startsAt: formatInstant(new Date(r.starts_at as string).getTime(), tz), endsAt: formatInstant(new Date(r.ends_at as string).getTime(), tz),
      status: r.status as RdvStatus, collectif: Boolean(r.collectif), name: (r.name as string | null) ?? null,
      maxParticipantsCount: r.max_participants_count === null ? null : Number(r.max_participants_count), usersCount: Number(r.users_count),
      agentIds: json(r.agent_ids) as string[], participations: json(r.participations),
      createdBy: { type: r.created_by_type as CreatedByType, id: (r.created_by_id as string | null) ?? null },
      context: (r.context as string | null) ?? null,
      createdAt: new Date(r.created_at as string).toISOString(), updatedAt: new Date(r.updated_at as string).toISOString(),
    };
  });
}
