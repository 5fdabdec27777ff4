/**
 * Types of the public API (`/api/v1/public/*`), written by hand from the contract.
 * To be replaced by types generated from `openapi/openapi.json` (openapi-typescript).
 */

export type LocationType = 'public_office' | 'phone' | 'home' | 'visio';
export type Channel = 'sms' | 'email';

export interface PublicService {
  id: string;
  name: string;
}

export interface PublicLieu {
  id: string;
  name: string;
  address: string;
  phone: string | null;
}

export interface MotifAvailability {
  /** null for phone, home and visio motifs (the organisation itself). */
  lieuId: string | null;
  nextAvailableAt: string | null;
}

export interface PublicMotif {
  id: string;
  name: string;
  serviceId: string | null;
  durationMinutes: number;
  locationType: LocationType;
  collectif: boolean;
  instructionsBefore: string | null;
  instructionsAfter: string | null;
  availability: MotifAvailability[];
}

export interface PublicOrganisation {
  id: string;
  name: string;
  phone: string | null;
  /** IANA time zone, e.g. Europe/Paris. */
  timezone: string;
  services: PublicService[];
  lieux: PublicLieu[];
  motifs: PublicMotif[];
}

export interface Creneau {
  /** ISO 8601 with the local offset, e.g. 2027-03-29T09:00:00+02:00 */
  startsAt: string;
  endsAt: string;
}

export interface CreneauxDay {
  /** YYYY-MM-DD in the organisation's time zone */
  date: string;
  creneaux: Creneau[];
}

export interface CreneauxResponse {
  timezone: string;
  days: CreneauxDay[];
  nextAvailableAt: string | null;
}

export interface CreneauxQuery {
  motifId: string;
  lieuId?: string | null;
  /** YYYY-MM-DD */
  from: string;
  /** YYYY-MM-DD, at most 31 days after `from` */
  to: string;
}

export interface VerificationRequest {
  channel: Channel;
  destination: string;
}

export interface Verification {
  id: string;
  expiresAt: string;
  resendAfterSeconds: number;
}

export interface UsagerInput {
  firstName: string;
  lastName: string;
  phone?: string;
  email?: string;
  address?: string;
}

export interface ProcheInput {
  firstName: string;
  lastName: string;
  /** YYYY-MM-DD */
  birthDate?: string;
}

export interface CreateRdvRequest {
  motifId: string;
  lieuId?: string;
  startsAt: string;
  usager: UsagerInput;
  proche?: ProcheInput;
  verification: { id: string; code: string };
}

export type RdvStatus = 'unknown' | 'seen' | 'excused' | 'revoked' | 'noshow';

export interface PublicRdv {
  id: string;
  status: RdvStatus | string;
  startsAt: string;
  endsAt: string;
  timezone: string;
  motif: {
    id: string;
    name: string;
    locationType: LocationType;
    instructionsAfter: string | null;
  };
  lieu: PublicLieu | null;
  organisation: { id: string; name: string; phone: string | null };
  cancellable: boolean;
  movable: boolean;
}

export interface CreateRdvResponse {
  rdv: PublicRdv;
  manageToken: string;
  manageUrl: string;
}

export interface ProblemFieldError {
  field: string;
  message: string;
}

/** RFC 9457 problem details, as sent by the API. */
export interface Problem {
  type: string;
  title: string;
  status: number;
  detail?: string;
  code: string;
  errors?: ProblemFieldError[];
}
