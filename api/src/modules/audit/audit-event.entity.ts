import { defineEntity, type InferEntity } from '@mikro-orm/core';
import { createdAtColumn, idColumn } from '../../db/columns.js';

/** Append-only trail of who changed what, when. Rows are inserted, never updated. */
export const AuditEventSchema = defineEntity({
  name: 'AuditEvent',
  tableName: 'audit_event',
  properties: (p) => ({
    id: idColumn(),
    actorType: p.enum(['agent', 'api_client', 'usager', 'system']),
    actorId: p.uuid().nullable(),
    organisationId: p.uuid().nullable(),
    entityType: p.string(),
    entityId: p.uuid(),
    action: p.enum(['create', 'update', 'delete']),
    /** Changed field names and new values; personal data fields are masked. */
    changes: p.json<Record<string, unknown>>().nullable(),
    createdAt: createdAtColumn(),
  }),
  indexes: [{ properties: ['entityType', 'entityId'] }, { properties: ['organisationId', 'createdAt'] }],
});
export type AuditEvent = InferEntity<typeof AuditEventSchema>;
