import { defineEntity, type InferEntity } from '@mikro-orm/core';
import { createdAtColumn, idColumn } from '../../db/columns.js';
import type { NotificationEventName } from './jobs.js';

export const NOTIFICATION_EVENTS = [
  'rdv_created', 'rdv_updated', 'rdv_cancelled', 'rdv_upcoming_reminder', 'one_time_code', 'new_creneau_available', 'agent_invitation',
] as const satisfies readonly NotificationEventName[];
// Every event name of jobs.ts has its place in the column's CHECK (compile-time).
type _AllEvents = Exclude<NotificationEventName, (typeof NOTIFICATION_EVENTS)[number]> extends never ? true : never;
export const ALL_EVENTS_STORED: _AllEvents = true;

/**
 * One attempt to deliver a message. Destination is masked; the content is kept for agents.
 * Anonymised after 6 months and deleted after 2 years by the retention job.
 */
export const ReceiptSchema = defineEntity({
  name: 'Receipt',
  tableName: 'receipt',
  properties: (p) => ({
    id: idColumn(),
    rdvId: p.uuid().nullable().index(),
    usagerId: p.uuid().nullable(),
    agentId: p.uuid().nullable(),
    organisationId: p.uuid().nullable(),
    event: p.enum([...NOTIFICATION_EVENTS]),
    channel: p.enum(['sms', 'email']),
    destinationMasked: p.string(),
    result: p.enum(['sent', 'delivered', 'failure']),
    attempt: p.integer().default(1),
    provider: p.string(),
    providerMessageId: p.string().nullable(),
    errorMessage: p.text().nullable(),
    content: p.text().nullable(),
    /** Idempotency key of the message: one logical message may have several attempts. */
    messageKey: p.string().index(),
    anonymisedAt: p.datetime().nullable(),
    createdAt: createdAtColumn(),
  }),
});
export type Receipt = InferEntity<typeof ReceiptSchema>;

/** Messages "sent" by the development adapter (no BREVO_API_KEY): listed at /dev/outbox. */
export const DevOutboxMessageSchema = defineEntity({
  name: 'DevOutboxMessage',
  tableName: 'dev_outbox_message',
  properties: (p) => ({
    id: idColumn(),
    channel: p.enum(['sms', 'email']),
    to: p.string(),
    subject: p.string().nullable(),
    text: p.text(),
    html: p.text().nullable(),
    attachmentNames: p.array().default([]),
    messageKey: p.string().unique(),
    createdAt: createdAtColumn(),
  }),
});
export type DevOutboxMessage = InferEntity<typeof DevOutboxMessageSchema>;
