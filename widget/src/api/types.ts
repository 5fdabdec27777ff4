/**
 * Types of the public API (`/api/v1/public/*`), taken from the types generated
 * from the contract (`schema.d.ts`, openapi-typescript over openapi/openapi.json,
 * `node scripts/gen-api-types.mjs`): a change of the contract breaks the
 * widget's type-check instead of drifting silently.
 */
import type { components } from './schema.js';

type S = components['schemas'];

export type LocationType = S['LocationType'];
export type RdvStatus = S['RdvStatus'];
export type Channel = S['VerificationRequest']['channel'];

export type PublicService = S['PublicOrganisation']['services'][number];
export type PublicLieu = S['PublicLieu'];
export type MotifAvailability = S['PublicAvailability'];
export type PublicMotif = S['PublicMotif'];
export type PublicOrganisation = S['PublicOrganisation'];

export type Creneau = S['CreneauDto'];
export type CreneauxDay = S['CreneauxDay'];
export type CreneauxResponse = S['CreneauxResponse'];

/** Query of GET /public/creneaux (`to` at most 31 days after `from`, both YYYY-MM-DD). */
export interface CreneauxQuery {
  motifId: string;
  lieuId?: string | null;
  from: string;
  to: string;
}

export type VerificationRequest = S['VerificationRequest'];
export type Verification = S['VerificationCreated'];

export type UsagerInput = S['PublicUsagerInput'];
export type ProcheInput = S['ProcheInput'];
export type CreateRdvRequest = S['PublicRdvCreate'];
export type CreateRdvResponse = S['PublicRdvCreated'];
export type PublicRdv = S['PublicRdv'];

export type ProblemFieldError = S['FieldError'];
/** RFC 9457 problem details, as sent by the API. */
export type Problem = S['Problem'];
