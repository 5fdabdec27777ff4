import { zonedParts } from '../rules/zoned-time.js';
import type { PersonName, RdvView } from './types.js';

/** French date/time wording, always in the territoire's zone (never the server's). */

const longDateFormatters = new Map<string, Intl.DateTimeFormat>();
const shortWeekdayFormatters = new Map<string, Intl.DateTimeFormat>();

function cached(map: Map<string, Intl.DateTimeFormat>, tz: string, opts: Intl.DateTimeFormatOptions) {
  let f = map.get(tz);
  if (!f) {
    f = new Intl.DateTimeFormat('fr-FR', { timeZone: tz, ...opts });
    map.set(tz, f);
  }
  return f;
}

/** « lundi 29 mars 2027 », « jeudi 1er avril 2027 » (French writes the ordinal for the 1st). */
export function formatDate(epochMs: number, timezone: string): string {
  const parts = cached(longDateFormatters, timezone, {
    weekday: 'long',
    day: 'numeric',
    month: 'long',
    year: 'numeric',
  }).formatToParts(epochMs);
  const get = (t: Intl.DateTimeFormatPartTypes) => parts.find((p) => p.type === t)?.value ?? '';
  const day = get('day') === '1' ? '1er' : get('day');
  return `${get('weekday')} ${day} ${get('month')} ${get('year')}`;
}

/** « 9 h 00 », « 14 h 30 » (French typographic style). */
export function formatTime(epochMs: number, timezone: string): string {
  const p = zonedParts(epochMs, timezone);
  return `${p.hour} h ${String(p.minute).padStart(2, '0')}`;
}

/**
 * « lundi 29 mars 2027 à 9 h 00 ». Home visits have an approximate time (the agent travels):
 * « … vers 9 h 00 », as RDV-Solidarités does.
 */
export function formatDateTime(epochMs: number, timezone: string, approximate = false): string {
  return `${formatDate(epochMs, timezone)} ${approximate ? 'vers' : 'à'} ${formatTime(epochMs, timezone)}`;
}

/** Compact form for SMS: « lun. 29/03 9h00 ». */
export function formatSmsDateTime(epochMs: number, timezone: string, approximate = false): string {
  const p = zonedParts(epochMs, timezone);
  const weekday = cached(shortWeekdayFormatters, timezone, { weekday: 'short' }).format(epochMs);
  const dd = String(p.day).padStart(2, '0');
  const mm = String(p.month).padStart(2, '0');
  return `${weekday} ${dd}/${mm} ${approximate ? 'vers ' : ''}${p.hour}h${String(p.minute).padStart(2, '0')}`;
}

/** « 30 min », « 1 h », « 1 h 30 ». */
export function formatDuration(ms: number): string {
  const minutes = Math.round(ms / 60_000);
  const h = Math.floor(minutes / 60);
  const m = minutes % 60;
  if (h === 0) return `${m} min`;
  return m === 0 ? `${h} h` : `${h} h ${String(m).padStart(2, '0')}`;
}

export function isApproximate(rdv: RdvView): boolean {
  return rdv.motif.locationType === 'home';
}

export function fullName(p: PersonName): string {
  return `${p.firstName} ${p.lastName}`.trim();
}

/** « Léa Martin », « Léa Martin et Tom Martin », « A, B et C ». */
export function joinFrench(items: readonly string[]): string {
  if (items.length <= 1) return items[0] ?? '';
  return `${items.slice(0, -1).join(', ')} et ${items[items.length - 1]}`;
}

/** Phone to call about a RDV: the lieu's, else the organisation's. */
export function contactPhone(rdv: RdvView): string | null {
  return rdv.lieu?.phone || rdv.organisation.phone || null;
}

/** Whether the usager may cancel / move online (reference §1.10: no move for agent-booked or collective RDVs). */
export function usagerCanCancel(rdv: RdvView): boolean {
  return rdv.motif.cancellableByUsager !== false;
}
export function usagerCanMove(rdv: RdvView): boolean {
  return rdv.motif.movableByUsager !== false && !rdv.createdByAgent && !rdv.collectif;
}

/** Escape text for HTML element content and double- or single-quoted attributes. */
export function escapeHtml(text: string): string {
  return text.replace(/[&<>"']/g, (c) =>
    c === '&' ? '&amp;' : c === '<' ? '&lt;' : c === '>' ? '&gt;' : c === '"' ? '&quot;' : '&#39;',
  );
}

/** Only http(s) URLs become links: a `javascript:` URL typed in a visio field must not be clickable. */
export function isSafeUrl(url: string): boolean {
  return /^https?:\/\/[^\s]+$/i.test(url);
}
