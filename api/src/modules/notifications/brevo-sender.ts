import { Brevo, BrevoClient, BrevoError, BrevoTimeoutError } from '@getbrevo/brevo';
import type { Config } from '../../config.js';
import { stableId } from '../../jobs/stable-id.js';
import { PermanentDeliveryError, type NotificationSender, type OutgoingMessage, type SendResult } from './sender.js';

/**
 * Brevo transactional e-mail and SMS. The SDK's own retries are off (`maxRetries: 0`): the job
 * queue retries with backoff and records every attempt.
 *
 * Duplicates: e-mails carry Brevo's `idempotencyKey` header (a UUID derived from the message key;
 * Brevo ignores a repeat within its TTL, 15–30 min), which covers a crash between Brevo's answer
 * and our receipt. The SMS API has no such key: there the receipt check before sending is the
 * guard, and the window left is the few milliseconds between Brevo's answer and the receipt commit.
 */
export class BrevoSender implements NotificationSender {
  readonly provider = 'brevo';
  private readonly client: BrevoClient;

  constructor(private readonly config: Config, options: { timeoutSeconds: number }) {
    this.client = new BrevoClient({
      apiKey: config.brevo.apiKey!,
      ...(config.brevo.baseUrl ? { baseUrl: config.brevo.baseUrl } : {}),
      maxRetries: 0,
      timeoutInSeconds: options.timeoutSeconds,
    });
  }

  async send(message: OutgoingMessage): Promise<SendResult> {
    try {
      if (message.channel === 'email') {
        const res = await this.client.transactionalEmails.sendTransacEmail({
          sender: { email: this.config.brevo.senderEmail, name: this.config.brevo.senderName },
          to: [{ email: message.to, ...(message.toName ? { name: message.toName.slice(0, 70) } : {}) }],
          subject: message.subject,
          htmlContent: message.html,
          textContent: message.text,
          ...(message.attachments.length
            ? { attachment: message.attachments.map((a) => ({ name: a.name, content: Buffer.from(a.content, 'utf8').toString('base64') })) }
            : {}),
          headers: { idempotencyKey: stableId(message.messageKey) },
          tags: [message.tag],
        });
        return { provider: this.provider, providerMessageId: res.messageId ?? res.messageIds?.[0] ?? null };
      }
      const res = await this.client.transactionalSms.sendAsyncTransactionalSms({
        sender: message.sender,
        recipient: message.to.replace(/^\+/, ''),
        content: message.text,
        type: 'transactional',
        tag: message.tag,
      });
      return { provider: this.provider, providerMessageId: res.messageId != null ? String(res.messageId) : null };
    } catch (error) {
      throw describe(error);
    }
  }
}

/** A short error for receipts and logs: status and Brevo's code/message, never the request. */
function describe(error: unknown): Error {
  // SDK 6.0.3 on Node's fetch reports its own timeout as a plain BrevoError whose cause is "timeout".
  const timedOut = error instanceof BrevoTimeoutError
    || (error instanceof BrevoError && error.statusCode == null && /timeout/i.test(String(error.cause ?? error.message)));
  if (timedOut) return new Error('Brevo : délai de réponse dépassé');
  if (error instanceof BrevoError && error.statusCode == null) {
    const cause = (error.cause as { code?: string } | undefined)?.code;
    return new Error(`Brevo injoignable${cause ? ` (${cause})` : ''} : ${error.message}`.slice(0, 300));
  }
  if (error instanceof BrevoError) {
    const body = (error.body ?? {}) as { code?: unknown; message?: unknown };
    const detail = [body.code, body.message].filter((v) => typeof v === 'string' && v).join(' : ').slice(0, 300);
    const text = `Brevo ${error.statusCode ?? '?'}${detail ? ` : ${detail}` : ''}`;
    // 400: the message itself is refused (invalid recipient, sender…): no retry will change that.
    return error instanceof Brevo.BadRequestError ? new PermanentDeliveryError(text) : new Error(text);
  }
  const cause = (error as { cause?: { code?: string } })?.cause?.code;
  return new Error(`Brevo injoignable${cause ? ` (${cause})` : ''} : ${(error as Error)?.message ?? String(error)}`.slice(0, 300));
}
