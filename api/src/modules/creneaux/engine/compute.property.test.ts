// computeCreneaux against a deliberately naive oracle written independently of the engine:
// rrule.js for recurrences, Intl for every wall-clock conversion, a boolean per minute for
// free time, then a walk over the free minutes. Slow and obvious; the engine must agree with it
// on random agendas in zones with and without DST (including midnight and 30-minute shifts).

import fc from 'fast-check';
import rrule from 'rrule';
import { describe, expect, it } from 'vitest';
import { computeCreneaux, publicHolidays, type BusyPeriod, type ComputeCreneauxInput, type Creneau, type EngineAbsence, type EnginePlage } from './index.js';

const { RRule } = rrule;
const MINUTE = 60_000;
const DAY = 86_400_000;

// ---- oracle -------------------------------------------------------------------------------------

const formatters = new Map<string, Intl.DateTimeFormat>();
function wallOf(ms: number, timeZone: string): { date: string; minute: number; second: number } {
  let f = formatters.get(timeZone);
  if (!f) {
    f = new Intl.DateTimeFormat('en-US', { timeZone, hourCycle: 'h23', year: 'numeric', month: '2-digit', day: '2-digit', hour: '2-digit', minute: '2-digit', second: '2-digit' });
    formatters.set(timeZone, f);
  }
  const p = Object.fromEntries(f.formatToParts(ms).map((x) => [x.type, x.value]));
  return { date: `${p.year}-${p.month}-${p.day}`, minute: +p.hour! * 60 + +p.minute!, second: +p.second! };
}
function offsetOf(ms: number, timeZone: string): number {
  const w = wallOf(ms, timeZone);
  return Math.round((Date.parse(`${w.date}T00:00:00Z`) + w.minute * MINUTE + w.second * 1000 - Math.floor(ms / 1000) * 1000) / MINUTE);
}
/** Wall time → instant: the earliest instant showing it, else (a gap) read with the offset before. */
function naiveZoned(date: string, minute: number, timeZone: string): number {
  const wall = Date.parse(`${date}T00:00:00Z`) + minute * MINUTE;
  const before = offsetOf(wall - DAY, timeZone);
  const after = offsetOf(wall + DAY, timeZone);
  const candidates = [...new Set([before, after])].map((o) => wall - o * MINUTE).sort((a, b) => a - b);
  for (const t of candidates) {
    const w = wallOf(t, timeZone);
    if (w.date === date && w.minute === minute) return t;
  }
  return wall - before * MINUTE;
}
const hm = (t: string) => +t.slice(0, 2) * 60 + +t.slice(3, 5);
const addDays = (date: string, n: number) => new Date(Date.parse(`${date}T00:00:00Z`) + n * DAY).toISOString().slice(0, 10);

/** Local dates of a rule's occurrences in [from, to]; UNTIL is applied here, against the start instant. */
function naiveDays(firstDay: string, recurrence: string | null, from: string, to: string, startTime: string, timeZone: string): string[] {
  if (!recurrence) return firstDay >= from && firstDay <= to ? [firstDay] : [];
  const until = /UNTIL=(\d{4})(\d{2})(\d{2})(T(\d{2})(\d{2})(\d{2})Z)?/.exec(recurrence);
  const options = RRule.parseString(recurrence.replace(/;?UNTIL=[^;]*/, ''));
  const days = new RRule({ ...options, dtstart: new Date(`${firstDay}T00:00:00Z`) })
    .between(new Date(`${from}T00:00:00Z`), new Date(`${to}T00:00:00Z`), true).map((d) => d.toISOString().slice(0, 10));
  if (!until) return days;
  const untilDate = `${until[1]}-${until[2]}-${until[3]}`;
  if (!until[4]) return days.filter((d) => d <= untilDate);
  const untilMs = Date.parse(`${untilDate}T${until[5]}:${until[6]}:${until[7]}Z`);
  return days.filter((d) => naiveZoned(d, hm(startTime), timeZone) <= untilMs);
}

function oracle(input: ComputeCreneauxInput): Creneau[] {
  const tz = input.timezone;
  const holidays = new Set<string>();
  for (let y = +input.from.slice(0, 4) - 1; y <= +input.to.slice(0, 4); y++) for (const h of publicHolidays(y, input.departement)) holidays.add(h);
  const duration = input.durationMinutes * MINUTE;
  const isPublic = input.minDelayMinutes != null;
  const earliest = isPublic ? Math.max(input.now, input.now + input.minDelayMinutes! * MINUTE) : input.now;
  const latest = isPublic && input.maxDelayDays != null ? input.now + input.maxDelayDays * DAY : Infinity;
  // First start of a free interval that began before now: walk minutes until a local 5-minute mark.
  let grid = Math.ceil(input.now / MINUTE) * MINUTE;
  while (wallOf(grid, tz).minute % 5 !== 0) grid += MINUTE;

  const busyOf = (agentId: string): Array<[number, number]> => {
    const list: Array<[number, number]> = input.busy.filter((b) => b.agentId === agentId).map((b) => [b.start, b.end]);
    for (const a of input.absences.filter((x) => x.agentId === agentId)) {
      const span = (Date.parse(a.endDay) - Date.parse(a.firstDay)) / DAY;
      for (const d of naiveDays(a.firstDay, a.recurrence, addDays(input.from, -span - 1), input.to, a.startTime, tz)) {
        list.push([naiveZoned(d, hm(a.startTime), tz), naiveZoned(addDays(d, span), hm(a.endTime), tz)]);
      }
    }
    return list;
  };

  const found = new Map<number, Set<string>>();
  for (const p of input.plages) {
    const busy = busyOf(p.agentId);
    for (const day of naiveDays(p.firstDay, p.recurrence, input.from, input.to, p.startTime, tz)) {
      if (holidays.has(day)) continue;
      const s = naiveZoned(day, hm(p.startTime), tz);
      const e = naiveZoned(day, hm(p.endTime), tz);
      const free: boolean[] = [];
      for (let m = s; m < e; m += MINUTE) free.push(!busy.some(([bs, be]) => bs < m + MINUTE && be > m));
      for (let i = 0; i < free.length;) {
        if (!free[i]) { i++; continue; }
        let j = i;
        while (j < free.length && free[j]) j++;
        const runStart = s + i * MINUTE;
        const runEnd = s + j * MINUTE;
        for (let t = runStart >= input.now ? runStart : grid; t + duration <= runEnd; t += duration) {
          if (t < earliest || t > latest) continue;
          if (!found.has(t)) found.set(t, new Set());
          found.get(t)!.add(p.agentId);
        }
        i = j;
      }
    }
  }
  const all = [...found.entries()].sort((a, b) => a[0] - b[0])
    .map(([startsAt, agents]) => ({ startsAt, endsAt: startsAt + duration, agentIds: [...agents].sort() }));
  return input.limit === undefined ? all : all.slice(0, input.limit);
}

// ---- generators ---------------------------------------------------------------------------------

const ZONES: Record<string, string[]> = {
  // zone → dates near its transitions in 2026–2027 (plus random dates below)
  'Europe/Paris': ['2026-03-27', '2026-10-23', '2027-03-26', '2027-10-29'],
  'Indian/Reunion': ['2027-03-26', '2027-12-18'],
  'America/Cayenne': ['2027-03-26', '2027-06-08'],
  'Pacific/Noumea': ['2027-03-26', '2027-10-29'],
  'America/Santiago': ['2026-04-03', '2026-09-04'], // changes at midnight
  'Australia/Lord_Howe': ['2026-04-03', '2026-10-02'], // 30-minute shift
};
const WEEKDAYS = ['MO', 'TU', 'WE', 'TH', 'FR', 'SA', 'SU'];
const AGENTS = ['a', 'b', 'c'];
const time = (minute: number) => `${String(Math.floor(minute / 60)).padStart(2, '0')}:${String(minute % 60).padStart(2, '0')}`;

const scenario = fc.constantFrom(...Object.keys(ZONES)).chain((timezone) => fc.record({
  timezone: fc.constant(timezone),
  base: fc.oneof(fc.constantFrom(...ZONES[timezone]!), fc.integer({ min: 0, max: 900 }).map((n) => addDays('2026-01-01', n))),
  departement: fc.constantFrom('62', '57', '974', '973'),
}).chain(({ timezone, base, departement }) => {
  const from = fc.integer({ min: 0, max: 2 }).map((n) => addDays(base, n));
  const ending = fc.oneof(
    { arbitrary: fc.constant(''), weight: 4 },
    fc.integer({ min: -3, max: 8 }).map((n) => `;UNTIL=${addDays(base, n).replaceAll('-', '')}`),
    fc.tuple(fc.integer({ min: -3, max: 8 }), fc.integer({ min: 0, max: 23 })).map(([n, h]) => `;UNTIL=${addDays(base, n).replaceAll('-', '')}T${String(h).padStart(2, '0')}0000Z`),
    fc.integer({ min: 1, max: 30 }).map((n) => `;COUNT=${n}`),
  );
  const rule = fc.oneof(
    fc.constant(null),
    fc.constant('FREQ=DAILY'),
    fc.tuple(fc.integer({ min: 1, max: 2 }), fc.uniqueArray(fc.constantFrom(...WEEKDAYS), { minLength: 1, maxLength: 7 }), ending)
      .map(([i, days, end]) => `FREQ=WEEKLY;INTERVAL=${i};BYDAY=${days.join(',')}${end}`),
    fc.tuple(fc.integer({ min: 1, max: 3 }), ending).map(([i, end]) => `FREQ=DAILY;INTERVAL=${i}${end}`),
    fc.tuple(fc.constantFrom(1, 2, -1), fc.constantFrom(...WEEKDAYS), ending).map(([n, d, end]) => `FREQ=MONTHLY;BYDAY=${n}${d}${end}`),
  );
  const plage: fc.Arbitrary<EnginePlage> = fc.record({
    agentId: fc.constantFrom(...AGENTS),
    firstOffset: fc.integer({ min: -40, max: 6 }),
    start: fc.integer({ min: 0, max: 276 }).map((n) => n * 5),
    length: fc.integer({ min: 1, max: 120 }).map((n) => n * 5),
    recurrence: rule,
  }).map(({ agentId, firstOffset, start, length, recurrence }, ) => ({
    id: `${agentId}${start}`, agentId, lieuId: null,
    firstDay: addDays(base, recurrence === null ? Math.max(0, firstOffset % 6) : firstOffset),
    startTime: time(start), endTime: time(Math.min(1439, start + length)), recurrence,
  }));
  const absence: fc.Arbitrary<EngineAbsence> = fc.record({
    agentId: fc.constantFrom(...AGENTS),
    firstOffset: fc.integer({ min: -6, max: 6 }),
    span: fc.constantFrom(0, 0, 1, 3),
    start: fc.integer({ min: 0, max: 1438 }),
    length: fc.integer({ min: 1, max: 600 }),
    weekly: fc.option(fc.uniqueArray(fc.constantFrom(...WEEKDAYS), { minLength: 1, maxLength: 3 }), { nil: null }),
  }).map(({ agentId, firstOffset, span, start, length, weekly }) => {
    const firstDay = addDays(base, firstOffset);
    if (span === 0) {
      const end = Math.min(1439, start + length);
      return { agentId, firstDay, startTime: time(Math.min(start, end - 1)), endDay: firstDay, endTime: time(end), recurrence: weekly && `FREQ=WEEKLY;BYDAY=${weekly.join(',')}` };
    }
    return { agentId, firstDay, startTime: time(start), endDay: addDays(firstDay, span), endTime: time(length % 1440), recurrence: null };
  });
  return fc.record({
    timezone: fc.constant(timezone), departement: fc.constant(departement),
    from, days: fc.integer({ min: 0, max: 6 }),
    plages: fc.array(plage, { minLength: 1, maxLength: 8 }),
    absences: fc.array(absence, { maxLength: 3 }),
    busy: fc.array(fc.record({ agentId: fc.constantFrom(...AGENTS), offset: fc.integer({ min: -1440, max: 9 * 1440 }), length: fc.integer({ min: 1, max: 240 }) }), { maxLength: 15 }),
    nowOffset: fc.oneof(fc.integer({ min: -DAY, max: DAY }), fc.integer({ min: -2 * DAY, max: 8 * DAY })),
    durationMinutes: fc.constantFrom(5, 10, 15, 20, 30, 45, 60, 90),
    minDelayMinutes: fc.option(fc.integer({ min: 0, max: 3000 }), { nil: null, freq: 2 }),
    maxDelayDays: fc.option(fc.double({ min: 0, max: 10, noNaN: true }), { nil: null, freq: 2 }),
    limit: fc.option(fc.integer({ min: 1, max: 8 }), { nil: undefined }),
  }).map((r): ComputeCreneauxInput => {
    const origin = naiveZoned(r.from, 0, timezone);
    const busy: BusyPeriod[] = r.busy.map((b) => ({ agentId: b.agentId, start: origin + b.offset * MINUTE, end: origin + (b.offset + b.length) * MINUTE }));
    return {
      timezone, departement: r.departement, from: r.from, to: addDays(r.from, r.days), now: origin + r.nowOffset,
      durationMinutes: r.durationMinutes, minDelayMinutes: r.minDelayMinutes, maxDelayDays: r.maxDelayDays,
      plages: r.plages, absences: r.absences, busy, ...(r.limit === undefined ? {} : { limit: r.limit }),
    };
  });
}));

describe('computeCreneaux against the naive minute-by-minute oracle', () => {
  it('agrees on random agendas, zones and ranges (including DST changes)', () => {
    fc.assert(fc.property(scenario, (input) => {
      expect(computeCreneaux(input)).toEqual(oracle(input));
    }), { numRuns: 1000 });
  });

  it('agrees on agendas crowded with RDVs in Europe/Paris around the 2027 DST changes', () => {
    const crowded = fc.record({
      from: fc.constantFrom('2027-03-27', '2027-10-30'),
      busy: fc.array(fc.record({ agentId: fc.constantFrom('a', 'b'), offset: fc.integer({ min: 0, max: 3 * 1440 }), length: fc.constantFrom(15, 30, 45, 60) }), { minLength: 10, maxLength: 60 }),
      now: fc.integer({ min: -DAY, max: 3 * DAY }),
      durationMinutes: fc.constantFrom(15, 20, 30, 45),
    }).map(({ from, busy, now, durationMinutes }): ComputeCreneauxInput => {
      const origin = naiveZoned(from, 0, 'Europe/Paris');
      const plages: EnginePlage[] = ['a', 'b'].flatMap((agentId) => [['00:30', '04:00'], ['09:00', '12:00'], ['14:00', '17:30']].map(([startTime, endTime]) => ({
        id: `${agentId}${startTime}`, agentId, lieuId: null, firstDay: '2027-01-01', startTime: startTime!, endTime: endTime!, recurrence: 'FREQ=DAILY',
      })));
      return {
        timezone: 'Europe/Paris', departement: '62', from, to: addDays(from, 2), now: origin + now, durationMinutes, plages, absences: [],
        busy: busy.map((b) => ({ agentId: b.agentId, start: origin + b.offset * MINUTE, end: origin + (b.offset + b.length) * MINUTE })),
      };
    });
    fc.assert(fc.property(crowded, (input) => {
      expect(computeCreneaux(input)).toEqual(oracle(input));
    }), { numRuns: 150 });
  });
});
