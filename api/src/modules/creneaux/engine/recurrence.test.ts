import fc from 'fast-check';
import rrule from 'rrule';
import { describe, expect, it } from 'vitest';
import { expandOccurrences, nextOccurrences } from './expand.js';
import { isValidRecurrence, parseRecurrence, recurrenceError, RecurrenceError } from './recurrence.js';

const { RRule } = rrule;

/** Oracle: rrule.js with local dates as floating UTC dates at 00:00. */
function oracle(firstDay: string, recurrence: string, from: string, to: string): string[] {
  const rule = new RRule({ ...RRule.parseString(recurrence), dtstart: new Date(`${firstDay}T00:00:00Z`) });
  return rule.between(new Date(`${from}T00:00:00Z`), new Date(`${to}T00:00:00Z`), true).map((d) => d.toISOString().slice(0, 10));
}

describe('validation', () => {
  it.each([
    'FREQ=WEEKLY',
    'FREQ=WEEKLY;BYDAY=MO,TH',
    'FREQ=WEEKLY;INTERVAL=2;BYDAY=MO,TH;UNTIL=20270630',
    'FREQ=WEEKLY;BYDAY=MO;UNTIL=20270630T215959Z',
    'FREQ=WEEKLY;BYDAY=TU;COUNT=10',
    'FREQ=WEEKLY;INTERVAL=3;BYDAY=SU,MO;WKST=SU',
    'FREQ=MONTHLY;BYDAY=2TU',
    'FREQ=MONTHLY;BYDAY=-1FR',
    'FREQ=MONTHLY;INTERVAL=2;BYDAY=1MO,3MO',
    'FREQ=MONTHLY',
    'FREQ=DAILY;INTERVAL=2',
    'FREQ=DAILY;BYDAY=MO,TU,WE,TH,FR',
    'RRULE:FREQ=WEEKLY;BYDAY=MO',
    'freq=weekly;byday=mo',
  ])('accepts %s', (rule) => {
    expect(recurrenceError(rule)).toBeNull();
    expect(isValidRecurrence(rule)).toBe(true);
  });

  it.each([
    ['', 'vide'],
    ['FREQ=YEARLY', 'YEARLY'],
    ['FREQ=HOURLY', 'HOURLY'],
    ['BYDAY=MO', 'FREQ'],
    ['FREQ=WEEKLY;FREQ=DAILY', 'répétée'],
    ['FREQ=WEEKLY;BYDAY', 'mal formée'],
    ['FREQ=WEEKLY;INTERVAL=0', 'INTERVAL'],
    ['FREQ=WEEKLY;INTERVAL=-1', 'INTERVAL'],
    ['FREQ=WEEKLY;INTERVAL=1.5', 'INTERVAL'],
    ['FREQ=WEEKLY;BYDAY=XX', 'BYDAY'],
    ['FREQ=WEEKLY;BYDAY=2TU', 'MONTHLY'],
    ['FREQ=MONTHLY;BYDAY=6TU', 'rang'],
    ['FREQ=MONTHLY;BYDAY=0TU', 'rang'],
    ['FREQ=MONTHLY;BYDAY=MO,1MO', 'mélanger'],
    ['FREQ=WEEKLY;UNTIL=2027-06-30', 'UNTIL'],
    ['FREQ=WEEKLY;UNTIL=20270230', 'UNTIL'],
    ['FREQ=WEEKLY;COUNT=0', 'COUNT'],
    ['FREQ=WEEKLY;COUNT=5;UNTIL=20270630', 'ensemble'],
    ['FREQ=MONTHLY;BYMONTHDAY=15', 'BYMONTHDAY'],
    ['FREQ=WEEKLY;BYSETPOS=1', 'BYSETPOS'],
    ['DTSTART=20270101;FREQ=WEEKLY', 'DTSTART'],
    ['FREQ=WEEKLY;WKST=XX', 'WKST'],
  ])('rejects %j with a French reason mentioning %s', (rule, fragment) => {
    const reason = recurrenceError(rule);
    expect(reason).toContain(fragment);
    expect(isValidRecurrence(rule)).toBe(false);
    expect(() => parseRecurrence(rule)).toThrow(RecurrenceError);
  });
});

describe('expandOccurrences (tables)', () => {
  it('weekly on two days, every other week, until a date', () => {
    expect(expandOccurrences({ firstDay: '2027-03-01', recurrence: 'FREQ=WEEKLY;INTERVAL=2;BYDAY=MO,TH;UNTIL=20270401' }, '2027-03-01', '2027-12-31'))
      .toEqual(['2027-03-01', '2027-03-04', '2027-03-15', '2027-03-18', '2027-03-29', '2027-04-01']);
  });

  it('fast-forwards: a rule started years ago expands only the window', () => {
    expect(expandOccurrences({ firstDay: '2001-01-01', recurrence: 'FREQ=WEEKLY;INTERVAL=2;BYDAY=MO' }, '2027-03-01', '2027-03-31'))
      .toEqual(oracle('2001-01-01', 'FREQ=WEEKLY;INTERVAL=2;BYDAY=MO', '2027-03-01', '2027-03-31'));
  });

  it('monthly n-th and last weekday', () => {
    expect(expandOccurrences({ firstDay: '2027-01-01', recurrence: 'FREQ=MONTHLY;BYDAY=2TU' }, '2027-01-01', '2027-06-30'))
      .toEqual(['2027-01-12', '2027-02-09', '2027-03-09', '2027-04-13', '2027-05-11', '2027-06-08']);
    expect(expandOccurrences({ firstDay: '2027-01-01', recurrence: 'FREQ=MONTHLY;BYDAY=-1FR' }, '2027-01-01', '2027-04-30'))
      .toEqual(['2027-01-29', '2027-02-26', '2027-03-26', '2027-04-30']);
    // a 5th Monday exists only in some months
    expect(expandOccurrences({ firstDay: '2027-01-01', recurrence: 'FREQ=MONTHLY;BYDAY=5MO' }, '2027-01-01', '2027-12-31'))
      .toEqual(['2027-03-29', '2027-05-31', '2027-08-30', '2027-11-29']);
  });

  it('the first day counts only if it matches the rule; COUNT counts matches', () => {
    expect(expandOccurrences({ firstDay: '2027-03-03', recurrence: 'FREQ=WEEKLY;BYDAY=MO;COUNT=3' }, '2027-01-01', '2027-12-31'))
      .toEqual(['2027-03-08', '2027-03-15', '2027-03-22']);
  });

  it('without BYDAY, weekly repeats the first day\'s weekday and monthly its day of month', () => {
    expect(expandOccurrences({ firstDay: '2027-03-03', recurrence: 'FREQ=WEEKLY' }, '2027-03-01', '2027-03-20')).toEqual(['2027-03-03', '2027-03-10', '2027-03-17']);
    expect(expandOccurrences({ firstDay: '2027-01-31', recurrence: 'FREQ=MONTHLY' }, '2027-01-01', '2027-05-31')).toEqual(['2027-01-31', '2027-03-31', '2027-05-31']);
  });

  it('no recurrence: once, on the first day', () => {
    expect(expandOccurrences({ firstDay: '2027-03-03', recurrence: null }, '2027-03-01', '2027-03-31')).toEqual(['2027-03-03']);
    expect(expandOccurrences({ firstDay: '2027-03-03', recurrence: null }, '2027-03-04', '2027-03-31')).toEqual([]);
  });

  it('a UNTIL with a UTC time is compared with the local start in the zone', () => {
    // 2027-06-30 21:59:59Z is 23:59:59 in Paris but 18:59:59 in Cayenne
    const rule = { firstDay: '2027-06-01', recurrence: 'FREQ=WEEKLY;BYDAY=WE;UNTIL=20270630T215959Z', startTime: '20:00' };
    expect(expandOccurrences(rule, '2027-06-20', '2027-07-31', 'Europe/Paris')).toEqual(['2027-06-23', '2027-06-30']);
    expect(expandOccurrences(rule, '2027-06-20', '2027-07-31', 'America/Cayenne')).toEqual(['2027-06-23']);
    // 2027-07-01 02:00Z is still 30 June in Cayenne
    const late = { ...rule, recurrence: 'FREQ=WEEKLY;BYDAY=WE;UNTIL=20270701T020000Z' };
    expect(expandOccurrences(late, '2027-06-20', '2027-07-31', 'America/Cayenne')).toEqual(['2027-06-23', '2027-06-30']);
    expect(expandOccurrences(late, '2027-06-20', '2027-07-31', 'Europe/Paris')).toEqual(['2027-06-23', '2027-06-30']);
  });

  it('nextOccurrences previews the first n from a date', () => {
    const rule = { firstDay: '2027-01-04', recurrence: 'FREQ=WEEKLY;INTERVAL=2;BYDAY=MO,TH' };
    expect(nextOccurrences(rule, 3)).toEqual(['2027-01-04', '2027-01-07', '2027-01-18']);
    expect(nextOccurrences(rule, 3, '2027-03-02')).toEqual(['2027-03-04', '2027-03-15', '2027-03-18']);
    expect(nextOccurrences({ firstDay: '2027-01-04', recurrence: 'FREQ=WEEKLY;COUNT=2' }, 5)).toEqual(['2027-01-04', '2027-01-11']);
    expect(nextOccurrences({ firstDay: '2027-01-04', recurrence: null }, 5, '2027-01-05')).toEqual([]);
  });

  it('throws on an invalid rule', () => {
    expect(() => expandOccurrences({ firstDay: '2027-01-04', recurrence: 'FREQ=YEARLY' }, '2027-01-01', '2027-12-31')).toThrow(RecurrenceError);
  });
});

describe('expandOccurrences against rrule (oracle)', () => {
  const weekday = fc.constantFrom('MO', 'TU', 'WE', 'TH', 'FR', 'SA', 'SU');
  const day = fc.integer({ min: Date.UTC(2024, 0, 1) / 86_400_000, max: Date.UTC(2029, 11, 31) / 86_400_000 })
    .map((n) => new Date(n * 86_400_000).toISOString().slice(0, 10));
  const compact = (iso: string) => iso.replaceAll('-', '');
  const end = fc.oneof(
    fc.constant(''),
    day.map((d) => `;UNTIL=${compact(d)}`),
    day.map((d) => `;UNTIL=${compact(d)}T120000Z`),
    fc.integer({ min: 1, max: 40 }).map((n) => `;COUNT=${n}`),
  );
  const weekly = fc.tuple(fc.integer({ min: 1, max: 5 }), fc.option(fc.uniqueArray(weekday, { minLength: 1, maxLength: 7 }), { nil: undefined }), fc.option(weekday, { nil: undefined }))
    .map(([interval, days, wkst]) => `FREQ=WEEKLY;INTERVAL=${interval}${days ? `;BYDAY=${days.join(',')}` : ''}${wkst ? `;WKST=${wkst}` : ''}`);
  const ordinal = fc.tuple(fc.constantFrom(1, 2, 3, 4, 5, -1, -2, -5), weekday).map(([n, d]) => `${n}${d}`);
  const monthly = fc.tuple(fc.integer({ min: 1, max: 4 }), fc.option(fc.oneof(fc.uniqueArray(ordinal, { minLength: 1, maxLength: 3 }), fc.uniqueArray(weekday, { minLength: 1, maxLength: 3 })), { nil: undefined }))
    .map(([interval, days]) => `FREQ=MONTHLY;INTERVAL=${interval}${days ? `;BYDAY=${days.join(',')}` : ''}`);
  const daily = fc.tuple(fc.integer({ min: 1, max: 9 }), fc.option(fc.uniqueArray(weekday, { minLength: 1, maxLength: 7 }), { nil: undefined }))
    .map(([interval, days]) => `FREQ=DAILY;INTERVAL=${interval}${days ? `;BYDAY=${days.join(',')}` : ''}`);

  it('same occurrence days for random rules and windows', () => {
    fc.assert(fc.property(fc.oneof(weekly, monthly, daily), end, day, day, fc.integer({ min: 0, max: 400 }), (rule, ending, firstDay, from, span) => {
      const recurrence = rule + ending;
      const to = new Date(Date.parse(from) + span * 86_400_000).toISOString().slice(0, 10);
      expect(expandOccurrences({ firstDay, recurrence }, from, to), `${firstDay} ${recurrence} [${from}, ${to}]`)
        .toEqual(oracle(firstDay, recurrence, from, to));
    }), { numRuns: 500 });
  });

  it('nextOccurrences equals the oracle\'s first n', () => {
    fc.assert(fc.property(fc.oneof(weekly, monthly), end, day, fc.integer({ min: 1, max: 12 }), (rule, ending, firstDay, n) => {
      const recurrence = rule + ending;
      expect(nextOccurrences({ firstDay, recurrence }, n)).toEqual(oracle(firstDay, recurrence, firstDay, '2060-01-01').slice(0, n));
    }), { numRuns: 300 });
  });
});
