// French public holidays ("jours fériés"), computed for any year: the original hard-coded
// 2023–2026 metropolitan dates, so nothing was blocked after 2026 nor in Alsace-Moselle or
// overseas. Each holiday removes the whole local day for every agent.

import { daysFromCivil, formatIsoDate, type IsoDate } from './days.js';

/** Easter Sunday as a day number (anonymous Gregorian algorithm, a.k.a. Meeus/Jones/Butcher). */
export function easterSunday(year: number): number {
  const a = year % 19;
  const b = Math.floor(year / 100);
  const c = year % 100;
  const d = Math.floor(b / 4);
  const e = b % 4;
  const f = Math.floor((b + 8) / 25);
  const g = Math.floor((b - f + 1) / 3);
  const h = (19 * a + b - d - g + 15) % 30;
  const i = Math.floor(c / 4);
  const k = c % 4;
  const l = (32 + 2 * e + 2 * i - h - k) % 7;
  const m = Math.floor((a + 11 * h + 22 * l) / 451);
  const month = Math.floor((h + l - 7 * m + 114) / 31);
  const day = ((h + l - 7 * m + 114) % 31) + 1;
  return daysFromCivil(year, month, day);
}

// Local law (Code du travail L3134-13): Good Friday and St Stephen's Day in Moselle, Bas-Rhin, Haut-Rhin.
const ALSACE_MOSELLE = new Set(['57', '67', '68']);
// Abolition of slavery (décret 83-1003), one date per overseas département: [month, day].
const ABOLITION_DAY: Record<string, [number, number]> = {
  '971': [5, 27], // Guadeloupe
  '972': [5, 22], // Martinique
  '973': [6, 10], // Guyane
  '974': [12, 20], // La Réunion
  '976': [4, 27], // Mayotte
};

const cache = new Map<string, readonly number[]>();

/** Sorted day numbers of the holidays of `year` in `departement`. */
export function holidayDays(year: number, departement: string): readonly number[] {
  const dep = departement.trim().toUpperCase();
  const key = `${year}|${dep}`;
  let days = cache.get(key);
  if (days) return days;
  const easter = easterSunday(year);
  const list = [
    daysFromCivil(year, 1, 1),
    easter + 1, // lundi de Pâques
    daysFromCivil(year, 5, 1),
    daysFromCivil(year, 5, 8),
    easter + 39, // Ascension
    easter + 50, // lundi de Pentecôte
    daysFromCivil(year, 7, 14),
    daysFromCivil(year, 8, 15),
    daysFromCivil(year, 11, 1),
    daysFromCivil(year, 11, 11),
    daysFromCivil(year, 12, 25),
  ];
  if (ALSACE_MOSELLE.has(dep)) list.push(easter - 2, daysFromCivil(year, 12, 26));
  const abolition = ABOLITION_DAY[dep];
  if (abolition) list.push(daysFromCivil(year, abolition[0], abolition[1]));
  // Ascension can fall on 1 or 8 May: deduplicate.
  days = [...new Set(list)].sort((x, y) => x - y);
  cache.set(key, days);
  return days;
}

/** Public holidays of `year` for a département code ('62', '57', '974'…), as sorted ISO dates. */
export function publicHolidays(year: number, departement: string): IsoDate[] {
  return holidayDays(year, departement).map(formatIsoDate);
}
