import type { EntityManager } from '@mikro-orm/postgresql';
import { transactional } from '../../db/transaction.js';
import type { AppContext } from '../../context.js';
import { newId } from '../../db/columns.js';
import { exec, uuidArray } from '../../db/sql.js';
import { assertId, isUuid, orgAccess } from '../../http/access.js';
import type { Principal } from '../../http/principal.js';
import { conflict, FieldErrors, HttpError, notFound, validationError } from '../../http/problem.js';
import { audit } from '../audit/audit.js';
import { addDays, isIsoDate, validateRange } from '../creneaux/dates.js';
import { zonedToInstant } from '../creneaux/engine/index.js';
import { normaliseEmail, normalisePhone } from '../phone/phone.js';
import type { AgentRdvCreate, AgentRdvPatch, RdvDto, RdvList } from './rdv.dto.js';
import type { RdvStatus } from './rdv.entity.js';
import { notifyRdvChange } from './rdv-notify.js';
import { loadRdvContext, loadRdvDtos } from './rdv-query.js';
import { ensureProfiles, freeAgentsAt, insertRdv, parseInstant, relinkAgents } from './rdv-writer.js';
import { allowedStatus, cascadeToParticipations, isCancelled, statusFromParticipations } from './status-cascade.js';

interface MotifRow { id: string; collectif: boolean; location_type: string; duration_minutes: number; deleted_at: string | null }

const createdByOf = (p: Principal) => (p.kind === 'agent' ? { type: 'agent' as const, id: p.agentId } : { type: 'api_client' as const, id: p.kind === 'api_client' ? p.clientId : null });

/**
 * Agents and partners book for a usager: no booking delays, agent chosen or automatic. Outside the
 * agent's plages (or during an absence) needs `acceptWarnings`; an overlap with another RDV of the
 * agent is never accepted (the EXCLUDE constraint answers 409).
 */
export class AgentRdvsService {
  constructor(private readonly ctx: AppContext, private readonly principal: Principal) {}

  private get em(): EntityManager {
    return this.ctx.orm.em as EntityManager;
  }

  async list(organisationId: string, q: { from?: string; to?: string; agentId?: string; status?: RdvStatus; cursor?: string; limit?: number }): Promise<RdvList> {
    await orgAccess(this.ctx, this.principal, organisationId);
    const tzRows = await exec<{ timezone: string }[]>(this.em, 'select t.timezone from organisation o join territoire t on t.id = o.territoire_id where o.id = ?', [organisationId]);
    const tz = tzRows[0]!.timezone;
    const errors = new FieldErrors();
    errors.check(!q.from || isIsoDate(q.from), 'from', 'Date attendue au format AAAA-MM-JJ.');
    errors.check(!q.to || isIsoDate(q.to), 'to', 'Date attendue au format AAAA-MM-JJ.');
    errors.check(!q.agentId || isUuid(q.agentId), 'agentId', 'Identifiant invalide.');
    errors.throwIfAny();
    const limit = Math.min(Math.max(q.limit ?? 100, 1), 500);
    let after: { startsAt: Date; id: string } | undefined;
    if (q.cursor) {
      const [at, id] = Buffer.from(q.cursor, 'base64url').toString().split('|');
      if (!at || !id || !isUuid(id) || Number.isNaN(Date.parse(at))) throw validationError([{ field: 'cursor', message: 'Curseur invalide.' }]);
      after = { startsAt: new Date(at), id };
    }
    const items = await loadRdvDtos(this.em, {
      organisationId, agentId: q.agentId, status: q.status, after, limit: limit + 1,
      from: q.from ? new Date(zonedToInstant(q.from, '00:00', tz)) : undefined,
      to: q.to ? new Date(zonedToInstant(addDays(q.to, 1), '00:00', tz)) : undefined,
    });
    const page = items.slice(0, limit);
    const last = page[page.length - 1];
    return items.length > limit && last
      ? { items: page, nextCursor: Buffer.from(`${new Date(last.startsAt).toISOString()}|${last.id}`).toString('base64url') }
      : { items: page };
  }

  async get(organisationId: string, rdvId: string): Promise<RdvDto> {
    await orgAccess(this.ctx, this.principal, organisationId);
    assertId(rdvId, 'Rendez-vous');
    const [dto] = await loadRdvDtos(this.em, { organisationId, rdvIds: [rdvId] });
    if (!dto) throw notFound('Rendez-vous');
    return dto;
  }

  private async usagerFor(tem: EntityManager, organisationId: string, input: AgentRdvCreate['usager']): Promise<string | null> {
    if (!input) return null;
    if ('id' in input) {
      if (!isUuid(input.id)) throw validationError([{ field: 'usager.id', message: 'Usager inconnu.' }]);
      const rows = await exec<{ id: string }[]>(tem, 'select usager_id as id from usager_profile where usager_id = ? and organisation_id = ?', [input.id, organisationId]);
      if (!rows[0]) throw validationError([{ field: 'usager.id', message: 'Usager inconnu dans cette organisation.' }]);
      return input.id;
    }
    const errors = new FieldErrors();
    errors.check(input.firstName?.trim(), 'usager.firstName', 'Prénom obligatoire.');
    errors.check(input.lastName?.trim(), 'usager.lastName', 'Nom obligatoire.');
    const phone = input.phone?.trim() ? normalisePhone(input.phone) : null;
    const email = input.email?.trim() ? normaliseEmail(input.email) : null;
    errors.check(!input.phone?.trim() || phone, 'usager.phone', 'Numéro de téléphone invalide.');
    errors.check(!input.email?.trim() || email, 'usager.email', 'Adresse e-mail invalide.');
    errors.throwIfAny();
    const id = newId();
    await exec(tem,
      `insert into usager (id, first_name, last_name, email, phone, address, notify_by_sms, notify_by_email, created_through, created_at, updated_at)
       values (?, ?, ?, ?, ?, ?, true, true, ?, now(), now())`,
      [id, input.firstName.trim(), input.lastName.trim(), email, phone?.e164 ?? null, input.address?.trim() || null,
        this.principal.kind === 'api_client' ? 'api' : 'agent_creation']);
    return id;
  }

  private async checkAgents(organisationId: string, agentIds: string[]): Promise<void> {
    if (!agentIds.every(isUuid)) throw validationError([{ field: 'agentIds', message: 'Agent inconnu.' }]);
    const rows = await exec<{ agent_id: string }[]>(this.em,
      'select agent_id from agent_role where organisation_id = ? and agent_id = any(?::uuid[])', [organisationId, uuidArray(agentIds)]);
    if (rows.length !== new Set(agentIds).size) throw validationError([{ field: 'agentIds', message: 'Ces agents doivent appartenir à l’organisation.' }]);
  }

  /** The chosen agents must be free for this motif at that time, unless the agent accepts the warning. */
  private async checkWithinPlages(organisationId: string, motifId: string, lieuId: string | null, startsAt: number, agentIds: string[], accept: boolean): Promise<void> {
    if (accept) return;
    for (const agentId of agentIds) {
      const free = await freeAgentsAt(this.em, { motifId, lieuId, startsAt, mode: 'agent', organisationId, agentId }, this.ctx.now().getTime());
      if (!free.agentIds.includes(agentId)) {
        throw new HttpError(409, 'hors_plage', 'En dehors des disponibilités',
          'Cet horaire est en dehors des plages d’ouverture de l’agent, pendant une absence ou déjà pris. Confirmez avec « acceptWarnings » pour réserver quand même (jamais par-dessus un autre rendez-vous).');
      }
    }
  }

  async create(organisationId: string, body: AgentRdvCreate): Promise<RdvDto> {
    await orgAccess(this.ctx, this.principal, organisationId);
    assertId(body.motifId, 'Motif');
    const motifs = await exec<MotifRow[]>(this.em, 'select id, collectif, location_type, duration_minutes, deleted_at from motif where id = ? and organisation_id = ?', [body.motifId, organisationId]);
    const motif = motifs[0];
    const errors = new FieldErrors();
    if (!motif || motif.deleted_at) throw validationError([{ field: 'motifId', message: 'Motif inconnu ou archivé.' }]);
    const lieuId = body.lieuId ?? null;
    if (lieuId) {
      const lieux = isUuid(lieuId) ? await exec<{ id: string }[]>(this.em, "select id from lieu where id = ? and organisation_id = ? and availability = 'enabled'", [lieuId, organisationId]) : [];
      errors.check(lieux[0], 'lieuId', 'Lieu inconnu ou désactivé.');
    }
    errors.check(motif.location_type !== 'public_office' || lieuId, 'lieuId', 'Choisissez un lieu : ce motif a lieu sur place.');
    errors.check(motif.collectif || body.usager, 'usager', 'Choisissez ou créez l’usager.');
    errors.throwIfAny();
    const startsAt = parseInstant(body.startsAt);
    const duration = body.durationMinutes ?? motif.duration_minutes;
    let agentIds = body.agentIds ?? [];
    if (agentIds.length) {
      await this.checkAgents(organisationId, agentIds);
      await this.checkWithinPlages(organisationId, motif.id, lieuId, startsAt, agentIds, body.acceptWarnings ?? false);
    } else {
      const free = await freeAgentsAt(this.em, { motifId: motif.id, lieuId, startsAt, mode: 'agent', organisationId }, this.ctx.now().getTime());
      if (!free.agentIds.length) throw conflict('creneau_indisponible', 'Créneau indisponible', 'Aucun agent n’est libre à cet horaire pour ce motif.');
      agentIds = [free.agentIds[Math.floor(Math.random() * free.agentIds.length)]!];
    }
    const rdvId = await transactional(this.em, async (tem) => {
      const usagerId = await this.usagerFor(tem, organisationId, body.usager);
      if (usagerId) await ensureProfiles(tem, organisationId, [usagerId]);
      const rdv = insertRdv(tem, {
        organisationId, motifId: motif.id, lieuId, startsAt: new Date(startsAt), endsAt: new Date(startsAt + duration * 60_000),
        agentIds, usagerIds: usagerId ? [usagerId] : [], createdBy: createdByOf(this.principal),
        name: motif.collectif ? body.name ?? null : null, maxParticipantsCount: motif.collectif ? body.maxParticipantsCount ?? null : null,
        context: body.context ?? null,
      });
      audit(tem, this.principal, { entityType: 'rdv', entityId: rdv.id, action: 'create', organisationId, changes: { motifId: motif.id, startsAt: body.startsAt, agentIds } });
      await tem.flush();
      await notifyRdvChange(this.ctx, tem, { event: 'rdv_created', rdvId: rdv.id, actor: this.principal });
      return rdv.id;
    });
    return this.get(organisationId, rdvId);
  }

  /** Time, agents, lieu or status; the status cascades to participations (reference §1.10). */
  async update(organisationId: string, rdvId: string, patch: AgentRdvPatch): Promise<RdvDto> {
    await orgAccess(this.ctx, this.principal, organisationId);
    assertId(rdvId, 'Rendez-vous');
    const current = await loadRdvContext(this.em, rdvId);
    if (!current || current.organisationId !== organisationId) throw notFound('Rendez-vous');
    const startsAt = patch.startsAt ? parseInstant(patch.startsAt) : current.startsAt.getTime();
    const duration = patch.durationMinutes ?? (current.endsAt.getTime() - current.startsAt.getTime()) / 60_000;
    const endsAt = startsAt + duration * 60_000;
    const status = patch.status ?? current.status;
    if (!allowedStatus(current.collectif, status)) {
      throw validationError([{ field: 'status', message: 'Une séance collective ne peut être que « à venir », « honorée » ou « annulée par le service ».' }]);
    }
    const lieuId = patch.lieuId === undefined ? current.lieu?.id ?? null : patch.lieuId;
    if (patch.lieuId) {
      const lieux = isUuid(patch.lieuId) ? await exec<{ id: string }[]>(this.em, "select id from lieu where id = ? and organisation_id = ? and availability = 'enabled'", [patch.lieuId, organisationId]) : [];
      if (!lieux[0]) throw validationError([{ field: 'lieuId', message: 'Lieu inconnu ou désactivé.' }]);
    }
    if (current.locationType === 'public_office' && !lieuId) throw validationError([{ field: 'lieuId', message: 'Ce motif a lieu sur place : un lieu est nécessaire.' }]);
    const currentAgents = (await exec<{ agent_id: string }[]>(this.em, 'select agent_id from agent_rdv where rdv_id = ?', [rdvId])).map((r) => r.agent_id);
    const agentIds = patch.agentIds ?? currentAgents;
    if (!agentIds.length) throw validationError([{ field: 'agentIds', message: 'Au moins un agent.' }]);
    if (patch.agentIds) await this.checkAgents(organisationId, agentIds);
    const timeChanged = startsAt !== current.startsAt.getTime() || endsAt !== current.endsAt.getTime();
    if (timeChanged || patch.agentIds) {
      const newcomers = timeChanged ? agentIds : agentIds.filter((a) => !currentAgents.includes(a));
      await this.checkWithinPlages(organisationId, current.motifId, lieuId, startsAt, newcomers, patch.acceptWarnings ?? (!timeChanged));
    }
    await transactional(this.em, async (tem) => {
      const locked = await loadRdvContext(tem, rdvId, true);
      if (!locked) throw notFound('Rendez-vous');
      const cancelled = isCancelled(status);
      const statusChanged = status !== locked.status;
      // cancelled_at marks excused, revoked and noshow (reference §1.10); unchanged status keeps it.
      const cancelledAt = status === 'unknown' || status === 'seen' ? null : this.ctx.now();
      await exec(tem,
        `update rdv set starts_at = ?, ends_at = ?, lieu_id = ?, status = ?, cancelled_at = case when ? then ? else cancelled_at end,
                        context = coalesce(?, context), sequence = sequence + 1, updated_at = now() where id = ?`,
        [new Date(startsAt), new Date(endsAt), lieuId, status, statusChanged, cancelledAt, patch.context ?? null, rdvId]);
      // Un-cancelling puts the busy period back: the EXCLUDE constraint re-checks it.
      await relinkAgents(tem, rdvId, agentIds, new Date(startsAt), new Date(endsAt), cancelled);
      if (statusChanged) {
        const parts = await exec<{ id: string; status: RdvStatus }[]>(tem, 'select id, status from participation where rdv_id = ? order by id', [rdvId]);
        const next = cascadeToParticipations(status, parts.map((p) => p.status));
        for (let i = 0; i < parts.length; i++) {
          if (next[i] !== parts[i]!.status) await exec(tem, 'update participation set status = ? where id = ?', [next[i], parts[i]!.id]);
        }
        if (locked.collectif) {
          const active = next.filter((s) => !isCancelled(s)).length;
          await exec(tem, 'update rdv set users_count = ? where id = ?', [active, rdvId]);
        }
      }
      audit(tem, this.principal, { entityType: 'rdv', entityId: rdvId, action: 'update', organisationId, changes: { ...patch } });
      await tem.flush();
      const event = statusChanged && cancelled ? 'rdv_cancelled' : timeChanged || (statusChanged && isCancelled(locked.status)) || patch.lieuId !== undefined ? 'rdv_updated' : null;
      if (event) {
        await notifyRdvChange(this.ctx, tem, {
          event, rdvId, actor: this.principal,
          previous: { startsAt: locked.startsAt, status: locked.status, lieuId: locked.lieu?.id ?? null, agentIds: currentAgents },
        });
      }
    });
    return this.get(organisationId, rdvId);
  }

  /** One participation's status; the RDV's status is recomputed from all of them. */
  async updateParticipation(organisationId: string, rdvId: string, participationId: string, status: RdvStatus): Promise<RdvDto> {
    await orgAccess(this.ctx, this.principal, organisationId);
    assertId(rdvId, 'Rendez-vous');
    assertId(participationId, 'Participation');
    await transactional(this.em, async (tem) => {
      const rdv = await loadRdvContext(tem, rdvId, true);
      if (!rdv || rdv.organisationId !== organisationId) throw notFound('Rendez-vous');
      const updated = await exec<{ id: string }[]>(tem, 'update participation set status = ? where id = ? and rdv_id = ? returning id', [status, participationId, rdvId]);
      if (!updated[0]) throw notFound('Participation');
      const parts = await exec<{ status: RdvStatus }[]>(tem, 'select status from participation where rdv_id = ?', [rdvId]);
      const rdvStatus = statusFromParticipations(rdv.collectif, rdv.startsAt.getTime() < this.ctx.now().getTime(), parts.map((p) => p.status));
      const active = parts.filter((p) => !isCancelled(p.status)).length;
      await exec(tem, 'update rdv set status = ?, users_count = ?, sequence = sequence + 1, updated_at = now() where id = ?', [rdvStatus, rdv.collectif ? active : parts.length, rdvId]);
      await exec(tem, 'update agent_rdv set cancelled = ? where rdv_id = ?', [isCancelled(rdvStatus), rdvId]);
      audit(tem, this.principal, { entityType: 'participation', entityId: participationId, action: 'update', organisationId, changes: { status } });
      await tem.flush();
    });
    return this.get(organisationId, rdvId);
  }
}
