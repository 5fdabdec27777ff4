import { parsePhoneNumberFromString, type CountryCode, type PhoneNumber } from 'libphonenumber-js/max';

/**
 * Phone numbers and e-mail addresses as usagers and agents type them, normalised once for storage
 * (E.164, lower-cased e-mail) so that search, duplicate detection and verification compare exactly.
 *
 * Only French numbers are accepted: metropolitan (+33) and overseas (+262 Réunion/Mayotte,
 * +590 Guadeloupe/Saint-Barthélemy/Saint-Martin, +594 Guyane, +596 Martinique, +508
 * Saint-Pierre-et-Miquelon, +687 Nouvelle-Calédonie, +689 Polynésie, +681 Wallis-et-Futuna).
 * Refusing foreign numbers keeps the SMS channel (one-time codes, reminders) out of reach of
 * international SMS-pumping fraud.
 */

export interface NormalisedPhone {
  /** E.164, e.g. `+33612345678`, `+262692123456`. */
  e164: string;
  /** Can receive SMS (mobile range). */
  mobile: boolean;
}

/**
 * Overseas departments share the French 10-digit national plan (0 + 9 digits) but have their own
 * country calling codes: `0692 12 34 56` is a Réunion mobile (+262 692…), not a metropolitan one.
 * The 4-digit national prefixes (ARCEP plan) say which region a national number belongs to.
 * Saint-Barthélemy and Saint-Martin use Guadeloupe's ranges (+590).
 */
const OVERSEAS_PREFIXES: Record<string, { region: CountryCode; mobile: boolean }> = {
  '0590': { region: 'GP', mobile: false },
  '0690': { region: 'GP', mobile: true },
  '0691': { region: 'GP', mobile: true },
  '0596': { region: 'MQ', mobile: false },
  '0696': { region: 'MQ', mobile: true },
  '0697': { region: 'MQ', mobile: true },
  '0594': { region: 'GF', mobile: false },
  '0694': { region: 'GF', mobile: true },
  '0262': { region: 'RE', mobile: false },
  '0263': { region: 'RE', mobile: false },
  '0692': { region: 'RE', mobile: true },
  '0693': { region: 'RE', mobile: true },
  '0269': { region: 'YT', mobile: false },
  '0639': { region: 'YT', mobile: true },
};

/** Collectivités with their own short plans (6 or 8 digits, no trunk 0). */
const COLLECTIVITES: CountryCode[] = ['PM', 'NC', 'PF', 'WF'];

const FRENCH_CALLING_CODES = new Set(['33', '262', '590', '594', '596', '508', '687', '689', '681']);

const isMobileType = (phone: PhoneNumber) => {
  const type = phone.getType();
  return type === 'MOBILE' || type === 'FIXED_LINE_OR_MOBILE';
};

function accept(phone: PhoneNumber | undefined): NormalisedPhone | null {
  if (!phone?.isValid() || !FRENCH_CALLING_CODES.has(phone.countryCallingCode)) return null;
  return { e164: phone.number, mobile: isMobileType(phone) };
}

/** A 10-digit national number (`0XXXXXXXXX`) in an overseas department's range. */
function overseas(national: string): NormalisedPhone | null {
  const range = OVERSEAS_PREFIXES[national.slice(0, 4)];
  if (!range) return null;
  const phone = parsePhoneNumberFromString(national, range.region);
  if (!phone) return null;
  if (phone.isValid()) return { e164: phone.number, mobile: isMobileType(phone) };
  // libphonenumber's metadata may lag new allocations inside a department's ranges (e.g. 0691):
  // the prefix alone tells the region and whether it is a mobile range.
  return phone.isPossible() ? { e164: phone.number, mobile: range.mobile } : null;
}

/**
 * Normalises a French phone number typed in any usual way (`06 12 34 56 78`, `06.12.34.56.78`,
 * `+33 6 12 34 56 78`, `+33 (0)6…`, `0033 6…`, `0692 12 34 56` → `+262692123456`). Returns null
 * for anything that is not a valid French number.
 */
export function normalisePhone(input: string): NormalisedPhone | null {
  if (typeof input !== 'string' || input.length > 40) return null;
  let raw = input.trim().replace(/^tel:/i, '').replace(/\(0\)/g, '').replace(/[\s\u00a0\u202f.\-()/]/g, '');
  if (raw.startsWith('00')) raw = `+${raw.slice(2)}`;
  if (!/^\+?\d{6,15}$/.test(raw)) return null;

  if (raw.startsWith('+')) {
    // `+33 6 92 …` is a frequent way of writing a Réunion mobile: route it by its national prefix.
    const afterFr = raw.match(/^\+330?(\d{9})$/)?.[1];
    if (afterFr && OVERSEAS_PREFIXES[`0${afterFr}`.slice(0, 4)]) return overseas(`0${afterFr}`);
    return accept(parsePhoneNumberFromString(raw));
  }
  if (/^0\d{9}$/.test(raw)) return overseas(raw) ?? accept(parsePhoneNumberFromString(raw, 'FR'));
  // A metropolitan number without its trunk 0 (`612345678`).
  if (/^[1-9]\d{8}$/.test(raw)) {
    const fr = accept(parsePhoneNumberFromString(raw, 'FR'));
    if (fr) return fr;
  }
  // Short plans of Saint-Pierre-et-Miquelon, Nouvelle-Calédonie, Polynésie, Wallis-et-Futuna:
  // accepted without a country code only when exactly one of them recognises the number.
  const candidates = new Map<string, NormalisedPhone>();
  for (const region of COLLECTIVITES) {
    const found = accept(parsePhoneNumberFromString(raw, region));
    if (found) candidates.set(found.e164, found);
  }
  return candidates.size === 1 ? [...candidates.values()][0]! : null;
}

/** Readable national format for display: `06 12 34 56 78`, `0692 12 34 56`. Unparsable input is returned as is. */
export function formatPhoneFr(e164: string): string {
  const phone = parsePhoneNumberFromString(e164);
  return phone?.isPossible() ? phone.formatNational() : e164;
}

const EMAIL = /^[a-z0-9!#$%&'*+/=?^_`{|}~-]+(?:\.[a-z0-9!#$%&'*+/=?^_`{|}~-]+)*@(?:[a-z0-9](?:[a-z0-9-]{0,61}[a-z0-9])?\.)+[a-z][a-z0-9-]*[a-z0-9]$/;

/**
 * Trims and lower-cases an e-mail address and fixes the commonest typos, as the original does:
 * repeated dots (`jean..dupont`), a dot against the `@` (`jean.@`, `@.gmail`), a comma instead of
 * a dot in the domain (`gmail,com`), a trailing dot, a `mailto:` prefix. Returns null when the
 * result is still not a plausible address.
 */
export function normaliseEmail(input: string): string | null {
  if (typeof input !== 'string' || input.length > 320) return null;
  let email = input.trim().toLowerCase().replace(/^mailto:/, '');
  const at = email.lastIndexOf('@');
  if (at > 0) email = `${email.slice(0, at)}@${email.slice(at + 1).replace(/,/g, '.')}`;
  email = email
    .replace(/\.{2,}/g, '.')
    .replace(/\.+@/g, '@')
    .replace(/@\.+/g, '@')
    .replace(/^\.+/, '')
    .replace(/\.+$/, '');
  const local = email.split('@')[0] ?? '';
  return EMAIL.test(email) && email.length <= 254 && local.length <= 64 ? email : null;
}
