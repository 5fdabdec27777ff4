import type { EntityManager } from '@mikro-orm/postgresql';
import type { Principal } from '../../http/principal.js';
import { AuditEventSchema } from './audit-event.entity.js';

/** Fields whose values never go into the audit trail (personal or secret data): only their names. */
const MASKED = new Set(['password', 'passwordHash', 'email', 'phone', 'address', 'birthDate', 'secret', 'notes']);

export function maskChanges(changes: Record<string, unknown> | null | undefined): Record<string, unknown> | null {
  if (!changes) return null;
  return Object.fromEntries(Object.entries(changes).map(([k, v]) => [k, MASKED.has(k) ? '[masqué]' : v]));
}

/** Appends one audit event in the caller's unit of work (flushed with the change it describes). */
export function audit(
  em: EntityManager,
  principal: Principal | null,
  event: { entityType: string; entityId: string; action: 'create' | 'update' | 'delete'; organisationId?: string | null; changes?: Record<string, unknown> | null },
): void {
  const actor = !principal
    ? { actorType: 'system' as const, actorId: null }
    : principal.kind === 'agent'
      ? { actorType: 'agent' as const, actorId: principal.agentId }
      : principal.kind === 'api_client'
        ? { actorType: 'api_client' as const, actorId: principal.clientId }
        : { actorType: 'usager' as const, actorId: null };
  em.create(AuditEventSchema, {
    ...actor,
    organisationId: event.organisationId ?? null,
    entityType: event.entityType,
    entityId: event.entityId,
    action: event.action,
    changes: maskChanges(event.changes),
  });
}
