import type { NotificationEventName } from './jobs.js';

export type { NotificationEventName };

/** One delivery attempt of one message. */
export interface ReceiptDto {
  event: NotificationEventName;
  channel: 'sms' | 'email';
  /** Masked, e.g. `+33 6•• •• •• 78` or `m•••@exemple.fr`; empty once anonymised (after 6 months). */
  destination: string;
  result: 'sent' | 'delivered' | 'failure';
  providerMessageId: string | null;
  errorMessage: string | null;
  /** Attempt number of this message, from 1. */
  attempt: number;
  createdAt: string;
}

export interface ReceiptList {
  items: ReceiptDto[];
}

/** A message given up after its last retry (or refused outright by the provider). */
export interface DeliveryFailureDto {
  id: string;
  event: NotificationEventName;
  /** Null when the notification could not even be prepared. */
  channel: 'sms' | 'email' | null;
  destination: string | null;
  rdvId: string | null;
  lastError: string | null;
  attempts: number;
  failedAt: string;
}

export interface DeliveryFailureList {
  items: DeliveryFailureDto[];
}
