import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { formatInstant, instantToLocal, localDateOf, zonedToInstant } from './zone.js';

const ZONES = ['Europe/Paris', 'Indian/Reunion', 'America/Cayenne', 'Pacific/Noumea', 'America/Guadeloupe', 'Indian/Mayotte',
  'America/Santiago', 'Australia/Lord_Howe', 'America/New_York', 'Asia/Kathmandu'];

/** Local wall time of an instant straight from Intl, as 'YYYY-MM-DDTHH:MM:SS'. */
function intlWall(ms: number, timeZone: string): string {
  const p = Object.fromEntries(new Intl.DateTimeFormat('en-US', {
    timeZone, hourCycle: 'h23', year: 'numeric', month: '2-digit', day: '2-digit', hour: '2-digit', minute: '2-digit', second: '2-digit',
  }).formatToParts(ms).map((x) => [x.type, x.value]));
  return `${p.year}-${p.month}-${p.day}T${p.hour}:${p.minute}:${p.second}`;
}

describe('zonedToInstant / formatInstant', () => {
  it.each([
    // Europe/Paris, spring forward 2026-03-29 and 2027-03-28 at 02:00 → 03:00
    ['Europe/Paris', '2026-03-29', '01:59', '2026-03-29T01:59:00+01:00'],
    ['Europe/Paris', '2026-03-29', '03:00', '2026-03-29T03:00:00+02:00'],
    ['Europe/Paris', '2026-03-29', '09:00', '2026-03-29T09:00:00+02:00'],
    ['Europe/Paris', '2027-03-28', '00:00', '2027-03-28T00:00:00+01:00'],
    ['Europe/Paris', '2027-03-29', '09:00', '2027-03-29T09:00:00+02:00'],
    // nonexistent wall times move forward by the gap (Temporal 'compatible')
    ['Europe/Paris', '2026-03-29', '02:00', '2026-03-29T03:00:00+02:00'],
    ['Europe/Paris', '2027-03-28', '02:30', '2027-03-28T03:30:00+02:00'],
    // fall back 2026-10-25 and 2027-10-31 at 03:00 → 02:00: ambiguous times take the earlier instant
    ['Europe/Paris', '2026-10-25', '02:30', '2026-10-25T02:30:00+02:00'],
    ['Europe/Paris', '2026-10-25', '03:00', '2026-10-25T03:00:00+01:00'],
    ['Europe/Paris', '2027-10-31', '01:59', '2027-10-31T01:59:00+02:00'],
    ['Europe/Paris', '2027-10-31', '02:00', '2027-10-31T02:00:00+02:00'],
    ['Europe/Paris', '2027-10-31', '09:00', '2027-10-31T09:00:00+01:00'],
    // no DST overseas
    ['Indian/Reunion', '2027-03-28', '09:00', '2027-03-28T09:00:00+04:00'],
    ['Indian/Reunion', '2027-10-31', '09:00', '2027-10-31T09:00:00+04:00'],
    ['America/Cayenne', '2027-03-28', '09:00', '2027-03-28T09:00:00-03:00'],
    ['America/Cayenne', '2027-10-31', '23:59', '2027-10-31T23:59:00-03:00'],
    ['Pacific/Noumea', '2027-01-01', '00:00', '2027-01-01T00:00:00+11:00'],
    ['Asia/Kathmandu', '2027-06-01', '12:00', '2027-06-01T12:00:00+05:45'],
  ])('%s %s %s → %s', (zone, date, time, expected) => {
    const ms = zonedToInstant(date, time, zone);
    expect(formatInstant(ms, zone)).toBe(expected);
    expect(ms).toBe(Date.parse(expected));
  });

  it('reads both sides of the Paris fall-back overlap', () => {
    const first = Date.parse('2027-10-31T00:30:00Z');
    const second = Date.parse('2027-10-31T01:30:00Z');
    expect(instantToLocal(first, 'Europe/Paris')).toEqual({ date: '2027-10-31', time: '02:30', offsetMinutes: 120 });
    expect(instantToLocal(second, 'Europe/Paris')).toEqual({ date: '2027-10-31', time: '02:30', offsetMinutes: 60 });
    expect(formatInstant(second, 'Europe/Paris')).toBe('2027-10-31T02:30:00+01:00');
  });

  it('formats seconds and dates across midnight', () => {
    expect(formatInstant(Date.parse('2027-03-28T23:30:15.999Z'), 'Europe/Paris')).toBe('2027-03-29T01:30:15+02:00');
    expect(localDateOf(Date.parse('2027-03-28T23:30:00Z'), 'Europe/Paris')).toBe('2027-03-29');
    expect(localDateOf(Date.parse('2027-03-29T02:30:00Z'), 'America/Cayenne')).toBe('2027-03-28');
  });

  it('rejects unknown zones', () => {
    expect(() => zonedToInstant('2027-01-01', '09:00', 'Europe/Lille')).toThrow(RangeError);
  });
});

describe('against Intl', () => {
  const zone = fc.constantFrom(...ZONES);
  const instant = fc.integer({ min: Date.UTC(2020, 0, 1) / 60_000, max: Date.UTC(2035, 0, 1) / 60_000 }).map((m) => m * 60_000);

  it('instantToLocal and formatInstant match Intl', () => {
    fc.assert(fc.property(zone, instant, fc.integer({ min: 0, max: 59_999 }), (tz, ms, extra) => {
      const local = instantToLocal(ms + extra, tz);
      expect(`${local.date}T${local.time}`).toBe(intlWall(ms, tz).slice(0, 16));
      expect(formatInstant(ms + extra, tz).slice(0, 19)).toBe(intlWall(ms + extra, tz));
      expect(Date.parse(formatInstant(ms, tz))).toBe(ms);
    }), { numRuns: 3000 });
  });

  it('zonedToInstant inverts instantToLocal (earliest instant when ambiguous)', () => {
    fc.assert(fc.property(zone, instant, (tz, ms) => {
      const { date, time } = instantToLocal(ms, tz);
      const back = zonedToInstant(date, time, tz);
      expect(intlWall(back, tz)).toBe(intlWall(ms, tz));
      expect(back).toBeLessThanOrEqual(ms);
      // earlier: nothing before `back` (within an hour) shows the same wall time
      if (back < ms) expect(ms - back).toBeLessThanOrEqual(60 * 60_000);
    }), { numRuns: 3000 });
  });

  it('wall times in a gap move forward by the size of the gap', () => {
    // Around every transition of the years tested, check each minute of a ±2 h window.
    for (const tz of ZONES) {
      for (let ms = Date.UTC(2026, 0, 1); ms < Date.UTC(2028, 0, 1); ms += 3_600_000) {
        const before = instantToLocal(ms, tz).offsetMinutes;
        const after = instantToLocal(ms + 3_600_000, tz).offsetMinutes;
        if (after <= before) continue;
        // spring forward somewhere in (ms, ms + 1 h]: find the first instant with the new offset
        let t = ms;
        while (instantToLocal(t, tz).offsetMinutes === before) t += 60_000;
        const gap = after - before;
        const wallAtT = (t / 60_000 + before) * 60_000; // the first wall time that does not exist
        for (let k = 0; k < gap; k += 5) {
          const wall = new Date(wallAtT + k * 60_000).toISOString();
          const got = zonedToInstant(wall.slice(0, 10), wall.slice(11, 16), tz);
          expect(got, `${tz} ${wall}`).toBe(t + k * 60_000);
          expect(instantToLocal(got, tz).offsetMinutes).toBe(after);
        }
      }
    }
  });
});
