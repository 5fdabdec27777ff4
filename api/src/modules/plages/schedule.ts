import type { EntityManager } from '@mikro-orm/postgresql';
import { exec } from '../../db/sql.js';
import { agentIdOf, isUuid, type OrgAccess } from '../../http/access.js';
import { forbidden, type FieldErrors } from '../../http/problem.js';
import { expandOccurrences, nextOccurrences, parseRecurrence, recurrenceError } from '../creneaux/engine/index.js';

/**
 * Wall-clock rules shared by plages d'ouverture and absences: dates `YYYY-MM-DD`, times `HH:MM`,
 * RRULE without DTSTART (validated by the créneau engine so that what is accepted here is exactly
 * what the engine expands).
 */

const ISO_DATE = /^(\d{4})-(\d{2})-(\d{2})$/;
const TIME = /^([01]\d|2[0-3]):([0-5]\d)$/;

export function isIsoDate(value: string): boolean {
  const m = ISO_DATE.exec(value);
  if (!m) return false;
  const [y, mo, d] = [Number(m[1]), Number(m[2]), Number(m[3])];
  const date = new Date(Date.UTC(y, mo - 1, d));
  return y >= 2000 && y <= 2200 && date.getUTCMonth() === mo - 1 && date.getUTCDate() === d;
}

/** Minutes since midnight of a valid `HH:MM`, else null. */
export function minutesOf(value: string): number | null {
  const m = TIME.exec(value);
  return m ? Number(m[1]) * 60 + Number(m[2]) : null;
}

export function addDays(day: string, n: number): string {
  const [y, m, d] = day.split('-').map(Number) as [number, number, number];
  return new Date(Date.UTC(y, m - 1, d + n)).toISOString().slice(0, 10);
}

/** `HH:MM` for the API; PostgreSQL prints `HH:MM:SS`. */
export const hhmm = (time: string) => time.slice(0, 5);
/** What the `time` column takes. */
export const toDbTime = (time: string) => `${hhmm(time)}:00`;
/** The `date` column may come back as a string or a Date depending on the driver. */
export const isoDay = (value: string | Date) => (typeof value === 'string' ? value.slice(0, 10) : value.toISOString().slice(0, 10));

/** Checks a `HH:MM` field; `step` minutes (5 for plages, as the original's time pickers). */
export function checkTime(errors: FieldErrors, field: string, value: string, step = 1): number | null {
  const minutes = minutesOf(value);
  if (minutes === null) {
    errors.add(field, 'Heure invalide : attendu HH:MM (par exemple 09:30).');
    return null;
  }
  if (minutes % step !== 0) {
    errors.add(field, `L’heure doit tomber sur un multiple de ${step} minutes (par exemple 09:05).`);
    return null;
  }
  return minutes;
}

export function checkDay(errors: FieldErrors, field: string, value: string): boolean {
  const ok = isIsoDate(value);
  errors.check(ok, field, 'Date invalide : attendu AAAA-MM-JJ (par exemple 2027-03-15).');
  return ok;
}

const UNTIL = /(?:^|;)UNTIL=(\d{4})(\d{2})(\d{2})/i;

/**
 * Validates an RRULE against its first day and returns the last day an occurrence may fall on
 * (`recurrenceEndsOn`: the last occurrence for UNTIL or COUNT, null when open-ended), or
 * `undefined` after adding a field error. `recurrence` null means a one-off.
 */
export function checkRecurrence(errors: FieldErrors, field: string, recurrence: string | null, firstDay: string | null,
  startTime: string | null, timezone: string): string | null | undefined {
  if (recurrence === null) return null;
  const reason = recurrenceError(recurrence);
  if (reason) {
    errors.add(field, `Règle de récurrence invalide : ${reason}.`);
    return undefined;
  }
  if (!firstDay) return undefined; // the first day already has its own error
  const rule = parseRecurrence(recurrence);
  const until = UNTIL.exec(recurrence);
  const untilDay = until ? `${until[1]}-${until[2]}-${until[3]}` : null;
  if (untilDay && untilDay <= firstDay) {
    errors.add(field, 'Règle de récurrence invalide : la date de fin (UNTIL) doit être après le premier jour.');
    return undefined;
  }
  const spec = { firstDay, recurrence, ...(startTime ? { startTime } : {}) };
  let last: string | null = null;
  let any: boolean;
  if (rule.count !== null) {
    const days = nextOccurrences(spec, rule.count, undefined, timezone);
    last = days.at(-1) ?? null;
    any = days.length > 0;
  } else if (untilDay) {
    // A UNTIL with a UTC time may fall on the next local day: look one day further.
    last = expandOccurrences(spec, firstDay, addDays(untilDay, 1), timezone).at(-1) ?? null;
    any = last !== null;
  } else {
    any = nextOccurrences(spec, 1, undefined, timezone).length > 0;
  }
  if (!any) {
    errors.add(field, 'Règle de récurrence invalide : elle ne produit aucune occurrence.');
    return undefined;
  }
  return last;
}

/** The territoire's IANA zone of an organisation (plages and absences are expanded in it). */
export async function timezoneOf(em: EntityManager, organisationId: string): Promise<string> {
  const rows = await exec<{ timezone: string }[]>(em,
    'select t.timezone from organisation o join territoire t on t.id = o.territoire_id where o.id = ?', [organisationId]);
  return rows[0]?.timezone ?? 'Europe/Paris';
}

/** Whether `agentId` is an active agent with a role (any level) in the organisation. */
export async function isMember(em: EntityManager, organisationId: string, agentId: string): Promise<boolean> {
  if (!isUuid(agentId)) return false;
  const rows = await exec<{ n: number }[]>(em,
    `select count(*)::int as n from agent_role r join agent a on a.id = r.agent_id and a.deleted_at is null
      where r.organisation_id = ? and r.agent_id = ?`, [organisationId, agentId]);
  return rows[0]!.n > 0;
}

/**
 * Admins (and API clients with config:write) write any agent's plages and absences; basic agents
 * only their own.
 */
export function assertMayWriteFor(access: OrgAccess, agentIds: (string | null | undefined)[], what: string): void {
  if (access.level === 'admin') return;
  const self = agentIdOf(access.principal);
  if (!self || agentIds.some((id) => id !== self)) {
    throw forbidden(`Vous ne pouvez modifier que vos propres ${what}.`);
  }
}
