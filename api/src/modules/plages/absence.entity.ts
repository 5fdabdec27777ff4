import { defineEntity, type InferEntity } from '@mikro-orm/core';
import { createdAtColumn, idColumn, updatedAtColumn } from '../../db/columns.js';
import { AgentSchema } from '../agents/agent.entity.js';
import { OrganisationSchema } from '../organisations/organisation.entity.js';

/**
 * An agent's unavailability. It blocks the agent in every organisation; `organisation` only
 * records where it was entered (for listing and webhooks).
 */
export const AbsenceSchema = defineEntity({
  name: 'Absence',
  tableName: 'absence',
  properties: (p) => ({
    id: idColumn(),
    agent: () => p.manyToOne(AgentSchema).deleteRule('cascade'),
    organisation: () => p.manyToOne(OrganisationSchema).nullable().deleteRule('set null'),
    title: p.string().nullable(),
    firstDay: p.date(),
    startTime: p.time(),
    endDay: p.date(),
    endTime: p.time(),
    /** Only for single-day absences (as the original). */
    recurrence: p.text().nullable(),
    recurrenceEndsOn: p.date().nullable(),
    createdAt: createdAtColumn(),
    updatedAt: updatedAtColumn(),
  }),
  indexes: [{ properties: ['agent', 'firstDay'] }],
});
export type Absence = InferEntity<typeof AbsenceSchema>;
