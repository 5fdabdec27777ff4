import type { EntityManager } from '@mikro-orm/postgresql';
import type { AppContext } from '../../context.js';
import { exec } from '../../db/sql.js';
import { assertId, orgAccess } from '../../http/access.js';
import type { Principal } from '../../http/principal.js';
import { notFound } from '../../http/problem.js';
import { QUEUES } from './jobs.js';
import { maskDestination } from './mask.js';
import type { DeliveryFailureList, NotificationEventName, ReceiptList } from './notifications.dto.js';

interface ReceiptRow {
  event: NotificationEventName; channel: 'sms' | 'email'; destination_masked: string; result: 'sent' | 'delivered' | 'failure';
  provider_message_id: string | null; error_message: string | null; attempt: number; created_at: string;
}

export class NotificationsService {
  constructor(private readonly ctx: AppContext, private readonly principal: Principal) {}

  private get em(): EntityManager {
    return this.ctx.orm.em as EntityManager;
  }

  /** Every delivery attempt for a RDV of the organisation (members only; another organisation's RDV is 404). */
  async receipts(organisationId: string, rdvId: string): Promise<ReceiptList> {
    await orgAccess(this.ctx, this.principal, organisationId);
    assertId(rdvId, 'Rendez-vous');
    const rdv = await exec<{ id: string }[]>(this.em, 'select id from rdv where id = ? and organisation_id = ?', [rdvId, organisationId]);
    if (!rdv[0]) throw notFound('Rendez-vous');
    const rows = await exec<ReceiptRow[]>(this.em,
      `select event, channel, destination_masked, result, provider_message_id, error_message, attempt, created_at
         from receipt where rdv_id = ? and organisation_id = ? order by created_at, attempt, id`, [rdvId, organisationId]);
    return {
      items: rows.map((r) => ({
        event: r.event, channel: r.channel, destination: r.destination_masked, result: r.result,
        providerMessageId: r.provider_message_id, errorMessage: r.error_message, attempt: Number(r.attempt),
        createdAt: new Date(r.created_at).toISOString(),
      })),
    };
  }

  /** Dead letters of the organisation, newest first (administrators only). */
  async failures(organisationId: string): Promise<DeliveryFailureList> {
    await orgAccess(this.ctx, this.principal, organisationId, 'admin');
    const jobs = this.ctx.jobs;
    if (!jobs) return { items: [] };
    const dead = await jobs.listJobs(QUEUES.deadLetter, { field: 'organisationId', value: organisationId }, 200);
    const keys = dead.map((j) => j.data.messageKey).filter((k): k is string => typeof k === 'string');
    const attempts = new Map<string, { n: number; last: string | null }>();
    if (keys.length) {
      const rows = await exec<{ message_key: string; n: number; last: string | null }[]>(this.em,
        `select message_key, count(*)::int as n, (array_agg(error_message order by created_at desc, attempt desc))[1] as last
           from receipt where result = 'failure' and message_key = any(?::text[]) group by message_key`,
        [`{${keys.map((k) => `"${k.replace(/["\\]/g, '\\$&')}"`).join(',')}}`]);
      for (const r of rows) attempts.set(r.message_key, { n: Number(r.n), last: r.last });
    }
    return {
      items: dead.map((j) => {
        const d = j.data as { messageKey?: string; event?: NotificationEventName; channel?: 'sms' | 'email'; to?: string; rdvId?: string; failure?: { error: string; attempts: number } };
        const seen = d.messageKey ? attempts.get(d.messageKey) : undefined;
        const channel = d.channel ?? null;
        return {
          id: j.id,
          event: d.event ?? 'rdv_created',
          channel,
          destination: channel && d.to ? maskDestination(channel, d.to) : null,
          rdvId: d.rdvId ?? null,
          lastError: seen?.last ?? d.failure?.error ?? (typeof j.output?.message === 'string' ? j.output.message.slice(0, 300) : null),
          attempts: d.failure?.attempts ?? Math.max(seen?.n ?? 0, j.retryLimit + 1),
          failedAt: j.createdOn.toISOString(),
        };
      }),
    };
  }
}
