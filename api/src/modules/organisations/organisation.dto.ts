import type { Organisation } from './organisation.entity.js';

/** Fields of an organisation (MDS, mairie, association) set by its administrators. */
export interface OrganisationInput {
  /** Unique within the territoire. @minLength 1 @maxLength 120 */
  name: string;
  /** French number (`03 21 00 00 01`, `+33 3 21…`) or a 4-digit short number; stored in national format. @maxLength 40 */
  phone?: string | null;
  /** @maxLength 254 */
  email?: string | null;
  /** @maxLength 500 */
  website?: string | null;
  /** Free-text opening hours shown to usagers. @maxLength 2000 */
  horaires?: string | null;
  /**
   * Origins allowed to embed the booking widget (CORS allow-list), each exactly
   * `https://host[:port]` or `http://host[:port]`, without path or trailing slash.
   * @maxItems 20
   */
  allowedOrigins?: string[];
}

/** Only the fields sent change; null clears a field. (Written out: tsoa's Partial<> loses `null`.) */
export interface OrganisationPatch {
  /** @minLength 1 @maxLength 120 */
  name?: string;
  /** @maxLength 40 */
  phone?: string | null;
  /** @maxLength 254 */
  email?: string | null;
  /** @maxLength 500 */
  website?: string | null;
  /** @maxLength 2000 */
  horaires?: string | null;
  /** Replaces the whole list. @maxItems 20 */
  allowedOrigins?: string[];
}

export interface OrganisationDto {
  id: string;
  territoireId: string;
  name: string;
  phone: string | null;
  email: string | null;
  website: string | null;
  horaires: string | null;
  allowedOrigins: string[];
  createdAt: string;
  updatedAt: string;
}

export interface OrganisationList {
  items: OrganisationDto[];
  nextCursor?: string;
}

export function toOrganisationDto(o: Organisation): OrganisationDto {
  return {
    id: o.id, territoireId: o.territoire.id, name: o.name, phone: o.phone ?? null, email: o.email ?? null,
    website: o.website ?? null, horaires: o.horaires ?? null, allowedOrigins: [...(o.allowedOrigins ?? [])],
    createdAt: o.createdAt.toISOString(), updatedAt: o.updatedAt.toISOString(),
  };
}
