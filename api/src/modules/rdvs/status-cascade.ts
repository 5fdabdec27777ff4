import type { RdvStatus } from './rdv.entity.js';

/** Cancelled statuses free the agent's time; noshow does not (the slot was lost, not given back). */
export const isCancelled = (status: RdvStatus) => status === 'excused' || status === 'revoked';

/**
 * RDV status → participations (reference §1.10): `unknown` resets every participation;
 * `revoked`/`excused` apply to participations not already cancelled; `seen`/`noshow` apply to
 * participations still `unknown`.
 */
export function cascadeToParticipations(rdvStatus: RdvStatus, participations: readonly RdvStatus[]): RdvStatus[] {
  return participations.map((current) => {
    if (rdvStatus === 'unknown') return 'unknown';
    if (rdvStatus === 'revoked' || rdvStatus === 'excused') return isCancelled(current) ? current : rdvStatus;
    return current === 'unknown' ? rdvStatus : current;
  });
}

/**
 * Participations → RDV status (reverse cascade): any seen → seen; an individual RDV whose
 * participations all share excused, revoked or noshow takes it; a past collective RDV with no
 * unknown participation left and nobody seen → revoked; otherwise unknown.
 */
export function statusFromParticipations(collectif: boolean, inPast: boolean, participations: readonly RdvStatus[]): RdvStatus {
  if (participations.includes('seen')) return 'seen';
  if (!collectif) {
    for (const s of ['excused', 'revoked', 'noshow'] as const) {
      if (participations.length > 0 && participations.every((p) => p === s)) return s;
    }
    return 'unknown';
  }
  if (inPast && participations.length > 0 && !participations.includes('unknown')) return 'revoked';
  return 'unknown';
}

/** Collective sessions only take unknown, seen or revoked (a session is not "excused"). */
export function allowedStatus(collectif: boolean, status: RdvStatus): boolean {
  return !collectif || status === 'unknown' || status === 'seen' || status === 'revoked';
}
