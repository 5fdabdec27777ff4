// Per-agent preparation, done once per computation so the sweep in compute.ts is a merge of
// two sorted lists of epoch ms with no allocation per créneau:
// - plage occurrences as a flat sorted array [start0, end0, start1, end1, …];
// - busy time (RDVs + absences) in one shared Float64Array, a sorted and merged slice per agent.

import { parseIsoDate, parseWallTime } from './days.js';
import { collectDays, ruleLastDay } from './expand.js';
import { parseRecurrence } from './recurrence.js';
import type { BusyPeriod, EngineAbsence, EnginePlage } from './types.js';
import { dayInfo, wallToMs, type DayInfo, type Zone } from './zone.js';

export interface Agenda {
  readonly id: string;
  /** Plage occurrences [start, end), sorted by start; they may overlap (plage overlaps are only warnings). */
  occurrences: number[];
  /** End index of each plage's run of occurrences (each run is sorted), merged away once built. */
  runEnds: number[];
  /** This agent's slice [busyFrom, busyTo) of Agendas.busy: disjoint intervals, sorted. */
  busyFrom: number;
  busyTo: number;
  /** Sweep cursors, advanced day after day. */
  occurrenceCursor: number;
  busyCursor: number;
}

export interface Agendas {
  /** Sorted by agent id, so agent lists in the output come out sorted. */
  readonly agents: Agenda[];
  /** Flat [start, end, …] busy intervals of every agent, by slices. */
  readonly busy: Float64Array;
}

export interface AgendaWindow {
  readonly zone: Zone;
  /** First and last local day (day numbers) that can hold a créneau. */
  readonly firstDay: number;
  readonly lastDay: number;
  /** Holidays within [firstDay, lastDay]. */
  readonly holidays: ReadonlySet<number>;
  /** DayInfo of days firstDay … lastDay + 1, by index from firstDay. */
  readonly infos: readonly DayInfo[];
}

export function buildAgendas(window: AgendaWindow, plages: readonly EnginePlage[], absences: readonly EngineAbsence[], busy: readonly BusyPeriod[]): Agendas {
  const { zone, firstDay, lastDay, infos } = window;
  const info = (d: number): DayInfo => (d >= firstDay && d <= lastDay + 1 ? infos[d - firstDay]! : dayInfo(zone, d));
  const isHoliday = new Uint8Array(lastDay - firstDay + 1);
  for (const day of window.holidays) if (day >= firstDay && day <= lastDay) isHoliday[day - firstDay] = 1;

  // 1. Plage occurrences, grouped by agent.
  const byAgent = new Map<string, Agenda>();
  const days: number[] = [];
  for (const plage of plages) {
    const start = parseWallTime(plage.startTime);
    const end = parseWallTime(plage.endTime);
    if (end <= start) continue; // invalid per the model; nothing to offer
    const first = parseIsoDate(plage.firstDay);
    days.length = 0;
    if (plage.recurrence === null || plage.recurrence.trim() === '') {
      if (first >= firstDay && first <= lastDay) days.push(first);
    } else {
      const rule = parseRecurrence(plage.recurrence);
      collectDays(first, rule, firstDay, Math.min(lastDay, ruleLastDay(first, rule, start, zone.name)), days);
    }
    if (days.length === 0) continue;
    let agenda = byAgent.get(plage.agentId);
    if (!agenda) {
      agenda = { id: plage.agentId, occurrences: [], runEnds: [], busyFrom: 0, busyTo: 0, occurrenceCursor: 0, busyCursor: 0 };
      byAgent.set(plage.agentId, agenda);
    }
    const occ = agenda.occurrences;
    for (const day of days) {
      if (isHoliday[day - firstDay]) continue;
      const dayInfo = info(day);
      occ.push(wallToMs(dayInfo, day, start), wallToMs(dayInfo, day, end));
    }
    agenda.runEnds.push(occ.length);
  }
  const agents = [...byAgent.values()].sort((a, b) => (a.id < b.id ? -1 : a.id > b.id ? 1 : 0));
  // A null-prototype object: faster than Map.get for the one lookup per busy period.
  const indexOf: Record<string, number> = Object.create(null);
  agents.forEach((agenda, i) => {
    indexOf[agenda.id] = i;
    agenda.occurrences = mergeRuns(agenda.occurrences, agenda.runEnds);
    agenda.runEnds = [];
  });

  // 2. Busy intervals that can touch the window, counted per agent, then written by slices.
  const windowStart = wallToMs(info(firstDay), firstDay, 0);
  const windowEnd = wallToMs(info(lastDay + 1), lastDay + 1, 0);
  // One pass over the caller's objects (the expensive memory reads), copying what is kept.
  const counts = new Int32Array(agents.length + 1);
  const busyAgent = scratch.agents(busy.length);
  const busyTimes = scratch.times(2 * busy.length);
  let kept = 0;
  // Periods ordered by (agentId, start), as an index scan returns them, mostly skip the lookup.
  let lastId = '';
  let lastIndex: number | undefined;
  for (let i = 0; i < busy.length; i++) {
    const period = busy[i]!;
    const id = period.agentId;
    if (id !== lastId) { lastId = id; lastIndex = indexOf[id]; }
    const a = lastIndex;
    const s = period.start;
    const e = period.end;
    if (a === undefined || e <= s || e <= windowStart || s >= windowEnd) continue;
    busyAgent[kept] = a;
    busyTimes[2 * kept] = s;
    busyTimes[2 * kept + 1] = e;
    kept++;
    counts[a + 1]!++;
  }
  const extra: number[] = []; // absences as [agentIndex, start, end, …]
  for (const absence of absences) {
    const a = indexOf[absence.agentId];
    if (a === undefined) continue;
    const first = parseIsoDate(absence.firstDay);
    const span = parseIsoDate(absence.endDay) - first; // multi-day absences end `span` days later
    const start = parseWallTime(absence.startTime);
    const end = parseWallTime(absence.endTime);
    days.length = 0;
    if (absence.recurrence === null || absence.recurrence.trim() === '') {
      days.push(first);
    } else {
      const rule = parseRecurrence(absence.recurrence);
      // An occurrence starting `span` days before the window still reaches into it.
      collectDays(first, rule, firstDay - span, Math.min(lastDay, ruleLastDay(first, rule, start, zone.name)), days);
    }
    for (const day of days) {
      const s = wallToMs(info(day), day, start);
      const e = wallToMs(info(day + span), day + span, end);
      if (e > s && e > windowStart && s < windowEnd) { extra.push(a, s, e); counts[a + 1]!++; }
    }
  }
  for (let a = 0; a < agents.length; a++) counts[a + 1]! += counts[a]!;
  const all = scratch.busy(2 * counts[agents.length]!);
  const fill = counts.slice(0, agents.length);
  for (let i = 0; i < kept; i++) {
    const p = 2 * fill[busyAgent[i]!]!++;
    all[p] = busyTimes[2 * i]!;
    all[p + 1] = busyTimes[2 * i + 1]!;
  }
  for (let i = 0; i < extra.length; i += 3) {
    const a = extra[i]!;
    const p = 2 * fill[a]!++;
    all[p] = extra[i + 1]!;
    all[p + 1] = extra[i + 2]!;
  }
  for (let a = 0; a < agents.length; a++) {
    const from = 2 * counts[a]!;
    const to = 2 * counts[a + 1]!;
    // RDVs usually arrive ordered by start, which keeps each slice sorted: sort only if needed.
    sortPairsIfNeeded(all, from, to);
    agents[a]!.busyFrom = from;
    agents[a]!.busyCursor = from;
    agents[a]!.busyTo = mergePairs(all, from, to);
  }
  return { agents, busy: all };
}

/**
 * Sorts occurrences by start: each plage gives a sorted run (by day), so a bottom-up merge of
 * the runs does it in O(n log runs) with no comparator calls.
 */
function mergeRuns(occ: number[], runEnds: readonly number[]): number[] {
  let sorted = true;
  for (let i = 2; i < occ.length && sorted; i += 2) if (occ[i]! < occ[i - 2]!) sorted = false;
  if (sorted) return occ;
  let src = occ;
  let bounds = [0, ...runEnds];
  while (bounds.length > 2) {
    const dst = new Array<number>(src.length);
    const next = [0];
    for (let r = 0; r + 1 < bounds.length; r += 2) {
      const from = bounds[r]!;
      const mid = bounds[r + 1]!;
      const to = r + 2 < bounds.length ? bounds[r + 2]! : mid;
      let a = from, b = mid, w = from;
      while (a < mid && b < to) {
        if (src[a]! <= src[b]!) { dst[w++] = src[a++]!; dst[w++] = src[a++]!; }
        else { dst[w++] = src[b++]!; dst[w++] = src[b++]!; }
      }
      while (a < mid) dst[w++] = src[a++]!;
      while (b < to) dst[w++] = src[b++]!;
      next.push(to);
    }
    src = dst;
    bounds = next;
  }
  return src;
}

// Scratch buffers reused across calls (the engine is synchronous, so never shared by two runs):
// allocating and zeroing megabytes of typed arrays per call showed up as GC time.
const scratch = (() => {
  let agentBuf = new Int32Array(0);
  let timeBuf = new Float64Array(0);
  let busyBuf = new Float64Array(0);
  const grow = (n: number): number => Math.ceil(Math.max(n, 1024) * 1.5);
  return {
    agents(n: number): Int32Array { if (agentBuf.length < n) agentBuf = new Int32Array(grow(n)); return agentBuf; },
    times(n: number): Float64Array { if (timeBuf.length < n) timeBuf = new Float64Array(grow(n)); return timeBuf; },
    busy(n: number): Float64Array { if (busyBuf.length < n) busyBuf = new Float64Array(grow(n)); return busyBuf; },
  };
})();

/**
 * Sorts the pairs of [from, to) by start unless already sorted. The usual unsorted case is a
 * sorted run of RDVs followed by a few absences: sort the tail after the first descent, merge.
 */
function sortPairsIfNeeded(pairs: Float64Array, from: number, to: number): void {
  let p = from + 2;
  while (p < to && pairs[p]! >= pairs[p - 2]!) p += 2;
  if (p >= to) return;
  sortPairs(pairs, p, to);
  const head = pairs.slice(from, p);
  const tail = pairs.slice(p, to);
  let h = 0, t = 0, w = from;
  while (h < head.length && t < tail.length) {
    if (head[h]! <= tail[t]!) { pairs[w++] = head[h++]!; pairs[w++] = head[h++]!; }
    else { pairs[w++] = tail[t++]!; pairs[w++] = tail[t++]!; }
  }
  while (h < head.length) pairs[w++] = head[h++]!;
  while (t < tail.length) pairs[w++] = tail[t++]!;
}

/**
 * Sorts the flat pairs in [from, to) by start. The start minute and the pair index are packed
 * into one float so the native numeric sort does the bulk (no comparator calls); an insertion
 * pass then orders starts within the same minute exactly.
 */
export function sortPairs(pairs: Float64Array | number[], from: number, to: number): void {
  const n = (to - from) / 2;
  if (n > PACK) {
    const order = Array.from({ length: n }, (_, i) => from + 2 * i);
    order.sort((a, b) => pairs[a]! - pairs[b]!);
    const copy = pairs.slice(from, to);
    for (let i = 0; i < n; i++) {
      pairs[from + 2 * i] = copy[order[i]! - from]!;
      pairs[from + 2 * i + 1] = copy[order[i]! - from + 1]!;
    }
    return;
  }
  const keys = new Float64Array(n);
  for (let i = 0; i < n; i++) keys[i] = Math.floor(pairs[from + 2 * i]! / 60_000) * PACK + i;
  keys.sort();
  const copy = pairs.slice(from, to);
  for (let i = 0; i < n; i++) {
    const key = keys[i]!;
    const j = key - Math.floor(key / PACK) * PACK; // also right for negative keys (before 1970)
    pairs[from + 2 * i] = copy[2 * j]!;
    pairs[from + 2 * i + 1] = copy[2 * j + 1]!;
  }
  for (let i = from + 2; i < to; i += 2) {
    const s = pairs[i]!;
    if (s >= pairs[i - 2]!) continue;
    const e = pairs[i + 1]!;
    let k = i;
    while (k > from && pairs[k - 2]! > s) { pairs[k] = pairs[k - 2]!; pairs[k + 1] = pairs[k - 1]!; k -= 2; }
    pairs[k] = s;
    pairs[k + 1] = e;
  }
}
/** Pairs per slice that fit the packed sort key (minute · PACK + index stays below 2^53). */
const PACK = 1 << 21;

/** Merges the sorted pairs of [from, to) that overlap or touch, in place; returns the new end. */
export function mergePairs(pairs: Float64Array | number[], from: number, to: number): number {
  let w = from;
  for (let r = from; r < to; r += 2) {
    const s = pairs[r]!;
    const e = pairs[r + 1]!;
    if (w > from && s <= pairs[w - 1]!) {
      if (e > pairs[w - 1]!) pairs[w - 1] = e;
    } else {
      pairs[w] = s;
      pairs[w + 1] = e;
      w += 2;
    }
  }
  return w;
}
