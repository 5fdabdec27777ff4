import { defineEntity, type InferEntity } from '@mikro-orm/core';
import { createdAtColumn, idColumn, updatedAtColumn } from '../../db/columns.js';
import { AgentSchema } from '../agents/agent.entity.js';
import { LieuSchema } from '../lieux/lieu.entity.js';
import { MotifSchema } from '../motifs/motif.entity.js';
import { OrganisationSchema } from '../organisations/organisation.entity.js';
import { UsagerSchema } from '../usagers/usager.entity.js';

/** unknown = à venir / à renseigner; excused and revoked are the cancelled statuses. */
export const RDV_STATUSES = ['unknown', 'seen', 'excused', 'revoked', 'noshow'] as const;
export type RdvStatus = (typeof RDV_STATUSES)[number];
export const CANCELLED_STATUSES: readonly RdvStatus[] = ['excused', 'revoked'];
export const CREATED_BY_TYPES = ['agent', 'usager', 'prescripteur', 'api_client', 'file_attente'] as const;
export type CreatedByType = (typeof CREATED_BY_TYPES)[number];

export const RdvSchema = defineEntity({
  name: 'Rdv',
  tableName: 'rdv',
  properties: (p) => ({
    id: idColumn(),
    organisation: () => p.manyToOne(OrganisationSchema),
    motif: () => p.manyToOne(MotifSchema),
    lieu: () => p.manyToOne(LieuSchema).nullable(),
    startsAt: p.datetime(),
    endsAt: p.datetime(),
    status: p.enum([...RDV_STATUSES]).default('unknown'),
    cancelledAt: p.datetime().nullable(),
    /** Title of a collective RDV. */
    name: p.string().nullable(),
    /** Collective seats; null = unlimited. */
    maxParticipantsCount: p.integer().nullable(),
    /** Non-cancelled participations (kept in the same transaction as they change). */
    usersCount: p.integer().default(0),
    context: p.text().nullable(),
    createdByType: p.enum([...CREATED_BY_TYPES]),
    createdById: p.uuid().nullable(),
    /** Bumped on every change so ICS SEQUENCE and stale jobs can be detected. */
    sequence: p.integer().default(0),
    createdAt: createdAtColumn(),
    updatedAt: updatedAtColumn(),
  }),
  indexes: [{ properties: ['organisation', 'startsAt'] }, { properties: ['motif', 'startsAt'] }],
});
export type Rdv = InferEntity<typeof RdvSchema>;

/**
 * The agent↔RDV link carries the agent's busy period. The EXCLUDE constraint below is THE rule
 * against double booking: two non-cancelled links of one agent never overlap, whatever the path.
 */
/** Upper bound of one busy period (RDVs last at most 12 h; the margin is deliberate). */
export const MAX_BUSY_HOURS = 24;

export const AgentRdvSchema = defineEntity({
  name: 'AgentRdv',
  tableName: 'agent_rdv',
  properties: (p) => ({
    id: idColumn(),
    agent: () => p.manyToOne(AgentSchema),
    rdv: () => p.manyToOne(RdvSchema).deleteRule('cascade'),
    startsAt: p.datetime(),
    endsAt: p.datetime(),
    cancelled: p.boolean().default(false),
  }),
  uniques: [{ properties: ['agent', 'rdv'] }],
  indexes: [
    {
      name: 'agent_rdv_no_overlap',
      expression:
        'alter table "agent_rdv" add constraint "agent_rdv_no_overlap" exclude using gist ("agent_id" with =, tstzrange("starts_at", "ends_at", \'[)\') with &&) where (not "cancelled")',
    },
    {
      // The slot search reads busy periods by agent and start: with the length bound below, a
      // window [from, to) needs only starts in (from − 24 h, to), an index range per agent.
      name: 'agent_rdv_busy',
      expression: 'create index "agent_rdv_busy" on "agent_rdv" ("agent_id", "starts_at") include ("ends_at") where not "cancelled"',
    },
  ],
  // Written as PostgreSQL prints it back, so the next migration diff stays empty.
  checks: [{ name: 'agent_rdv_length', expression: `(ends_at > starts_at) AND ((ends_at - starts_at) <= '${MAX_BUSY_HOURS}:00:00'::interval)` }],
});
export type AgentRdv = InferEntity<typeof AgentRdvSchema>;

/** One usager's attendance to a RDV (individual RDVs have exactly one usager per family). */
export const ParticipationSchema = defineEntity({
  name: 'Participation',
  tableName: 'participation',
  properties: (p) => ({
    id: idColumn(),
    rdv: () => p.manyToOne(RdvSchema).deleteRule('cascade'),
    usager: () => p.manyToOne(UsagerSchema),
    status: p.enum([...RDV_STATUSES]).default('unknown'),
    sendLifecycleNotifications: p.boolean().default(true),
    sendReminderNotification: p.boolean().default(true),
    createdByType: p.enum([...CREATED_BY_TYPES]),
    createdById: p.uuid().nullable(),
    createdAt: createdAtColumn(),
  }),
  uniques: [{ properties: ['rdv', 'usager'] }],
});
export type Participation = InferEntity<typeof ParticipationSchema>;
