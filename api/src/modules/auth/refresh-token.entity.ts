import { defineEntity, type InferEntity } from '@mikro-orm/core';
import { createdAtColumn, idColumn } from '../../db/columns.js';
import { AgentSchema } from '../agents/agent.entity.js';

/** Opaque refresh tokens, stored hashed (SHA-256); rotated on every use. */
export const RefreshTokenSchema = defineEntity({
  name: 'RefreshToken',
  tableName: 'refresh_token',
  properties: (p) => ({
    id: idColumn(),
    agent: () => p.manyToOne(AgentSchema).deleteRule('cascade'),
    tokenHash: p.string().unique(),
    expiresAt: p.datetime(),
    revokedAt: p.datetime().nullable(),
    createdAt: createdAtColumn(),
  }),
});
export type RefreshToken = InferEntity<typeof RefreshTokenSchema>;
