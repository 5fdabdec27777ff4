import { exec } from '../../db/sql.js';
import { createHmac, randomInt, timingSafeEqual } from 'node:crypto';
import type { EntityManager } from '@mikro-orm/postgresql';
import type { AppContext } from '../../context.js';
import { newId } from '../../db/columns.js';
import { assertId } from '../../http/access.js';
import { HttpError, validationError } from '../../http/problem.js';
import { normaliseEmail, normalisePhone } from '../phone/phone.js';
import { notifyOneTimeCode } from '../rdvs/rdv-notify.js';
import type { VerificationCreated, VerificationRequest } from './verification.dto.js';
import { VerificationSchema } from './verification.entity.js';

export const CODE_TTL_MINUTES = 10;
export const MAX_ATTEMPTS = 5;
export const RESEND_AFTER_SECONDS = 30;
/** Per destination: at most this many codes in the window (SMS cost and harassment). */
const MAX_CODES_PER_DESTINATION = 3;
const DESTINATION_WINDOW_MINUTES = 15;

export interface VerifiedContact {
  channel: 'sms' | 'email';
  destination: string;
}

export function hashCode(secret: string, id: string, code: string): string {
  return createHmac('sha256', secret).update(`otp:${id}:${code}`).digest('hex');
}

/** Normalises the destination: E.164 mobile for SMS, lower-cased address for e-mail. 422 otherwise. */
export function normaliseDestination(channel: 'sms' | 'email', destination: string, field = 'destination'): string {
  if (channel === 'sms') {
    const phone = normalisePhone(destination);
    if (!phone) throw validationError([{ field, message: 'Numéro de téléphone invalide. Exemple : 06 12 34 56 78.' }]);
    if (!phone.mobile) throw validationError([{ field, message: 'Ce numéro ne peut pas recevoir de SMS : indiquez un numéro de portable.' }]);
    return phone.e164;
  }
  const email = normaliseEmail(destination);
  if (!email) throw validationError([{ field, message: 'Adresse e-mail invalide. Exemple : prenom.nom@exemple.fr.' }]);
  return email;
}

export class VerificationsService {
  constructor(private readonly ctx: AppContext) {}

  /** Creates a 6-digit code and enqueues its message in the same transaction. */
  async send(em: EntityManager, input: VerificationRequest): Promise<VerificationCreated> {
    const destination = normaliseDestination(input.channel, input.destination);
    const now = this.ctx.now();
    const recent = await exec<{ n: number; last: string | null }[]>(em, 
      `select count(*)::int as n, max(created_at) as last from verification where destination = ? and created_at > ?`,
      [destination, new Date(now.getTime() - DESTINATION_WINDOW_MINUTES * 60_000)]);
    const { n, last } = recent[0]!;
    if (last && now.getTime() - new Date(last).getTime() < RESEND_AFTER_SECONDS * 1000) {
      throw new HttpError(429, 'rate_limited', 'Trop de demandes', `Patientez ${RESEND_AFTER_SECONDS} secondes avant de demander un nouveau code.`);
    }
    if (n >= MAX_CODES_PER_DESTINATION) {
      throw new HttpError(429, 'rate_limited', 'Trop de demandes', `Trop de codes demandés pour ce contact. Réessayez dans ${DESTINATION_WINDOW_MINUTES} minutes.`);
    }
    const code = String(randomInt(0, 1_000_000)).padStart(6, '0');
    const id = newId();
    const expiresAt = new Date(now.getTime() + CODE_TTL_MINUTES * 60_000);
    await em.transactional(async (tem) => {
      tem.create(VerificationSchema, { id, channel: input.channel, destination, codeHash: hashCode(this.ctx.config.manageTokenSecret, id, code), expiresAt });
      await tem.flush();
      await notifyOneTimeCode(this.ctx, tem, { channel: input.channel, destination, code, expiresInMinutes: CODE_TTL_MINUTES, verificationId: id });
    });
    return { id, expiresAt: expiresAt.toISOString(), resendAfterSeconds: RESEND_AFTER_SECONDS };
  }

  /**
   * Checks a code. A wrong code costs an attempt, recorded in its own transaction so it survives
   * the failed request; after 5 the verification is locked.
   */
  async check(em: EntityManager, verification: { id: string; code: string }): Promise<VerifiedContact> {
    assertId(verification.id, 'Vérification');
    const row = await em.fork().findOne(VerificationSchema, { id: verification.id });
    const invalid = (code: string, detail: string) => new HttpError(422, code, 'Code de vérification refusé', detail, [{ field: 'verification.code', message: detail }]);
    if (!row) throw invalid('verification_invalide', 'Ce code n’est pas valable. Demandez un nouveau code.');
    if (row.attempts >= MAX_ATTEMPTS) throw invalid('trop_de_tentatives', 'Trop d’essais. Demandez un nouveau code.');
    if (row.expiresAt.getTime() <= this.ctx.now().getTime()) throw invalid('verification_expiree', 'Ce code a expiré. Demandez un nouveau code.');
    const expected = Buffer.from(row.codeHash);
    const given = Buffer.from(hashCode(this.ctx.config.manageTokenSecret, row.id, verification.code.trim()));
    if (expected.length !== given.length || !timingSafeEqual(expected, given)) {
      await exec(em, 'update verification set attempts = attempts + 1 where id = ?', [row.id]);
      const left = MAX_ATTEMPTS - row.attempts - 1;
      throw invalid(left > 0 ? 'verification_invalide' : 'trop_de_tentatives',
        left > 0 ? `Code incorrect. Il vous reste ${left} essai${left > 1 ? 's' : ''}.` : 'Trop d’essais. Demandez un nouveau code.');
    }
    if (!row.verifiedAt) await exec(em, 'update verification set verified_at = ? where id = ?', [this.ctx.now(), row.id]);
    return { channel: row.channel, destination: row.destination };
  }
}
