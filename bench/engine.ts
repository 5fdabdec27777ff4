// Slot engine benchmark (DESIGN §7): computeCreneaux, 30-minute motif, on the reference dataset
// at 200 agents × 6 weeks (budget 5 ms) and 1,000 agents × 12 weeks (budget 50 ms).
// The dataset's busy periods come ordered by (agent, start); the same input ordered by start
// and shuffled are measured too. For scale, the same computation done naively (rrule
// expansion, Intl conversion per occurrence and per créneau, string keys) runs a few times; its
// output must equal the engine's, which doubles as a cross-check on a realistic agenda.
// Run: node --import tsx bench/engine.ts

import rrule from 'rrule';
import { computeCreneaux, publicHolidays, type BusyPeriod, type ComputeCreneauxInput, type Creneau } from '../api/src/modules/creneaux/engine/index.js';
import { generateReferenceDataset, mulberry32, type ReferenceDataset } from './dataset.js';

const { RRule } = rrule;

interface Case { agents: number; weeks: number; budgetMs: number; naiveRuns: number }
const CASES: Case[] = [
  { agents: 200, weeks: 6, budgetMs: 5, naiveRuns: 3 },
  { agents: 1000, weeks: 12, budgetMs: 50, naiveRuns: 1 },
];
const WARMUP = 10;
const RUNS = 50;

/**
 * Busy periods as the API hands them over: objects decoded from result rows, allocated in row
 * order, each with its own id string (not one shared instance per agent).
 */
const asRows = (busy: BusyPeriod[]): BusyPeriod[] => JSON.parse(JSON.stringify(busy)) as BusyPeriod[];

function inputOf(dataset: ReferenceDataset): ComputeCreneauxInput {
  return {
    timezone: dataset.timezone, departement: dataset.departement, from: dataset.from, to: dataset.to,
    now: dataset.now, durationMinutes: 30, plages: dataset.plages, absences: dataset.absences, busy: asRows(dataset.busy),
  };
}

function measure(run: () => unknown, warmup: number, runs: number): { median: number; p95: number } {
  for (let i = 0; i < warmup; i++) run();
  const times: number[] = [];
  for (let i = 0; i < runs; i++) {
    const t0 = process.hrtime.bigint();
    run();
    times.push(Number(process.hrtime.bigint() - t0) / 1e6);
  }
  times.sort((a, b) => a - b);
  return { median: times[Math.floor((runs - 1) / 2)]!, p95: times[Math.min(runs - 1, Math.ceil(runs * 0.95) - 1)]! };
}

// ---- naive reference -------------------------------------------------------------------------

function naiveOffsetMinutes(formatter: Intl.DateTimeFormat, ms: number): number {
  const p = Object.fromEntries(formatter.formatToParts(ms).map((x) => [x.type, x.value]));
  return Math.round((Date.UTC(+p.year!, +p.month! - 1, +p.day!, +p.hour!, +p.minute!, +p.second!) - Math.floor(ms / 1000) * 1000) / 60_000);
}

/** Wall time → instant, two Intl round trips; gap → forward, overlap → earlier. */
function naiveZoned(formatter: Intl.DateTimeFormat, date: string, time: string): number {
  const wall = Date.parse(`${date}T${time}:00Z`);
  const before = naiveOffsetMinutes(formatter, wall - 86_400_000);
  const after = naiveOffsetMinutes(formatter, wall + 86_400_000);
  const candidates = [...new Set([before, after])].map((o) => wall - o * 60_000).sort((a, b) => a - b);
  for (const t of candidates) if (t + naiveOffsetMinutes(formatter, t) * 60_000 === wall) return t;
  return wall - before * 60_000;
}

function naiveCompute(input: ComputeCreneauxInput): Creneau[] {
  const fmt = new Intl.DateTimeFormat('en-US', { timeZone: input.timezone, hourCycle: 'h23', year: 'numeric', month: 'numeric', day: 'numeric', hour: 'numeric', minute: 'numeric', second: 'numeric' });
  const dateFmt = new Intl.DateTimeFormat('en-CA', { timeZone: input.timezone, year: 'numeric', month: '2-digit', day: '2-digit' });
  const holidays = new Set<string>();
  for (let y = +input.from.slice(0, 4); y <= +input.to.slice(0, 4); y++) for (const h of publicHolidays(y, input.departement)) holidays.add(h);
  const busyByAgent = new Map<string, { start: number; end: number }[]>();
  const add = (agentId: string, start: number, end: number) => {
    if (!busyByAgent.has(agentId)) busyByAgent.set(agentId, []);
    busyByAgent.get(agentId)!.push({ start, end });
  };
  for (const b of input.busy) add(b.agentId, b.start, b.end);
  for (const a of input.absences) {
    const span = (Date.parse(a.endDay) - Date.parse(a.firstDay)) / 86_400_000;
    const days = a.recurrence
      ? new RRule({ ...RRule.parseString(a.recurrence), dtstart: new Date(`${a.firstDay}T00:00:00Z`) })
        .between(new Date(Date.parse(`${input.from}T00:00:00Z`) - span * 86_400_000), new Date(`${input.to}T00:00:00Z`), true)
        .map((d) => d.toISOString().slice(0, 10))
      : [a.firstDay];
    for (const day of days) {
      const end = new Date(Date.parse(`${day}T00:00:00Z`) + span * 86_400_000).toISOString().slice(0, 10);
      add(a.agentId, naiveZoned(fmt, day, a.startTime), naiveZoned(fmt, end, a.endTime));
    }
  }
  const duration = input.durationMinutes * 60_000;
  const slots = new Map<string, Set<string>>();
  for (const p of input.plages) {
    const days = p.recurrence
      ? new RRule({ ...RRule.parseString(p.recurrence), dtstart: new Date(`${p.firstDay}T00:00:00Z`) })
        .between(new Date(`${input.from}T00:00:00Z`), new Date(`${input.to}T00:00:00Z`), true).map((d) => d.toISOString().slice(0, 10))
      : [p.firstDay];
    const busy = busyByAgent.get(p.agentId) ?? [];
    for (const day of days) {
      if (holidays.has(day)) continue;
      const s = naiveZoned(fmt, day, p.startTime);
      const e = naiveZoned(fmt, day, p.endTime);
      const overlapping = busy.filter((b) => b.start < e && b.end > s).sort((x, y) => x.start - y.start);
      const free: [number, number][] = [];
      let cursor = s;
      for (const b of overlapping) {
        if (b.start > cursor) free.push([cursor, b.start]);
        cursor = Math.max(cursor, b.end);
      }
      if (cursor < e) free.push([cursor, e]);
      for (const [b, f] of free) {
        let t = b;
        if (t < input.now) {
          const offset = naiveOffsetMinutes(fmt, input.now) * 60_000;
          t = Math.ceil((input.now + offset) / 300_000) * 300_000 - offset;
        }
        for (; t + duration <= f; t += duration) {
          // Per-créneau time-zone work, as date-library engines do.
          const key = `${dateFmt.format(t)}|${t}`;
          if (!slots.has(key)) slots.set(key, new Set());
          slots.get(key)!.add(p.agentId);
        }
      }
    }
  }
  return [...slots.entries()].map(([key, agents]) => {
    const startsAt = Number(key.split('|')[1]);
    return { startsAt, endsAt: startsAt + duration, agentIds: [...agents].sort() };
  }).sort((a, b) => a.startsAt - b.startsAt);
}

// ---- run -------------------------------------------------------------------------------------

const ms = (x: number) => x.toFixed(2).padStart(7);
const line = (label: string, m: { median: number; p95: number }, runs: number, budgetMs: number) =>
  `  ${label.padEnd(26)} median ${ms(m.median)} ms  p95 ${ms(m.p95)} ms  (${runs} runs)  ` +
  `median/budget ${(m.median / budgetMs).toFixed(2)}  p95/budget ${(m.p95 / budgetMs).toFixed(2)}`;

for (const { agents, weeks, budgetMs, naiveRuns } of CASES) {
  const dataset = generateReferenceDataset({ agents, weeks });
  const input = inputOf(dataset);
  let result: Creneau[] = [];
  const engine = measure(() => { result = computeCreneaux(input); }, WARMUP, RUNS);
  const pairs = result.reduce((n, c) => n + c.agentIds.length, 0);
  console.log(`\n${agents} agents × ${weeks} weeks (${dataset.from} → ${dataset.to}, ${dataset.timezone}): ${dataset.plages.length} plages, ` +
    `${dataset.busy.length} RDVs, ${dataset.absences.length} absences, occupancy ${(dataset.occupancy * 100).toFixed(0)} % ` +
    `→ ${result.length} créneaux, ${pairs} (créneau, agent) pairs; budget ${budgetMs} ms`);
  console.log(line('engine, busy by agent', engine, RUNS, budgetMs));

  // The engine accepts busy periods in any order; other orders cost a sort per agent.
  const random = mulberry32(7);
  const variants: Array<[string, BusyPeriod[]]> = [
    ['engine, busy by start', asRows([...dataset.busy].sort((x, y) => x.start - y.start))],
    ['engine, busy shuffled', asRows([...dataset.busy].map((b) => [random(), b] as const).sort((x, y) => x[0] - y[0]).map(([, b]) => b))],
  ];
  for (const [label, busy] of variants) {
    let other: Creneau[] = [];
    const m = measure(() => { other = computeCreneaux({ ...input, busy }); }, WARMUP, RUNS);
    console.log(line(label, m, RUNS, budgetMs) + (JSON.stringify(other) === JSON.stringify(result) ? '' : '  OUTPUT DIFFERS'));
  }

  let naiveResult: Creneau[] = [];
  const naive = measure(() => { naiveResult = naiveCompute(input); }, 0, naiveRuns);
  const same = JSON.stringify(naiveResult) === JSON.stringify(result);
  console.log(`  ${'naive (rrule + Intl/slot)'.padEnd(26)} median ${ms(naive.median)} ms  (${naiveRuns} run${naiveRuns > 1 ? 's' : ''})  ` +
    `naive/engine ×${(naive.median / engine.median).toFixed(0)}  same output: ${same ? 'yes' : 'NO'}`);
  if (!same) process.exitCode = 1;
}
