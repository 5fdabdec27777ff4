import { defineEntity, type InferEntity } from '@mikro-orm/core';
import { createdAtColumn, idColumn, updatedAtColumn } from '../../db/columns.js';
import { ServiceSchema } from '../services/service.entity.js';

export const RDV_NOTIFICATION_LEVELS = ['all', 'others', 'soon', 'none'] as const;
export type RdvNotificationLevel = (typeof RDV_NOTIFICATION_LEVELS)[number];

/** An agent (secretary, social worker, nurse…). Intervenants have no e-mail and never log in. */
export const AgentSchema = defineEntity({
  name: 'Agent',
  tableName: 'agent',
  properties: (p) => ({
    id: idColumn(),
    email: p.string().nullable().unique(),
    firstName: p.string(),
    lastName: p.string(),
    /** argon2id hash; null until the agent accepts an invitation. */
    passwordHash: p.string().nullable(),
    invitationTokenHash: p.string().nullable(),
    invitationExpiresAt: p.datetime().nullable(),
    rdvNotificationLevel: p.enum([...RDV_NOTIFICATION_LEVELS]).default('others'),
    plageNotificationLevel: p.enum(['all', 'none']).default('all'),
    absenceNotificationLevel: p.enum(['all', 'none']).default('all'),
    services: () => p.manyToMany(ServiceSchema).pivotTable('agent_service').owner(),
    lastSignInAt: p.datetime().nullable(),
    deletedAt: p.datetime().nullable(),
    createdAt: createdAtColumn(),
    updatedAt: updatedAtColumn(),
  }),
});
export type Agent = InferEntity<typeof AgentSchema>;
