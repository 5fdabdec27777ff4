import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { civilFromDays, daysFromCivil, formatIsoDate, parseIsoDate, parseWallTime, weekdayOf } from './days.js';

describe('day numbers', () => {
  it('agree with Date.UTC over ±1000 years', () => {
    fc.assert(fc.property(fc.integer({ min: -365_000, max: 365_000 }), (n) => {
      const d = new Date(n * 86_400_000);
      expect(civilFromDays(n)).toEqual([d.getUTCFullYear(), d.getUTCMonth() + 1, d.getUTCDate()]);
      expect(daysFromCivil(d.getUTCFullYear(), d.getUTCMonth() + 1, d.getUTCDate())).toBe(n);
      expect(weekdayOf(n)).toBe((d.getUTCDay() + 6) % 7);
    }), { numRuns: 2000 });
  });

  it.each([
    ['1970-01-01', 0, 3], // a Thursday
    ['2027-03-28', 20_905, 6], // a Sunday
    ['2000-02-29', 11_016, 1],
    ['1969-12-31', -1, 2],
  ])('%s is day %i, weekday %i', (iso, n, weekday) => {
    expect(parseIsoDate(iso)).toBe(n);
    expect(formatIsoDate(n)).toBe(iso);
    expect(weekdayOf(n)).toBe(weekday);
  });

  it.each(['2027-02-29', '2027-13-01', '2027-3-1', '27-03-01', '2027-03-01T00:00', ''])('rejects date %j', (value) => {
    expect(() => parseIsoDate(value)).toThrow(RangeError);
  });

  it('parses wall times, tolerating PostgreSQL seconds', () => {
    expect(parseWallTime('00:00')).toBe(0);
    expect(parseWallTime('09:05')).toBe(545);
    expect(parseWallTime('23:59:00')).toBe(1439);
    for (const bad of ['24:00', '9:00', '09:60', '09:00:30', '']) expect(() => parseWallTime(bad)).toThrow(RangeError);
  });
});
