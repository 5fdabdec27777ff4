import type { BookableBy, LocationType, Motif, SectorisationLevel, VisibilityType } from './motif.entity.js';

/** Settings an admin may set on a motif (all optional). Durations are minutes; the max delay is in days. */
export interface MotifSettings {
  serviceId?: string | null;
  /** @isInt @minimum 5 @maximum 480 */
  durationMinutes?: number;
  locationType?: LocationType;
  bookableBy?: BookableBy;
  /** Earliest public booking, in minutes from now (≥ 30 min as the original). @isInt @minimum 30 */
  minBookingDelayMinutes?: number;
  /** Latest public booking, in days from now. @isInt @minimum 1 @maximum 366 */
  maxBookingDelayDays?: number;
  visibilityType?: VisibilityType;
  sectorisationLevel?: SectorisationLevel;
  collectif?: boolean;
  /** @maxLength 2000 */
  instructionsBefore?: string | null;
  /** @maxLength 2000 */
  instructionsAfter?: string | null;
  /** @maxLength 500 */
  customCancelWarningMessage?: string | null;
  cancellableByUsager?: boolean;
  movableByUsager?: boolean;
  /** @isInt @minimum 0 @maximum 20160 */
  cancellationDeadlineMinutes?: number;
  /** @isInt @minimum 0 @maximum 20160 */
  moveDeadlineMinutes?: number;
  /** @pattern ^#[0-9a-fA-F]{6}$ */
  color?: string;
  forSecretariat?: boolean;
  followUp?: boolean;
}

export interface MotifInput extends MotifSettings {
  /** @minLength 1 @maxLength 120 */
  name: string;
}

/** A partial update; `null` clears an optional text (written out: tsoa's Partial<> loses `null`). */
export interface MotifPatch extends MotifSettings {
  /** @minLength 1 @maxLength 120 */
  name?: string;
}

export interface MotifDto {
  id: string;
  organisationId: string;
  name: string;
  serviceId: string | null;
  durationMinutes: number;
  locationType: LocationType;
  bookableBy: BookableBy;
  minBookingDelayMinutes: number;
  maxBookingDelayDays: number;
  visibilityType: VisibilityType;
  sectorisationLevel: SectorisationLevel;
  collectif: boolean;
  instructionsBefore: string | null;
  instructionsAfter: string | null;
  customCancelWarningMessage: string | null;
  cancellableByUsager: boolean;
  movableByUsager: boolean;
  cancellationDeadlineMinutes: number;
  moveDeadlineMinutes: number;
  color: string;
  forSecretariat: boolean;
  followUp: boolean;
  /** Set when the motif is archived (soft-deleted). */
  archivedAt: string | null;
  createdAt: string;
  updatedAt: string;
}

export interface MotifList {
  items: MotifDto[];
  nextCursor?: string;
}

export function toMotifDto(m: Motif): MotifDto {
  return {
    id: m.id, organisationId: m.organisation.id, name: m.name, serviceId: m.service?.id ?? null,
    durationMinutes: m.durationMinutes, locationType: m.locationType, bookableBy: m.bookableBy,
    minBookingDelayMinutes: m.minBookingDelayMinutes, maxBookingDelayDays: m.maxBookingDelayDays,
    visibilityType: m.visibilityType, sectorisationLevel: m.sectorisationLevel, collectif: m.collectif,
    instructionsBefore: m.instructionsBefore ?? null, instructionsAfter: m.instructionsAfter ?? null,
    customCancelWarningMessage: m.customCancelWarningMessage ?? null,
    cancellableByUsager: m.cancellableByUsager, movableByUsager: m.movableByUsager,
    cancellationDeadlineMinutes: m.cancellationDeadlineMinutes, moveDeadlineMinutes: m.moveDeadlineMinutes,
    color: m.color, forSecretariat: m.forSecretariat, followUp: m.followUp,
    archivedAt: m.deletedAt ? m.deletedAt.toISOString() : null,
    createdAt: m.createdAt.toISOString(), updatedAt: m.updatedAt.toISOString(),
  };
}
