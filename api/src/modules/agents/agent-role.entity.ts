import { defineEntity, type InferEntity } from '@mikro-orm/core';
import { createdAtColumn, idColumn } from '../../db/columns.js';
import { OrganisationSchema } from '../organisations/organisation.entity.js';
import { TerritoireSchema } from '../territoires/territoire.entity.js';
import { AgentSchema } from './agent.entity.js';

export const ACCESS_LEVELS = ['admin', 'basic', 'intervenant'] as const;
export type AccessLevel = (typeof ACCESS_LEVELS)[number];

/** An agent's access level in one organisation. */
export const AgentRoleSchema = defineEntity({
  name: 'AgentRole',
  tableName: 'agent_role',
  properties: (p) => ({
    id: idColumn(),
    agent: () => p.manyToOne(AgentSchema).deleteRule('cascade'),
    organisation: () => p.manyToOne(OrganisationSchema).deleteRule('cascade'),
    accessLevel: p.enum([...ACCESS_LEVELS]).default('basic'),
    createdAt: createdAtColumn(),
  }),
  uniques: [{ properties: ['agent', 'organisation'] }],
});
export type AgentRole = InferEntity<typeof AgentRoleSchema>;

/** A territoire admin: may create organisations and administer all of them. */
export const AgentTerritorialRoleSchema = defineEntity({
  name: 'AgentTerritorialRole',
  tableName: 'agent_territorial_role',
  properties: (p) => ({
    id: idColumn(),
    agent: () => p.manyToOne(AgentSchema).deleteRule('cascade'),
    territoire: () => p.manyToOne(TerritoireSchema).deleteRule('cascade'),
    createdAt: createdAtColumn(),
  }),
  uniques: [{ properties: ['agent', 'territoire'] }],
});
export type AgentTerritorialRole = InferEntity<typeof AgentTerritorialRoleSchema>;
