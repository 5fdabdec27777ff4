import { HOUR, MINUTE, addDays, epochFromWallClock, zonedParts } from './zoned-time.js';

/**
 * When to send the reminder of a RDV (epoch ms), or null when no separate reminder is due.
 *
 * RDV-Solidarités sends it 48 h before and silently skips RDVs booked less than ~48 h ahead
 * (reference §4.3, §9.7). Créneau never skips a RDV for that reason:
 *
 * 1. **Normal**: `startsAt − 48 h` (real elapsed hours, so DST-safe), provided it falls at
 *    least 12 h after the booking. Sooner than that, the confirmation is still fresh and a
 *    reminder the evening before is worth more.
 * 2. **Short notice, evening before**: 18:00 local time (territoire's zone) on the day before
 *    the RDV, if that is ≥ 1 h after the booking and ≥ 2 h before the RDV.
 * 3. **Short notice, same day**: 2 h before the RDV, moved to 08:00 local when that would be
 *    earlier (no SMS in the night to people on a shared phone), if the result is ≥ 30 min
 *    after the booking and ≥ 1 h before the RDV.
 * 4. Otherwise **null**: the RDV is so close to its booking that the confirmation, sent at
 *    booking time, already serves as the reminder. This is the only null besides a booking
 *    made at or after the start (nothing to remind).
 */
export function reminderTimeFor(startsAt: number, bookedAt: number, timezone: string): number | null {
  if (bookedAt >= startsAt) return null;

  const normal = startsAt - 48 * HOUR;
  if (normal >= bookedAt + 12 * HOUR) return normal;

  const local = zonedParts(startsAt, timezone);
  const eveningBefore = epochFromWallClock({ ...addDays(local, -1), hour: 18, minute: 0 }, timezone);
  if (eveningBefore >= bookedAt + HOUR && eveningBefore <= startsAt - 2 * HOUR) return eveningBefore;

  const morning = epochFromWallClock({ ...local, hour: 8, minute: 0, second: 0 }, timezone);
  const sameDay = Math.max(startsAt - 2 * HOUR, morning);
  if (sameDay >= bookedAt + 30 * MINUTE && sameDay <= startsAt - HOUR) return sameDay;

  return null;
}
