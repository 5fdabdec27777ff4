import type { Lieu } from './lieu.entity.js';

export type LieuAvailability = 'enabled' | 'disabled' | 'single_use';

/** A place where RDVs happen. */
export interface LieuInput {
  /** @minLength 1 @maxLength 120 */
  name: string;
  /** Postal address shown to usagers. @minLength 1 @maxLength 300 */
  address: string;
  /** French number; stored in national format. @maxLength 40 */
  phone?: string | null;
  /** WGS 84, from the address geocoding (api-adresse.data.gouv.fr). @minimum -90 @maximum 90 */
  latitude?: number | null;
  /** @minimum -180 @maximum 180 */
  longitude?: number | null;
}

/** Only the fields sent change; null clears a field. */
export interface LieuPatch {
  /** @minLength 1 @maxLength 120 */
  name?: string;
  /** @minLength 1 @maxLength 300 */
  address?: string;
  /** @maxLength 40 */
  phone?: string | null;
  /** @minimum -90 @maximum 90 */
  latitude?: number | null;
  /** @minimum -180 @maximum 180 */
  longitude?: number | null;
  /** `disabled` hides the lieu (soft delete); `enabled` brings it back. */
  availability?: 'enabled' | 'disabled';
}

export interface LieuDto {
  id: string;
  organisationId: string;
  name: string;
  address: string;
  phone: string | null;
  latitude: number | null;
  longitude: number | null;
  /** `enabled` (normal), `disabled` (soft-deleted) or `single_use` (ad-hoc lieu of one RDV). */
  availability: LieuAvailability;
  createdAt: string;
  updatedAt: string;
}

export interface LieuList {
  items: LieuDto[];
  nextCursor?: string;
}

export function toLieuDto(l: Lieu): LieuDto {
  return {
    id: l.id, organisationId: l.organisation.id, name: l.name, address: l.address, phone: l.phone ?? null,
    latitude: l.latitude == null ? null : Number(l.latitude), longitude: l.longitude == null ? null : Number(l.longitude), availability: l.availability,
    createdAt: l.createdAt.toISOString(), updatedAt: l.updatedAt.toISOString(),
  };
}
