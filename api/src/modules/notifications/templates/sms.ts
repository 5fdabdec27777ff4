import { contactPhone, formatSmsDateTime, isApproximate, usagerCanCancel, usagerCanMove } from './format.js';
import type { SmsPart } from './gsm7.js';
import type { RdvView } from './types.js';

/**
 * SMS building blocks. Shrink order (first shortened first): proches' first names, the phone
 * number, the address, the lieu name, the collective RDV name, the service. Never shortened:
 * the date/time, the link, the code.
 */
export const SHRINK = { participants: 1, phone: 2, address: 3, lieu: 4, name: 5, service: 6 } as const;

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

/**
 * Shorter forms of "123 boulevard du Président Kennedy, Résidence Les Peupliers, 62200 Boulogne-sur-Mer",
 * longest first: abbreviated; street + town; street + town without postcode; street only.
 */
export function addressAlternatives(address: string): string[] {
  const segments = abbreviate(address, ADDRESS_ABBREVIATIONS)
    .split(/\s*,\s*/)
    .map((s) => s.trim())
    .filter(Boolean);
  const first = segments[0] ?? '';
  const last = segments.length > 1 ? segments[segments.length - 1]! : '';
  const town = last.replace(/^\d{5}\s+/, '');
  const options = [segments.join(', ')];
  if (last) options.push(`${first}, ${last}`, `${first}, ${town}`);
  options.push(first);
  return [...new Set(options)];
}

export function lieuNameAlternatives(name: string): string[] {
  const short = abbreviate(name, NAME_ABBREVIATIONS);
  return short !== name ? [short] : [];
}

/** " PMI" and ' "Atelier portage"' after "RDV". */
export function serviceParts(rdv: RdvView): SmsPart[] {
  const parts: SmsPart[] = [];
  if (rdv.motif.serviceShortName) {
    parts.push({ prefix: ' ', text: rdv.motif.serviceShortName, shrinkOrder: SHRINK.service, minLength: 3 });
  }
  if (rdv.collectif && rdv.name) {
    // RDV-Solidarités caps collective names at 50 characters in SMS.
    parts.push({ prefix: ' "', text: rdv.name.slice(0, 50), suffix: '"', shrinkOrder: SHRINK.name, minLength: 12 });
  }
  return parts;
}

/** " pour Léa et Tom" when the recipient booked for proches. */
export function participantsPart(rdv: RdvView): SmsPart[] {
  const names = (rdv.participants ?? []).map((p) => p.firstName).filter(Boolean);
  if (names.length === 0) return [];
  return [{ prefix: ' pour ', text: names.join(', '), shrinkOrder: SHRINK.participants, minLength: 8 }];
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
      return [
        {
          prefix: ', ',
          text: rdv.lieu.name,
          alternatives: lieuNameAlternatives(rdv.lieu.name),
          shrinkOrder: SHRINK.lieu,
          minLength: 12,
        },
        {
          prefix: ', ',
          text: rdv.lieu.address,
          alternatives: addressAlternatives(rdv.lieu.address),
          shrinkOrder: SHRINK.address,
          minLength: 12,
        },
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
    ...(phone ? [{ prefix: ' ou ', text: phone, shrinkOrder: SHRINK.service + 1, atomic: true }] : []),
  ];
}
