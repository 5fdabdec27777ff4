/** The "who" form: validation, server error mapping and the booking request. Pure. */
import type { CreateRdvRequest, ProblemFieldError, PublicMotif } from '../api/types.js';
import type { Messages } from '../i18n/fr.js';
import { emptyForm, motifOf, type FieldErrors, type State, type WhoForm } from './machine.js';

const clean = (p: string) => p.replace(/[\s.\-()]/g, '');
/** French numbers (0X XX XX XX XX, +33, 0033, overseas included) or international E.164. */
export const validPhone = (p: string) => /^(?:(?:\+|00)33|0)[1-9]\d{8}$|^(?:\+|00)[1-9]\d{7,14}$/.test(clean(p));
export const validEmail = (e: string) => /^[^\s@]+@[^\s@]+\.[^\s@]+$/.test(e.trim());

/** Is the phone number needed (to send the code, or for the agent to call)? */
export const needsPhone = (f: WhoForm, m?: PublicMotif) => f.channel == 'sms' || m?.locationType == 'phone';

export function validate(f: WhoForm, m: PublicMotif | undefined, t: Messages, today: string): FieldErrors {
  const e: FieldErrors = {};
  const req = (k: keyof WhoForm) => {
    if (!String(f[k]).trim()) e[k] = t.required;
  };
  if (f.forProche) {
    req('procheFirstName');
    req('procheLastName');
    const b = f.procheBirthDate;
    if (b && !(/^\d{4}-\d{2}-\d{2}$/.test(b) && b < today && b > '1900')) e.procheBirthDate = t.invalidBirthDate;
  }
  req('firstName');
  req('lastName');
  if (needsPhone(f, m)) {
    if (!f.phone.trim()) e.phone = t.required;
    else if (!validPhone(f.phone)) e.phone = t.invalidPhone;
  }
  if (f.channel == 'email') {
    if (!f.email.trim()) e.email = t.required;
    else if (!validEmail(f.email)) e.email = t.invalidEmail;
  }
  if (m?.locationType == 'home') req('address');
  return e;
}

const PROCHE: Record<string, keyof WhoForm> = {
  firstName: 'procheFirstName',
  lastName: 'procheLastName',
  birthDate: 'procheBirthDate',
};

/**
 * Map a 422 problem's `errors` onto the form fields. Accepts `usager.phone`,
 * `body.usager.phone`, `/usager/phone`, `proche.firstName`, `destination`.
 * Anything else goes to `form` (a general message).
 */
export function mapServerErrors(errors: ProblemFieldError[], f: WhoForm): FieldErrors {
  const out: FieldErrors = {};
  const keys = Object.keys(emptyForm());
  for (const { field, message } of errors) {
    const path = field.replace(/^\//, '').replace(/\//g, '.').replace(/^(request)?body\./i, '');
    const last = path.split('.').pop() ?? '';
    let k: string =
      last == 'destination' ? (f.channel == 'sms' ? 'phone' : 'email') : path.includes('proche') ? PROCHE[last] ?? '' : last;
    if (!keys.includes(k) || k == 'forProche' || k == 'channel') k = 'form';
    const key = k as keyof FieldErrors;
    out[key] ??= message;
  }
  return out;
}

const opt = (v: string) => v.trim() || undefined;

/** The body of POST /public/rdvs. */
export function rdvRequest(s: State, code: string): CreateRdvRequest {
  const f = s.form;
  const m = motifOf(s);
  return {
    motifId: s.motifId!,
    lieuId: s.lieuId ?? undefined,
    startsAt: s.startsAt!,
    usager: {
      firstName: f.firstName.trim(),
      lastName: f.lastName.trim(),
      phone: needsPhone(f, m) ? clean(f.phone) : undefined,
      email: f.channel == 'email' ? f.email.trim() : undefined,
      address: m?.locationType == 'home' ? opt(f.address) : undefined,
    },
    proche: f.forProche
      ? { firstName: f.procheFirstName.trim(), lastName: f.procheLastName.trim(), birthDate: opt(f.procheBirthDate) }
      : undefined,
    verification: { id: s.verification!.id, code },
  };
}

/** The destination of the one-time code. */
export const destination = (f: WhoForm) => (f.channel == 'sms' ? clean(f.phone) : f.email.trim());
