import { defineEntity, type InferEntity } from '@mikro-orm/core';
import { createdAtColumn, idColumn, updatedAtColumn } from '../../db/columns.js';
import { AgentSchema } from '../agents/agent.entity.js';
import { LieuSchema } from '../lieux/lieu.entity.js';
import { MotifSchema } from '../motifs/motif.entity.js';
import { OrganisationSchema } from '../organisations/organisation.entity.js';

/**
 * An agent's availability window in wall-clock time (first day, start/end time) with an optional
 * RFC 5545 RRULE, expanded in the territoire's time zone. Never crosses midnight.
 */
export const PlageOuvertureSchema = defineEntity({
  name: 'PlageOuverture',
  tableName: 'plage_ouverture',
  properties: (p) => ({
    id: idColumn(),
    organisation: () => p.manyToOne(OrganisationSchema).deleteRule('cascade'),
    agent: () => p.manyToOne(AgentSchema).deleteRule('cascade'),
    lieu: () => p.manyToOne(LieuSchema).nullable(),
    title: p.string(),
    firstDay: p.date(),
    /** 'HH:MM:SS' in PostgreSQL; the API speaks 'HH:MM'. */
    startTime: p.time(),
    endTime: p.time(),
    /** RRULE without DTSTART, e.g. FREQ=WEEKLY;INTERVAL=1;BYDAY=MO,TU;UNTIL=20270630. */
    recurrence: p.text().nullable(),
    /** Last day an occurrence may fall on (from UNTIL/COUNT); null = open-ended. Indexed pre-filter. */
    recurrenceEndsOn: p.date().nullable(),
    motifs: () => p.manyToMany(MotifSchema).pivotTable('plage_ouverture_motif').owner(),
    createdAt: createdAtColumn(),
    updatedAt: updatedAtColumn(),
  }),
  indexes: [{ properties: ['agent', 'firstDay'] }],
});
export type PlageOuverture = InferEntity<typeof PlageOuvertureSchema>;
