import type { Config } from '../../config.js';
import type { MikroORM } from '@mikro-orm/postgresql';

/** The notification port: one message, one channel, one recipient. */

export interface OutgoingAttachment {
  name: string;
  contentType: string;
  /** UTF-8 text (ICS); adapters encode it as they need. */
  content: string;
}

interface Common {
  /** Idempotency key of the logical message (see deliver job). */
  messageKey: string;
  /** Provider-side label (the event name). */
  tag: string;
}

export interface OutgoingEmail extends Common {
  channel: 'email';
  to: string;
  toName?: string | null;
  subject: string;
  text: string;
  html: string;
  attachments: OutgoingAttachment[];
}

export interface OutgoingSms extends Common {
  channel: 'sms';
  /** E.164. */
  to: string;
  /** GSM-7, one segment. */
  text: string;
  /** Alphanumeric sender (≤ 11 characters): the territoire's, else config.brevo.smsSender. */
  sender: string;
}

export type OutgoingMessage = OutgoingEmail | OutgoingSms;

export interface SendResult {
  provider: string;
  providerMessageId: string | null;
}

export interface NotificationSender {
  readonly provider: string;
  send(message: OutgoingMessage): Promise<SendResult>;
}

/** The provider refused the message itself (invalid address…): retrying cannot help. */
export class PermanentDeliveryError extends Error {}

/** Brevo when BREVO_API_KEY is set, else the development outbox (listed at /dev/outbox). */
export async function defaultSender(config: Config, orm: MikroORM, options: { timeoutSeconds: number }): Promise<NotificationSender> {
  if (config.brevo.apiKey) {
    const { BrevoSender } = await import('./brevo-sender.js');
    return new BrevoSender(config, options);
  }
  if (config.env === 'production') {
    console.error('[notifications] BREVO_API_KEY absente : les messages restent dans la boîte d’envoi de développement et ne partent pas.');
  }
  const { DevOutboxSender } = await import('./dev-outbox-sender.js');
  return new DevOutboxSender(orm);
}
