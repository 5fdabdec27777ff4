import { contactPhone, formatSmsDateTime, isApproximate, usagerCanCancel, usagerCanMove } from './format.js';
import type { SmsPart } from './gsm7.js';
import type { RdvView } from './types.js';

/**
 * SMS building blocks. Abbreviations (MDS, bd, av.…) come first; then, first shortened first:
 * the address after the street (residence, town) or who cancelled, proches' first names, "Ne vous déplacez pas",
 * the phone number, the street, the lieu name, the collective RDV name, the service, and after a
 * cancellation the phone to rebook. Never shortened: the date/time, the link, the code.
 */
export const SHRINK = {
  addressRest: 1,
  author: 1,
  participants: 2,
  notice: 3,
  phone: 4,
  street: 5,
  lieu: 6,
  name: 7,
  service: 8,
  rebookPhone: 9,
} as const;

/** A case-insensitive whole-word pattern; `\b` is ASCII-only and would fail after « é ». */
const w = (src: string) => new RegExp(`(?<![\\p{L}\\p{N}])${src}(?![\\p{L}\\p{N}])`, 'giu');

/** Standard French abbreviations (La Poste / BAN usage) for street types and titles. */
const ADDRESS_ABBREVIATIONS: [RegExp, string][] = [
  [w('boulevard'), 'bd'],
  [w('avenue'), 'av.'],
  [w('place'), 'pl.'],
  [w('route'), 'rte'],
  [w('chemin'), 'ch.'],
  [w('all[ée]e'), 'all.'],
  [w('impasse'), 'imp.'],
  [w('r[ée]sidence'), 'rés.'],
  [w('b[âa]timent'), 'bât.'],
  [w('appartement'), 'appt'],
  [w('sainte'), 'ste'],
  [w('saint'), 'st'],
  [w('pr[ée]sident'), 'Pdt'],
  [w('g[ée]n[ée]ral'), 'Gal'],
  [w('mar[ée]chal'), 'Mal'],
  [w('docteur'), 'Dr'],
];

const NAME_ABBREVIATIONS: [RegExp, string][] = [
  [w('maison d[ée]partementale (?:des|de la) solidarit[ée]s?'), 'MDS'],
  [w("centre communal d'action sociale"), 'CCAS'],
  [w('centre m[ée]dico-social'), 'CMS'],
  [w('protection maternelle et infantile'), 'PMI'],
];

/** Keep the case of the first letter of the word being replaced (Boulevard → Bd, boulevard → bd). */
function abbreviate(text: string, table: [RegExp, string][]): string {
  let out = text;
  for (const [re, short] of table) {
    out = out.replace(re, (m) =>
      m[0] === m[0]!.toUpperCase() ? short[0]!.toUpperCase() + short.slice(1) : short[0]!.toLowerCase() + short.slice(1),
    );
  }
  return out;
}

export function abbreviateAddress(address: string): string {
  return abbreviate(address, ADDRESS_ABBREVIATIONS);
}

/**
 * Split an address into the street (most useful to find the place) and the rest, each shrinkable
 * on its own: "123 bd…, Résidence Les Peupliers, 62200 Boulogne-sur-Mer" → street, ", " + rest;
 * "12 rue X 62000 Arras" → "12 rue X", " " + "62000 Arras".
 */
export function splitAddress(address: string): { street: string; separator: string; rest: string } {
  const comma = address.indexOf(',');
  if (comma > 0) return { street: address.slice(0, comma).trim(), separator: ', ', rest: address.slice(comma + 1).trim() };
  const postcode = address.search(/\s\d{5}\s/);
  if (postcode > 0) return { street: address.slice(0, postcode).trim(), separator: ' ', rest: address.slice(postcode).trim() };
  return { street: address.trim(), separator: '', rest: '' };
}

/** Shorter forms of the rest of an address: its last segment (town), then the town without postcode. */
function addressRestAlternatives(rest: string): string[] {
  const segments = rest.split(/\s*,\s*/).filter(Boolean);
  const last = segments[segments.length - 1] ?? '';
  return [...new Set([last, last.replace(/^\d{5}\s+/, '')])];
}

/** « Maison Départementale des Solidarités d'Arras » → « MDS d'Arras ». */
export function abbreviateLieuName(name: string): string {
  return abbreviate(name, NAME_ABBREVIATIONS);
}

/** " PMI" and ' "Atelier portage"' after "RDV". */
export function serviceParts(rdv: RdvView): SmsPart[] {
  const parts: SmsPart[] = [];
  if (rdv.motif.serviceShortName) {
    parts.push({ prefix: ' ', text: rdv.motif.serviceShortName, shrinkOrder: SHRINK.service, maxLength: 20, minLength: 3 });
  }
  if (rdv.collectif && rdv.name) {
    // Inner quotes would clash with ours once « » become ".
    const name = rdv.name.replace(/[«»"“”]/g, ' ');
    parts.push({ prefix: ' "', text: name, suffix: '"', shrinkOrder: SHRINK.name, maxLength: 30, minLength: 12 });
  }
  return parts;
}

/** " pour Léa, Tom" when the recipient booked for proches. */
export function participantsPart(rdv: RdvView): SmsPart[] {
  const names = (rdv.participants ?? []).map((p) => p.firstName).filter(Boolean);
  if (names.length === 0) return [];
  // A cut first name ("Marie-Fra...") helps no one: all or nothing.
  return [{ prefix: ' pour ', text: names.join(', '), shrinkOrder: SHRINK.participants, atomic: true }];
}

export function datePart(rdv: RdvView, at = rdv.startsAt): SmsPart {
  return { text: formatSmsDateTime(at, rdv.timezone, isApproximate(rdv)) };
}

/** ", MDS d'Arras, 12 rue X 62000 Arras" / ", par téléphone" / ", à domicile" / ", en visio". */
export function placeParts(rdv: RdvView): SmsPart[] {
  switch (rdv.motif.locationType) {
    case 'phone':
      return [{ text: ', par téléphone' }];
    case 'home':
      return [{ text: ', à domicile' }];
    case 'visio':
      return [{ text: ', en visio' }];
    case 'public_office': {
      if (!rdv.lieu) return [];
      const { street, separator, rest } = splitAddress(rdv.lieu.address);
      return [
        {
          prefix: ', ',
          text: rdv.lieu.name,
          abbreviated: abbreviateLieuName(rdv.lieu.name),
          shrinkOrder: SHRINK.lieu,
          maxLength: 40,
          minLength: 12,
        },
        {
          prefix: ', ',
          text: street,
          abbreviated: abbreviateAddress(street),
          shrinkOrder: SHRINK.street,
          maxLength: 35,
          minLength: 12,
        },
        ...(rest
          ? [{ prefix: separator, text: rest, abbreviated: abbreviateAddress(rest), alternatives: addressRestAlternatives(rest), shrinkOrder: SHRINK.addressRest, atomic: true }]
          : []),
      ];
    }
  }
}

/** "Annuler/déplacer", "Annuler", "Déplacer" or "Infos", depending on what the usager may do online. */
export function manageLabel(rdv: RdvView): string {
  const cancel = usagerCanCancel(rdv);
  const move = usagerCanMove(rdv);
  return cancel && move ? 'Annuler/déplacer' : cancel ? 'Annuler' : move ? 'Déplacer' : 'Infos';
}

/** ". Annuler/déplacer : <link> ou 03 21 …" */
export function manageParts(rdv: RdvView, shortUrl: string): SmsPart[] {
  const phone = contactPhone(rdv);
  return [
    { text: `. ${manageLabel(rdv)} : ${shortUrl}` },
    ...(phone ? [{ prefix: ' ou ', text: phone, shrinkOrder: SHRINK.phone, atomic: true }] : []),
  ];
}

/** ". Pour reprendre RDV : <link> ou 03 21 …" after a cancellation. The phone matters more here. */
export function rebookParts(rdv: RdvView, rebookUrl: string | null | undefined): SmsPart[] {
  const phone = contactPhone(rdv);
  if (!rebookUrl && !phone) return [{ text: '.' }];
  if (!rebookUrl) return [{ text: `. Pour reprendre RDV : ${phone}` }];
  return [
    { text: `. Pour reprendre RDV : ${rebookUrl}` },
    ...(phone ? [{ prefix: ' ou ', text: phone, shrinkOrder: SHRINK.rebookPhone, atomic: true }] : []),
  ];
}
