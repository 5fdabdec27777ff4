import type { AppContext } from '../context.js';
import { emOf } from '../context.js';
import type { AccessLevel } from '../modules/agents/agent-role.entity.js';
import type { Principal } from './principal.js';
import { forbidden, notFound } from './problem.js';

const UUID = /^[0-9a-f]{8}-[0-9a-f]{4}-[0-9a-f]{4}-[0-9a-f]{4}-[0-9a-f]{12}$/i;

/** Ids are opaque UUIDs: anything else cannot exist (and must not reach PostgreSQL as a cast error). */
export function assertId(id: string, what = 'Ressource'): string {
  if (!UUID.test(id)) throw notFound(what);
  return id;
}

export const isUuid = (id: string) => UUID.test(id);

export interface OrgAccess {
  organisationId: string;
  /** 'admin' for organisation and territoire admins and for API clients with config:write. */
  level: AccessLevel;
  principal: Principal;
}

/**
 * Tenant isolation: an organisation the caller does not belong to answers 404, exactly like one
 * that does not exist. `need: 'admin'` then refuses basic agents with 403.
 */
export async function orgAccess(ctx: AppContext, principal: Principal, organisationId: string, need: 'member' | 'admin' = 'member'): Promise<OrgAccess> {
  assertId(organisationId, 'Organisation');
  let level: AccessLevel | undefined;
  if (principal.kind === 'agent') {
    level = principal.roles.get(organisationId);
    if (!level && principal.territoireIds.size) {
      const rows = await emOf(ctx).getConnection().execute<{ territoire_id: string }[]>(
        'select territoire_id from organisation where id = ?', [organisationId]);
      if (rows[0] && principal.territoireIds.has(rows[0].territoire_id)) level = 'admin';
    }
  } else if (principal.kind === 'api_client' && principal.organisationId === organisationId) {
    level = principal.scopes.has('config:write') ? 'admin' : 'basic';
  }
  if (!level) throw notFound('Organisation');
  if (need === 'admin' && level !== 'admin') throw forbidden('Seuls les administrateurs de l’organisation peuvent faire cela.');
  return { organisationId, level, principal };
}

/** The agent id of the caller, or null for API clients. */
export const agentIdOf = (principal: Principal) => (principal.kind === 'agent' ? principal.agentId : null);
