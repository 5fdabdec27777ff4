import { defineEntity, type InferEntity } from '@mikro-orm/core';
import { idColumn } from '../../db/columns.js';

/** A service of the global catalogue (PMI, Service social…); its short name appears in SMS. */
export const ServiceSchema = defineEntity({
  name: 'Service',
  tableName: 'service',
  properties: (p) => ({
    id: idColumn(),
    name: p.string().unique(),
    shortName: p.string().unique(),
  }),
});
export type Service = InferEntity<typeof ServiceSchema>;
