import { defineEntity, type InferEntity } from '@mikro-orm/core';
import { createdAtColumn, idColumn } from '../../db/columns.js';
import { RdvSchema } from '../rdvs/rdv.entity.js';
import { UsagerSchema } from '../usagers/usager.entity.js';

/** A usager waiting for an earlier créneau than their RDV (at most 3 offers). */
export const FileAttenteSchema = defineEntity({
  name: 'FileAttente',
  tableName: 'file_attente',
  properties: (p) => ({
    id: idColumn(),
    rdv: () => p.manyToOne(RdvSchema).deleteRule('cascade'),
    usager: () => p.manyToOne(UsagerSchema).deleteRule('cascade'),
    notificationsSent: p.integer().default(0),
    lastCreneauSentAt: p.datetime().nullable(),
    createdAt: createdAtColumn(),
  }),
  uniques: [{ properties: ['rdv', 'usager'] }],
});
export type FileAttente = InferEntity<typeof FileAttenteSchema>;
