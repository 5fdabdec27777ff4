import { defineEntity, type InferEntity } from '@mikro-orm/core';
import { createdAtColumn, idColumn } from '../../db/columns.js';

/** A territoire (usually a département) holds the time zone every wall-clock rule is expanded in. */
export const TerritoireSchema = defineEntity({
  name: 'Territoire',
  tableName: 'territoire',
  properties: (p) => ({
    id: idColumn(),
    name: p.string(),
    departementNumber: p.string().length(3),
    /** IANA zone, e.g. Europe/Paris, Indian/Reunion, America/Cayenne. */
    timezone: p.string().default('Europe/Paris'),
    phone: p.string().nullable(),
    /** Alphanumeric SMS sender (≤ 11 characters), e.g. "Dept62". */
    smsSender: p.string().length(11).nullable(),
    createdAt: createdAtColumn(),
  }),
});
export type Territoire = InferEntity<typeof TerritoireSchema>;
