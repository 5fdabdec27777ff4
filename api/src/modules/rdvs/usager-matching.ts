import type { EntityManager } from '@mikro-orm/postgresql';
import { newId } from '../../db/columns.js';
import { exec } from '../../db/sql.js';
import { validationError } from '../../http/problem.js';
import { normaliseEmail, normalisePhone } from '../phone/phone.js';
import type { VerifiedContact } from '../verifications/verifications.service.js';
import type { ProcheInput, PublicUsagerInput } from './rdv.dto.js';

export interface NormalisedUsager {
  firstName: string;
  lastName: string;
  phone: string | null;
  email: string | null;
  address: string | null;
}

/** Checks the contact fields and that the verified one is the usager's own. 422 listing fields. */
export function normaliseUsager(input: PublicUsagerInput, verified: VerifiedContact, needs: { phone: boolean; address: boolean }): NormalisedUsager {
  const errors: { field: string; message: string }[] = [];
  const phone = input.phone?.trim() ? normalisePhone(input.phone) : null;
  const email = input.email?.trim() ? normaliseEmail(input.email) : null;
  if (input.phone?.trim() && !phone) errors.push({ field: 'usager.phone', message: 'Numéro de téléphone invalide. Exemple : 06 12 34 56 78.' });
  if (input.email?.trim() && !email) errors.push({ field: 'usager.email', message: 'Adresse e-mail invalide.' });
  if (!input.firstName.trim()) errors.push({ field: 'usager.firstName', message: 'Indiquez votre prénom.' });
  if (!input.lastName.trim()) errors.push({ field: 'usager.lastName', message: 'Indiquez votre nom.' });
  if (needs.phone && !phone && !input.phone?.trim()) errors.push({ field: 'usager.phone', message: 'Un numéro de téléphone est nécessaire : l’agent vous appellera.' });
  if (needs.address && !input.address?.trim()) errors.push({ field: 'usager.address', message: 'L’adresse est nécessaire pour un rendez-vous à domicile.' });
  const verifiedOwn = verified.channel === 'sms' ? phone?.e164 === verified.destination : email === verified.destination;
  if (!errors.length && !verifiedOwn) {
    errors.push({ field: verified.channel === 'sms' ? 'usager.phone' : 'usager.email', message: 'Le code a été envoyé à un autre contact : vérifiez ce contact.' });
  }
  if (errors.length) throw validationError(errors);
  return {
    firstName: input.firstName.trim(), lastName: input.lastName.trim(), phone: phone?.e164 ?? null, email,
    address: input.address?.trim() || null,
  };
}

/**
 * The usager is found by the contact they just verified (never by name: homonyms), or created.
 * A proche is found among their relatives by name, or created under them.
 */
export async function findOrCreateUsager(em: EntityManager, usager: NormalisedUsager, verified: VerifiedContact, proche: ProcheInput | null | undefined, now: Date): Promise<{ usagerId: string; participantId: string }> {
  const column = verified.channel === 'sms' ? 'phone' : 'email';
  const found = await exec<{ id: string }[]>(em,
    `select id from usager where ${column} = ? and responsible_id is null and deleted_at is null order by created_at limit 1`, [verified.destination]);
  let usagerId = found[0]?.id;
  const verifiedColumn = verified.channel === 'sms' ? 'phone_verified_at' : 'email_verified_at';
  if (usagerId) {
    await exec(em, `update usager set ${verifiedColumn} = ?, email = coalesce(email, ?), phone = coalesce(phone, ?), address = coalesce(?, address), updated_at = ? where id = ?`,
      [now, usager.email, usager.phone, usager.address, now, usagerId]);
  } else {
    usagerId = newId();
    await exec(em,
      `insert into usager (id, first_name, last_name, email, phone, address, ${verifiedColumn}, notify_by_sms, notify_by_email, created_through, created_at, updated_at)
       values (?, ?, ?, ?, ?, ?, ?, true, true, 'public_booking', ?, ?)`,
      [usagerId, usager.firstName, usager.lastName, usager.email, usager.phone, usager.address, now, now, now]);
  }
  if (!proche) return { usagerId, participantId: usagerId };
  const relative = await exec<{ id: string }[]>(em,
    `select id from usager where responsible_id = ? and lower(first_name) = lower(?) and lower(last_name) = lower(?) and deleted_at is null limit 1`,
    [usagerId, proche.firstName.trim(), proche.lastName.trim()]);
  let procheId = relative[0]?.id;
  if (!procheId) {
    procheId = newId();
    await exec(em,
      `insert into usager (id, first_name, last_name, birth_date, responsible_id, notify_by_sms, notify_by_email, created_through, created_at, updated_at)
       values (?, ?, ?, ?, ?, true, true, 'proche_creation', ?, ?)`,
      [procheId, proche.firstName.trim(), proche.lastName.trim(), proche.birthDate ?? null, usagerId, now, now]);
  }
  return { usagerId, participantId: procheId };
}
