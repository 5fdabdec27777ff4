// Parsing and validation of the supported RFC 5545 RRULE subset (without DTSTART: the rule's
// first day is the plage's or absence's `firstDay`):
//   FREQ=DAILY | WEEKLY | MONTHLY, INTERVAL, BYDAY (ordinals 1..5 / -1..-5 only with MONTHLY),
//   UNTIL (YYYYMMDD, YYYYMMDDTHHMMSSZ, or floating YYYYMMDDTHHMMSS), COUNT, WKST.
// Anything else is rejected with a French reason, shown as-is by the API in a 422.

import { daysFromCivil, daysInMonth } from './days.js';

export type Frequency = 'DAILY' | 'WEEKLY' | 'MONTHLY';

export interface ByDay {
  /** 0 = Monday … 6 = Sunday. */
  readonly weekday: number;
  /** 0 = every such weekday; n > 0 the n-th of the month, n < 0 counted from the end. */
  readonly nth: number;
}

export interface Until {
  /** Day number of the UNTIL date as written (UTC date when `utc`). */
  readonly day: number;
  /** Minute of that day, null for a date-only UNTIL. */
  readonly minute: number | null;
  readonly utc: boolean;
}

export interface ParsedRule {
  readonly freq: Frequency;
  readonly interval: number;
  readonly byDay: readonly ByDay[] | null;
  readonly until: Until | null;
  readonly count: number | null;
  /** Week start, 0 = Monday (the RFC default). */
  readonly wkst: number;
}

export const WEEKDAY_CODES = ['MO', 'TU', 'WE', 'TH', 'FR', 'SA', 'SU'] as const;
export const MAX_INTERVAL = 99;
export const MAX_COUNT = 1_000;

export class RecurrenceError extends Error {
  override name = 'RecurrenceError';
}

const UNTIL_FORMAT = /^(\d{4})(\d{2})(\d{2})(?:T(\d{2})(\d{2})(\d{2})(Z?))?$/;
const BYDAY_FORMAT = /^([+-]?\d{1,2})?(MO|TU|WE|TH|FR|SA|SU)$/;
const POSITIVE_INT = /^\d{1,6}$/;

const cache = new Map<string, ParsedRule | string>();
const MAX_CACHED = 4_096;

/** Parses a rule or throws RecurrenceError (message in French). Results are memoised. */
export function parseRecurrence(rrule: string): ParsedRule {
  let result = cache.get(rrule);
  if (result === undefined) {
    try {
      result = parseUncached(rrule);
    } catch (error) {
      if (!(error instanceof RecurrenceError)) throw error;
      result = error.message;
    }
    if (cache.size >= MAX_CACHED) cache.clear();
    cache.set(rrule, result);
  }
  if (typeof result === 'string') throw new RecurrenceError(result);
  return result;
}

/** French reason why the rule is not accepted, or null when it is valid. */
export function recurrenceError(rrule: string): string | null {
  try {
    parseRecurrence(rrule);
    return null;
  } catch (error) {
    if (error instanceof RecurrenceError) return error.message;
    throw error;
  }
}

export function isValidRecurrence(rrule: string): boolean {
  return recurrenceError(rrule) === null;
}

function fail(reason: string): never {
  throw new RecurrenceError(reason);
}

function parseUncached(rrule: string): ParsedRule {
  const text = rrule.trim().replace(/^RRULE:/i, '');
  if (text === '') fail('la règle de récurrence est vide');
  const parts = new Map<string, string>();
  for (const part of text.split(';')) {
    const eq = part.indexOf('=');
    if (eq <= 0 || eq === part.length - 1) fail(`partie « ${part} » mal formée (attendu NOM=VALEUR)`);
    const name = part.slice(0, eq).toUpperCase();
    if (parts.has(name)) fail(`la partie ${name} est répétée`);
    parts.set(name, part.slice(eq + 1).toUpperCase());
  }
  for (const name of parts.keys()) {
    if (name === 'DTSTART') fail('DTSTART ne doit pas figurer dans la règle : le premier jour en tient lieu');
    if (!['FREQ', 'INTERVAL', 'BYDAY', 'UNTIL', 'COUNT', 'WKST'].includes(name)) {
      fail(`la partie ${name} n'est pas prise en charge (seules FREQ, INTERVAL, BYDAY, UNTIL, COUNT et WKST le sont)`);
    }
  }

  const freqText = parts.get('FREQ');
  if (freqText === undefined) fail('la fréquence (FREQ) est obligatoire');
  if (freqText !== 'DAILY' && freqText !== 'WEEKLY' && freqText !== 'MONTHLY') {
    fail(`la fréquence ${freqText} n'est pas prise en charge (DAILY, WEEKLY ou MONTHLY)`);
  }
  const freq: Frequency = freqText;

  let interval = 1;
  const intervalText = parts.get('INTERVAL');
  if (intervalText !== undefined) {
    interval = POSITIVE_INT.test(intervalText) ? Number(intervalText) : 0;
    if (interval < 1 || interval > MAX_INTERVAL) fail(`l'intervalle (INTERVAL) doit être un entier entre 1 et ${MAX_INTERVAL}`);
  }

  let byDay: ByDay[] | null = null;
  const byDayText = parts.get('BYDAY');
  if (byDayText !== undefined) {
    byDay = [];
    for (const item of byDayText.split(',')) {
      const m = BYDAY_FORMAT.exec(item);
      if (!m) fail(`le jour « ${item} » de BYDAY est invalide (attendu MO, TU, WE, TH, FR, SA, SU, éventuellement précédé d'un rang comme 2TU ou -1FR)`);
      const nth = m[1] === undefined ? 0 : Number(m[1]);
      if (nth !== 0 && freq !== 'MONTHLY') fail(`un rang dans BYDAY (${item}) n'est permis qu'avec FREQ=MONTHLY`);
      if (m[1] !== undefined && (nth === 0 || nth > 5 || nth < -5)) fail(`le rang de « ${item} » doit être entre 1 et 5 ou entre -1 et -5`);
      const weekday = WEEKDAY_CODES.indexOf(m[2] as (typeof WEEKDAY_CODES)[number]);
      if (!byDay.some((d) => d.weekday === weekday && d.nth === nth)) byDay.push({ weekday, nth });
    }
    // RFC 5545 would take the union, rrule.js keeps only the ranked days: refuse the ambiguity.
    if (byDay.some((d) => d.nth === 0) && byDay.some((d) => d.nth !== 0)) {
      fail('BYDAY ne peut pas mélanger des jours avec rang (2TU) et sans rang (TU)');
    }
  }

  let until: Until | null = null;
  const untilText = parts.get('UNTIL');
  if (untilText !== undefined) {
    const m = UNTIL_FORMAT.exec(untilText);
    const badUntil = 'la date de fin (UNTIL) doit être au format AAAAMMJJ ou AAAAMMJJTHHMMSSZ';
    if (!m) fail(badUntil);
    const [year, month, day] = [Number(m[1]), Number(m[2]), Number(m[3])];
    if (month < 1 || month > 12 || day < 1 || day > daysInMonth(year, month)) fail(badUntil);
    let minute: number | null = null;
    if (m[4] !== undefined) {
      const [h, mi, s] = [Number(m[4]), Number(m[5]), Number(m[6])];
      if (h > 23 || mi > 59 || s > 59) fail(badUntil);
      minute = h * 60 + mi; // seconds are irrelevant: occurrences start on whole minutes
    }
    until = { day: daysFromCivil(year, month, day), minute, utc: m[7] === 'Z' };
  }

  let count: number | null = null;
  const countText = parts.get('COUNT');
  if (countText !== undefined) {
    count = POSITIVE_INT.test(countText) ? Number(countText) : 0;
    if (count < 1 || count > MAX_COUNT) fail(`le nombre d'occurrences (COUNT) doit être un entier entre 1 et ${MAX_COUNT}`);
  }
  if (until && count !== null) fail('UNTIL et COUNT ne peuvent pas être utilisés ensemble');

  let wkst = 0;
  const wkstText = parts.get('WKST');
  if (wkstText !== undefined) {
    wkst = WEEKDAY_CODES.indexOf(wkstText as (typeof WEEKDAY_CODES)[number]);
    if (wkst < 0) fail(`le premier jour de la semaine (WKST) « ${wkstText} » est invalide`);
  }

  return { freq, interval, byDay, until, count, wkst };
}
