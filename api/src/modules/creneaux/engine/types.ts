import type { IsoDate, WallTime } from './days.js';

/** A plage d'ouverture: a wall-clock window (same local day) repeated by `recurrence`. */
export interface EnginePlage {
  id: string;
  agentId: string;
  lieuId: string | null;
  firstDay: IsoDate;
  startTime: WallTime;
  endTime: WallTime;
  /** RFC 5545 RRULE without DTSTART, e.g. 'FREQ=WEEKLY;INTERVAL=2;BYDAY=MO,TH;UNTIL=20270630'; null = once. */
  recurrence: string | null;
}

/** An absence: from firstDay+startTime to endDay+endTime (local), possibly recurring. */
export interface EngineAbsence {
  agentId: string;
  firstDay: IsoDate;
  startTime: WallTime;
  endDay: IsoDate;
  endTime: WallTime;
  recurrence: string | null;
}

/** Something that keeps an agent busy (a non-cancelled RDV in any organisation), half-open [start, end) in epoch ms. */
export interface BusyPeriod {
  agentId: string;
  start: number;
  end: number;
}

export interface ComputeCreneauxInput {
  /** IANA zone of the territoire, e.g. 'Europe/Paris', 'Indian/Reunion', 'America/Cayenne'. */
  timezone: string;
  /** Département code ('62', '57', '971'…): selects the regional holidays. */
  departement: string;
  /** Inclusive local days. */
  from: IsoDate;
  to: IsoDate;
  /** Epoch ms. */
  now: number;
  durationMinutes: number;
  /** Public callers only; null/undefined means an agent search: no booking delays at all. */
  minDelayMinutes?: number | null;
  /** Public callers only (ignored when minDelayMinutes is null/undefined); null = no upper bound. */
  maxDelayDays?: number | null;
  plages: EnginePlage[];
  absences: EngineAbsence[];
  busy: BusyPeriod[];
  /** Stop after this many distinct créneaux (the next-availability search uses 1). */
  limit?: number;
}

/** One bookable start time; agentIds = the agents free at that time, sorted. */
export interface Creneau {
  startsAt: number;
  endsAt: number;
  agentIds: string[];
}
