import type { LocationType } from '../motifs/motif.entity.js';

export interface PublicLieu {
  id: string;
  name: string;
  address: string;
  phone: string | null;
}

export interface PublicAvailability {
  /** null for motifs without a lieu (phone, home, visio). */
  lieuId: string | null;
  /** First bookable créneau (ISO 8601 with offset), null when nothing is free within the booking delays. */
  nextAvailableAt: string | null;
}

export interface PublicMotif {
  id: string;
  name: string;
  serviceId: string | null;
  durationMinutes: number;
  locationType: LocationType;
  collectif: boolean;
  /** Must be accepted by the usager before choosing a créneau. */
  instructionsBefore: string | null;
  instructionsAfter: string | null;
  availability: PublicAvailability[];
}

export interface PublicOrganisation {
  id: string;
  name: string;
  phone: string | null;
  horaires: string | null;
  timezone: string;
  services: { id: string; name: string; shortName: string }[];
  lieux: PublicLieu[];
  motifs: PublicMotif[];
}
