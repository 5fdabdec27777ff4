import { defineEntity, type InferEntity } from '@mikro-orm/core';
import { createdAtColumn, idColumn, updatedAtColumn } from '../../db/columns.js';
import { OrganisationSchema } from '../organisations/organisation.entity.js';

export const LIEU_AVAILABILITIES = ['enabled', 'disabled', 'single_use'] as const;

/** A physical place where RDVs happen. Disabled lieux are soft-deleted. */
export const LieuSchema = defineEntity({
  name: 'Lieu',
  tableName: 'lieu',
  properties: (p) => ({
    id: idColumn(),
    organisation: () => p.manyToOne(OrganisationSchema),
    name: p.string(),
    address: p.string(),
    phone: p.string().nullable(),
    latitude: p.double().nullable(),
    longitude: p.double().nullable(),
    availability: p.enum([...LIEU_AVAILABILITIES]).default('enabled'),
    createdAt: createdAtColumn(),
    updatedAt: updatedAtColumn(),
  }),
});
export type Lieu = InferEntity<typeof LieuSchema>;
