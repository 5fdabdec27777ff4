import type { AppContext } from '../../context.js';
import { emOf } from '../../context.js';
import { newId } from '../../db/columns.js';
import { exec, uuidArray } from '../../db/sql.js';
import { assertId, isUuid, orgAccess } from '../../http/access.js';
import type { Principal } from '../../http/principal.js';
import { FieldErrors, HttpError, notFound, validationError } from '../../http/problem.js';
import { audit } from '../audit/audit.js';
import { expandOccurrences } from '../creneaux/engine/index.js';
import { MotifSchema } from '../motifs/motif.entity.js';
import { PlageOuvertureSchema, type PlageOuverture } from './plage-ouverture.entity.js';
import { toPlageDto, type PlageDto, type PlageInput, type PlagePatch, type PlageSaved, type PlageWarning } from './plage.dto.js';
import {
  addDays, assertMayWriteFor, checkDay, checkRecurrence, checkTime, hhmm, isMember, timezoneOf, toDbTime,
} from './schedule.js';

const DEFAULT_TITLE = 'Plage d’ouverture';
/** Overlaps are looked for over at most this many days from the first common day. */
const OVERLAP_HORIZON_DAYS = 3 * 366;
const WHAT = 'plages d’ouverture';

/** The schedule fields of a plage, as the API speaks them. */
interface PlageState {
  agentId: string;
  lieuId: string | null;
  motifIds: string[];
  title: string;
  firstDay: string;
  startTime: string;
  endTime: string;
  recurrence: string | null;
}

interface CheckedMotif { id: string; name: string; duration_minutes: number; location_type: string; collectif: boolean; archived: boolean }

/** 409 carrying the warnings, so the admin can show them and resubmit with `acceptWarnings`. */
export class WarningsNotAccepted extends HttpError {
  constructor(readonly warnings: PlageWarning[]) {
    const overlap = warnings.some((w) => w.code === 'chevauchement_plage');
    super(409, overlap ? 'chevauchement_plage' : 'duree_motif_trop_longue', 'Avertissement à confirmer',
      `${warnings.map((w) => w.message).join(' ')} Renvoyez la demande avec « acceptWarnings: true » pour l’enregistrer quand même.`);
  }

  override toProblem() {
    return { ...super.toProblem(), warnings: this.warnings };
  }
}

const frenchDay = (day: string) => `${day.slice(8, 10)}/${day.slice(5, 7)}/${day.slice(0, 4)}`;
const normaliseRule = (rule: string | null | undefined) => (rule?.trim() ? rule.trim().toUpperCase() : null);

function stateOf(p: PlageOuverture): PlageState {
  const dto = toPlageDto(p);
  return {
    agentId: dto.agentId, lieuId: dto.lieuId, motifIds: dto.motifIds, title: dto.title, firstDay: dto.firstDay,
    startTime: dto.startTime, endTime: dto.endTime, recurrence: dto.recurrence,
  };
}

export class PlagesService {
  constructor(private readonly ctx: AppContext, private readonly principal: Principal) {}

  private get em() {
    return emOf(this.ctx);
  }

  async list(organisationId: string, agentId?: string): Promise<PlageDto[]> {
    await orgAccess(this.ctx, this.principal, organisationId);
    if (agentId !== undefined && !isUuid(agentId)) throw validationError([{ field: 'agentId', message: 'Identifiant d’agent invalide.' }]);
    const plages = await this.em.find(PlageOuvertureSchema, { organisation: organisationId, ...(agentId ? { agent: agentId } : {}) }, {
      populate: ['motifs'], orderBy: { firstDay: 'asc', startTime: 'asc', id: 'asc' },
    });
    return plages.map(toPlageDto);
  }

  async get(organisationId: string, plageId: string): Promise<PlageDto> {
    await orgAccess(this.ctx, this.principal, organisationId);
    return toPlageDto(await this.find(organisationId, plageId));
  }

  private async find(organisationId: string, plageId: string): Promise<PlageOuverture> {
    assertId(plageId, 'Plage d’ouverture');
    const plage = await this.em.findOne(PlageOuvertureSchema, { id: plageId, organisation: organisationId }, { populate: ['motifs'] });
    if (!plage) throw notFound('Plage d’ouverture');
    return plage;
  }

  /** Every blocking rule at once (one 422 listing all fields); returns what the warnings need. */
  private async validate(organisationId: string, s: PlageState, timezone: string): Promise<{ motifs: CheckedMotif[]; recurrenceEndsOn: string | null }> {
    const errors = new FieldErrors();
    const dayOk = checkDay(errors, 'firstDay', s.firstDay);
    const start = checkTime(errors, 'startTime', s.startTime, 5);
    const end = checkTime(errors, 'endTime', s.endTime, 5);
    if (start !== null && end !== null && end <= start) {
      errors.add('endTime', 'L’heure de fin doit être après l’heure de début : une plage ne dépasse pas minuit.');
    }
    const recurrenceEndsOn = checkRecurrence(errors, 'recurrence', s.recurrence, dayOk ? s.firstDay : null, start !== null ? s.startTime : null, timezone);
    errors.check(s.title.length <= 255, 'title', 'Titre trop long (255 caractères au plus).');

    const ids = [...new Set(s.motifIds)];
    let motifs: CheckedMotif[] = [];
    if (!ids.length) {
      errors.add('motifIds', 'Choisissez au moins un motif.');
    } else if (!ids.every(isUuid)) {
      errors.add('motifIds', 'Motif inconnu dans cette organisation.');
    } else {
      motifs = await exec<CheckedMotif[]>(this.em,
        `select id, name, duration_minutes, location_type, collectif, deleted_at is not null as archived
           from motif where organisation_id = ? and id = any(?::uuid[]) order by name`, [organisationId, uuidArray(ids)]);
      const names = (list: CheckedMotif[]) => list.map((m) => `« ${m.name} »`).join(', ');
      if (motifs.length < ids.length) errors.add('motifIds', 'Motif inconnu dans cette organisation.');
      else if (motifs.some((m) => m.archived)) errors.add('motifIds', `Motif archivé : ${names(motifs.filter((m) => m.archived))}.`);
      else if (motifs.some((m) => m.collectif)) {
        errors.add('motifIds', `Un motif collectif se réserve par séance, pas sur une plage d’ouverture : ${names(motifs.filter((m) => m.collectif))}.`);
      }
    }

    if (s.lieuId) {
      const ok = isUuid(s.lieuId) && (await exec<{ n: number }[]>(this.em,
        "select count(*)::int as n from lieu where id = ? and organisation_id = ? and availability = 'enabled'", [s.lieuId, organisationId]))[0]!.n > 0;
      errors.check(ok, 'lieuId', 'Lieu inconnu ou désactivé.');
    } else if (motifs.some((m) => m.location_type === 'public_office')) {
      errors.add('lieuId', 'Un lieu est nécessaire : au moins un motif a lieu sur place.');
    }
    errors.check(await isMember(this.em, organisationId, s.agentId), 'agentId', 'Cet agent ne fait pas partie de l’organisation.');
    errors.throwIfAny();
    return { motifs, recurrenceEndsOn: recurrenceEndsOn ?? null };
  }

  /**
   * Other plages of the same agent (in any organisation: the agent cannot be in two places) whose
   * hours overlap and that share at least one occurrence day with this one.
   */
  private async overlaps(organisationId: string, plageId: string | null, s: PlageState, endsOn: string | null, timezone: string): Promise<PlageWarning[]> {
    const last = s.recurrence ? endsOn : s.firstDay; // null = open-ended
    const rows = await exec<{ id: string; organisation_id: string; title: string; first_day: string; start_time: string; end_time: string; recurrence: string | null; recurrence_ends_on: string | null }[]>(this.em,
      `select id, organisation_id, title, first_day::text as first_day, start_time::text as start_time, end_time::text as end_time,
              recurrence, recurrence_ends_on::text as recurrence_ends_on
         from plage_ouverture
        where agent_id = ? and (?::uuid is null or id <> ?::uuid)
          and start_time < ?::time and end_time > ?::time
          and (?::date is null or first_day <= ?::date)
          and (recurrence is null and first_day >= ?::date
               or recurrence is not null and (recurrence_ends_on is null or recurrence_ends_on >= ?::date))
        order by first_day, start_time, id`,
      [s.agentId, plageId, plageId, toDbTime(s.endTime), toDbTime(s.startTime), last, last, s.firstDay, s.firstDay]);
    const warnings: PlageWarning[] = [];
    for (const other of rows) {
      const otherLast = other.recurrence ? other.recurrence_ends_on : other.first_day;
      const lo = other.first_day > s.firstDay ? other.first_day : s.firstDay;
      let hi = addDays(lo, OVERLAP_HORIZON_DAYS);
      if (last && last < hi) hi = last;
      if (otherLast && otherLast < hi) hi = otherLast;
      if (hi < lo) continue;
      let common: string | undefined;
      try {
        const mine = new Set(expandOccurrences({ firstDay: s.firstDay, recurrence: s.recurrence, startTime: s.startTime }, lo, hi, timezone));
        common = expandOccurrences({ firstDay: other.first_day, recurrence: other.recurrence, startTime: hhmm(other.start_time) }, lo, hi, timezone)
          .find((day) => mine.has(day));
      } catch {
        continue; // a stored rule the engine no longer accepts cannot overlap anything it would expand
      }
      if (!common) continue;
      const where = other.organisation_id === organisationId ? `la plage « ${other.title} »` : 'une plage de l’agent dans une autre organisation';
      warnings.push({
        code: 'chevauchement_plage', plageId: other.id,
        message: `Cette plage chevauche ${where} (le ${frenchDay(common)} de ${hhmm(other.start_time)} à ${hhmm(other.end_time)}).`,
      });
    }
    return warnings;
  }

  private durationWarnings(s: PlageState, motifs: CheckedMotif[]): PlageWarning[] {
    const [sh, sm] = s.startTime.split(':').map(Number) as [number, number];
    const [eh, em] = s.endTime.split(':').map(Number) as [number, number];
    const span = eh * 60 + em - (sh * 60 + sm);
    return motifs.filter((m) => m.duration_minutes > span).map((m) => ({
      code: 'duree_motif_trop_longue' as const, motifId: m.id,
      message: `Le motif « ${m.name} » dure ${m.duration_minutes} min, plus que la plage (${span} min) : aucun créneau ne pourra y être proposé.`,
    }));
  }

  async create(organisationId: string, input: PlageInput): Promise<PlageSaved> {
    const access = await orgAccess(this.ctx, this.principal, organisationId);
    assertMayWriteFor(access, [input.agentId], WHAT);
    const timezone = await timezoneOf(this.em, organisationId);
    const s: PlageState = {
      agentId: input.agentId, lieuId: input.lieuId ?? null, motifIds: input.motifIds, title: input.title?.trim() || DEFAULT_TITLE,
      firstDay: input.firstDay, startTime: input.startTime, endTime: input.endTime, recurrence: normaliseRule(input.recurrence),
    };
    const { motifs, recurrenceEndsOn } = await this.validate(organisationId, s, timezone);
    const warnings = [...await this.overlaps(organisationId, null, s, recurrenceEndsOn, timezone), ...this.durationWarnings(s, motifs)];
    if (warnings.length && !input.acceptWarnings) throw new WarningsNotAccepted(warnings);

    const plage = this.em.create(PlageOuvertureSchema, {
      id: newId(), organisation: organisationId, agent: s.agentId, lieu: s.lieuId, title: s.title, firstDay: s.firstDay,
      startTime: toDbTime(s.startTime), endTime: toDbTime(s.endTime), recurrence: s.recurrence, recurrenceEndsOn,
      motifs: [...new Set(s.motifIds)].map((id) => this.em.getReference(MotifSchema, id)),
    });
    audit(this.em, this.principal, {
      entityType: 'plage_ouverture', entityId: plage.id, action: 'create', organisationId,
      changes: { ...s, acceptedWarnings: warnings.map((w) => w.code) },
    });
    await this.em.flush();
    return { ...toPlageDto(plage), warnings };
  }

  async update(organisationId: string, plageId: string, patch: PlagePatch): Promise<PlageSaved> {
    const access = await orgAccess(this.ctx, this.principal, organisationId);
    const plage = await this.find(organisationId, plageId);
    assertMayWriteFor(access, [plage.agent.id, patch.agentId ?? plage.agent.id], WHAT);
    const timezone = await timezoneOf(this.em, organisationId);
    const before = stateOf(plage);
    const s: PlageState = {
      agentId: patch.agentId ?? before.agentId,
      lieuId: patch.lieuId !== undefined ? patch.lieuId : before.lieuId,
      motifIds: patch.motifIds ? [...new Set(patch.motifIds)].sort() : before.motifIds,
      title: patch.title !== undefined ? patch.title?.trim() || DEFAULT_TITLE : before.title,
      firstDay: patch.firstDay ?? before.firstDay,
      startTime: patch.startTime ?? before.startTime,
      endTime: patch.endTime ?? before.endTime,
      recurrence: patch.recurrence !== undefined ? normaliseRule(patch.recurrence) : before.recurrence,
    };
    const { motifs, recurrenceEndsOn } = await this.validate(organisationId, s, timezone);
    // Only what the patch changes is re-warned: renaming a plage never asks to accept an old overlap.
    const changed = (k: keyof PlageState) => JSON.stringify(s[k]) !== JSON.stringify(before[k]);
    const timesChanged = changed('startTime') || changed('endTime');
    const warnings = [
      ...(timesChanged || changed('agentId') || changed('firstDay') || changed('recurrence')
        ? await this.overlaps(organisationId, plage.id, s, recurrenceEndsOn, timezone) : []),
      ...(timesChanged || changed('motifIds') ? this.durationWarnings(s, motifs) : []),
    ];
    if (warnings.length && !patch.acceptWarnings) throw new WarningsNotAccepted(warnings);

    this.em.assign(plage, {
      agent: s.agentId, lieu: s.lieuId, title: s.title, firstDay: s.firstDay, startTime: toDbTime(s.startTime),
      endTime: toDbTime(s.endTime), recurrence: s.recurrence, recurrenceEndsOn,
    });
    if (changed('motifIds')) plage.motifs.set([...new Set(s.motifIds)].map((id) => this.em.getReference(MotifSchema, id)));
    const { acceptWarnings: _accepted, ...changes } = patch;
    audit(this.em, this.principal, {
      entityType: 'plage_ouverture', entityId: plage.id, action: 'update', organisationId,
      changes: { ...changes, acceptedWarnings: warnings.map((w) => w.code) },
    });
    await this.em.flush();
    return { ...toPlageDto(plage), warnings };
  }

  async remove(organisationId: string, plageId: string): Promise<void> {
    const access = await orgAccess(this.ctx, this.principal, organisationId);
    const plage = await this.find(organisationId, plageId);
    assertMayWriteFor(access, [plage.agent.id], WHAT);
    audit(this.em, this.principal, { entityType: 'plage_ouverture', entityId: plage.id, action: 'delete', organisationId });
    this.em.remove(plage);
    await this.em.flush();
  }
}
