/**
 * Types of the agent API used by the admin, all generated from the contract
 * (openapi/openapi.json → api/schema.d.ts, `node scripts/gen-api-types.mjs`): never hand-written.
 */
import type { components } from '../api/schema.js';

type S = components['schemas'];

export type FieldError = S['FieldError'];
export type Me = S['MeResponse'];
export type MeOrganisation = S['MeOrganisation'];
export type Role = MeOrganisation['role'];
export type Motif = S['MotifDto'];
export type MotifInput = S['MotifInput'];
export type LocationType = S['LocationType'];
export type BookableBy = S['BookableBy'];
export type Rdv = S['RdvDto'];
export type RdvStatus = S['RdvStatus'];
export type AgentRdvCreate = S['AgentRdvCreate'];
export type AgentCreneaux = S['AgentCreneauxResponse'];
export type AgentCreneau = S['AgentCreneauDto'];

export interface List<T> {
  items: T[];
  nextCursor?: string;
}

export type Service = S['ServiceDto'];
export type Organisation = S['OrganisationDto'];
export type OrganisationPatch = S['OrganisationPatch'];
export type Lieu = S['LieuDto'];
export type LieuInput = S['LieuInput'];
export type LieuPatch = S['LieuPatch'];
export type Agent = S['AgentDto'];
export type AgentInput = S['AgentInput'];
export type AgentPatch = S['AgentPatch'];
export type Plage = S['PlageDto'];
export type PlageInput = S['PlageInput'];
export type PlagePatch = S['PlagePatch'];
export type PlageSaved = S['PlageSaved'];
export type PlageWarning = S['PlageWarning'];
export type Absence = S['AbsenceDto'];
export type AbsenceInput = S['AbsenceInput'];
export type AbsencePatch = S['AbsencePatch'];
export type Usager = S['UsagerDto'];
export type Receipt = S['ReceiptDto'];
export type DeliveryFailure = S['DeliveryFailureDto'];
