import { parsePhoneNumberFromString } from 'libphonenumber-js/max';

const DOT = '•';

/**
 * Destinations as agents and admins see them in receipts: enough to recognise a number or an
 * address, not enough to learn it. `+33612345678` → `+33 6•• •• •• 78`,
 * `marie.dupont@exemple.fr` → `m•••@exemple.fr`.
 */
export function maskDestination(channel: 'sms' | 'email', destination: string): string {
  return channel === 'sms' ? maskPhone(destination) : maskEmail(destination);
}

export function maskPhone(phone: string): string {
  const parsed = parsePhoneNumberFromString(phone, 'FR');
  const code = parsed ? `+${parsed.countryCallingCode}` : '';
  const national = parsed ? String(parsed.nationalNumber) : phone.replace(/\D/g, '');
  if (national.length < 4) return `${code} ${DOT.repeat(4)}`.trim();
  const first = national[0]!;
  const last = national.slice(-2);
  const hidden = national.length - 3;
  // French-style pairs for 9-digit national numbers (metropole and overseas): 6•• •• •• 78.
  const middle = hidden === 6 ? `${DOT}${DOT} ${DOT}${DOT} ${DOT}${DOT}` : DOT.repeat(hidden);
  return `${code} ${first}${middle} ${last}`.trim();
}

export function maskEmail(email: string): string {
  const at = email.lastIndexOf('@');
  if (at <= 0) return DOT.repeat(3);
  return `${email[0]}${DOT.repeat(3)}${email.slice(at)}`;
}
