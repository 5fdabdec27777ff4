import { defineEntity, type InferEntity } from '@mikro-orm/core';
import { createdAtColumn, idColumn } from '../../db/columns.js';
import { OrganisationSchema } from '../organisations/organisation.entity.js';

export const API_CLIENT_SCOPES = ['rdvs:read', 'rdvs:write', 'usagers:read', 'usagers:write', 'config:read', 'config:write'] as const;

/** A partner's credentials (client_credentials grant), scoped to one organisation and permissions. */
export const ApiClientSchema = defineEntity({
  name: 'ApiClient',
  tableName: 'api_client',
  properties: (p) => ({
    id: idColumn(),
    organisation: () => p.manyToOne(OrganisationSchema).deleteRule('cascade'),
    name: p.string(),
    secretHash: p.string(),
    scopes: p.array().default([]),
    revokedAt: p.datetime().nullable(),
    createdAt: createdAtColumn(),
  }),
});
export type ApiClient = InferEntity<typeof ApiClientSchema>;
