// The créneau computation (reference brief §2.3), on integer epoch milliseconds.
//
// For each agent, each plage occurrence minus the agent's busy time gives free intervals; a
// créneau starts at the beginning of each free interval, then every `duration`, as long as it
// fits in the interval. A free interval that has already begun starts at the first 5-minute
// boundary of local wall time at or after now. A créneau belongs to one plage occurrence: two
// plages of the same agent (possibly in different lieux) are never joined into one window.
// Distinct start times are returned once with the sorted list of free agents.
//
// Days are swept in order, all agents per day, into per-minute buckets of that day: the output
// comes out sorted without a global sort or a Map keyed by instants, and a `limit` stops the
// sweep as soon as enough days have been filled.

import { civilFromDays, daysFromCivil, MS_PER_DAY, MS_PER_MINUTE, parseIsoDate } from './days.js';
import { buildAgendas } from './agenda.js';
import { holidayDays } from './holidays.js';
import type { ComputeCreneauxInput, Creneau } from './types.js';
import { dayInfo, getZone, localDayOfMs, offsetAtMs, wallToMs, type DayInfo } from './zone.js';

const FIVE_MINUTES = 5 * MS_PER_MINUTE;
/** Minutes from a local midnight that a day's créneaux can reach (a day lasts up to 25 h, more in odd zones). */
const DAY_BUCKETS = 1_440 + 180;

export function computeCreneaux(input: ComputeCreneauxInput): Creneau[] {
  const { now, durationMinutes } = input;
  if (!Number.isFinite(now)) throw new RangeError('now must be a finite epoch ms');
  if (!Number.isInteger(durationMinutes) || durationMinutes <= 0) throw new RangeError('durationMinutes must be a positive integer');
  const limit = input.limit ?? Infinity;
  if (!(limit > 0)) return [];
  const zone = getZone(input.timezone);
  const duration = durationMinutes * MS_PER_MINUTE;

  // Booking window: agents get [now, ∞); public callers [now + min delay, now + max delay].
  let earliest = now;
  let latest = Infinity;
  if (input.minDelayMinutes != null) {
    earliest = Math.max(now, now + input.minDelayMinutes * MS_PER_MINUTE);
    if (input.maxDelayDays != null) latest = now + input.maxDelayDays * MS_PER_DAY;
  }

  // Plages never cross midnight, so a créneau lies on the local day of its occurrence: days
  // outside [day(earliest), day(latest)] cannot contribute.
  const firstDay = Math.max(parseIsoDate(input.from), localDayOfMs(zone, earliest));
  let lastDay = parseIsoDate(input.to);
  if (latest !== Infinity) lastDay = Math.min(lastDay, localDayOfMs(zone, latest));
  if (firstDay > lastDay) return [];

  const holidays = new Set<number>();
  for (let year = civilFromDays(firstDay)[0]; daysFromCivil(year, 1, 1) <= lastDay; year++) {
    for (const day of holidayDays(year, input.departement)) holidays.add(day);
  }
  const infos: DayInfo[] = [];
  for (let d = firstDay; d <= lastDay + 1; d++) infos.push(dayInfo(zone, d));
  const { agents, busy } = buildAgendas({ zone, firstDay, lastDay, holidays, infos }, input.plages, input.absences, input.busy);

  // First créneau of a free interval that has already begun: next 5-minute boundary of local time.
  const nowOffset = offsetAtMs(zone, now) * MS_PER_MINUTE;
  const nowGrid = Math.ceil((now + nowOffset) / FIVE_MINUTES) * FIVE_MINUTES - nowOffset;

  // The current day's créneaux: bucket i holds the agents free at dayStart + i minutes. Starts
  // off the minute grid (after an RDV ending at 10:17:30) go to `offGrid`.
  const buckets: (string[] | undefined)[] = new Array(DAY_BUCKETS).fill(undefined);
  const offGrid = new Map<number, string[]>();
  let dayStart = 0;
  let minBucket = DAY_BUCKETS;
  let maxBucket = -1;
  let agentId = '';

  const emit = (from: number, to: number): void => {
    const lastStart = Math.min(to - duration, latest);
    if (lastStart < earliest) return;
    let t = from >= now ? from : nowGrid;
    // Keep the grid of the interval, skip the steps before the booking window.
    if (t < earliest) t += Math.ceil((earliest - t) / duration) * duration;
    for (; t <= lastStart; t += duration) {
      const minute = (t - dayStart) / MS_PER_MINUTE;
      let agentsAt: string[] | undefined;
      if ((minute | 0) === minute && minute < DAY_BUCKETS) {
        agentsAt = buckets[minute];
        if (agentsAt === undefined) {
          buckets[minute] = [agentId];
          if (minute < minBucket) minBucket = minute;
          if (minute > maxBucket) maxBucket = minute;
          continue;
        }
      } else {
        agentsAt = offGrid.get(t);
        if (agentsAt === undefined) { offGrid.set(t, [agentId]); continue; }
      }
      // Two overlapping plages of one agent offer the same start: list the agent once.
      if (agentsAt[agentsAt.length - 1] !== agentId) agentsAt.push(agentId);
    }
  };

  const result: Creneau[] = [];
  for (let day = firstDay; day <= lastDay && result.length < limit; day++) {
    dayStart = wallToMs(infos[day - firstDay]!, day, 0);
    const dayEnd = wallToMs(infos[day + 1 - firstDay]!, day + 1, 0);
    for (const agenda of agents) {
      agentId = agenda.id;
      const occ = agenda.occurrences;
      const busyTo = agenda.busyTo;
      let i = agenda.occurrenceCursor;
      let j = agenda.busyCursor;
      for (; i < occ.length && occ[i]! < dayEnd; i += 2) {
        const start = occ[i]!;
        const end = occ[i + 1]!;
        // Occurrences come by start, so busy time ending before this one is done with for good.
        while (j < busyTo && busy[j + 1]! <= start) j += 2;
        let cursor = start;
        for (let k = j; k < busyTo && busy[k]! < end; k += 2) {
          if (busy[k]! > cursor) emit(cursor, busy[k]!);
          if (busy[k + 1]! > cursor) cursor = busy[k + 1]!;
        }
        if (cursor < end) emit(cursor, end);
      }
      agenda.occurrenceCursor = i;
      agenda.busyCursor = j;
    }

    // Flush the day in start order.
    const dayFirst = result.length;
    for (let m = minBucket; m <= maxBucket; m++) {
      const agentIds = buckets[m];
      if (agentIds === undefined) continue;
      buckets[m] = undefined;
      const startsAt = dayStart + m * MS_PER_MINUTE;
      result.push({ startsAt, endsAt: startsAt + duration, agentIds });
    }
    minBucket = DAY_BUCKETS;
    maxBucket = -1;
    if (offGrid.size > 0) {
      for (const [startsAt, agentIds] of offGrid) result.push({ startsAt, endsAt: startsAt + duration, agentIds });
      offGrid.clear();
      const dayCreneaux = result.splice(dayFirst).sort((a, b) => a.startsAt - b.startsAt);
      for (const creneau of dayCreneaux) result.push(creneau);
    }
  }
  if (result.length > limit) result.length = limit;
  return result;
}
