// Expansion of a recurrence into local occurrence days, by arithmetic on day numbers.
// It jumps straight to the first period that can reach the query range (the original iterated
// from first_day, then got a fast-forward that was wrong backwards), so the cost is proportional
// to the range, not to the age of the rule.
// Semantics follow rrule.js / python-dateutil (tested against rrule as an oracle): `firstDay`
// (DTSTART) is only an occurrence if it matches the rule, COUNT counts matching occurrences,
// months without the requested n-th weekday (or day of month) are skipped.

import { civilFromDays, daysFromCivil, daysInMonth, formatIsoDate, parseIsoDate, parseWallTime, weekdayOf, type IsoDate, type WallTime } from './days.js';
import { parseRecurrence, type ParsedRule } from './recurrence.js';
import { dayInfo, getZone, wallToMs } from './zone.js';

/** Occurrences further than this after firstDay are ignored (bounds COUNT scans of odd rules). */
const HORIZON_DAYS = 200 * 366;

/**
 * Appends to `out`, in ascending order, the occurrence days of `rule` within [lo, hi]
 * (day numbers), stopping once `out` holds `max` days. Days before `firstDay` never occur.
 */
export function collectDays(firstDay: number, rule: ParsedRule, lo: number, hi: number, out: number[], max = Infinity): void {
  if (lo < firstDay) lo = firstDay;
  hi = Math.min(hi, firstDay + HORIZON_DAYS);
  if (lo > hi || out.length >= max) return;
  const { interval, byDay } = rule;
  switch (rule.freq) {
    case 'DAILY': {
      let mask = 0x7f;
      if (byDay) { mask = 0; for (const d of byDay) mask |= 1 << d.weekday; }
      // First k ≥ 0 with firstDay + k·interval ≥ lo.
      let day = firstDay + Math.ceil((lo - firstDay) / interval) * interval;
      for (; day <= hi; day += interval) {
        if (mask & (1 << weekdayOf(day))) { out.push(day); if (out.length >= max) return; }
      }
      return;
    }
    case 'WEEKLY': {
      const wkst = rule.wkst;
      // Offsets of the wanted weekdays from the week start, ascending.
      const offsets = (byDay ? byDay.map((d) => d.weekday) : [weekdayOf(firstDay)])
        .map((wd) => (wd - wkst + 7) % 7).sort((a, b) => a - b);
      const week0 = firstDay - ((weekdayOf(firstDay) - wkst + 7) % 7);
      const weekOfLo = lo - ((weekdayOf(lo) - wkst + 7) % 7);
      const period = 7 * interval;
      // Weeks week0 + k·period; the first one whose week contains or follows lo.
      for (let week = week0 + Math.ceil((weekOfLo - week0) / period) * period; week <= hi; week += period) {
        for (const offset of offsets) {
          const day = week + offset;
          if (day < lo) continue;
          if (day > hi) return;
          out.push(day);
          if (out.length >= max) return;
        }
      }
      return;
    }
    case 'MONTHLY': {
      const [fy, fm, fd] = civilFromDays(firstDay);
      const [ly, lm] = civilFromDays(lo);
      const month0 = fy * 12 + fm - 1;
      const monthLo = ly * 12 + lm - 1;
      const candidates: number[] = [];
      for (let month = month0 + Math.max(0, Math.ceil((monthLo - month0) / interval)) * interval; ; month += interval) {
        const year = Math.floor(month / 12);
        const m = month - year * 12 + 1;
        const first = daysFromCivil(year, m, 1);
        if (first > hi) return;
        const length = daysInMonth(year, m);
        candidates.length = 0;
        if (!byDay) {
          if (fd <= length) candidates.push(first + fd - 1); // BYMONTHDAY defaults to firstDay's day
        } else {
          monthDays(first, length, byDay, candidates);
        }
        for (const day of candidates) {
          if (day < lo) continue;
          if (day > hi) return;
          out.push(day);
          if (out.length >= max) return;
        }
      }
    }
  }
}

/** Days of the month starting at day number `first` matching BYDAY entries, ascending, unique. */
function monthDays(first: number, length: number, byDay: ParsedRule['byDay'] & object, out: number[]): void {
  const last = first + length - 1;
  for (const { weekday, nth } of byDay) {
    const firstMatch = first + ((weekday - weekdayOf(first) + 7) % 7);
    if (nth === 0) {
      for (let day = firstMatch; day <= last; day += 7) out.push(day);
    } else if (nth > 0) {
      const day = firstMatch + 7 * (nth - 1);
      if (day <= last) out.push(day);
    } else {
      const day = last - ((weekdayOf(last) - weekday + 7) % 7) + 7 * (nth + 1);
      if (day >= first) out.push(day);
    }
  }
  if (byDay.length > 1) {
    out.sort((a, b) => a - b);
    let w = 0;
    for (let r = 0; r < out.length; r++) if (r === 0 || out[r] !== out[w - 1]) out[w++] = out[r]!;
    out.length = w;
  }
}

/**
 * Last day on which the rule may occur (Infinity if open-ended), folding UNTIL and COUNT into
 * one bound. A UNTIL with a time is compared with the occurrence's start: in `timezone` for a
 * UTC UNTIL when the zone is known, as floating local time otherwise (start 00:00 if unknown).
 */
export function ruleLastDay(firstDay: number, rule: ParsedRule, startMinute = 0, timezone?: string): number {
  const { until, count } = rule;
  if (count !== null) {
    const days: number[] = [];
    collectDays(firstDay, rule, firstDay, Infinity, days, count);
    return days.length > 0 ? days[days.length - 1]! : firstDay - 1;
  }
  if (!until) return Infinity;
  if (until.minute === null) return until.day;
  if (until.utc && timezone !== undefined) {
    const zone = getZone(timezone);
    const untilMs = (until.day * 1440 + until.minute) * 60_000;
    // The local date of a UTC instant is within a day of its UTC date.
    for (let day = until.day + 1; day >= until.day - 1; day--) {
      if (wallToMs(dayInfo(zone, day), day, startMinute) <= untilMs) return day;
    }
    return until.day - 2;
  }
  return startMinute <= until.minute ? until.day : until.day - 1;
}

export interface RecurringRule {
  firstDay: IsoDate;
  recurrence: string | null;
  /** Needed only to apply a UNTIL that has a time of day exactly. */
  startTime?: WallTime;
}

function prepare(rule: RecurringRule, timezone?: string): { first: number; parsed: ParsedRule | null; last: number } {
  const first = parseIsoDate(rule.firstDay);
  if (rule.recurrence === null || rule.recurrence.trim() === '') return { first, parsed: null, last: first };
  const parsed = parseRecurrence(rule.recurrence);
  const startMinute = rule.startTime === undefined ? 0 : parseWallTime(rule.startTime);
  return { first, parsed, last: ruleLastDay(first, parsed, startMinute, timezone) };
}

/** Local dates of the occurrences within [from, to] (inclusive). Throws RecurrenceError on an invalid rule. */
export function expandOccurrences(rule: RecurringRule, from: IsoDate, to: IsoDate, timezone?: string): IsoDate[] {
  const { first, parsed, last } = prepare(rule, timezone);
  const lo = parseIsoDate(from);
  const hi = Math.min(parseIsoDate(to), last);
  if (!parsed) return first >= lo && first <= hi ? [rule.firstDay] : [];
  const days: number[] = [];
  collectDays(first, parsed, lo, hi, days);
  return days.map(formatIsoDate);
}

/** The first `count` occurrences on or after `after` (default: the first day), for previews. */
export function nextOccurrences(rule: RecurringRule, count: number, after?: IsoDate, timezone?: string): IsoDate[] {
  const { first, parsed, last } = prepare(rule, timezone);
  const lo = after === undefined ? first : parseIsoDate(after);
  if (count <= 0) return [];
  if (!parsed) return first >= lo ? [rule.firstDay] : [];
  const days: number[] = [];
  collectDays(first, parsed, lo, last, days, count);
  return days.map(formatIsoDate);
}
