// Per-agent preparation: plage occurrences and busy time as sorted flat arrays of epoch ms
// ([start0, end0, start1, end1, …]), built once per computation so the sweep in compute.ts is a
// merge of two sorted lists with no allocation per créneau.

import { parseIsoDate, parseWallTime } from './days.js';
import { collectDays, ruleLastDay } from './expand.js';
import { parseRecurrence } from './recurrence.js';
import type { BusyPeriod, EngineAbsence, EnginePlage } from './types.js';
import { dayInfo, wallToMs, type DayInfo, type Zone } from './zone.js';

export interface Agenda {
  readonly id: string;
  /** Plage occurrences [start, end), sorted by start; they may overlap (plage overlaps are only warnings). */
  readonly occurrences: number[];
  /** Busy time (absences + RDVs), sorted, then merged into disjoint intervals. */
  readonly busy: number[];
  occurrencesSorted: boolean;
  busySorted: boolean;
  /** Sweep cursors (indices into the arrays), advanced chunk after chunk. */
  occurrenceCursor: number;
  busyCursor: number;
}

export interface AgendaWindow {
  readonly zone: Zone;
  /** First and last local day (day numbers) that can hold a créneau. */
  readonly firstDay: number;
  readonly lastDay: number;
  /** Holidays within [firstDay, lastDay]. */
  readonly holidays: ReadonlySet<number>;
}

/** Builds one agenda per agent having at least one plage occurrence, sorted by agent id. */
export function buildAgendas(window: AgendaWindow, plages: readonly EnginePlage[], absences: readonly EngineAbsence[], busy: readonly BusyPeriod[]): Agenda[] {
  const { zone, firstDay, lastDay, holidays } = window;
  // DayInfo for the window's days in an array: one Map lookup per day instead of per occurrence.
  const infos: DayInfo[] = [];
  for (let d = firstDay; d <= lastDay + 1; d++) infos.push(dayInfo(zone, d));
  const info = (d: number): DayInfo => (d >= firstDay && d <= lastDay + 1 ? infos[d - firstDay]! : dayInfo(zone, d));

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
      agenda = { id: plage.agentId, occurrences: [], busy: [], occurrencesSorted: true, busySorted: true, occurrenceCursor: 0, busyCursor: 0 };
      byAgent.set(plage.agentId, agenda);
    }
    const occ = agenda.occurrences;
    for (const day of days) {
      if (holidays.has(day)) continue;
      const dayInfo = info(day);
      const s = wallToMs(dayInfo, day, start);
      if (occ.length > 0 && s < occ[occ.length - 2]!) agenda.occurrencesSorted = false;
      occ.push(s, wallToMs(dayInfo, day, end));
    }
  }

  // Busy time outside the window cannot touch an occurrence: drop it before sorting.
  const windowStart = wallToMs(info(firstDay), firstDay, 0);
  const windowEnd = wallToMs(info(lastDay + 1), lastDay + 1, 0);
  const addBusy = (agenda: Agenda, s: number, e: number): void => {
    if (e <= s || e <= windowStart || s >= windowEnd) return;
    const list = agenda.busy;
    if (list.length > 0 && s < list[list.length - 2]!) agenda.busySorted = false;
    list.push(s, e);
  };
  // RDVs usually arrive ordered by start, which keeps each agent's list sorted: no sort needed.
  for (const period of busy) {
    const agenda = byAgent.get(period.agentId);
    if (agenda) addBusy(agenda, period.start, period.end);
  }
  for (const absence of absences) {
    const agenda = byAgent.get(absence.agentId);
    if (!agenda) continue;
    const first = parseIsoDate(absence.firstDay);
    const span = parseIsoDate(absence.endDay) - first; // multi-day absences end `span` days later
    const start = parseWallTime(absence.startTime);
    const end = parseWallTime(absence.endTime);
    if (absence.recurrence === null || absence.recurrence.trim() === '') {
      addBusy(agenda, wallToMs(info(first), first, start), wallToMs(info(first + span), first + span, end));
      continue;
    }
    const rule = parseRecurrence(absence.recurrence);
    days.length = 0;
    // An occurrence starting `span` days before the window still reaches into it.
    collectDays(first, rule, firstDay - span, Math.min(lastDay, ruleLastDay(first, rule, start, zone.name)), days);
    for (const day of days) addBusy(agenda, wallToMs(info(day), day, start), wallToMs(info(day + span), day + span, end));
  }

  const agendas = [...byAgent.values()].sort((a, b) => (a.id < b.id ? -1 : a.id > b.id ? 1 : 0));
  for (const agenda of agendas) {
    if (!agenda.occurrencesSorted) sortPairs(agenda.occurrences);
    if (!agenda.busySorted) sortPairs(agenda.busy);
    mergePairs(agenda.busy);
  }
  return agendas;
}

/** Sorts a flat [s0, e0, s1, e1, …] array by start (then end), in place. */
export function sortPairs(pairs: number[]): void {
  const n = pairs.length / 2;
  const order = new Array<number>(n);
  for (let i = 0; i < n; i++) order[i] = i;
  order.sort((a, b) => pairs[2 * a]! - pairs[2 * b]! || pairs[2 * a + 1]! - pairs[2 * b + 1]!);
  const copy = pairs.slice();
  for (let i = 0; i < n; i++) {
    pairs[2 * i] = copy[2 * order[i]!]!;
    pairs[2 * i + 1] = copy[2 * order[i]! + 1]!;
  }
}

/** Merges sorted intervals that overlap or touch into disjoint ones, in place. */
export function mergePairs(pairs: number[]): void {
  let w = 0;
  for (let r = 0; r < pairs.length; r += 2) {
    const s = pairs[r]!;
    const e = pairs[r + 1]!;
    if (w > 0 && s <= pairs[w - 1]!) {
      if (e > pairs[w - 1]!) pairs[w - 1] = e;
    } else {
      pairs[w] = s;
      pairs[w + 1] = e;
      w += 2;
    }
  }
  pairs.length = w;
}
