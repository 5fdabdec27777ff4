/**
 * Human choices for the motif's delays. The API speaks minutes (minimum delay,
 * cancel/move cut-offs) and days (maximum delay); agents choose « 2 h » or « 1 mois ».
 */
export interface Choice {
  value: number;
  label: string;
}

const H = 60;
const D = 24 * H;

/** Minutes: how long before the RDV a usager may book at the latest. */
export const MIN_DELAYS: Choice[] = [
  { value: 30, label: '30 min' },
  { value: H, label: '1 h' },
  { value: 2 * H, label: '2 h' },
  { value: 3 * H, label: '3 h' },
  { value: 6 * H, label: '6 h' },
  { value: 12 * H, label: '12 h' },
  { value: D, label: '1 jour' },
  { value: 2 * D, label: '2 jours' },
  { value: 3 * D, label: '3 jours' },
  { value: 7 * D, label: '1 semaine' },
  { value: 14 * D, label: '2 semaines' },
  { value: 21 * D, label: '3 semaines' },
  { value: 30 * D, label: '1 mois' },
];

/** Days: how far ahead a usager may book. */
export const MAX_DELAYS: Choice[] = [
  { value: 1, label: '1 jour' },
  { value: 2, label: '2 jours' },
  { value: 3, label: '3 jours' },
  { value: 7, label: '1 semaine' },
  { value: 14, label: '2 semaines' },
  { value: 21, label: '3 semaines' },
  { value: 30, label: '1 mois' },
  { value: 61, label: '2 mois' },
  { value: 91, label: '3 mois' },
  { value: 182, label: '6 mois' },
  { value: 365, label: '1 an' },
];

/** Minutes before the RDV until which the usager may still cancel or move it online. */
export const DEADLINES: Choice[] = [
  { value: 0, label: 'jusqu’au début du rendez-vous' },
  { value: H, label: '1 h avant' },
  { value: 2 * H, label: '2 h avant' },
  { value: 4 * H, label: '4 h avant' },
  { value: 12 * H, label: '12 h avant' },
  { value: D, label: '1 jour avant' },
  { value: 2 * D, label: '2 jours avant' },
  { value: 3 * D, label: '3 jours avant' },
  { value: 7 * D, label: '1 semaine avant' },
  { value: 14 * D, label: '2 semaines avant' },
];

/** « 1 h 30 », « 2 jours », « 45 min » for any number of minutes. */
export function humanMinutes(n: number): string {
  if (n % D == 0 && n >= D) return n / D == 1 ? '1 jour' : `${n / D} jours`;
  if (n >= H) return `${Math.floor(n / H)} h${n % H ? ' ' + String(n % H).padStart(2, '0') : ''}`;
  return `${n} min`;
}

export const humanDays = (n: number) => (n == 1 ? '1 jour' : `${n} jours`);

/** The choices, plus the current value when it is not one of them (set through the API). */
export function withValue(choices: Choice[], value: number, label: (n: number) => string): Choice[] {
  return choices.some((c) => c.value == value)
    ? choices
    : [...choices, { value, label: label(value) }].sort((a, b) => a.value - b.value);
}
