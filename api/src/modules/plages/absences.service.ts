import type { AppContext } from '../../context.js';
import { emOf } from '../../context.js';
import { newId } from '../../db/columns.js';
import { assertId, isUuid, orgAccess } from '../../http/access.js';
import type { Principal } from '../../http/principal.js';
import { FieldErrors, notFound, validationError } from '../../http/problem.js';
import { audit } from '../audit/audit.js';
import { AbsenceSchema, type Absence } from './absence.entity.js';
import { toAbsenceDto, type AbsenceDto, type AbsenceInput, type AbsencePatch } from './absence.dto.js';
import { assertMayWriteFor, checkDay, checkRecurrence, checkTime, isMember, timezoneOf, toDbTime } from './schedule.js';

const WHAT = 'absences';

interface AbsenceState {
  agentId: string;
  title: string | null;
  firstDay: string;
  startTime: string;
  endDay: string;
  endTime: string;
  recurrence: string | null;
}

const normaliseRule = (rule: string | null | undefined) => (rule?.trim() ? rule.trim().toUpperCase() : null);

/**
 * Absences are listed and managed in the organisation they were entered in (tenant isolation:
 * an absence entered elsewhere stays private to that organisation, though it blocks the agent
 * everywhere).
 */
export class AbsencesService {
  constructor(private readonly ctx: AppContext, private readonly principal: Principal) {}

  private get em() {
    return emOf(this.ctx);
  }

  async list(organisationId: string, agentId?: string): Promise<AbsenceDto[]> {
    await orgAccess(this.ctx, this.principal, organisationId);
    if (agentId !== undefined && !isUuid(agentId)) throw validationError([{ field: 'agentId', message: 'Identifiant d’agent invalide.' }]);
    const absences = await this.em.find(AbsenceSchema, { organisation: organisationId, ...(agentId ? { agent: agentId } : {}) }, {
      orderBy: { firstDay: 'asc', startTime: 'asc', id: 'asc' },
    });
    return absences.map((a) => toAbsenceDto(a, organisationId));
  }

  async get(organisationId: string, absenceId: string): Promise<AbsenceDto> {
    await orgAccess(this.ctx, this.principal, organisationId);
    return toAbsenceDto(await this.find(organisationId, absenceId), organisationId);
  }

  private async find(organisationId: string, absenceId: string): Promise<Absence> {
    assertId(absenceId, 'Absence');
    const absence = await this.em.findOne(AbsenceSchema, { id: absenceId, organisation: organisationId });
    if (!absence) throw notFound('Absence');
    return absence;
  }

  private async validate(organisationId: string, s: AbsenceState): Promise<string | null> {
    const errors = new FieldErrors();
    const firstOk = checkDay(errors, 'firstDay', s.firstDay);
    const endOk = checkDay(errors, 'endDay', s.endDay);
    const start = checkTime(errors, 'startTime', s.startTime);
    const end = checkTime(errors, 'endTime', s.endTime);
    if (firstOk && endOk) {
      if (s.endDay < s.firstDay) errors.add('endDay', 'Le dernier jour doit être le premier jour ou après.');
      else if (s.endDay === s.firstDay && start !== null && end !== null && end <= start) {
        errors.add('endTime', 'La fin doit être après le début.');
      }
    }
    let recurrenceEndsOn: string | null | undefined = null;
    if (s.recurrence !== null && firstOk && endOk && s.endDay !== s.firstDay) {
      errors.add('recurrence', 'Une absence sur plusieurs jours ne peut pas se répéter.');
    } else {
      recurrenceEndsOn = checkRecurrence(errors, 'recurrence', s.recurrence, firstOk ? s.firstDay : null,
        start !== null ? s.startTime : null, await timezoneOf(this.em, organisationId));
    }
    errors.check((s.title ?? '').length <= 255, 'title', 'Titre trop long (255 caractères au plus).');
    errors.check(await isMember(this.em, organisationId, s.agentId), 'agentId', 'Cet agent ne fait pas partie de l’organisation.');
    errors.throwIfAny();
    return recurrenceEndsOn ?? null;
  }

  async create(organisationId: string, input: AbsenceInput): Promise<AbsenceDto> {
    const access = await orgAccess(this.ctx, this.principal, organisationId);
    assertMayWriteFor(access, [input.agentId], WHAT);
    const s: AbsenceState = {
      agentId: input.agentId, title: input.title?.trim() || null, firstDay: input.firstDay, startTime: input.startTime,
      endDay: input.endDay ?? input.firstDay, endTime: input.endTime, recurrence: normaliseRule(input.recurrence),
    };
    const recurrenceEndsOn = await this.validate(organisationId, s);
    const absence = this.em.create(AbsenceSchema, {
      id: newId(), organisation: organisationId, agent: s.agentId, title: s.title, firstDay: s.firstDay, endDay: s.endDay,
      startTime: toDbTime(s.startTime), endTime: toDbTime(s.endTime), recurrence: s.recurrence, recurrenceEndsOn,
    });
    audit(this.em, this.principal, { entityType: 'absence', entityId: absence.id, action: 'create', organisationId, changes: { ...s } });
    await this.em.flush();
    return toAbsenceDto(absence, organisationId);
  }

  async update(organisationId: string, absenceId: string, patch: AbsencePatch): Promise<AbsenceDto> {
    const access = await orgAccess(this.ctx, this.principal, organisationId);
    const absence = await this.find(organisationId, absenceId);
    assertMayWriteFor(access, [absence.agent.id, patch.agentId ?? absence.agent.id], WHAT);
    const before = toAbsenceDto(absence, organisationId);
    const firstDay = patch.firstDay ?? before.firstDay;
    const s: AbsenceState = {
      agentId: patch.agentId ?? before.agentId,
      title: patch.title !== undefined ? patch.title?.trim() || null : before.title,
      firstDay,
      startTime: patch.startTime ?? before.startTime,
      // Moving a single-day absence moves its end day with it.
      endDay: patch.endDay ?? (before.endDay === before.firstDay ? firstDay : before.endDay),
      endTime: patch.endTime ?? before.endTime,
      recurrence: patch.recurrence !== undefined ? normaliseRule(patch.recurrence) : before.recurrence,
    };
    const recurrenceEndsOn = await this.validate(organisationId, s);
    this.em.assign(absence, {
      agent: s.agentId, title: s.title, firstDay: s.firstDay, endDay: s.endDay, startTime: toDbTime(s.startTime),
      endTime: toDbTime(s.endTime), recurrence: s.recurrence, recurrenceEndsOn,
    });
    audit(this.em, this.principal, { entityType: 'absence', entityId: absence.id, action: 'update', organisationId, changes: { ...patch } });
    await this.em.flush();
    return toAbsenceDto(absence, organisationId);
  }

  async remove(organisationId: string, absenceId: string): Promise<void> {
    const access = await orgAccess(this.ctx, this.principal, organisationId);
    const absence = await this.find(organisationId, absenceId);
    assertMayWriteFor(access, [absence.agent.id], WHAT);
    audit(this.em, this.principal, { entityType: 'absence', entityId: absence.id, action: 'delete', organisationId });
    this.em.remove(absence);
    await this.em.flush();
  }
}
