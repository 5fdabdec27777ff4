import type { Territoire } from './territoire.entity.js';

export interface TerritoireDto {
  id: string;
  name: string;
  /** Numéro de département (max. 3 caractères), e.g. `62`, `974`, `2A`. */
  departementNumber: string;
  /** IANA time zone in which every plage and absence is expanded, e.g. `Europe/Paris`. */
  timezone: string;
  phone: string | null;
  /** Alphanumeric SMS sender (≤ 11 characters). */
  smsSender: string | null;
  createdAt: string;
}

export const toTerritoireDto = (t: Territoire): TerritoireDto => ({
  id: t.id, name: t.name, departementNumber: t.departementNumber, timezone: t.timezone,
  phone: t.phone ?? null, smsSender: t.smsSender ?? null, createdAt: t.createdAt.toISOString(),
});
