// Calendar arithmetic on integer day numbers (days since 1970-01-01, day 0 is a Thursday).
// Recurrences, holidays and ranges are all computed on these integers: no Date object and no
// date library in the hot path.

export type IsoDate = string; // 'YYYY-MM-DD'
export type WallTime = string; // 'HH:MM'

export const MS_PER_MINUTE = 60_000;
export const MINUTES_PER_DAY = 1_440;
export const MS_PER_DAY = 86_400_000;

/** Day number of a proleptic Gregorian date (H. Hinnant's days_from_civil). */
export function daysFromCivil(year: number, month: number, day: number): number {
  const y = month <= 2 ? year - 1 : year;
  const era = Math.floor(y / 400);
  const yoe = y - era * 400;
  const doy = Math.floor((153 * (month + (month > 2 ? -3 : 9)) + 2) / 5) + day - 1;
  const doe = yoe * 365 + Math.floor(yoe / 4) - Math.floor(yoe / 100) + doy;
  return era * 146_097 + doe - 719_468;
}

/** Inverse of daysFromCivil: [year, month (1–12), day]. */
export function civilFromDays(dayNumber: number): [number, number, number] {
  const z = dayNumber + 719_468;
  const era = Math.floor(z / 146_097);
  const doe = z - era * 146_097;
  const yoe = Math.floor((doe - Math.floor(doe / 1460) + Math.floor(doe / 36_524) - Math.floor(doe / 146_096)) / 365);
  const doy = doe - (365 * yoe + Math.floor(yoe / 4) - Math.floor(yoe / 100));
  const mp = Math.floor((5 * doy + 2) / 153);
  const day = doy - Math.floor((153 * mp + 2) / 5) + 1;
  const month = mp < 10 ? mp + 3 : mp - 9;
  return [yoe + era * 400 + (month <= 2 ? 1 : 0), month, day];
}

/** 0 = Monday … 6 = Sunday (RFC 5545 lists and French weeks both start on Monday). */
export function weekdayOf(dayNumber: number): number {
  return (((dayNumber + 3) % 7) + 7) % 7;
}

export function isLeapYear(year: number): boolean {
  return (year % 4 === 0 && year % 100 !== 0) || year % 400 === 0;
}

export function daysInMonth(year: number, month: number): number {
  if (month === 2) return isLeapYear(year) ? 29 : 28;
  return month === 4 || month === 6 || month === 9 || month === 11 ? 30 : 31;
}

const ISO_DATE = /^(\d{4})-(\d{2})-(\d{2})$/;
const WALL_TIME = /^(\d{2}):(\d{2})(?::00)?$/;

/** Parses 'YYYY-MM-DD' into a day number; throws RangeError on anything else (e.g. 2027-02-30). */
export function parseIsoDate(value: IsoDate): number {
  const m = ISO_DATE.exec(value);
  if (m) {
    const year = +m[1]!;
    const month = +m[2]!;
    const day = +m[3]!;
    if (month >= 1 && month <= 12 && day >= 1 && day <= daysInMonth(year, month)) {
      return daysFromCivil(year, month, day);
    }
  }
  throw new RangeError(`Invalid date ${JSON.stringify(value)}, expected YYYY-MM-DD`);
}

export function formatIsoDate(dayNumber: number): IsoDate {
  const [y, m, d] = civilFromDays(dayNumber);
  return `${String(y).padStart(4, '0')}-${pad2(m)}-${pad2(d)}`;
}

/** Parses 'HH:MM' (a trailing ':00', as PostgreSQL `time` prints it, is tolerated) into minutes of the day. */
export function parseWallTime(value: WallTime): number {
  const m = WALL_TIME.exec(value);
  if (m) {
    const h = +m[1]!;
    const min = +m[2]!;
    if (h <= 23 && min <= 59) return h * 60 + min;
  }
  throw new RangeError(`Invalid time ${JSON.stringify(value)}, expected HH:MM`);
}

export function formatWallTime(minuteOfDay: number): WallTime {
  return `${pad2(Math.floor(minuteOfDay / 60))}:${pad2(minuteOfDay % 60)}`;
}

export function pad2(n: number): string {
  return n < 10 ? `0${n}` : String(n);
}
