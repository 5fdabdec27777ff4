import type { AppContext } from '../../context.js';
import { emOf } from '../../context.js';
import type { AgentPrincipal, ApiClientPrincipal } from '../../http/principal.js';
import { forbidden } from '../../http/problem.js';
import type { AccessLevel } from '../agents/agent-role.entity.js';

/** Roles are read on every request (one query) so a revoked role takes effect at once. */
export async function loadAgentPrincipal(ctx: AppContext, agentId: string): Promise<AgentPrincipal | null> {
  const rows = await emOf(ctx).getConnection().execute<{ kind: string; target_id: string; access_level: AccessLevel | null }[]>(
    `select 'org' as kind, r.organisation_id as target_id, r.access_level
       from agent a join agent_role r on r.agent_id = a.id
      where a.id = ? and a.deleted_at is null
     union all
     select 'ter', t.territoire_id, null
       from agent a join agent_territorial_role t on t.agent_id = a.id
      where a.id = ? and a.deleted_at is null
     union all
     select 'agent', a.id, null from agent a where a.id = ? and a.deleted_at is null`,
    [agentId, agentId, agentId],
  );
  if (!rows.some((r) => r.kind === 'agent')) return null;
  const roles = new Map<string, AccessLevel>();
  const territoireIds = new Set<string>();
  for (const row of rows) {
    if (row.kind === 'org' && row.access_level) roles.set(row.target_id, row.access_level);
    if (row.kind === 'ter') territoireIds.add(row.target_id);
  }
  return { kind: 'agent', agentId, roles, territoireIds };
}

export async function loadApiClientPrincipal(ctx: AppContext, clientId: string, requiredScopes: string[]): Promise<ApiClientPrincipal | null> {
  const rows = await emOf(ctx).getConnection().execute<{ organisation_id: string; scopes: string[] }[]>(
    'select organisation_id, scopes from api_client where id = ? and revoked_at is null',
    [clientId],
  );
  const row = rows[0];
  if (!row) return null;
  const scopes = new Set(row.scopes);
  const missing = requiredScopes.filter((s) => !scopes.has(s));
  if (missing.length) throw forbidden(`Permissions manquantes : ${missing.join(', ')}.`);
  return { kind: 'api_client', clientId, organisationId: row.organisation_id, scopes };
}
