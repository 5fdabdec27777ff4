// Reference dataset for the slot engine and the API benchmarks (DESIGN §7): deterministic
// (seeded PRNG), so every run and every machine measures the same agenda.
//   N agents (default 200), weekly plages Mon–Fri 09:00–12:00 and 14:00–17:00, W weeks
//   (default 6) from Monday 15 March 2027 (the 28 March DST change and Easter Monday 29 March
//   are inside), ~60 % occupancy with 30/45-minute RDVs, 10 % of agents with an absence,
//   Europe/Paris, département 62.
// Plain data with stable UUID-shaped ids, so the API benchmark can insert it into a database.

import {
  publicHolidays, zonedToInstant, type BusyPeriod, type EngineAbsence, type EnginePlage, type IsoDate,
} from '../api/src/modules/creneaux/engine/index.js';

export interface DatasetOptions {
  agents?: number;
  weeks?: number;
  seed?: number;
  /** Target share of plage time taken by RDVs. */
  occupancy?: number;
}

export interface DatasetAgent { id: string; firstName: string; lastName: string; lieuId: string }
export interface DatasetLieu { id: string; name: string }
export interface DatasetRdv { id: string; agentId: string; lieuId: string; startsAt: number; endsAt: number; durationMinutes: number }
export interface DatasetAbsence extends EngineAbsence { id: string; title: string }

export interface ReferenceDataset {
  timezone: string;
  departement: string;
  /** Inclusive local days covered by the plages. */
  from: IsoDate;
  to: IsoDate;
  /** A fixed "now": Monday 15 March 2027, 10:07 Paris, so the first morning exercises the 5-minute rounding. */
  now: number;
  lieux: DatasetLieu[];
  agents: DatasetAgent[];
  plages: EnginePlage[];
  absences: DatasetAbsence[];
  rdvs: DatasetRdv[];
  /** The RDVs as the engine wants them, ordered by (agentId, start). */
  busy: BusyPeriod[];
  /** Booked share of the open plage time (RDV minutes / plage minutes outside absences and holidays). */
  occupancy: number;
}

export const DATASET_START: IsoDate = '2027-03-15';
const TIMEZONE = 'Europe/Paris';
const DEPARTEMENT = '62';
const BLOCKS: ReadonlyArray<readonly [string, string]> = [['09:00', '12:00'], ['14:00', '17:00']];
const LIEUX = 10;

/** mulberry32: tiny, fast, good enough for test data. */
export function mulberry32(seed: number): () => number {
  let a = seed >>> 0;
  return () => {
    a = (a + 0x6d2b79f5) >>> 0;
    let t = a;
    t = Math.imul(t ^ (t >>> 15), t | 1);
    t ^= t + Math.imul(t ^ (t >>> 7), t | 61);
    return ((t ^ (t >>> 14)) >>> 0) / 4_294_967_296;
  };
}

/**
 * A valid, stable, UUID-shaped id: `kind` in the first group, the number in the last. Flattened
 * like a string decoded from a database row: a concatenation is a V8 rope, and ropes make every
 * Map or property lookup on ids several times slower than in production.
 */
function uuid(kind: number, n: number): string {
  return JSON.parse(`"${kind.toString(16).padStart(8, '0')}-0000-4000-8000-${n.toString(16).padStart(12, '0')}"`) as string;
}

function addDays(date: IsoDate, days: number): IsoDate {
  const d = new Date(`${date}T00:00:00Z`);
  d.setUTCDate(d.getUTCDate() + days);
  return d.toISOString().slice(0, 10);
}

function minutes(time: string): number {
  return Number(time.slice(0, 2)) * 60 + Number(time.slice(3, 5));
}

export function generateReferenceDataset(options: DatasetOptions = {}): ReferenceDataset {
  const agentCount = options.agents ?? 200;
  const weeks = options.weeks ?? 6;
  const random = mulberry32(options.seed ?? 20270315);
  const occupancy = options.occupancy ?? 0.6;
  // Each step either books an RDV (mean 37.5 min) with probability p or leaves 15 min free:
  // occupancy = 37.5p / (37.5p + 15(1 − p)) ⇒ p = 15·occ / (37.5 − 22.5·occ).
  // The formula assumes endless blocks; RDVs that do not fit before 12:00/17:00 lose ~6 %, so aim higher.
  const aim = Math.min(0.95, occupancy * 1.065);
  const bookProbability = (15 * aim) / (37.5 - 22.5 * aim);
  const from = DATASET_START;
  const to = addDays(from, weeks * 7 - 1);
  const lastYear = Number(to.slice(0, 4));
  const holidays = new Set<string>();
  for (let y = Number(from.slice(0, 4)); y <= lastYear; y++) for (const h of publicHolidays(y, DEPARTEMENT)) holidays.add(h);

  const lieux: DatasetLieu[] = Array.from({ length: LIEUX }, (_, i) => ({ id: uuid(1, i + 1), name: `Maison du Département ${i + 1}` }));
  const agents: DatasetAgent[] = [];
  const plages: EnginePlage[] = [];
  const absences: DatasetAbsence[] = [];
  const rdvs: DatasetRdv[] = [];
  let rdvNumber = 0;
  let openMinutes = 0;
  let bookedMinutes = 0;

  for (let a = 0; a < agentCount; a++) {
    const agent: DatasetAgent = { id: uuid(2, a + 1), firstName: `Agent${a + 1}`, lastName: 'Bench', lieuId: lieux[a % LIEUX]!.id };
    agents.push(agent);
    BLOCKS.forEach(([startTime, endTime], b) => {
      plages.push({
        id: uuid(3, a * BLOCKS.length + b + 1), agentId: agent.id, lieuId: agent.lieuId,
        firstDay: from, startTime, endTime, recurrence: 'FREQ=WEEKLY;BYDAY=MO,TU,WE,TH,FR',
      });
    });

    // 10 % of agents are absent: half a few whole days, half every Wednesday afternoon.
    const blocked: Array<[number, number]> = [];
    if (a % 10 === 7) {
      const firstDay = addDays(from, Math.floor(random() * (weeks * 7 - 5)));
      const endDay = addDays(firstDay, 1 + Math.floor(random() * 4));
      const absence: DatasetAbsence = { id: uuid(4, a + 1), title: 'Congés', agentId: agent.id, firstDay, startTime: '00:00', endDay, endTime: '23:59', recurrence: null };
      absences.push(absence);
      blocked.push([zonedToInstant(firstDay, '00:00', TIMEZONE), zonedToInstant(endDay, '23:59', TIMEZONE)]);
    } else if (a % 10 === 3) {
      absences.push({ id: uuid(4, a + 1), title: 'Temps partiel', agentId: agent.id, firstDay: from, startTime: '14:00', endDay: from, endTime: '17:00', recurrence: 'FREQ=WEEKLY;BYDAY=WE' });
    }

    for (let d = 0; d < weeks * 7; d++) {
      const date = addDays(from, d);
      const weekday = new Date(`${date}T00:00:00Z`).getUTCDay();
      if (weekday === 0 || weekday === 6 || holidays.has(date)) continue;
      for (const [startTime, endTime] of BLOCKS) {
        if (a % 10 === 3 && weekday === 3 && startTime === '14:00') continue;
        const dayStart = zonedToInstant(date, startTime, TIMEZONE);
        // Work in minutes from the block start: no DST change happens between 09:00 and 17:00.
        const end = minutes(endTime) - minutes(startTime);
        if (blocked.some(([s, e]) => dayStart < e && dayStart + end * 60_000 > s)) continue; // absent: not open
        openMinutes += end;
        let t = 0;
        while (t < end) {
          if (random() < bookProbability) {
            let duration = random() < 0.5 ? 30 : 45;
            if (t + duration > end) duration = 30;
            if (t + duration > end) break;
            const startsAt = dayStart + t * 60_000;
            bookedMinutes += duration;
            rdvs.push({ id: uuid(5, ++rdvNumber), agentId: agent.id, lieuId: agent.lieuId, startsAt, endsAt: startsAt + duration * 60_000, durationMinutes: duration });
            t += duration;
          } else {
            t += 15;
          }
        }
      }
    }
  }

  // Ordered as `ORDER BY agent_id, starts_at` returns them, the order the engine reads fastest.
  const busy = rdvs.map(({ agentId, startsAt, endsAt }) => ({ agentId, start: startsAt, end: endsAt }))
    .sort((x, y) => (x.agentId < y.agentId ? -1 : x.agentId > y.agentId ? 1 : x.start - y.start));
  return {
    timezone: TIMEZONE, departement: DEPARTEMENT, from, to,
    now: zonedToInstant(from, '10:07', TIMEZONE),
    lieux, agents, plages, absences, rdvs, busy, occupancy: bookedMinutes / openMinutes,
  };
}
