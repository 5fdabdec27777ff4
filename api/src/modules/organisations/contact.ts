import type { FieldErrors } from '../../http/problem.js';
import { formatPhoneFr, normaliseEmail, normalisePhone } from '../phone/phone.js';

/**
 * Contact details of organisations and lieux, validated and normalised once for storage:
 * phones in readable French national format (`03 21 00 00 01`) or a 4-digit short number (`3939`),
 * lower-cased e-mails, http(s) web sites. `undefined` = not given, `null`/'' = cleared.
 */
export function checkPhone(errors: FieldErrors, field: string, value: string | null | undefined): string | null | undefined {
  if (value === undefined) return undefined;
  const trimmed = value?.trim() ?? '';
  if (!trimmed) return null;
  if (/^\d{4}$/.test(trimmed)) return trimmed;
  const phone = normalisePhone(trimmed);
  errors.check(phone, field, 'Numéro de téléphone français invalide (10 chiffres, ou numéro court à 4 chiffres).');
  return phone ? formatPhoneFr(phone.e164) : null;
}

export function checkEmail(errors: FieldErrors, field: string, value: string | null | undefined): string | null | undefined {
  if (value === undefined) return undefined;
  const trimmed = value?.trim() ?? '';
  if (!trimmed) return null;
  const email = normaliseEmail(trimmed);
  errors.check(email, field, 'Adresse e-mail invalide.');
  return email;
}

export function checkWebsite(errors: FieldErrors, field: string, value: string | null | undefined): string | null | undefined {
  if (value === undefined) return undefined;
  const trimmed = value?.trim() ?? '';
  if (!trimmed) return null;
  let ok = false;
  try {
    const url = new URL(trimmed);
    ok = (url.protocol === 'https:' || url.protocol === 'http:') && !!url.hostname && !url.username && !url.password;
  } catch {
    ok = false;
  }
  errors.check(ok, field, 'Adresse de site invalide : elle doit commencer par https:// ou http://.');
  return trimmed;
}

/**
 * Why an allowed origin is refused, or null. An origin is exactly `http(s)://host[:port]`: no
 * path (not even `/`), no query, no credentials, lower-case host, no default port, as browsers
 * send it in the `Origin` header, so that the CORS comparison is a plain string equality.
 */
export function originProblem(origin: string): string | null {
  let url: URL;
  try {
    url = new URL(origin);
  } catch {
    return `« ${origin} » n’est pas une origine : attendu https://exemple.fr ou http://hote:port.`;
  }
  if (url.protocol !== 'https:' && url.protocol !== 'http:') return `« ${origin} » doit commencer par https:// ou http://.`;
  if (url.username || url.password) return `« ${origin} » ne doit pas contenir d’identifiants.`;
  if (url.origin !== origin) {
    return `« ${origin} » doit être une origine sans chemin ni barre finale, écrite ainsi : ${url.origin}`;
  }
  return null;
}

export function checkOrigins(errors: FieldErrors, field: string, value: string[] | undefined): string[] | undefined {
  if (value === undefined) return undefined;
  value.forEach((origin, i) => {
    const problem = originProblem(origin);
    if (problem) errors.add(`${field}[${i}]`, problem);
  });
  return [...new Set(value)];
}
