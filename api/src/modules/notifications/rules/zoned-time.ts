/**
 * Wall-clock ↔ instant conversions in an IANA zone, with `Intl` only (no date library).
 * Shared by the reminder rule (18:00 "local" the evening before), the templates (dates in the
 * territoire's zone) and the ICS VTIMEZONE generator (offsets and transitions).
 */

export const MINUTE = 60_000;
export const HOUR = 60 * MINUTE;
export const DAY = 24 * HOUR;

export interface WallClock {
  year: number;
  /** 1–12 */
  month: number;
  day: number;
  hour: number;
  minute: number;
  second?: number;
}

export interface ZonedParts extends Required<WallClock> {
  /** 0 = Sunday … 6 = Saturday (like Date#getUTCDay). */
  weekday: number;
}

const formatters = new Map<string, Intl.DateTimeFormat>();

function formatterFor(timeZone: string): Intl.DateTimeFormat {
  let f = formatters.get(timeZone);
  if (!f) {
    // en-US + h23: stable numeric parts, and never "24" at midnight.
    f = new Intl.DateTimeFormat('en-US', {
      timeZone,
      hourCycle: 'h23',
      year: 'numeric',
      month: 'numeric',
      day: 'numeric',
      hour: 'numeric',
      minute: 'numeric',
      second: 'numeric',
    });
    formatters.set(timeZone, f);
  }
  return f;
}

/** Wall-clock fields of an instant in `timeZone`. Throws a RangeError on an unknown zone. */
export function zonedParts(epochMs: number, timeZone: string): ZonedParts {
  const out: Record<string, number> = {};
  for (const p of formatterFor(timeZone).formatToParts(epochMs)) {
    if (p.type !== 'literal') out[p.type] = Number(p.value);
  }
  const { year, month, day, hour, minute, second } = out as Record<string, number>;
  return {
    year: year!,
    month: month!,
    day: day!,
    hour: hour!,
    minute: minute!,
    second: second!,
    weekday: new Date(Date.UTC(year!, month! - 1, day!)).getUTCDay(),
  };
}

/** UTC offset (local − UTC) in minutes at that instant, e.g. 60 for Paris in winter. */
export function offsetMinutesAt(epochMs: number, timeZone: string): number {
  const p = zonedParts(epochMs, timeZone);
  const asUtc = Date.UTC(p.year, p.month - 1, p.day, p.hour, p.minute, p.second);
  // Intl has second precision: drop the instant's milliseconds before comparing.
  return Math.round((asUtc - (epochMs - (((epochMs % 1000) + 1000) % 1000))) / MINUTE);
}

/**
 * Instant of a wall-clock time in `timeZone`.
 * - Ambiguous time (autumn overlap): the earlier instant, i.e. the first occurrence.
 * - Non-existent time (spring gap): shifted forward by the gap (02:30 → 03:30 in Paris),
 *   which is what people mean ("the slot just after the change").
 */
export function epochFromWallClock(w: WallClock, timeZone: string): number {
  const naive = Date.UTC(w.year, w.month - 1, w.day, w.hour, w.minute, w.second ?? 0);
  // Offsets on both sides of any transition near that time (real zones never change twice in 28 h).
  const before = offsetMinutesAt(naive - 14 * HOUR, timeZone);
  const after = offsetMinutesAt(naive + 14 * HOUR, timeZone);
  const candidates = [...new Set([before, after])]
    .map((o) => naive - o * MINUTE)
    .filter((t) => {
      const p = zonedParts(t, timeZone);
      return p.hour === w.hour && p.minute === w.minute && p.day === w.day;
    });
  if (candidates.length > 0) return Math.min(...candidates);
  return naive - before * MINUTE;
}

/** The calendar date `days` after (or before) a given one; plain date arithmetic. */
export function addDays(
  date: { year: number; month: number; day: number },
  days: number,
): { year: number; month: number; day: number } {
  const d = new Date(Date.UTC(date.year, date.month - 1, date.day + days));
  return { year: d.getUTCFullYear(), month: d.getUTCMonth() + 1, day: d.getUTCDate() };
}

/** Whole calendar days from the local date of `fromMs` to the local date of `toMs`. */
export function localDayDifference(fromMs: number, toMs: number, timeZone: string): number {
  const a = zonedParts(fromMs, timeZone);
  const b = zonedParts(toMs, timeZone);
  return Math.round((Date.UTC(b.year, b.month - 1, b.day) - Date.UTC(a.year, a.month - 1, a.day)) / DAY);
}
