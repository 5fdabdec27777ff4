import { parsePhoneNumberFromString, type CountryCode } from 'libphonenumber-js/max';

/**
 * French numbers, metropolitan and overseas. A national number such as 0692 12 34 56 is a
 * Réunion mobile, not a metropolitan one: when FR parsing is not valid, the overseas regions are tried.
 */
const OVERSEAS: CountryCode[] = ['RE', 'GP', 'MQ', 'GF', 'YT', 'PM', 'BL', 'MF', 'NC', 'PF', 'WF'];

export interface NormalisedPhone {
  e164: string;
  mobile: boolean;
}

export function normalisePhone(input: string): NormalisedPhone | null {
  const raw = input.replace(/[\s.\-()]/g, '');
  if (!/^\+?\d{6,15}$/.test(raw)) return null;
  for (const region of ['FR', ...OVERSEAS] as CountryCode[]) {
    const phone = parsePhoneNumberFromString(raw, region);
    if (phone?.isValid()) {
      const type = phone.getType();
      return { e164: phone.number, mobile: type === 'MOBILE' || type === 'FIXED_LINE_OR_MOBILE' };
    }
    if (raw.startsWith('+')) break;
  }
  return null;
}

export function formatPhoneFr(e164: string): string {
  const phone = parsePhoneNumberFromString(e164);
  return phone ? phone.formatNational() : e164;
}

const EMAIL = /^[^\s@]+@[^\s@]+\.[^\s@]{2,}$/;

/** Trims, lower-cases and fixes the commonest typos (`..`, `.@`, `@.`); null when still invalid. */
export function normaliseEmail(input: string): string | null {
  const email = input.trim().toLowerCase().replace(/\.{2,}/g, '.').replace(/\.@/g, '@').replace(/@\./g, '@');
  return EMAIL.test(email) && email.length <= 254 ? email : null;
}
