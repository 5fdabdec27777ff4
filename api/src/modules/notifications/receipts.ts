import type { EntityManager } from '@mikro-orm/postgresql';
import { exec } from '../../db/sql.js';
import type { DeliverJob } from './jobs.js';
import { maskDestination } from './mask.js';
import { ReceiptSchema } from './receipt.entity.js';

/** Receipts: one row per delivery attempt (reference §4.4), destination masked. */

export async function hasBeenSent(em: EntityManager, messageKey: string): Promise<boolean> {
  const rows = await exec<{ one: number }[]>(em,
    "select 1 as one from receipt where message_key = ? and result in ('sent', 'delivered') limit 1", [messageKey]);
  return rows.length > 0;
}

export async function recordReceipt(
  em: EntityManager, d: DeliverJob,
  outcome: { result: 'sent' | 'failure'; provider: string; attempt: number; providerMessageId?: string | null; errorMessage?: string | null },
): Promise<void> {
  em.create(ReceiptSchema, {
    rdvId: d.rdvId ?? null, usagerId: d.usagerId ?? null, agentId: d.agentId ?? null, organisationId: d.organisationId ?? null,
    event: d.event, channel: d.channel, destinationMasked: maskDestination(d.channel, d.to),
    result: outcome.result, attempt: outcome.attempt, provider: outcome.provider,
    providerMessageId: outcome.providerMessageId ?? null, errorMessage: outcome.errorMessage?.slice(0, 1000) ?? null,
    content: d.storeContent ? (d.channel === 'email' ? `${d.subject ?? ''}\n\n${d.text}` : d.text) : null,
    messageKey: d.messageKey,
  });
  await em.flush();
}

const ANONYMISE_AFTER_MONTHS = 6;
const DELETE_AFTER_YEARS = 2;

const monthsBefore = (now: Date, months: number) => {
  const d = new Date(now);
  d.setUTCMonth(d.getUTCMonth() - months);
  return d;
};

/** After 6 months a receipt keeps its facts (event, channel, result, dates) but no destination or text. */
export async function anonymiseOldReceipts(em: EntityManager, now: Date): Promise<number> {
  const rows = await exec<{ id: string }[]>(em,
    `update receipt set destination_masked = '', content = null, anonymised_at = ?
      where created_at < ? and anonymised_at is null returning id`, [now, monthsBefore(now, ANONYMISE_AFTER_MONTHS)]);
  return rows.length;
}

/** After 2 years receipts are deleted. */
export async function deleteOldReceipts(em: EntityManager, now: Date): Promise<number> {
  const rows = await exec<{ id: string }[]>(em, 'delete from receipt where created_at < ? returning id', [monthsBefore(now, 12 * DELETE_AFTER_YEARS)]);
  return rows.length;
}
