import { describe, expect, it } from 'vitest';
import { addDays, epochFromWallClock, localDayDifference, offsetMinutesAt, zonedParts } from './zoned-time.js';

const wall = (year: number, month: number, day: number, hour: number, minute = 0) => ({ year, month, day, hour, minute });

describe('zoned time', () => {
  it('offsets in French zones', () => {
    expect(offsetMinutesAt(Date.UTC(2027, 0, 15), 'Europe/Paris')).toBe(60);
    expect(offsetMinutesAt(Date.UTC(2027, 6, 15), 'Europe/Paris')).toBe(120);
    expect(offsetMinutesAt(Date.UTC(2027, 6, 15), 'Indian/Reunion')).toBe(240);
    expect(offsetMinutesAt(Date.UTC(2027, 6, 15), 'America/Cayenne')).toBe(-180);
    expect(offsetMinutesAt(Date.UTC(2027, 6, 15), 'Pacific/Noumea')).toBe(660);
  });

  it('wall clock → instant, on both sides of the DST changes', () => {
    expect(new Date(epochFromWallClock(wall(2027, 3, 27, 9), 'Europe/Paris')).toISOString()).toBe('2027-03-27T08:00:00.000Z');
    expect(new Date(epochFromWallClock(wall(2027, 3, 29, 10), 'Europe/Paris')).toISOString()).toBe('2027-03-29T08:00:00.000Z');
    expect(new Date(epochFromWallClock(wall(2027, 4, 1, 14, 30), 'Indian/Reunion')).toISOString()).toBe('2027-04-01T10:30:00.000Z');
  });

  it('a time skipped in spring is shifted forward; a repeated time in autumn takes the first', () => {
    // 28 March 2027 02:30 does not exist in Paris → 03:30 CEST.
    expect(new Date(epochFromWallClock(wall(2027, 3, 28, 2, 30), 'Europe/Paris')).toISOString()).toBe('2027-03-28T01:30:00.000Z');
    // 31 October 2027 02:30 happens twice → the CEST one.
    expect(new Date(epochFromWallClock(wall(2027, 10, 31, 2, 30), 'Europe/Paris')).toISOString()).toBe('2027-10-31T00:30:00.000Z');
  });

  it('round-trips and calendar helpers', () => {
    const t = Date.UTC(2027, 9, 31, 1, 15); // 02:15 CET, second pass
    const p = zonedParts(t, 'Europe/Paris');
    expect(p).toMatchObject({ year: 2027, month: 10, day: 31, hour: 2, minute: 15, weekday: 0 });
    expect(addDays({ year: 2027, month: 3, day: 1 }, -1)).toEqual({ year: 2027, month: 2, day: 28 });
    expect(addDays({ year: 2028, month: 2, day: 28 }, 1)).toEqual({ year: 2028, month: 2, day: 29 });
    // 23:30 on the 26th → 07:00 on the 27th in Paris; 02:30 → 10:00 on the 27th in La Réunion.
    expect(localDayDifference(Date.UTC(2027, 2, 26, 22, 30), Date.UTC(2027, 2, 27, 6), 'Europe/Paris')).toBe(1);
    expect(localDayDifference(Date.UTC(2027, 2, 26, 22, 30), Date.UTC(2027, 2, 27, 6), 'Indian/Reunion')).toBe(0);
    expect(localDayDifference(Date.UTC(2027, 2, 26, 12), Date.UTC(2027, 2, 27, 6), 'Indian/Reunion')).toBe(1);
  });
});
