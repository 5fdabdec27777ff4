import type { AccessLevel } from './agent-role.entity.js';
import type { Agent } from './agent.entity.js';

/**
 * An agent to add to the organisation. With an e-mail already known (any organisation), the
 * existing agent receives the role instead of a duplicate account being created.
 */
export interface AgentInput {
  /** Required for `admin` and `basic`; forbidden for `intervenant` (who never logs in). @maxLength 254 */
  email?: string | null;
  /** @minLength 1 @maxLength 100 */
  firstName: string;
  /** @minLength 1 @maxLength 100 */
  lastName: string;
  role: AccessLevel;
  /** Services of the national catalogue (`GET /services`) the agent works for. @maxItems 20 */
  serviceIds?: string[];
  /**
   * Initial password (≥ 12 characters with a digit, an upper-case letter and a symbol). Without
   * it, an invitation valid 7 days is sent by e-mail.
   * @maxLength 200
   */
  password?: string;
}

export interface AgentPatch {
  /** @minLength 1 @maxLength 100 */
  firstName?: string;
  /** @minLength 1 @maxLength 100 */
  lastName?: string;
  role?: AccessLevel;
  /** Replaces the agent's services. @maxItems 20 */
  serviceIds?: string[];
}

export interface AgentDto {
  id: string;
  email: string | null;
  firstName: string;
  lastName: string;
  /** Access level in this organisation. */
  role: AccessLevel;
  serviceIds: string[];
  /** True while the agent has not chosen a password (invitation sent, not accepted yet). */
  invitationPending: boolean;
  createdAt: string;
  updatedAt: string;
}

export interface AgentList {
  items: AgentDto[];
  nextCursor?: string;
}

export function toAgentDto(agent: Agent, role: AccessLevel): AgentDto {
  return {
    id: agent.id, email: agent.email ?? null, firstName: agent.firstName, lastName: agent.lastName, role,
    serviceIds: agent.services.isInitialized() ? agent.services.getItems().map((s) => s.id).sort() : [],
    invitationPending: !!agent.email && !agent.passwordHash,
    createdAt: agent.createdAt.toISOString(), updatedAt: agent.updatedAt.toISOString(),
  };
}
