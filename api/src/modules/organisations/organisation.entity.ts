import { defineEntity, type InferEntity } from '@mikro-orm/core';
import { createdAtColumn, idColumn, updatedAtColumn } from '../../db/columns.js';
import { TerritoireSchema } from '../territoires/territoire.entity.js';

/** An organisation (one MDS, one mairie, one association) inside a territoire. */
export const OrganisationSchema = defineEntity({
  name: 'Organisation',
  tableName: 'organisation',
  properties: (p) => ({
    id: idColumn(),
    territoire: () => p.manyToOne(TerritoireSchema),
    name: p.string(),
    phone: p.string().nullable(),
    email: p.string().nullable(),
    website: p.string().nullable(),
    /** Free-text opening hours shown to usagers. */
    horaires: p.text().nullable(),
    externalId: p.string().nullable(),
    /** Origins (scheme://host[:port]) allowed to embed the widget: the CORS allow-list. */
    allowedOrigins: p.array().default([]),
    createdAt: createdAtColumn(),
    updatedAt: updatedAtColumn(),
  }),
  uniques: [{ properties: ['territoire', 'name'] }],
});
export type Organisation = InferEntity<typeof OrganisationSchema>;
