import type { Problem } from '../../http/problem.js';
import { formatPhoneFr } from '../phone/phone.js';
import type { Usager } from './usager.entity.js';

/**
 * A usager's fields as an agent or a partner sets them (PATCH: only those given change; `null`
 * clears an optional field). Content rules are checked together so that one
 * 422 lists every invalid field: names 1–100 characters, a plausible birth date (not in the
 * future, less than 130 years ago), a French phone number, a valid e-mail address, a 5-digit
 * post code. Neither phone nor e-mail is required when an agent creates a usager.
 */
export interface UsagerPatch {
  /** Prénom (100 caractères au plus). */
  firstName?: string;
  /** Nom d'usage (100 caractères au plus). */
  lastName?: string;
  /** Nom de naissance (100 caractères au plus). */
  birthName?: string | null;
  /**
   * Date de naissance, AAAA-MM-JJ.
   * @format date
   * @example "1987-04-12"
   */
  birthDate?: string | null;
  /** Adresse e-mail ; les fautes courantes (`..`, `.@`) sont corrigées. */
  email?: string | null;
  /**
   * Téléphone français (métropole ou outre-mer), sous toute forme usuelle ; enregistré en E.164.
   * @example "06 12 34 56 78"
   */
  phone?: string | null;
  /** 255 caractères au plus. */
  address?: string | null;
  /** Code postal à 5 chiffres. */
  postCode?: string | null;
  /** Par défaut vrai ; un SMS n'est envoyé qu'à un numéro de portable. */
  notifyBySms?: boolean;
  /** Par défaut vrai. */
  notifyByEmail?: boolean;
  /**
   * Fait de cet usager un proche de l'usager indiqué (qui doit être un usager de l'organisation et
   * ne pas être lui-même un proche : un seul niveau).
   */
  responsibleId?: string | null;
  /** Notes internes (5 000 caractères au plus), jamais montrées à l'usager. */
  notes?: string | null;
  /**
   * Enregistrer même si un usager de l'organisation a déjà ce téléphone ou cet e-mail (sinon 409
   * `usager_existant`).
   */
  allowDuplicate?: boolean;
}

/** A new usager: first and last names are required. */
export interface UsagerInput extends UsagerPatch {
  /** Prénom (100 caractères au plus). */
  firstName: string;
  /** Nom d'usage (100 caractères au plus). */
  lastName: string;
}

export interface UsagerDto {
  id: string;
  firstName: string;
  lastName: string;
  birthName: string | null;
  /** AAAA-MM-JJ. */
  birthDate: string | null;
  email: string | null;
  /** E.164, e.g. `+33612345678`. */
  phone: string | null;
  /** National format for display, e.g. `06 12 34 56 78`. */
  phoneFormatted: string | null;
  address: string | null;
  postCode: string | null;
  notifyBySms: boolean;
  notifyByEmail: boolean;
  /** Set for a proche: the usager responsible for them (whose contact details apply). */
  responsibleId: string | null;
  notes: string | null;
  createdAt: string;
  updatedAt: string;
}

export interface UsagerList {
  items: UsagerDto[];
  /** Pass it as `cursor` to read the next page; absent on the last page. */
  nextCursor?: string;
}

/** 409 `usager_existant`: a usager of the organisation already has this phone or e-mail. */
export interface UsagerExistantProblem extends Problem {
  /** The usager who already has this contact, to open instead of creating a duplicate. */
  existingUsagerId: string;
}

export function toUsagerDto(u: Usager): UsagerDto {
  return {
    id: u.id, firstName: u.firstName, lastName: u.lastName, birthName: u.birthName ?? null, birthDate: u.birthDate ?? null,
    email: u.email ?? null, phone: u.phone ?? null, phoneFormatted: u.phone ? formatPhoneFr(u.phone) : null,
    address: u.address ?? null, postCode: u.postCode ?? null, notifyBySms: u.notifyBySms, notifyByEmail: u.notifyByEmail,
    responsibleId: u.responsible?.id ?? null, notes: u.notes ?? null,
    createdAt: u.createdAt.toISOString(), updatedAt: u.updatedAt.toISOString(),
  };
}
