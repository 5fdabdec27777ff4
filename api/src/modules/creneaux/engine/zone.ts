// Wall clock ⇄ instant conversion for an IANA zone.
//
// Intl.DateTimeFormat is the only source of offsets, and it is slow (microseconds per call), so
// it is asked at most a couple of times per zone and local day; the answer is cached as a
// DayInfo and every later conversion is integer arithmetic.
//
// Wall times that do not exist or exist twice follow Temporal's 'compatible' disambiguation:
// - in a gap (02:30 on the spring-forward Sunday in Paris) the time is read with the offset in
//   force before the gap, which moves it forward: 02:30 → 03:30+02:00;
// - in an overlap (02:30 on the fall-back Sunday) the earlier instant wins: 02:30+02:00.
// Both rules reduce to one threshold per day (see `switchMinute`).
// Assumption: a zone changes offset at most once within ~54 hours around a local day, true of
// every zone since 1970 except for a handful of historical oddities (e.g. Pacific/Apia 2011).

import {
  civilFromDays, daysFromCivil, formatIsoDate, formatWallTime, pad2, parseIsoDate, parseWallTime,
  MINUTES_PER_DAY, MS_PER_MINUTE, type IsoDate, type WallTime,
} from './days.js';

/** Offsets (minutes east of UTC) around one local day. */
export interface DayInfo {
  /** Offset for wall minutes before `switchMinute`. */
  readonly off0: number;
  /** Offset for wall minutes at or after `switchMinute`. */
  readonly off1: number;
  /** Wall minute of the day from which `off1` applies; Infinity when the day has no transition. */
  readonly switchMinute: number;
  /** Raw probe data, to answer "offset at instant" for instants near this day. */
  readonly before: number;
  readonly after: number;
  /** Epoch minute of the transition, Infinity if none near this day. */
  readonly transition: number;
}

export interface Zone {
  readonly name: string;
  readonly formatter: Intl.DateTimeFormat;
  readonly days: Map<number, DayInfo>;
}

const zones = new Map<string, Zone>();
// Offsets of ±14 h plus margin: probes at these distances from UTC midnight bracket the local day.
const PROBE_BEFORE = 15 * 60;
const PROBE_AFTER = MINUTES_PER_DAY + 15 * 60;
const MAX_CACHED_DAYS = 50_000;

/** The cached zone; throws RangeError for an unknown IANA name. */
export function getZone(timezone: string): Zone {
  let zone = zones.get(timezone);
  if (!zone) {
    const formatter = new Intl.DateTimeFormat('en-US', {
      timeZone: timezone, hourCycle: 'h23',
      year: 'numeric', month: 'numeric', day: 'numeric', hour: 'numeric', minute: 'numeric', second: 'numeric',
    });
    zone = { name: timezone, formatter, days: new Map() };
    zones.set(timezone, zone);
  }
  return zone;
}

/** Offset at an epoch minute, straight from Intl (slow: only used to fill the cache). */
function intlOffset(zone: Zone, epochMinute: number): number {
  const ms = epochMinute * MS_PER_MINUTE;
  let y = 0, mo = 0, d = 0, h = 0, mi = 0, s = 0;
  for (const part of zone.formatter.formatToParts(ms)) {
    switch (part.type) {
      case 'year': y = +part.value; break;
      case 'month': mo = +part.value; break;
      case 'day': d = +part.value; break;
      case 'hour': h = +part.value; break;
      case 'minute': mi = +part.value; break;
      case 'second': s = +part.value; break;
    }
  }
  const localSeconds = ((daysFromCivil(y, mo, d) * 24 + h) * 60 + mi) * 60 + s;
  // Historical LMT offsets have seconds; round to whole minutes.
  return Math.round((localSeconds - epochMinute * 60) / 60);
}

/** Cached offsets for local day `day` (a day number). */
export function dayInfo(zone: Zone, day: number): DayInfo {
  const cached = zone.days.get(day);
  if (cached) return cached;
  const utcMidnight = day * MINUTES_PER_DAY;
  const lo = utcMidnight - PROBE_BEFORE;
  const hi = utcMidnight + PROBE_AFTER;
  const before = intlOffset(zone, lo);
  const after = intlOffset(zone, hi);
  let info: DayInfo;
  if (before === after) {
    info = { off0: before, off1: before, switchMinute: Infinity, before, after, transition: Infinity };
  } else {
    // Binary search of the first minute with the new offset.
    let a = lo, b = hi;
    while (b - a > 1) {
      const mid = Math.floor((a + b) / 2);
      if (intlOffset(zone, mid) === before) a = mid; else b = mid;
    }
    // A wall minute below transition + max(offsets) is read with the old offset: this covers
    // the whole gap (moves forward) and the whole overlap (earlier instant).
    const switchMinute = b + Math.max(before, after) - utcMidnight;
    if (switchMinute <= 0) info = { off0: after, off1: after, switchMinute: Infinity, before, after, transition: b };
    else if (switchMinute >= MINUTES_PER_DAY) info = { off0: before, off1: before, switchMinute: Infinity, before, after, transition: b };
    else info = { off0: before, off1: after, switchMinute, before, after, transition: b };
  }
  if (zone.days.size >= MAX_CACHED_DAYS) zone.days.clear();
  zone.days.set(day, info);
  return info;
}

/** Epoch ms of wall time (`day`, `minuteOfDay`) using an already fetched DayInfo. */
export function wallToMs(info: DayInfo, day: number, minuteOfDay: number): number {
  const offset = minuteOfDay < info.switchMinute ? info.off0 : info.off1;
  return (day * MINUTES_PER_DAY + minuteOfDay - offset) * MS_PER_MINUTE;
}

/** Offset (minutes) in force at an instant. */
export function offsetAtMs(zone: Zone, ms: number): number {
  const epochMinute = Math.floor(ms / MS_PER_MINUTE);
  // The probes of UTC day `utcDay` cover [utcMidnight − 15 h, utcMidnight + 39 h], which contains ms.
  const info = dayInfo(zone, Math.floor(epochMinute / MINUTES_PER_DAY));
  return epochMinute < info.transition ? info.before : info.after;
}

/** Local day number of an instant. */
export function localDayOfMs(zone: Zone, ms: number): number {
  return Math.floor((ms / MS_PER_MINUTE + offsetAtMs(zone, ms)) / MINUTES_PER_DAY);
}

/** Epoch ms of a local date + wall time in `timezone` (gaps move forward, overlaps take the earlier instant). */
export function zonedToInstant(date: IsoDate, time: WallTime, timezone: string): number {
  const zone = getZone(timezone);
  const day = parseIsoDate(date);
  return wallToMs(dayInfo(zone, day), day, parseWallTime(time));
}

export interface LocalTime { date: IsoDate; time: WallTime; offsetMinutes: number }

export function instantToLocal(ms: number, timezone: string): LocalTime {
  const offsetMinutes = offsetAtMs(getZone(timezone), ms);
  const localMinute = Math.floor(ms / MS_PER_MINUTE) + offsetMinutes;
  const day = Math.floor(localMinute / MINUTES_PER_DAY);
  return { date: formatIsoDate(day), time: formatWallTime(localMinute - day * MINUTES_PER_DAY), offsetMinutes };
}

export function localDateOf(ms: number, timezone: string): IsoDate {
  return formatIsoDate(localDayOfMs(getZone(timezone), ms));
}

/** ISO 8601 with the local offset, seconds precision: '2027-03-29T09:00:00+02:00'. */
export function formatInstant(ms: number, timezone: string): string {
  const offset = offsetAtMs(getZone(timezone), ms);
  const localSeconds = Math.floor(ms / 1000) + offset * 60;
  const day = Math.floor(localSeconds / 86_400);
  const secondOfDay = localSeconds - day * 86_400;
  const [y, mo, d] = civilFromDays(day);
  const abs = Math.abs(offset);
  return `${String(y).padStart(4, '0')}-${pad2(mo)}-${pad2(d)}T${pad2(Math.floor(secondOfDay / 3600))}:` +
    `${pad2(Math.floor(secondOfDay / 60) % 60)}:${pad2(secondOfDay % 60)}` +
    `${offset < 0 ? '-' : '+'}${pad2(Math.floor(abs / 60))}:${pad2(abs % 60)}`;
}
