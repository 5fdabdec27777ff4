import { describe, expect, it } from 'vitest';
import {
  computeCreneaux, formatInstant, RecurrenceError, zonedToInstant,
  type BusyPeriod, type ComputeCreneauxInput, type Creneau, type EngineAbsence, type EnginePlage,
} from './index.js';

const PARIS = 'Europe/Paris';
const WEEKDAYS = 'FREQ=WEEKLY;BYDAY=MO,TU,WE,TH,FR';

function plage(over: Partial<EnginePlage> = {}): EnginePlage {
  return { id: 'p1', agentId: 'a', lieuId: null, firstDay: '2027-01-04', startTime: '09:00', endTime: '12:00', recurrence: WEEKDAYS, ...over };
}
function absence(over: Partial<EngineAbsence> = {}): EngineAbsence {
  return { agentId: 'a', firstDay: '2027-01-05', startTime: '09:00', endDay: '2027-01-05', endTime: '12:00', recurrence: null, ...over };
}
const at = (date: string, time: string, tz = PARIS): number => zonedToInstant(date, time, tz);
const busy = (agentId: string, date: string, from: string, to: string): BusyPeriod => ({ agentId, start: at(date, from), end: at(date, to) });

function run(over: Partial<ComputeCreneauxInput>): Creneau[] {
  return computeCreneaux({
    timezone: PARIS, departement: '62', from: '2027-01-04', to: '2027-01-04', now: Date.parse('2025-01-01T00:00:00Z'),
    durationMinutes: 30, plages: [plage()], absences: [], busy: [], ...over,
  });
}
/** Start times as local ISO strings. */
const starts = (creneaux: Creneau[], tz = PARIS): string[] => creneaux.map((c) => formatInstant(c.startsAt, tz));
/** Local 'HH:MM' of each start, for one-day cases. */
const times = (creneaux: Creneau[]): string[] => starts(creneaux).map((s) => s.slice(11, 16));

describe('wall-clock plages across DST (Europe/Paris)', () => {
  const weekly = plage({ firstDay: '2026-01-03', startTime: '09:00', endTime: '10:00', recurrence: 'FREQ=WEEKLY;BYDAY=SA,SU,TU' });
  it.each([
    ['2026-03-28', '2026-03-31', ['2026-03-28T09:00:00+01:00', '2026-03-29T09:00:00+02:00', '2026-03-31T09:00:00+02:00']],
    ['2026-10-24', '2026-10-27', ['2026-10-24T09:00:00+02:00', '2026-10-25T09:00:00+01:00', '2026-10-27T09:00:00+01:00']],
    ['2027-03-27', '2027-03-30', ['2027-03-27T09:00:00+01:00', '2027-03-28T09:00:00+02:00', '2027-03-30T09:00:00+02:00']],
    ['2027-10-30', '2027-11-02', ['2027-10-30T09:00:00+02:00', '2027-10-31T09:00:00+01:00', '2027-11-02T09:00:00+01:00']],
  ])('a weekly 09:00 plage stays at 09:00 local from %s to %s', (from, to, expected) => {
    const result = run({ from, to, durationMinutes: 60, plages: [weekly] });
    expect(starts(result)).toEqual(expected);
    for (const c of result) expect(c.endsAt - c.startsAt).toBe(3_600_000);
  });

  it('a night plage lasts one hour less on the spring-forward Sunday', () => {
    const night = plage({ firstDay: '2027-03-28', startTime: '01:00', endTime: '04:00', recurrence: null });
    expect(starts(run({ from: '2027-03-28', to: '2027-03-28', durationMinutes: 60, plages: [night] })))
      .toEqual(['2027-03-28T01:00:00+01:00', '2027-03-28T03:00:00+02:00']);
  });

  it('and one hour more on the fall-back Sunday (02:00 happens twice)', () => {
    const night = plage({ firstDay: '2027-10-31', startTime: '01:00', endTime: '04:00', recurrence: null });
    expect(starts(run({ from: '2027-10-31', to: '2027-10-31', durationMinutes: 60, plages: [night] })))
      .toEqual(['2027-10-31T01:00:00+02:00', '2027-10-31T02:00:00+02:00', '2027-10-31T02:00:00+01:00', '2027-10-31T03:00:00+01:00']);
  });

  it('a plage starting at a nonexistent time starts at the shifted instant', () => {
    const gap = plage({ firstDay: '2027-03-28', startTime: '02:30', endTime: '04:00', recurrence: null });
    expect(starts(run({ from: '2027-03-28', to: '2027-03-28', plages: [gap] }))).toEqual(['2027-03-28T03:30:00+02:00']);
  });
});

describe('zones without DST', () => {
  it.each([
    ['Indian/Reunion', '974', '+04:00'],
    ['America/Cayenne', '973', '-03:00'],
  ])('%s keeps its offset; Easter Monday and 1 November are holidays there too', (tz, departement, offset) => {
    const p = plage({ firstDay: '2027-01-04', startTime: '09:00', endTime: '10:00' });
    const input = { timezone: tz, departement, durationMinutes: 60, plages: [p] };
    expect(starts(run({ ...input, from: '2027-03-26', to: '2027-03-30' }), tz))
      .toEqual([`2027-03-26T09:00:00${offset}`, `2027-03-30T09:00:00${offset}`]);
    expect(starts(run({ ...input, from: '2027-10-29', to: '2027-11-02' }), tz))
      .toEqual([`2027-10-29T09:00:00${offset}`, `2027-11-02T09:00:00${offset}`]);
  });
});

describe('public holidays remove the whole day', () => {
  const daily = plage({ firstDay: '2024-01-01', recurrence: 'FREQ=DAILY' });
  const days = (departement: string, from: string, to: string): string[] =>
    [...new Set(starts(run({ departement, from, to, plages: [daily], durationMinutes: 180 })).map((s) => s.slice(0, 10)))];

  it('Easter Monday 2027 (29 March)', () => {
    expect(days('62', '2027-03-28', '2027-03-30')).toEqual(['2027-03-28', '2027-03-30']);
  });
  it.each(['57', '67', '68'])('26 December and Good Friday only in Alsace-Moselle (%s)', (dep) => {
    expect(days(dep, '2025-12-25', '2025-12-27')).toEqual(['2025-12-27']);
    expect(days('62', '2025-12-25', '2025-12-27')).toEqual(['2025-12-26', '2025-12-27']);
    expect(days(dep, '2027-03-26', '2027-03-26')).toEqual([]);
    expect(days('62', '2027-03-26', '2027-03-26')).toEqual(['2027-03-26']);
  });
  it('20 December only in La Réunion (974)', () => {
    expect(days('974', '2027-12-19', '2027-12-21')).toEqual(['2027-12-19', '2027-12-21']);
    expect(days('62', '2027-12-19', '2027-12-21')).toEqual(['2027-12-19', '2027-12-20', '2027-12-21']);
  });
  it('even a one-off plage set on 14 July', () => {
    expect(run({ from: '2027-07-14', to: '2027-07-14', plages: [plage({ firstDay: '2027-07-14', recurrence: null })] })).toEqual([]);
  });
});

describe('busy periods (RDVs of the agent in every organisation)', () => {
  const day = '2027-01-05';
  const one = (over: Partial<ComputeCreneauxInput>) => times(run({ from: day, to: day, ...over }));

  it('an RDV splits the plage and the grid restarts after it', () => {
    expect(one({ busy: [busy('a', day, '10:00', '10:20')] })).toEqual(['09:00', '09:30', '10:20', '10:50', '11:20']);
  });
  it('an RDV overlapping the start', () => {
    expect(one({ busy: [busy('a', day, '08:30', '09:40')] })).toEqual(['09:40', '10:10', '10:40', '11:10']);
  });
  it('RDVs touching the plage ends do not block (half-open intervals)', () => {
    expect(one({ busy: [busy('a', day, '08:30', '09:00'), busy('a', day, '12:00', '12:30')] })).toHaveLength(6);
  });
  it('another agent\'s RDV does not block; cancelled RDVs are simply not passed', () => {
    expect(one({ busy: [busy('b', day, '09:00', '12:00')] })).toHaveLength(6);
  });
  it('a whole-plage RDV removes it; unsorted and overlapping RDVs are fine', () => {
    expect(one({ busy: [busy('a', day, '09:00', '12:00')] })).toEqual([]);
    expect(one({ busy: [busy('a', day, '11:00', '11:30'), busy('a', day, '09:00', '10:00'), busy('a', day, '09:30', '10:30')] }))
      .toEqual(['10:30', '11:30']);
  });
  it('a start off the minute grid (RDV ending at 10:17:30) stays sorted among other agents', () => {
    const result = run({
      from: day, to: day, plages: [plage(), plage({ id: 'p2', agentId: 'b' })],
      busy: [{ agentId: 'a', start: at(day, '09:00'), end: at(day, '10:17') + 30_000 }],
    });
    expect(starts(result).map((s) => s.slice(11, 19))).toEqual([
      '09:00:00', '09:30:00', '10:00:00', '10:17:30', '10:30:00', '10:47:30', '11:00:00', '11:17:30', '11:30:00']);
    expect(result.find((c) => c.startsAt === at(day, '10:17') + 30_000)?.agentIds).toEqual(['a']);
  });
});

describe('absences', () => {
  const two = [plage(), plage({ id: 'p2', startTime: '14:00', endTime: '17:00' })];

  it('multi-day, from Tuesday 14:00 to Thursday 10:00', () => {
    const result = run({ from: '2027-01-05', to: '2027-01-07', durationMinutes: 60, plages: two,
      absences: [absence({ firstDay: '2027-01-05', startTime: '14:00', endDay: '2027-01-07', endTime: '10:00' })] });
    expect(starts(result).map((s) => s.slice(0, 16))).toEqual([
      '2027-01-05T09:00', '2027-01-05T10:00', '2027-01-05T11:00',
      '2027-01-07T10:00', '2027-01-07T11:00', '2027-01-07T14:00', '2027-01-07T15:00', '2027-01-07T16:00']);
  });
  it('multi-day, started before the range', () => {
    const result = run({ from: '2027-01-04', to: '2027-01-06', durationMinutes: 180,
      absences: [absence({ firstDay: '2026-12-20', startTime: '08:00', endDay: '2027-01-05', endTime: '12:00' })] });
    expect(starts(result)).toEqual(['2027-01-06T09:00:00+01:00']);
  });
  it('recurring every Wednesday morning', () => {
    const result = run({ from: '2027-01-11', to: '2027-01-15', durationMinutes: 180,
      absences: [absence({ firstDay: '2027-01-06', endDay: '2027-01-06', recurrence: 'FREQ=WEEKLY;BYDAY=WE' })] });
    expect(starts(result).map((s) => s.slice(0, 10))).toEqual(['2027-01-11', '2027-01-12', '2027-01-14', '2027-01-15']);
  });
  it('recurring for one hour on Mondays', () => {
    const result = run({ absences: [absence({ firstDay: '2027-01-04', endDay: '2027-01-04', startTime: '10:00', endTime: '11:00', recurrence: 'FREQ=WEEKLY;BYDAY=MO' })] });
    expect(times(result)).toEqual(['09:00', '09:30', '11:00', '11:30']);
  });
  it('another agent\'s absence does not block', () => {
    expect(run({ absences: [absence({ agentId: 'b', firstDay: '2027-01-04', endDay: '2027-01-04' })] })).toHaveLength(6);
  });
});

describe('booking window', () => {
  const now = at('2027-01-04', '08:00'); // Monday
  const week = { from: '2027-01-04', to: '2027-01-08', now, durationMinutes: 60 };
  const days = (result: Creneau[]) => [...new Set(starts(result).map((s) => s.slice(0, 10)))];

  it('public: min delay and max delay clamp the starts', () => {
    const result = run({ ...week, minDelayMinutes: 120, maxDelayDays: 2 });
    expect(starts(result)).toEqual([
      '2027-01-04T10:00:00+01:00', '2027-01-04T11:00:00+01:00',
      '2027-01-05T09:00:00+01:00', '2027-01-05T10:00:00+01:00', '2027-01-05T11:00:00+01:00']);
  });
  it('the min delay keeps the grid of the plage', () => {
    expect(times(run({ ...week, to: '2027-01-04', durationMinutes: 30, minDelayMinutes: 100 }))).toEqual(['10:00', '10:30', '11:00', '11:30']);
  });
  it('max delay is inclusive', () => {
    const result = run({ ...week, minDelayMinutes: 0, maxDelayDays: 1 + 3 / 24 }); // now + 27 h = Tuesday 11:00
    expect(starts(result).at(-1)).toBe('2027-01-05T11:00:00+01:00');
  });
  it('agents: no delays at all, even if a max delay is passed', () => {
    expect(days(run({ ...week, minDelayMinutes: null, maxDelayDays: 2 }))).toEqual(['2027-01-04', '2027-01-05', '2027-01-06', '2027-01-07', '2027-01-08']);
    expect(times(run({ ...week, to: '2027-01-04' }))).toEqual(['09:00', '10:00', '11:00']);
  });
  it('a range beyond the max delay is empty', () => {
    expect(run({ ...week, from: '2027-02-01', to: '2027-02-05', minDelayMinutes: 0, maxDelayDays: 7 })).toEqual([]);
  });
});

describe('now', () => {
  const day = '2027-01-04';
  it.each([
    ['10:07', 0, ['10:10', '10:40', '11:10']],
    ['10:07', 30_250, ['10:10', '10:40', '11:10']],
    ['10:10', 0, ['10:10', '10:40', '11:10']],
    ['10:10', 1, ['10:15', '10:45', '11:15']],
    ['11:33', 0, []],
    ['06:00', 0, ['09:00', '09:30', '10:00', '10:30', '11:00', '11:30']],
  ])('now %s (+%i ms): a begun free interval restarts at the next 5-minute boundary', (time, extraMs, expected) => {
    expect(times(run({ now: at(day, time) + extraMs }))).toEqual(expected);
  });
  it('a free interval starting after now is not rounded', () => {
    expect(times(run({ now: at(day, '09:05'), busy: [busy('a', day, '09:00', '09:17')] }))).toEqual(['09:17', '09:47', '10:17', '10:47', '11:17']);
  });
  it('no créneau before now, agent or public, and whole past days are skipped', () => {
    const now = at('2027-01-06', '10:07');
    for (const minDelayMinutes of [null, 0]) {
      const result = run({ from: '2027-01-04', to: '2027-01-07', now, minDelayMinutes });
      expect(result.every((c) => c.startsAt >= now)).toBe(true);
      expect(starts(result)[0]).toBe('2027-01-06T10:10:00+01:00');
    }
  });
});

describe('distinct start times', () => {
  const day = '2027-01-05';
  it('one créneau per start with the sorted list of free agents', () => {
    const result = run({ from: day, to: day, plages: [plage({ agentId: 'b' }), plage({ agentId: 'a' }), plage({ agentId: 'c' })],
      busy: [busy('b', day, '09:00', '09:30')] });
    expect(result).toHaveLength(6);
    expect(result[0]!.agentIds).toEqual(['a', 'c']);
    expect(result.slice(1).map((c) => c.agentIds)).toEqual(Array(5).fill(['a', 'b', 'c']));
    expect(result[0]!.endsAt - result[0]!.startsAt).toBe(30 * 60_000);
  });
  it('overlapping plages of one agent: their grids merge, the agent is listed once', () => {
    const result = run({ from: day, to: day, durationMinutes: 45, plages: [
      plage(), plage({ id: 'p2', firstDay: day, startTime: '10:00', endTime: '11:00', recurrence: null }), plage({ id: 'p3' })] });
    expect(times(result)).toEqual(['09:00', '09:45', '10:00', '10:30', '11:15']);
    expect(result.every((c) => c.agentIds.length === 1 && c.agentIds[0] === 'a')).toBe(true);
  });
  it('a créneau never spans two adjacent plages (they may be in different lieux)', () => {
    const result = run({ from: day, to: day, durationMinutes: 45, plages: [
      plage({ endTime: '10:00' }), plage({ id: 'p2', lieuId: 'l2', startTime: '10:00', endTime: '11:00' })] });
    expect(times(result)).toEqual(['09:00', '10:00']);
  });
});

describe('recurrences', () => {
  const dates = (result: Creneau[]) => starts(result).map((s) => s.slice(0, 16));
  it('monthly second Tuesday, across the DST change', () => {
    const p = plage({ firstDay: '2027-01-01', startTime: '14:00', endTime: '15:00', recurrence: 'FREQ=MONTHLY;BYDAY=2TU' });
    expect(starts(run({ from: '2027-01-01', to: '2027-04-30', durationMinutes: 60, plages: [p] }))).toEqual([
      '2027-01-12T14:00:00+01:00', '2027-02-09T14:00:00+01:00', '2027-03-09T14:00:00+01:00', '2027-04-13T14:00:00+02:00']);
  });
  it('monthly last Friday', () => {
    const p = plage({ firstDay: '2027-01-01', recurrence: 'FREQ=MONTHLY;BYDAY=-1FR' });
    expect(dates(run({ from: '2027-01-01', to: '2027-03-31', durationMinutes: 180, plages: [p] })))
      .toEqual(['2027-01-29T09:00', '2027-02-26T09:00', '2027-03-26T09:00']);
  });
  it('every other week on Monday and Thursday', () => {
    const p = plage({ recurrence: 'FREQ=WEEKLY;INTERVAL=2;BYDAY=MO,TH' });
    expect(dates(run({ from: '2027-01-01', to: '2027-01-31', durationMinutes: 180, plages: [p] })))
      .toEqual(['2027-01-04T09:00', '2027-01-07T09:00', '2027-01-18T09:00', '2027-01-21T09:00']);
  });
  it.each([
    ['UNTIL=20270118', ['2027-01-04', '2027-01-11', '2027-01-18']],
    ['UNTIL=20270118T075959Z', ['2027-01-04', '2027-01-11']], // 08:59:59 Paris, before the 09:00 start
    ['UNTIL=20270118T080000Z', ['2027-01-04', '2027-01-11', '2027-01-18']],
    ['COUNT=2', ['2027-01-04', '2027-01-11']],
  ])('weekly on Monday with %s', (ending, expected) => {
    const p = plage({ recurrence: `FREQ=WEEKLY;BYDAY=MO;${ending}` });
    expect(dates(run({ from: '2027-01-01', to: '2027-02-28', durationMinutes: 180, plages: [p] })).map((s) => s.slice(0, 10))).toEqual(expected);
  });
  it('an invalid recurrence is an error, not an empty agenda', () => {
    expect(() => run({ plages: [plage({ recurrence: 'FREQ=YEARLY' })] })).toThrow(RecurrenceError);
  });
});

describe('limit', () => {
  const month = { from: '2027-01-01', to: '2027-03-31', plages: [plage(), plage({ id: 'p2', agentId: 'b', startTime: '08:00', endTime: '09:00' })] };
  it('returns the first n distinct créneaux, in order', () => {
    const all = run(month);
    for (const n of [1, 2, 3, 5, 40]) expect(run({ ...month, limit: n })).toEqual(all.slice(0, n));
    expect(run({ ...month, limit: 1 })[0]!.agentIds).toEqual(['b']);
    expect(run({ ...month, limit: 100_000 })).toEqual(all);
    expect(run({ ...month, limit: 0 })).toEqual([]);
  });
  it('finds the next availability weeks ahead', () => {
    const later = plage({ firstDay: '2027-02-17', recurrence: 'FREQ=WEEKLY;BYDAY=WE' });
    expect(starts(run({ from: '2027-01-01', to: '2027-06-30', plages: [later], limit: 1 }))).toEqual(['2027-02-17T09:00:00+01:00']);
  });
});

describe('range and input checks', () => {
  it('from and to are inclusive local days; an empty range gives nothing', () => {
    expect(starts(run({ from: '2027-01-08', to: '2027-01-11', durationMinutes: 180 }))).toEqual(['2027-01-08T09:00:00+01:00', '2027-01-11T09:00:00+01:00']);
    expect(run({ from: '2027-01-11', to: '2027-01-08' })).toEqual([]);
  });
  it('rejects a bad duration, zone or date', () => {
    expect(() => run({ durationMinutes: 0 })).toThrow(RangeError);
    expect(() => run({ durationMinutes: 12.5 })).toThrow(RangeError);
    expect(() => run({ timezone: 'Mars/Olympus' })).toThrow(RangeError);
    expect(() => run({ from: '2027-02-30' })).toThrow(RangeError);
  });
});
