import { defineEntity, type InferEntity } from '@mikro-orm/core';
import { createdAtColumn, idColumn, updatedAtColumn } from '../../db/columns.js';
import { OrganisationSchema } from '../organisations/organisation.entity.js';

export const CREATED_THROUGH = ['agent_creation', 'public_booking', 'proche_creation', 'api', 'prescripteur'] as const;

/**
 * A usager. A proche has a `responsible` usager (one level deep) whose contact details and
 * notification preferences apply.
 */
export const UsagerSchema = defineEntity({
  name: 'Usager',
  tableName: 'usager',
  properties: (p) => ({
    id: idColumn(),
    firstName: p.string(),
    lastName: p.string(),
    birthName: p.string().nullable(),
    birthDate: p.date().nullable(),
    email: p.string().nullable(),
    /** E.164. */
    phone: p.string().nullable(),
    emailVerifiedAt: p.datetime().nullable(),
    phoneVerifiedAt: p.datetime().nullable(),
    address: p.string().nullable(),
    postCode: p.string().nullable(),
    cityCode: p.string().nullable(),
    notifyBySms: p.boolean().default(true),
    notifyByEmail: p.boolean().default(true),
    responsible: () => p.manyToOne(UsagerSchema).nullable().deleteRule('set null'),
    createdThrough: p.enum([...CREATED_THROUGH]).default('agent_creation'),
    notes: p.text().nullable(),
    deletedAt: p.datetime().nullable(),
    createdAt: createdAtColumn(),
    updatedAt: updatedAtColumn(),
  }),
  indexes: [{ properties: ['phone'] }, { properties: ['email'] }, { properties: ['lastName', 'firstName'] }],
});
export type Usager = InferEntity<typeof UsagerSchema>;

/** Membership of a usager in an organisation (agents see the usagers of their organisations). */
export const UsagerProfileSchema = defineEntity({
  name: 'UsagerProfile',
  tableName: 'usager_profile',
  properties: (p) => ({
    id: idColumn(),
    usager: () => p.manyToOne(UsagerSchema).deleteRule('cascade'),
    organisation: () => p.manyToOne(OrganisationSchema).deleteRule('cascade'),
    createdAt: createdAtColumn(),
  }),
  uniques: [{ properties: ['usager', 'organisation'] }],
});
export type UsagerProfile = InferEntity<typeof UsagerProfileSchema>;
