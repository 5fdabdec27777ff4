import type { AccessLevel } from '../modules/agents/agent-role.entity.js';

export interface AgentPrincipal {
  kind: 'agent';
  agentId: string;
  /** organisationId → access level. */
  roles: Map<string, AccessLevel>;
  /** Territoires the agent administers (all their organisations count as admin). */
  territoireIds: Set<string>;
}

export interface ApiClientPrincipal {
  kind: 'api_client';
  clientId: string;
  organisationId: string;
  scopes: Set<string>;
}

export interface ManagePrincipal {
  kind: 'manage';
  rdvId: string;
  /** Set for one seat of a collective RDV. */
  participationId: string | null;
}

export type Principal = AgentPrincipal | ApiClientPrincipal | ManagePrincipal;
