// The créneau computation (reference brief §2.3), on integer epoch milliseconds.
//
// For each agent, each plage occurrence minus the agent's busy time gives free intervals; a
// créneau starts at the beginning of each free interval, then every `duration`, as long as it
// fits in the interval. A free interval that has already begun starts at the first 5-minute
// boundary of local wall time at or after now. A créneau belongs to one plage occurrence: two
// plages of the same agent (possibly in different lieux) are never joined into one window.
// Distinct start times are returned once with the sorted list of free agents.

import { daysFromCivil, civilFromDays, MS_PER_DAY, MS_PER_MINUTE, parseIsoDate } from './days.js';
import { buildAgendas, type Agenda } from './agenda.js';
import { holidayDays } from './holidays.js';
import type { ComputeCreneauxInput, Creneau } from './types.js';
import { dayInfo, getZone, localDayOfMs, offsetAtMs, wallToMs } from './zone.js';

const FIVE_MINUTES = 5 * MS_PER_MINUTE;
/** With a limit, days are swept in chunks this long, stopping once enough créneaux are found. */
const LIMIT_CHUNK_DAYS = 7;

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
    for (const day of holidayDays(year, input.departement)) if (day >= firstDay && day <= lastDay) holidays.add(day);
  }
  const agendas = buildAgendas({ zone, firstDay, lastDay, holidays }, input.plages, input.absences, input.busy);

  // First créneau of a free interval that has already begun: next 5-minute boundary of local time.
  const nowOffset = offsetAtMs(zone, now) * MS_PER_MINUTE;
  const nowGrid = Math.ceil((now + nowOffset) / FIVE_MINUTES) * FIVE_MINUTES - nowOffset;

  // start → indices of the free agents (agents are swept in id order, so lists come out sorted).
  const found = new Map<number, number[]>();
  let agentIndex = 0;
  const emit = (from: number, to: number): void => {
    const lastStart = Math.min(to - duration, latest);
    if (lastStart < earliest) return;
    let t = from >= now ? from : nowGrid;
    // Keep the grid of the interval, skip the steps before the booking window.
    if (t < earliest) t += Math.ceil((earliest - t) / duration) * duration;
    for (; t <= lastStart; t += duration) {
      const agents = found.get(t);
      if (agents === undefined) found.set(t, [agentIndex]);
      else if (agents[agents.length - 1] !== agentIndex) agents.push(agentIndex); // overlapping plages of one agent
    }
  };

  const sweep = (agenda: Agenda, boundary: number): void => {
    const occ = agenda.occurrences;
    const busy = agenda.busy;
    const busyLength = busy.length;
    let i = agenda.occurrenceCursor;
    let j = agenda.busyCursor;
    for (; i < occ.length && occ[i]! < boundary; i += 2) {
      const start = occ[i]!;
      const end = occ[i + 1]!;
      // Occurrences come by start, so busy time ending before this one is done with for good.
      while (j < busyLength && busy[j + 1]! <= start) j += 2;
      let cursor = start;
      for (let k = j; k < busyLength && busy[k]! < end; k += 2) {
        if (busy[k]! > cursor) emit(cursor, busy[k]!);
        if (busy[k + 1]! > cursor) cursor = busy[k + 1]!;
      }
      if (cursor < end) emit(cursor, end);
    }
    agenda.occurrenceCursor = i;
    agenda.busyCursor = j;
  };

  if (limit === Infinity) {
    for (agentIndex = 0; agentIndex < agendas.length; agentIndex++) sweep(agendas[agentIndex]!, Infinity);
  } else {
    // Créneaux of a later local day always start later, so once a chunk of days yields enough
    // distinct starts the rest of the range cannot change the first `limit` ones.
    for (let chunkStart = firstDay; chunkStart <= lastDay && found.size < limit; chunkStart += LIMIT_CHUNK_DAYS) {
      const next = chunkStart + LIMIT_CHUNK_DAYS;
      const boundary = next > lastDay ? Infinity : wallToMs(dayInfo(zone, next), next, 0);
      for (agentIndex = 0; agentIndex < agendas.length; agentIndex++) sweep(agendas[agentIndex]!, boundary);
    }
  }

  const starts = Float64Array.from(found.keys()).sort();
  const count = Math.min(starts.length, limit);
  const result = new Array<Creneau>(count);
  for (let n = 0; n < count; n++) {
    const startsAt = starts[n]!;
    const agents = found.get(startsAt)!;
    const agentIds = new Array<string>(agents.length);
    for (let a = 0; a < agents.length; a++) agentIds[a] = agendas[agents[a]!]!.id;
    result[n] = { startsAt, endsAt: startsAt + duration, agentIds };
  }
  return result;
}
