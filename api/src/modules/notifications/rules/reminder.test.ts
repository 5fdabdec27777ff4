import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { reminderTimeFor } from './reminder.js';
import { HOUR, MINUTE, epochFromWallClock, zonedParts } from './zoned-time.js';

const paris = (y: number, mo: number, d: number, h: number, mi = 0) =>
  epochFromWallClock({ year: y, month: mo, day: d, hour: h, minute: mi }, 'Europe/Paris');
const iso = (t: number | null) => (t === null ? null : new Date(t).toISOString());

describe('reminderTimeFor', () => {
  it.each([
    // [case, startsAt, bookedAt, zone, expected ISO]
    ['48 h of real time across the spring DST change: Mon 29/03 10:00 → Sat 27/03 09:00 local',
      Date.UTC(2027, 2, 29, 8), Date.UTC(2027, 2, 1, 9), 'Europe/Paris', '2027-03-27T08:00:00.000Z'],
    ['across the autumn change: Mon 01/11 10:00 CET → Sat 30/10 11:00 CEST',
      paris(2027, 11, 1, 10), paris(2027, 10, 1, 9), 'Europe/Paris', '2027-10-30T09:00:00.000Z'],
    ['booked exactly 60 h ahead: the 48 h reminder falls 12 h after booking, kept',
      paris(2027, 4, 7, 16), paris(2027, 4, 7, 16) - 60 * HOUR, 'Europe/Paris', iso(paris(2027, 4, 5, 16))],
    ['booked 50 h ahead: a reminder 2 h after booking is useless → 18:00 the evening before',
      paris(2027, 4, 7, 16), paris(2027, 4, 5, 14), 'Europe/Paris', '2027-04-06T16:00:00.000Z'],
    ['booked 46 h ahead → 18:00 local the evening before',
      paris(2027, 4, 6, 10), paris(2027, 4, 4, 12), 'Europe/Paris', '2027-04-05T16:00:00.000Z'],
    ['evening before on the spring DST day: Sun 28/03 18:00 CEST',
      Date.UTC(2027, 2, 29, 8), paris(2027, 3, 28, 9), 'Europe/Paris', '2027-03-28T16:00:00.000Z'],
    ['evening before on the autumn DST day: Sun 31/10 18:00 CET',
      paris(2027, 11, 1, 9), paris(2027, 10, 30, 12), 'Europe/Paris', '2027-10-31T17:00:00.000Z'],
    ['booked at 20:00 for 10:00 the next day → 08:00 the same morning (2 h before)',
      paris(2027, 4, 6, 10), paris(2027, 4, 5, 20), 'Europe/Paris', iso(paris(2027, 4, 6, 8))],
    ['booked 17:30 for 9:30 the next day: 18:00 too close to the booking; 7:30 is night → 08:00',
      paris(2027, 4, 6, 9, 30), paris(2027, 4, 5, 17, 30), 'Europe/Paris', iso(paris(2027, 4, 6, 8))],
    ['booked 17:30 for 8:45 the next day: 08:00 would be < 1 h before → the confirmation is the reminder',
      paris(2027, 4, 6, 8, 45), paris(2027, 4, 5, 17, 30), 'Europe/Paris', null],
    ['booked 10:00 for 15:00 the same day → 13:00',
      paris(2027, 4, 6, 15), paris(2027, 4, 6, 10), 'Europe/Paris', iso(paris(2027, 4, 6, 13))],
    ['booked 10:00 for 12:00 the same day → none (confirmation 2 h before)',
      paris(2027, 4, 6, 12), paris(2027, 4, 6, 10), 'Europe/Paris', null],
    ['booked after the start → none', paris(2027, 4, 6, 12), paris(2027, 4, 6, 12, 5), 'Europe/Paris', null],
    ['La Réunion: normal reminder, 48 h before', Date.UTC(2027, 3, 1, 10, 30), Date.UTC(2027, 2, 1), 'Indian/Reunion', '2027-03-30T10:30:00.000Z'],
    ['La Réunion: 18:00 local (14:00Z) the evening before',
      Date.UTC(2027, 3, 1, 10, 30), Date.UTC(2027, 2, 31, 4), 'Indian/Reunion', '2027-03-31T14:00:00.000Z'],
    ['Guyane: 18:00 local (21:00Z) the evening before',
      Date.UTC(2027, 3, 1, 13), Date.UTC(2027, 2, 31, 12), 'America/Cayenne', '2027-03-31T21:00:00.000Z'],
  ])('%s', (_case, startsAt, bookedAt, zone, expected) => {
    expect(iso(reminderTimeFor(startsAt as number, bookedAt as number, zone as string))).toBe(expected);
  });

  const zones = ['Europe/Paris', 'Indian/Reunion', 'America/Cayenne', 'America/Miquelon', 'Pacific/Noumea'];
  // RDVs during opening hours (08:00–19:00 local), in 2027–2028, booked 0–30 days before.
  const arb = fc
    .record({
      zone: fc.constantFrom(...zones),
      day: fc.integer({ min: 0, max: 730 }),
      minuteOfDay: fc.integer({ min: 8 * 60, max: 19 * 60 }),
      leadMinutes: fc.integer({ min: 1, max: 30 * 24 * 60 }),
    })
    .map(({ zone, day, minuteOfDay, leadMinutes }) => {
      const date = new Date(Date.UTC(2027, 0, 1 + day));
      const startsAt = epochFromWallClock(
        { year: date.getUTCFullYear(), month: date.getUTCMonth() + 1, day: date.getUTCDate(), hour: Math.floor(minuteOfDay / 60), minute: minuteOfDay % 60 },
        zone,
      );
      return { zone, startsAt, bookedAt: startsAt - leadMinutes * MINUTE };
    });

  it('properties: between booking and RDV, never silently skipped, never at night', () => {
    fc.assert(
      fc.property(arb, ({ zone, startsAt, bookedAt }) => {
        const r = reminderTimeFor(startsAt, bookedAt, zone);
        const lead = startsAt - bookedAt;
        if (lead >= 16 * HOUR) expect(r).not.toBeNull();
        if (lead >= 2.5 * HOUR && zonedParts(startsAt, zone).hour >= 10) expect(r).not.toBeNull();
        if (r === null) return;
        expect(r).toBeGreaterThanOrEqual(bookedAt + 30 * MINUTE);
        expect(r).toBeLessThanOrEqual(startsAt - HOUR);
        if (r === startsAt - 48 * HOUR) {
          expect(r).toBeGreaterThanOrEqual(bookedAt + 12 * HOUR);
        } else {
          // Short notice: between 08:00 and 18:00 local.
          const p = zonedParts(r, zone);
          expect(p.hour * 60 + p.minute).toBeGreaterThanOrEqual(8 * 60);
          expect(p.hour * 60 + p.minute).toBeLessThanOrEqual(18 * 60);
        }
      }),
      { numRuns: 2000, seed: 48 },
    );
  });
});
