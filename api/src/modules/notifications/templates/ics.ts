import ical, {
  ICalCalendarMethod,
  ICalEventStatus,
  type ICalLuxonDateTimeStub,
} from 'ical-generator';
import { DAY, MINUTE, offsetMinutesAt, zonedParts } from '../rules/zoned-time.js';
import type { Attachment, RdvView } from './types.js';

/**
 * iCalendar attachments (reference §4.5): METHOD PUBLISH for usagers, REQUEST / CANCEL for agents,
 * a UID stable for the RDV's life (so updates replace the event), DTSTART/DTEND in the
 * territoire's zone with a matching VTIMEZONE.
 */

export type IcsMethod = 'PUBLISH' | 'REQUEST' | 'CANCEL';

export interface RdvIcsOptions {
  method: IcsMethod;
  summary: string;
  description: string;
  location?: string | null;
  url?: string | null;
  /** STATUS:CANCELLED (always set with METHOD:CANCEL). */
  cancelled?: boolean;
  /** DTSTAMP (generation time). */
  stamp: number;
  organizer?: { name: string; email: string } | null;
  attendees?: { name: string; email: string }[];
}

export const rdvUid = (rdvId: string): string => `rdv-${rdvId}@creneau`;

/**
 * ical-generator formats a native Date with the *process* zone when an event has a TZID; a Luxon-
 * like object is asked to convert itself instead. This minimal stub does that with Intl, so
 * DTSTART;TZID=Europe/Paris:… is right whatever TZ the server runs in.
 */
class ZonedInstant implements ICalLuxonDateTimeStub {
  readonly zone = { type: 'iana' };
  constructor(
    private readonly epochMs: number,
    private readonly timeZone: string,
  ) {}
  get isValid(): boolean {
    return Number.isFinite(this.epochMs);
  }
  setZone(zone?: string): ZonedInstant {
    return new ZonedInstant(this.epochMs, zone ?? this.timeZone);
  }
  toFormat(fmt: string): string {
    const p = zonedParts(this.epochMs, this.timeZone);
    const pad = (n: number, w = 2) => String(n).padStart(w, '0');
    const tokens: Record<string, string> = {
      yyyy: pad(p.year, 4), LL: pad(p.month), dd: pad(p.day), HH: pad(p.hour), mm: pad(p.minute), ss: pad(p.second),
    };
    return fmt.replace(/yyyy|LL|dd|HH|mm|ss/g, (t) => tokens[t]!);
  }
  toJSDate(): Date {
    return new Date(this.epochMs);
  }
  toJSON(): string {
    return new Date(this.epochMs).toISOString();
  }
}

interface Transition {
  /** First instant with the new offset. */
  at: number;
  from: number;
  to: number;
}

function transitionsBetween(timeZone: string, start: number, end: number): Transition[] {
  const found: Transition[] = [];
  const step = 7 * DAY; // zones never change offset twice within a week
  let prevT = start;
  let prev = offsetMinutesAt(start, timeZone);
  for (let t = start + step; t <= end + step; t += step) {
    const cur = offsetMinutesAt(t, timeZone);
    if (cur !== prev) {
      let lo = prevT;
      let hi = t;
      while (hi - lo > MINUTE) {
        const mid = lo + Math.floor((hi - lo) / 2 / MINUTE) * MINUTE;
        if (offsetMinutesAt(mid, timeZone) === prev) lo = mid;
        else hi = mid;
      }
      if (hi < end) found.push({ at: hi, from: prev, to: cur });
    }
    prevT = t;
    prev = cur;
  }
  return found;
}

const pad2 = (n: number) => String(n).padStart(2, '0');

/** RFC 5545 UTC offset: +0100, -0300, +0530. */
function icsOffset(minutes: number): string {
  const sign = minutes < 0 ? '-' : '+';
  const a = Math.abs(minutes);
  return `${sign}${pad2(Math.floor(a / 60))}${pad2(a % 60)}`;
}

/** CET/CEST when the zone has a well-known abbreviation, else the tzdata style (+04, -03). */
const nameFormatters = new Map<string, Intl.DateTimeFormat>();

function tzName(timeZone: string, at: number, offset: number): string {
  let f = nameFormatters.get(timeZone);
  if (!f) nameFormatters.set(timeZone, (f = new Intl.DateTimeFormat('en-GB', { timeZone, timeZoneName: 'short' })));
  const name = f
    .formatToParts(at)
    .find((p) => p.type === 'timeZoneName')?.value;
  if (name && /^[A-Z]{3,5}$/.test(name) && name !== 'UTC') return name;
  const o = icsOffset(offset);
  return o.endsWith('00') ? o.slice(0, 3) : o;
}

const WEEKDAYS = ['SU', 'MO', 'TU', 'WE', 'TH', 'FR', 'SA'];

/** Local wall time (in the old offset) and the yearly rule a transition follows. */
function describe(tr: Transition) {
  const wall = new Date(tr.at + tr.from * MINUTE);
  const year = wall.getUTCFullYear();
  const month = wall.getUTCMonth() + 1;
  const day = wall.getUTCDate();
  const daysInMonth = new Date(Date.UTC(year, month, 0)).getUTCDate();
  const nth = day + 7 > daysInMonth ? -1 : Math.ceil(day / 7);
  const time = `${pad2(wall.getUTCHours())}${pad2(wall.getUTCMinutes())}${pad2(wall.getUTCSeconds())}`;
  return {
    dtstart: `${year}${pad2(month)}${pad2(day)}T${time}`,
    rule: `FREQ=YEARLY;BYMONTH=${month};BYDAY=${nth}${WEEKDAYS[wall.getUTCDay()]}`,
    key: `${month}/${nth}/${wall.getUTCDay()}/${time}/${tr.from}/${tr.to}`,
  };
}

function component(timeZone: string, tr: Transition, standard: number, rrule: string | null): string[] {
  const kind = tr.to > standard ? 'DAYLIGHT' : 'STANDARD';
  const d = describe(tr);
  return [
    `BEGIN:${kind}`,
    `DTSTART:${d.dtstart}`,
    ...(rrule ? [`RRULE:${rrule}`] : []),
    `TZOFFSETFROM:${icsOffset(tr.from)}`,
    `TZOFFSETTO:${icsOffset(tr.to)}`,
    `TZNAME:${tzName(timeZone, tr.at, tr.to)}`,
    `END:${kind}`,
  ];
}

/**
 * VTIMEZONE for `timeZone`, valid for events in `year`, computed from Intl (no tz database copy).
 * - No offset change around that year (Indian/Reunion, America/Cayenne…): one STANDARD block.
 * - Regular yearly changes (Europe/Paris, America/Miquelon…): DAYLIGHT/STANDARD with RRULEs
 *   starting the year before, checked against the next two years.
 * - Irregular changes: the actual transitions of year−1…year+1, without RRULE.
 */
export function vtimezone(timeZone: string, year: number): string {
  const key = `${timeZone}/${year}`;
  let cached = vtimezoneCache.get(key);
  if (cached === undefined) vtimezoneCache.set(key, (cached = computeVtimezone(timeZone, year)));
  return cached;
}

/** Zone rules do not change while the process runs: compute each (zone, year) once. */
const vtimezoneCache = new Map<string, string>();

function computeVtimezone(timeZone: string, year: number): string {
  const lines = ['BEGIN:VTIMEZONE', `TZID:${timeZone}`];
  const yearStart = (y: number) => Date.UTC(y, 0, 1);
  const all = transitionsBetween(timeZone, yearStart(year - 1), yearStart(year + 2));
  if (all.length === 0) {
    const o = offsetMinutesAt(yearStart(year), timeZone);
    lines.push(
      'BEGIN:STANDARD',
      'DTSTART:19700101T000000',
      `TZOFFSETFROM:${icsOffset(o)}`,
      `TZOFFSETTO:${icsOffset(o)}`,
      `TZNAME:${tzName(timeZone, yearStart(year), o)}`,
      'END:STANDARD',
    );
  } else {
    const standard = Math.min(...all.flatMap((t) => [t.from, t.to]));
    const inYear = (y: number) => all.filter((t) => new Date(t.at).getUTCFullYear() === y);
    const keys = (y: number) => inYear(y).map((t) => describe(t).key).sort().join('|');
    const regular = keys(year - 1) !== '' && keys(year - 1) === keys(year) && keys(year) === keys(year + 1);
    for (const tr of regular ? inYear(year - 1) : all) {
      lines.push(...component(timeZone, tr, standard, regular ? describe(tr).rule : null));
    }
  }
  lines.push('END:VTIMEZONE');
  return lines.join('\r\n');
}

/** The iCalendar text of one RDV. */
export function buildRdvIcs(rdv: RdvView, o: RdvIcsOptions): string {
  const tz = rdv.timezone;
  const year = zonedParts(rdv.startsAt, tz).year;
  const cal = ical({
    prodId: { company: 'Creneau', product: 'creneau', language: 'FR' },
    method: ICalCalendarMethod[o.method],
    // No calendar-level name: DTSTAMP stays in UTC; events carry their own TZID.
    timezone: { name: null, generator: (zone) => vtimezone(zone, year) },
  });
  const cancelled = o.cancelled || o.method === 'CANCEL';
  cal.createEvent({
    id: rdvUid(rdv.id),
    sequence: rdv.sequence ?? 0,
    stamp: new Date(o.stamp),
    start: new ZonedInstant(rdv.startsAt, tz),
    end: new ZonedInstant(rdv.endsAt, tz),
    timezone: tz,
    summary: o.summary,
    description: o.description,
    location: o.location ?? null,
    url: o.url ?? null,
    status: cancelled ? ICalEventStatus.CANCELLED : ICalEventStatus.CONFIRMED,
    organizer: o.organizer ?? null,
    attendees: (o.attendees ?? []).map((a) => ({ name: a.name, email: a.email })),
  });
  // RFC 5545 ends every line, the last one included, with CRLF.
  return cal.toString() + '\r\n';
}

export function icsAttachment(method: IcsMethod, content: string): Attachment {
  return { name: 'rdv.ics', contentType: `text/calendar; charset=utf-8; method=${method}`, content };
}
