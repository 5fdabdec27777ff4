import { FieldErrors } from '../../http/problem.js';

const ISO_DATE = /^\d{4}-\d{2}-\d{2}$/;
export const MAX_RANGE_DAYS = 31;

/** Calendar-day arithmetic on 'YYYY-MM-DD' strings (UTC, no zone involved). */
export function addDays(day: string, n: number): string {
  const d = new Date(`${day}T00:00:00Z`);
  d.setUTCDate(d.getUTCDate() + n);
  return d.toISOString().slice(0, 10);
}

export function daysBetween(from: string, to: string): number {
  return Math.round((Date.parse(`${to}T00:00:00Z`) - Date.parse(`${from}T00:00:00Z`)) / 86_400_000);
}

export function isIsoDate(value: string): boolean {
  return ISO_DATE.test(value) && !Number.isNaN(Date.parse(`${value}T00:00:00Z`)) && new Date(`${value}T00:00:00Z`).toISOString().startsWith(value);
}

/** from/to: valid dates, to ≥ from, at most 31 days. 422 listing the fields otherwise. */
export function validateRange(from: string, to: string): void {
  const errors = new FieldErrors();
  errors.check(isIsoDate(from), 'from', 'Date attendue au format AAAA-MM-JJ.');
  errors.check(isIsoDate(to), 'to', 'Date attendue au format AAAA-MM-JJ.');
  errors.throwIfAny();
  const span = daysBetween(from, to);
  errors.check(span >= 0, 'to', 'La date de fin doit suivre la date de début.');
  errors.check(span < MAX_RANGE_DAYS, 'to', `La période demandée ne peut pas dépasser ${MAX_RANGE_DAYS} jours.`);
  errors.throwIfAny();
}
