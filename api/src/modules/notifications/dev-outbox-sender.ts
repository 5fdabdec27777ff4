import type { MikroORM } from '@mikro-orm/postgresql';
import { newId } from '../../db/columns.js';
import { exec } from '../../db/sql.js';
import type { NotificationSender, OutgoingMessage, SendResult } from './sender.js';

/**
 * Development adapter (no BREVO_API_KEY): the message is stored in `dev_outbox_message` and
 * listed at /dev/outbox. Idempotent on the message key, like a provider with idempotency keys.
 */
export class DevOutboxSender implements NotificationSender {
  readonly provider = 'dev_outbox';

  constructor(private readonly orm: MikroORM) {}

  async send(message: OutgoingMessage): Promise<SendResult> {
    const em = this.orm.em.fork();
    const email = message.channel === 'email' ? message : null;
    const inserted = await exec<{ id: string }[]>(em,
      `insert into dev_outbox_message (id, channel, "to", subject, text, html, attachment_names, message_key, created_at)
       values (?, ?, ?, ?, ?, ?, ?::text[], ?, clock_timestamp())
       on conflict (message_key) do nothing returning id`,
      [newId(), message.channel, message.to, email?.subject ?? null, message.text, email?.html ?? null,
        `{${(email?.attachments ?? []).map((a) => `"${a.name.replace(/["\\]/g, '')}"`).join(',')}}`, message.messageKey]);
    const id = inserted[0]?.id
      ?? (await exec<{ id: string }[]>(em, 'select id from dev_outbox_message where message_key = ?', [message.messageKey]))[0]?.id;
    return { provider: this.provider, providerMessageId: id ?? null };
  }
}
