import type { EntityManager } from '@mikro-orm/postgresql';
import { exec } from '../../db/sql.js';
import { assertId } from '../../http/access.js';
import { notFound } from '../../http/problem.js';
import { loadAgentConstraints } from '../creneaux/creneaux.repository.js';
import { addDays } from '../creneaux/dates.js';
import { computeCreneaux, formatInstant, localDateOf, type EnginePlage } from '../creneaux/engine/index.js';
import type { LocationType } from '../motifs/motif.entity.js';
import type { PublicMotif, PublicOrganisation } from './public-organisation.dto.js';

interface Row {
  kind: 'org' | 'lieu' | 'motif' | 'plage' | 'collectif';
  [key: string]: unknown;
}

/**
 * Everything the widget needs to start, with the next availability of every public motif at
 * every lieu. Three queries: the organisation with its lieux, motifs, plages and collective RDVs;
 * then the agents' absences and busy periods over the longest booking horizon; the engine does the rest.
 */
export async function loadPublicOrganisation(em: EntityManager, organisationId: string, now: number): Promise<{ organisation: PublicOrganisation; allowedOrigins: string[] }> {
  assertId(organisationId, 'Organisation');
  const rows = await exec<Row[]>(em, 
    `with o as (
       select o.id, o.name, o.phone, o.horaires, o.allowed_origins, t.timezone, t.departement_number
         from organisation o join territoire t on t.id = o.territoire_id where o.id = ?),
     m as (
       select m.* from motif m where m.organisation_id = ? and m.bookable_by = 'everyone' and m.deleted_at is null)
     select 'org' as kind, o.id, o.name, o.phone, o.horaires, o.allowed_origins, o.timezone, o.departement_number,
            null as motif_id, null as address, null::int as duration, null as extra1, null as extra2, null as first_day, null as start_time, null as end_time, null as recurrence, null as agent_id
       from o
     union all
     select 'lieu', l.id, l.name, l.phone, null, null, null, null, null, l.address, null, null, null, null, null, null, null, null
       from lieu l where l.organisation_id = ? and l.availability = 'enabled'
     union all
     select 'motif', m.id, m.name, s.name, s.short_name, null, null, null, m.service_id::text, m.location_type, m.duration_minutes,
            m.instructions_before, m.instructions_after, m.collectif::text, m.min_booking_delay_minutes::text, m.max_booking_delay_days::text, null, null
       from m left join service s on s.id = m.service_id
     union all
     select 'plage', p.id, null, null, null, null, null, null, pm.motif_id::text, p.lieu_id::text, null, null, null,
            p.first_day::text, p.start_time::text, p.end_time::text, p.recurrence, p.agent_id::text
       from plage_ouverture p join plage_ouverture_motif pm on pm.plage_ouverture_id = p.id join m on m.id = pm.motif_id
      where p.recurrence is not null and (p.recurrence_ends_on is null or p.recurrence_ends_on >= current_date - 1)
         or p.recurrence is null and p.first_day >= current_date - 1
     union all
     select 'collectif', r.id, null, null, null, null, null, null, r.motif_id::text, r.lieu_id::text, null, null, null, null,
            (extract(epoch from r.starts_at) * 1000)::bigint::text, null, null, null
       from rdv r join m on m.id = r.motif_id
      where m.collectif and r.status in ('unknown', 'seen') and r.starts_at > now()
        and (r.max_participants_count is null or r.users_count < r.max_participants_count)`,
    [organisationId, organisationId, organisationId],
  );
  const org = rows.find((r) => r.kind === 'org');
  if (!org) throw notFound('Organisation');
  const tz = String(org.timezone);
  const departement = String(org.departement_number);

  const motifs = rows.filter((r) => r.kind === 'motif');
  const plagesByMotif = new Map<string, EnginePlage[]>();
  for (const r of rows.filter((x) => x.kind === 'plage')) {
    const list = plagesByMotif.get(String(r.motif_id)) ?? [];
    list.push({
      id: String(r.id), agentId: String(r.agent_id), lieuId: (r.address as string | null) ?? null, firstDay: String(r.first_day),
      startTime: String(r.start_time).slice(0, 5), endTime: String(r.end_time).slice(0, 5), recurrence: (r.recurrence as string | null) ?? null,
    });
    plagesByMotif.set(String(r.motif_id), list);
  }
  const maxDelay = Math.max(1, ...motifs.map((m) => Number(m.end_time)));
  const agentIds = [...new Set([...plagesByMotif.values()].flat().map((p) => p.agentId))];
  const today = localDateOf(now, tz);
  const horizonDay = addDays(today, maxDelay + 1);
  const constraints = await loadAgentConstraints(em, agentIds,
    { day: addDays(today, -1), instant: new Date(now - 86_400_000) },
    { day: horizonDay, instant: new Date(now + (maxDelay + 2) * 86_400_000) });

  const publicMotifs: PublicMotif[] = motifs.map((m) => {
    const locationType = m.address as LocationType;
    const collectif = m.first_day === 'true';
    const minDelay = Number(m.start_time);
    const maxDays = Number(m.end_time);
    const earliest = now + minDelay * 60_000;
    const latest = now + maxDays * 86_400_000;
    let availability: PublicMotif['availability'];
    if (collectif) {
      const sessions = rows.filter((r) => r.kind === 'collectif' && r.motif_id === m.id)
        .map((r) => ({ lieuId: (r.address as string | null) ?? null, at: Number(r.start_time) }))
        .filter((s) => s.at >= earliest && s.at <= latest).sort((a, b) => a.at - b.at);
      const lieux = [...new Set(sessions.map((s) => s.lieuId))];
      availability = lieux.map((lieuId) => ({ lieuId, nextAvailableAt: formatInstant(sessions.find((s) => s.lieuId === lieuId)!.at, tz) }));
    } else {
      const plages = plagesByMotif.get(String(m.id)) ?? [];
      const lieux = locationType === 'public_office' ? [...new Set(plages.map((p) => p.lieuId))].filter(Boolean) as string[] : [null];
      availability = lieux.map((lieuId) => {
        const first = computeCreneaux({
          timezone: tz, departement, from: today, to: horizonDay, now, durationMinutes: Number(m.duration),
          minDelayMinutes: minDelay, maxDelayDays: maxDays, plages: lieuId ? plages.filter((p) => p.lieuId === lieuId) : plages,
          absences: constraints.absences, busy: constraints.busy, limit: 1,
        })[0];
        return { lieuId, nextAvailableAt: first ? formatInstant(first.startsAt, tz) : null };
      });
    }
    return {
      id: String(m.id), name: String(m.name), serviceId: (m.motif_id as string | null) ?? null, durationMinutes: Number(m.duration),
      locationType, collectif, instructionsBefore: (m.extra1 as string | null) ?? null, instructionsAfter: (m.extra2 as string | null) ?? null,
      availability,
    };
  }).sort((a, b) => a.name.localeCompare(b.name, 'fr'));

  const services = new Map<string, { id: string; name: string; shortName: string }>();
  for (const m of motifs) if (m.motif_id) services.set(String(m.motif_id), { id: String(m.motif_id), name: String(m.phone), shortName: String(m.horaires) });

  return {
    allowedOrigins: (org.allowed_origins as string[]) ?? [],
    organisation: {
      id: String(org.id), name: String(org.name), phone: (org.phone as string | null) ?? null, horaires: (org.horaires as string | null) ?? null,
      timezone: tz, services: [...services.values()].sort((a, b) => a.name.localeCompare(b.name, 'fr')),
      lieux: rows.filter((r) => r.kind === 'lieu').map((l) => ({ id: String(l.id), name: String(l.name), address: String(l.address), phone: (l.phone as string | null) ?? null }))
        .sort((a, b) => a.name.localeCompare(b.name, 'fr')),
      motifs: publicMotifs,
    },
  };
}
