import { defineEntity, type InferEntity } from '@mikro-orm/core';
import { createdAtColumn, idColumn, updatedAtColumn } from '../../db/columns.js';
import { OrganisationSchema } from '../organisations/organisation.entity.js';
import { ServiceSchema } from '../services/service.entity.js';

export const LOCATION_TYPES = ['public_office', 'phone', 'home', 'visio'] as const;
export type LocationType = (typeof LOCATION_TYPES)[number];
export const BOOKABLE_BY = ['agents', 'agents_and_prescripteurs', 'everyone'] as const;
export type BookableBy = (typeof BOOKABLE_BY)[number];
export const VISIBILITY_TYPES = ['visible_and_notified', 'visible_and_not_notified', 'invisible'] as const;
export type VisibilityType = (typeof VISIBILITY_TYPES)[number];
export const SECTORISATION_LEVELS = ['departement', 'organisation', 'agent'] as const;
export type SectorisationLevel = (typeof SECTORISATION_LEVELS)[number];

/** A Motif is an appointment type with all its booking rules (reference §1.6). */
export const MotifSchema = defineEntity({
  name: 'Motif',
  tableName: 'motif',
  properties: (p) => ({
    id: idColumn(),
    organisation: () => p.manyToOne(OrganisationSchema),
    service: () => p.manyToOne(ServiceSchema).nullable(),
    name: p.string(),
    /** Agenda colour, CSS hex. */
    color: p.string().length(7).default('#1d4ed8'),
    /** Slot length and the step between créneaux. */
    durationMinutes: p.integer().default(30),
    locationType: p.enum([...LOCATION_TYPES]).default('public_office'),
    bookableBy: p.enum([...BOOKABLE_BY]).default('agents'),
    /** Earliest public créneau = now + this. Agents are not bound by delays. */
    minBookingDelayMinutes: p.integer().default(30),
    /** Latest public créneau = now + this. */
    maxBookingDelayDays: p.integer().default(91),
    visibilityType: p.enum([...VISIBILITY_TYPES]).default('visible_and_notified'),
    sectorisationLevel: p.enum([...SECTORISATION_LEVELS]).default('departement'),
    forSecretariat: p.boolean().default(false),
    followUp: p.boolean().default(false),
    collectif: p.boolean().default(false),
    /** « Instructions à accepter avant » : the usager must accept them before choosing. */
    instructionsBefore: p.text().nullable(),
    /** « Indications après » : shown after booking and in the confirmation. */
    instructionsAfter: p.text().nullable(),
    customCancelWarningMessage: p.text().nullable(),
    cancellableByUsager: p.boolean().default(true),
    movableByUsager: p.boolean().default(true),
    /** The usager may cancel online until this many minutes before the start (default 4 h). */
    cancellationDeadlineMinutes: p.integer().default(240),
    /** The usager may move online until this many minutes before the start (default 48 h). */
    moveDeadlineMinutes: p.integer().default(2880),
    /** Soft delete: archived motifs keep their RDVs. */
    deletedAt: p.datetime().nullable(),
    createdAt: createdAtColumn(),
    updatedAt: updatedAtColumn(),
  }),
});
export type Motif = InferEntity<typeof MotifSchema>;
