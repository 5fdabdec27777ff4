import type { Messages } from './fr.js';

/**
 * Date formatting with Intl only, always in the organisation's time zone
 * (never the browser's). Days are `YYYY-MM-DD` strings; instants are ISO 8601.
 */
const cache = new Map<string, Intl.DateTimeFormat>();
function dtf(locale: string, timeZone: string, o: Intl.DateTimeFormatOptions) {
  const k = locale + timeZone + JSON.stringify(o);
  let f = cache.get(k);
  if (!f) cache.set(k, (f = new Intl.DateTimeFormat(locale, { timeZone, ...o })));
  return f;
}

const DAY: Intl.DateTimeFormatOptions = { weekday: 'long', day: 'numeric', month: 'long' };

/** Today (or `now`) as YYYY-MM-DD in a time zone. */
export function today(timeZone: string, now = new Date()): string {
  const p = dtf('en-US', timeZone, { year: 'numeric', month: '2-digit', day: '2-digit' }).formatToParts(now);
  const v = (t: string) => p.find((x) => x.type == t)!.value;
  return `${v('year')}-${v('month')}-${v('day')}`;
}

/** Add days to a YYYY-MM-DD date. */
export function addDays(ymd: string, n: number): string {
  const d = new Date(ymd + 'T12:00:00Z');
  d.setUTCDate(d.getUTCDate() + n);
  return d.toISOString().slice(0, 10);
}

export type Format = ReturnType<typeof formatter>;

export function formatter(t: Messages, timeZone: string) {
  const L = t.locale;
  const inTz = (o: Intl.DateTimeFormatOptions) => dtf(L, timeZone, o);
  const time = (iso: string) => {
    const p = inTz({ hour: 'numeric', minute: '2-digit', hourCycle: 'h23' }).formatToParts(new Date(iso));
    const v = (x: string) => p.find((q) => q.type == x)!.value;
    return t.time(String(+v('hour')), v('minute'));
  };
  const day = (iso: string) => inTz(DAY).format(new Date(iso));
  return {
    /** « lundi 29 mars » for a YYYY-MM-DD date */
    date: (ymd: string) => dtf(L, 'UTC', DAY).format(new Date(ymd + 'T12:00:00Z')),
    /** « lundi 29 mars » for an instant */
    day,
    /** « 9 h 00 » */
    time,
    /** « lundi 29 mars à 9 h 00 » */
    at: (iso: string) => t.at(day(iso), time(iso)),
    /** « lundi 29 mars 2027 à 9 h 00 » */
    full: (iso: string) => t.at(inTz({ ...DAY, year: 'numeric' }).format(new Date(iso)), time(iso)),
    /** YYYY-MM-DD of an instant in the time zone */
    ymd: (iso: string) => today(timeZone, new Date(iso)),
    today: () => today(timeZone),
  };
}
