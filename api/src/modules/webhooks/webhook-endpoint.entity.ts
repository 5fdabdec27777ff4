import { defineEntity, type InferEntity } from '@mikro-orm/core';
import { createdAtColumn, idColumn } from '../../db/columns.js';
import { OrganisationSchema } from '../organisations/organisation.entity.js';

/** A partner URL receiving signed webhooks (Standard Webhooks) for the chosen subjects. */
export const WebhookEndpointSchema = defineEntity({
  name: 'WebhookEndpoint',
  tableName: 'webhook_endpoint',
  properties: (p) => ({
    id: idColumn(),
    organisation: () => p.manyToOne(OrganisationSchema).deleteRule('cascade'),
    targetUrl: p.string(),
    secret: p.string(),
    subscriptions: p.array().default(['rdv', 'absence', 'plage_ouverture']),
    createdAt: createdAtColumn(),
  }),
  uniques: [{ properties: ['organisation', 'targetUrl'] }],
});
export type WebhookEndpoint = InferEntity<typeof WebhookEndpointSchema>;
