/**
 * Recurrence of plages d'ouverture and absences: the RRULE subset the API stores
 * (RFC 5545 without DTSTART, the start being `firstDay`), a plain-French summary and
 * the next occurrences. Pure functions on wall-clock dates `YYYY-MM-DD`; no date
 * library, Intl only for month names. Dates are computed on UTC day numbers, so the
 * browser's time zone never matters.
 */

export type Weekday = 'MO' | 'TU' | 'WE' | 'TH' | 'FR' | 'SA' | 'SU';
export const WEEKDAYS: Weekday[] = ['MO', 'TU', 'WE', 'TH', 'FR', 'SA', 'SU'];
export const WEEKDAY_NAMES: Record<Weekday, string> = {
  MO: 'lundi', TU: 'mardi', WE: 'mercredi', TH: 'jeudi', FR: 'vendredi', SA: 'samedi', SU: 'dimanche',
};

export type Recurrence =
  | { freq: 'none' }
  | { freq: 'weekly'; interval: number; days: Weekday[]; until: string | null }
  /** The n-th (1–5, or -1 for the last) weekday of the month. */
  | { freq: 'monthly'; interval: number; nth: number; day: Weekday; until: string | null };

const DAY_MS = 86_400_000;
/** Day number (days since 1970-01-01) of a YYYY-MM-DD date. */
export const dayNumber = (ymd: string) => Date.UTC(+ymd.slice(0, 4), +ymd.slice(5, 7) - 1, +ymd.slice(8, 10)) / DAY_MS;
export const fromDayNumber = (n: number) => new Date(n * DAY_MS).toISOString().slice(0, 10);
export const addDays = (ymd: string, n: number) => fromDayNumber(dayNumber(ymd) + n);
/** 0 = Monday … 6 = Sunday. */
const weekdayIndex = (n: number) => (((n + 3) % 7) + 7) % 7; // 1970-01-01 was a Thursday
export const weekdayOf = (ymd: string): Weekday => WEEKDAYS[weekdayIndex(dayNumber(ymd))];
/** The Monday of the week of a date. */
export const mondayOf = (ymd: string) => fromDayNumber(dayNumber(ymd) - weekdayIndex(dayNumber(ymd)));
const daysInMonth = (y: number, m: number) => new Date(Date.UTC(y, m, 0)).getUTCDate(); // m is 1-based
/** 1 for the first Tuesday of the month, 2 for the second… */
export const nthOf = (ymd: string) => Math.floor((+ymd.slice(8, 10) - 1) / 7) + 1;
/** Is this the last such weekday of its month? */
export const isLastOfMonth = (ymd: string) => +ymd.slice(8, 10) + 7 > daysInMonth(+ymd.slice(0, 4), +ymd.slice(5, 7));

const isYmd = (s: string) => /^\d{4}-\d{2}-\d{2}$/.test(s);

/** Parse the RRULE the API stores. Unknown or empty rules give `none`. */
export function parseRrule(rule: string | null | undefined, firstDay: string): Recurrence {
  if (!rule) return { freq: 'none' };
  const parts = new Map(
    rule.replace(/^RRULE:/i, '').split(';').map((p) => p.split('=') as [string, string]).map(([k, v]) => [k.toUpperCase(), (v ?? '').toUpperCase()])
  );
  const interval = Math.max(1, parseInt(parts.get('INTERVAL') ?? '1', 10) || 1);
  const u = parts.get('UNTIL')?.match(/^(\d{4})(\d{2})(\d{2})/);
  const until = u ? `${u[1]}-${u[2]}-${u[3]}` : null;
  const byday = (parts.get('BYDAY') ?? '').split(',').filter(Boolean);
  if (parts.get('FREQ') == 'WEEKLY') {
    const days = WEEKDAYS.filter((d) => byday.includes(d));
    return { freq: 'weekly', interval, days: days.length ? days : [weekdayOf(firstDay)], until };
  }
  if (parts.get('FREQ') == 'MONTHLY') {
    const m = byday[0]?.match(/^([+-]?\d)?(MO|TU|WE|TH|FR|SA|SU)$/);
    const setpos = parseInt(parts.get('BYSETPOS') ?? '', 10);
    if (m) return { freq: 'monthly', interval, nth: m[1] ? +m[1] : Number.isFinite(setpos) ? setpos : nthOf(firstDay), day: m[2] as Weekday, until };
    return { freq: 'monthly', interval, nth: nthOf(firstDay), day: weekdayOf(firstDay), until };
  }
  return { freq: 'none' };
}

/** The RRULE to send (null for a one-off). */
export function toRrule(r: Recurrence): string | null {
  if (r.freq == 'none') return null;
  const until = r.until ? ';UNTIL=' + r.until.replace(/-/g, '') : '';
  if (r.freq == 'weekly') {
    const days = WEEKDAYS.filter((d) => r.days.includes(d));
    return `FREQ=WEEKLY;INTERVAL=${r.interval};BYDAY=${days.join(',')}${until}`;
  }
  return `FREQ=MONTHLY;INTERVAL=${r.interval};BYDAY=${r.nth}${r.day}${until}`;
}

/** Day number of the n-th (or last, n = -1) weekday of a month, or null when it does not exist. */
function nthWeekday(y: number, m: number, nth: number, day: Weekday): number | null {
  const target = WEEKDAYS.indexOf(day);
  const dim = daysInMonth(y, m);
  const first = Date.UTC(y, m - 1, 1) / DAY_MS;
  if (nth < 0) {
    const last = first + dim - 1;
    return last - ((weekdayIndex(last) - target + 7) % 7) + (nth + 1) * 7;
  }
  const date = 1 + ((target - weekdayIndex(first) + 7) % 7) + (nth - 1) * 7;
  return date > dim ? null : first + date - 1;
}

export interface OccurrenceOptions {
  /** First day to consider (default: firstDay). */
  from?: string;
  /** Last day to consider, inclusive. */
  to?: string;
  /** At most this many occurrences (default 10). */
  limit?: number;
}

/** Dates (YYYY-MM-DD) of the occurrences, in order. */
export function occurrences(r: Recurrence, firstDay: string, o: OccurrenceOptions = {}): string[] {
  if (!isYmd(firstDay)) return [];
  const limit = o.limit ?? 10;
  const start = Math.max(dayNumber(firstDay), o.from ? dayNumber(o.from) : -Infinity);
  const ends = [o.to, r.freq != 'none' ? r.until : null].filter((d): d is string => !!d && isYmd(d)).map(dayNumber);
  const end = Math.min(...ends, start + 3660); // ten years at most
  const out: string[] = [];
  if (r.freq == 'none') {
    if (dayNumber(firstDay) >= start && dayNumber(firstDay) <= end) out.push(firstDay);
    return out.slice(0, limit);
  }
  if (r.freq == 'weekly') {
    const week0 = dayNumber(mondayOf(firstDay));
    const days = new Set(r.days.map((d) => WEEKDAYS.indexOf(d)));
    for (let n = start; n <= end && out.length < limit; n++) {
      if (days.has(weekdayIndex(n)) && Math.floor((n - week0) / 7) % r.interval == 0) out.push(fromDayNumber(n));
    }
    return out;
  }
  const m0 = +firstDay.slice(0, 4) * 12 + +firstDay.slice(5, 7) - 1;
  const s = fromDayNumber(start);
  for (let mi = +s.slice(0, 4) * 12 + +s.slice(5, 7) - 1; out.length < limit; mi++) {
    const y = Math.floor(mi / 12);
    if (Date.UTC(y, mi % 12, 1) / DAY_MS > end) break;
    if ((mi - m0) % r.interval) continue;
    const n = nthWeekday(y, (mi % 12) + 1, r.nth, r.day);
    if (n != null && n >= start && n <= end) out.push(fromDayNumber(n));
  }
  return out;
}

// ——— Plain French ———

const longDate = new Intl.DateTimeFormat('fr-FR', { timeZone: 'UTC', day: 'numeric', month: 'long', year: 'numeric' });
const longDay = new Intl.DateTimeFormat('fr-FR', { timeZone: 'UTC', weekday: 'long', day: 'numeric', month: 'long', year: 'numeric' });
const shortDay = new Intl.DateTimeFormat('fr-FR', { timeZone: 'UTC', weekday: 'long', day: 'numeric', month: 'long' });
const premier = (s: string) => s.replace(/(^|\s)1(\s)/, '$11er$2');
const utc = (ymd: string) => new Date(dayNumber(ymd) * DAY_MS);

/** « 30 juin 2027 », « 1er mars 2027 » */
export const frDate = (ymd: string) => premier(longDate.format(utc(ymd)));
/** « lundi 29 mars 2027 » */
export const frDay = (ymd: string) => premier(longDay.format(utc(ymd)));
/** « lundi 29 mars » */
export const frShortDay = (ymd: string) => premier(shortDay.format(utc(ymd)));
/** « 9 h », « 9 h 30 » (non-breaking spaces) */
export const frTime = (hm: string) => {
  const [h, m] = hm.split(':');
  return `${+h}\u00a0h${m && m != '00' ? '\u00a0' + m : ''}`;
};
/** « 1er », « 2e », « dernier » */
export const ordinal = (n: number) => (n < 0 ? 'dernier' : n == 1 ? '1er' : `${n}e`);

/** « le lundi et le jeudi », « du lundi au vendredi » */
export function dayList(days: Weekday[]): string {
  const idx = WEEKDAYS.map((d, i) => (days.includes(d) ? i : -1)).filter((i) => i >= 0);
  const names = idx.map((i) => WEEKDAY_NAMES[WEEKDAYS[i]]);
  if (idx.length >= 3 && idx[idx.length - 1] - idx[0] == idx.length - 1) return `du ${names[0]} au ${names[names.length - 1]}`;
  const le = names.map((n) => 'le ' + n);
  return le.length > 1 ? `${le.slice(0, -1).join(', ')} et ${le[le.length - 1]}` : le[0] ?? '';
}

/**
 * « Toutes les 2 semaines le lundi et le jeudi, de 9 h à 12 h, jusqu'au 30 juin 2027 »
 * « Chaque mois le 2e mardi, de 14 h à 17 h 30 » · « Le lundi 29 mars 2027, de 9 h à 12 h »
 */
export function summary(r: Recurrence, firstDay: string, startTime: string, endTime: string): string {
  const hours = startTime && endTime ? `, de ${frTime(startTime)} à ${frTime(endTime)}` : '';
  if (r.freq == 'none') return isYmd(firstDay) ? `Le ${frDay(firstDay)}${hours}` : `Une seule fois${hours}`;
  const until = r.until && isYmd(r.until) ? `, jusqu’au ${frDate(r.until)}` : '';
  if (r.freq == 'weekly') {
    const every = r.interval == 1 ? 'Chaque semaine' : `Toutes les ${r.interval} semaines`;
    return `${every} ${dayList(r.days)}${hours}${until}`;
  }
  const every = r.interval == 1 ? 'Chaque mois' : `Tous les ${r.interval} mois`;
  return `${every} le ${ordinal(r.nth)} ${WEEKDAY_NAMES[r.day]}${hours}${until}`;
}

/** « 9 h – 12 h » with the duration check the API also does. */
export const validTimes = (start: string, end: string) => /^\d\d:\d\d$/.test(start) && /^\d\d:\d\d$/.test(end) && end > start;
