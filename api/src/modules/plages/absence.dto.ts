import { hhmm, isoDay } from './schedule.js';
import type { Absence } from './absence.entity.js';

/**
 * An agent's unavailability, in wall-clock time of the territoire. It blocks the agent's
 * créneaux in every organisation.
 */
export interface AbsenceInput {
  agentId: string;
  /** @maxLength 255 */
  title?: string | null;
  /** `YYYY-MM-DD`. @example "2027-03-15" */
  firstDay: string;
  /** `HH:MM`. @example "09:00" */
  startTime: string;
  /** `YYYY-MM-DD`, defaults to `firstDay`. @example "2027-03-15" */
  endDay?: string;
  /** `HH:MM`; `endDay` + `endTime` must come after `firstDay` + `startTime`. @example "12:00" */
  endTime: string;
  /**
   * RRULE without DTSTART, only for an absence within one day.
   * @example "FREQ=WEEKLY;BYDAY=WE"
   * @maxLength 500
   */
  recurrence?: string | null;
}

/** Only the fields sent change; null clears `title` or `recurrence`. */
export interface AbsencePatch {
  agentId?: string;
  /** @maxLength 255 */
  title?: string | null;
  /** `YYYY-MM-DD`. */
  firstDay?: string;
  /** `HH:MM`. */
  startTime?: string;
  /** `YYYY-MM-DD`. */
  endDay?: string;
  /** `HH:MM`. */
  endTime?: string;
  /** @maxLength 500 */
  recurrence?: string | null;
}

export interface AbsenceDto {
  id: string;
  /** The organisation the absence was entered in. */
  organisationId: string;
  agentId: string;
  title: string | null;
  firstDay: string;
  /** `HH:MM`. */
  startTime: string;
  endDay: string;
  /** `HH:MM`. */
  endTime: string;
  recurrence: string | null;
  recurrenceEndsOn: string | null;
  createdAt: string;
  updatedAt: string;
}

export interface AbsenceList {
  items: AbsenceDto[];
  nextCursor?: string;
}

export function toAbsenceDto(a: Absence, organisationId: string): AbsenceDto {
  return {
    id: a.id, organisationId: a.organisation?.id ?? organisationId, agentId: a.agent.id, title: a.title ?? null,
    firstDay: isoDay(a.firstDay), startTime: hhmm(a.startTime), endDay: isoDay(a.endDay), endTime: hhmm(a.endTime),
    recurrence: a.recurrence ?? null, recurrenceEndsOn: a.recurrenceEndsOn ? isoDay(a.recurrenceEndsOn) : null,
    createdAt: a.createdAt.toISOString(), updatedAt: a.updatedAt.toISOString(),
  };
}
