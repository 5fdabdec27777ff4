import type { API_CLIENT_SCOPES, ApiClient } from './api-client.entity.js';

/** A permission of an API client; `*:write` does not imply `*:read`. */
export type ApiClientScope = (typeof API_CLIENT_SCOPES)[number];

export interface ApiClientInput {
  /** Partner and use, e.g. « rdv-insertion — Arras » (100 caractères au plus). */
  name: string;
  /** At least one permission. */
  scopes: ApiClientScope[];
}

export interface ApiClientDto {
  id: string;
  name: string;
  scopes: ApiClientScope[];
  /** The `clientId` of `POST /auth/token` (grantType `client_credentials`). */
  clientId: string;
  createdAt: string;
  /** Set once revoked: its tokens stop working at once. */
  revokedAt: string | null;
}

export interface ApiClientCreated extends ApiClientDto {
  /** Shown once, at creation: only its SHA-256 is stored. */
  clientSecret: string;
}

export interface ApiClientList {
  items: ApiClientDto[];
  nextCursor?: string;
}

export function toApiClientDto(c: ApiClient): ApiClientDto {
  return {
    id: c.id, name: c.name, scopes: c.scopes as ApiClientScope[], clientId: c.id,
    createdAt: c.createdAt.toISOString(), revokedAt: c.revokedAt ? c.revokedAt.toISOString() : null,
  };
}
