import type { Problem } from '../../http/problem.js';
import { hhmm, isoDay } from './schedule.js';
import type { PlageOuverture } from './plage-ouverture.entity.js';

/**
 * An agent's opening hours for some motifs, in wall-clock time of the territoire: one day, or
 * repeated by an RRULE. Never crosses midnight.
 */
export interface PlageInput {
  agentId: string;
  /** Required when a motif is « sur place » (`public_office`); must be an enabled lieu of the organisation. */
  lieuId?: string | null;
  /** Individual, non-archived motifs of the organisation (at least one). @maxItems 100 */
  motifIds: string[];
  /** @maxLength 255 */
  title?: string | null;
  /** First day, `YYYY-MM-DD`. @example "2027-03-15" */
  firstDay: string;
  /** `HH:MM`, in 5-minute steps. @example "09:00" */
  startTime: string;
  /** `HH:MM`, after `startTime` (same day), in 5-minute steps. @example "12:00" */
  endTime: string;
  /**
   * RFC 5545 RRULE without DTSTART (the first day stands for it); null or absent for a single day.
   * @example "FREQ=WEEKLY;INTERVAL=1;BYDAY=MO,TU;UNTIL=20270630"
   * @maxLength 500
   */
  recurrence?: string | null;
  /**
   * Save despite the warnings (overlap with another plage of the agent, motif longer than the
   * plage). Without it, a warning answers 409 with the list in `warnings`.
   */
  acceptWarnings?: boolean;
}

/** Only the fields sent change; `motifIds` replaces the list; null clears `lieuId`, `title`, `recurrence`. */
export interface PlagePatch {
  agentId?: string;
  lieuId?: string | null;
  /** @maxItems 100 */
  motifIds?: string[];
  /** @maxLength 255 */
  title?: string | null;
  /** `YYYY-MM-DD`. */
  firstDay?: string;
  /** `HH:MM`, in 5-minute steps. */
  startTime?: string;
  /** `HH:MM`, in 5-minute steps. */
  endTime?: string;
  /** RRULE without DTSTART; null makes the plage a single day. @maxLength 500 */
  recurrence?: string | null;
  acceptWarnings?: boolean;
}

export interface PlageDto {
  id: string;
  organisationId: string;
  agentId: string;
  lieuId: string | null;
  motifIds: string[];
  title: string;
  firstDay: string;
  /** `HH:MM`. */
  startTime: string;
  /** `HH:MM`. */
  endTime: string;
  recurrence: string | null;
  /** Last day an occurrence may fall on (from UNTIL or COUNT); null when open-ended or single-day. */
  recurrenceEndsOn: string | null;
  createdAt: string;
  updatedAt: string;
}

export type PlageWarningCode = 'chevauchement_plage' | 'duree_motif_trop_longue';

/** A non-blocking problem the agent may accept (`acceptWarnings: true`). */
export interface PlageWarning {
  code: PlageWarningCode;
  message: string;
  /** The other plage, for `chevauchement_plage`. */
  plageId?: string;
  /** The motif concerned, for `duree_motif_trop_longue`. */
  motifId?: string;
}

/** A saved plage with the warnings the caller accepted. */
export interface PlageSaved extends PlageDto {
  warnings: PlageWarning[];
}

/** 409 answered when warnings were not accepted. */
export interface PlageWarningsProblem extends Problem {
  warnings: PlageWarning[];
}

export interface PlageList {
  items: PlageDto[];
  nextCursor?: string;
}

export function toPlageDto(p: PlageOuverture): PlageDto {
  return {
    id: p.id, organisationId: p.organisation.id, agentId: p.agent.id, lieuId: p.lieu?.id ?? null,
    motifIds: p.motifs.isInitialized() ? p.motifs.getItems().map((m) => m.id).sort() : [],
    title: p.title, firstDay: isoDay(p.firstDay), startTime: hhmm(p.startTime), endTime: hhmm(p.endTime),
    recurrence: p.recurrence ?? null, recurrenceEndsOn: p.recurrenceEndsOn ? isoDay(p.recurrenceEndsOn) : null,
    createdAt: p.createdAt.toISOString(), updatedAt: p.updatedAt.toISOString(),
  };
}
