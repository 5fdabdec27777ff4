import type { LocationType } from '../motifs/motif.entity.js';
import type { RdvStatus } from './rdv.entity.js';

/** What a usager (manage link) sees of their RDV: no other person's data. */
export interface PublicRdv {
  id: string;
  status: RdvStatus;
  /** ISO 8601 with the territoire's offset. */
  startsAt: string;
  endsAt: string;
  timezone: string;
  motif: { id: string; name: string; locationType: LocationType; instructionsAfter: string | null };
  lieu: { id: string; name: string; address: string; phone: string | null } | null;
  organisation: { id: string; name: string; phone: string | null };
  collectif: boolean;
  /** The usager may still cancel online (status, motif setting and cut-off). */
  cancellable: boolean;
  /** The usager may still move it online. */
  movable: boolean;
  /** Latest instant for an online cancellation / move. */
  cancellableUntil: string | null;
  movableUntil: string | null;
}

export interface PublicUsagerInput {
  /** @minLength 1 @maxLength 100 */
  firstName: string;
  /** @minLength 1 @maxLength 100 */
  lastName: string;
  /** @maxLength 30 */
  phone?: string;
  /** @maxLength 254 */
  email?: string;
  /** Required for a home visit. @maxLength 300 */
  address?: string;
}

export interface ProcheInput {
  /** @minLength 1 @maxLength 100 */
  firstName: string;
  /** @minLength 1 @maxLength 100 */
  lastName: string;
  /** YYYY-MM-DD */
  birthDate?: string;
}

export interface PublicRdvCreate {
  motifId: string;
  lieuId?: string | null;
  /** The chosen créneau, ISO 8601 with offset, as returned by /public/creneaux. */
  startsAt: string;
  usager: PublicUsagerInput;
  /** Book for a relative: the usager above is then the responsible person who is contacted. */
  proche?: ProcheInput | null;
  verification: { id: string; code: string };
}

export interface PublicRdvCreated {
  rdv: PublicRdv;
  /** Bearer token for the manage endpoints; also in the link sent by SMS/e-mail. */
  manageToken: string;
  manageUrl: string;
}

export interface MoveInput {
  startsAt: string;
}

export interface RdvParticipationDto {
  id: string;
  usagerId: string;
  firstName: string;
  lastName: string;
  status: RdvStatus;
}

/** The agent/partner view of a RDV. */
export interface RdvDto {
  id: string;
  organisationId: string;
  motifId: string;
  motifName: string;
  lieuId: string | null;
  startsAt: string;
  endsAt: string;
  status: RdvStatus;
  collectif: boolean;
  name: string | null;
  maxParticipantsCount: number | null;
  usersCount: number;
  agentIds: string[];
  participations: RdvParticipationDto[];
  createdBy: { type: 'agent' | 'usager' | 'prescripteur' | 'api_client' | 'file_attente'; id: string | null };
  context: string | null;
  createdAt: string;
  updatedAt: string;
}

export interface RdvList {
  items: RdvDto[];
  nextCursor?: string;
}

export interface AgentRdvCreate {
  motifId: string;
  lieuId?: string | null;
  startsAt: string;
  /** Length of the RDV; the motif's duration by default. @isInt @minimum 5 @maximum 720 */
  durationMinutes?: number;
  /** Chosen agents; a free agent of the créneau otherwise. */
  agentIds?: string[];
  /** An existing usager of the organisation, or one to create. Optional for a collective session. */
  usager?: { id: string } | { firstName: string; lastName: string; phone?: string; email?: string; address?: string };
  /** Title and seats of a collective session. */
  name?: string;
  /** @isInt @minimum 1 @maximum 500 */
  maxParticipantsCount?: number | null;
  /** @maxLength 2000 */
  context?: string;
  /** Book even outside the agent's plages or during an absence (never over another RDV). */
  acceptWarnings?: boolean;
}

export interface AgentRdvPatch {
  startsAt?: string;
  /** @isInt @minimum 5 @maximum 720 */
  durationMinutes?: number;
  agentIds?: string[];
  lieuId?: string | null;
  status?: RdvStatus;
  /** @maxLength 2000 */
  context?: string | null;
  acceptWarnings?: boolean;
}

export interface ParticipationPatch {
  status: RdvStatus;
}
