/**
 * Test helpers: contract-shaped fixtures and a fake `window.fetch` that routes
 * the public API. Never bundled (only tests import it).
 */
import type {
  CreneauxResponse,
  Problem,
  PublicOrganisation,
  PublicRdv,
} from '../api/types.js';
import { addDays, today } from '../i18n/format.js';

export const TZ = 'Europe/Paris';

/** ISO instant of a wall-clock time in Europe/Paris, with its real offset. */
export function paris(ymd: string, hm: string): string {
  const name = new Intl.DateTimeFormat('en', { timeZone: TZ, timeZoneName: 'longOffset' })
    .formatToParts(new Date(`${ymd}T12:00:00Z`))
    .find((p) => p.type == 'timeZoneName')!.value; // GMT+01:00 / GMT+02:00
  return `${ymd}T${hm}:00${name.slice(3) || '+00:00'}`;
}

/** A Monday at least 7 days after today (Paris). */
export const MONDAY = (() => {
  let d = addDays(today(TZ), 7);
  while (new Date(d + 'T12:00:00Z').getUTCDay() != 1) d = addDays(d, 1);
  return d;
})();
export const WEDNESDAY = addDays(MONDAY, 2);

export function organisation(overrides: Partial<PublicOrganisation> = {}): PublicOrganisation {
  const next = paris(MONDAY, '09:00');
  return {
    id: 'org-1',
    name: 'MDS de Lens',
    phone: '03 21 00 00 00',
    horaires: 'Du lundi au vendredi, de 9 h à 17 h',
    timezone: TZ,
    services: [
      { id: 'svc-pmi', name: 'PMI', shortName: 'PMI' },
      { id: 'svc-social', name: 'Service social', shortName: 'Service social' },
    ],
    lieux: [
      { id: 'lieu-1', name: 'MDS Lens centre', address: '1 rue de la Gare, 62300 Lens', phone: '03 21 11 11 11' },
      { id: 'lieu-2', name: 'MDS Liévin', address: '2 place de la Mairie, 62800 Liévin', phone: null },
    ],
    motifs: [
      {
        id: 'motif-pmi',
        name: 'Consultation PMI',
        serviceId: 'svc-pmi',
        durationMinutes: 30,
        locationType: 'public_office',
        collectif: false,
        instructionsBefore: null,
        instructionsAfter: 'Apportez le carnet de santé.',
        availability: [
          { lieuId: 'lieu-1', nextAvailableAt: next },
          { lieuId: 'lieu-2', nextAvailableAt: null },
        ],
      },
      {
        id: 'motif-social',
        name: 'Premier rendez-vous assistante sociale',
        serviceId: 'svc-social',
        durationMinutes: 45,
        locationType: 'public_office',
        collectif: false,
        instructionsBefore: 'Munissez-vous de votre avis d’imposition.',
        instructionsAfter: null,
        availability: [{ lieuId: 'lieu-1', nextAvailableAt: next }],
      },
      {
        id: 'motif-tel',
        name: 'Entretien téléphonique',
        serviceId: 'svc-social',
        durationMinutes: 30,
        locationType: 'phone',
        collectif: false,
        instructionsBefore: null,
        instructionsAfter: null,
        availability: [{ lieuId: null, nextAvailableAt: next }],
      },
      {
        id: 'motif-home',
        name: 'Visite à domicile',
        serviceId: 'svc-pmi',
        durationMinutes: 60,
        locationType: 'home',
        collectif: false,
        instructionsBefore: null,
        instructionsAfter: null,
        availability: [{ lieuId: null, nextAvailableAt: null }],
      },
    ],
    ...overrides,
  };
}

/** Free créneaux: Monday 9:00, 9:30, 14:00 and Wednesday 10:00 of the test week. */
export function creneaux(from: string, to: string, empty = false): CreneauxResponse {
  const slots: Record<string, string[]> = empty ? {} : { [MONDAY]: ['09:00', '09:30', '14:00'], [WEDNESDAY]: ['10:00'] };
  const days = [];
  for (let d = from; d <= to; d = addDays(d, 1)) {
    days.push({
      date: d,
      creneaux: (slots[d] ?? []).map((hm) => ({ startsAt: paris(d, hm), endsAt: paris(d, hm.replace(/:\d\d/, ':45')) })),
    });
  }
  // The first free créneau on or after `from`.
  const first = Object.keys(slots)
    .sort()
    .find((d) => d >= from);
  return { timezone: TZ, days, nextAvailableAt: first ? paris(first, slots[first][0]) : null };
}

export function rdv(overrides: Partial<PublicRdv> = {}): PublicRdv {
  return {
    id: 'rdv-1',
    status: 'unknown',
    startsAt: paris(MONDAY, '09:00'),
    endsAt: paris(MONDAY, '09:30'),
    timezone: TZ,
    motif: { id: 'motif-pmi', name: 'Consultation PMI', locationType: 'public_office', instructionsAfter: 'Apportez le carnet de santé.' },
    lieu: { id: 'lieu-1', name: 'MDS Lens centre', address: '1 rue de la Gare, 62300 Lens', phone: '03 21 11 11 11' },
    organisation: { id: 'org-1', name: 'MDS de Lens', phone: '03 21 00 00 00' },
    collectif: false,
    cancellable: true,
    movable: true,
    cancellableUntil: paris(MONDAY, '05:00'),
    movableUntil: paris(addDays(MONDAY, -2), '09:00'),
    ...overrides,
  };
}

export const problem = (status: number, code: string, errors?: Problem['errors']): Response =>
  new Response(JSON.stringify({ type: 'about:blank', title: code, status, code, errors }), {
    status,
    headers: { 'Content-Type': 'application/problem+json' },
  });

export const json = (body: unknown, status = 200): Response =>
  new Response(JSON.stringify(body), { status, headers: { 'Content-Type': 'application/json' } });

export interface Call {
  method: string;
  path: string;
  query: URLSearchParams;
  headers: Headers;
  body: any;
}

type Handler = (call: Call) => Response | Promise<Response> | undefined;

/**
 * Replace window.fetch. `routes` override the defaults ("METHOD /path" keys,
 * path without the /api/v1/public prefix and query; returning undefined uses
 * the default). Returns the recorded calls
 * and a restore function.
 */
export function fakeApi(routes: Record<string, Handler> = {}, opts: { delay?: number } = {}) {
  const calls: Call[] = [];
  const original = window.fetch;
  const defaults: Record<string, Handler> = {
    'GET /organisations/org-1': () => json(organisation()),
    'GET /creneaux': (c) => json(creneaux(c.query.get('from')!, c.query.get('to')!)),
    'POST /verifications': () => json({ id: 'ver-1', expiresAt: paris(MONDAY, '23:00'), resendAfterSeconds: 30 }, 201),
    'POST /rdvs': () => json({ rdv: rdv(), manageToken: 'tok-1', manageUrl: 'https://example.org/#rdv=rdv-1&token=tok-1' }, 201),
    'GET /rdvs/rdv-1': () => json(rdv()),
    'GET /rdvs/rdv-1/ics': () =>
      new Response('BEGIN:VCALENDAR\r\nEND:VCALENDAR\r\n', { headers: { 'Content-Type': 'text/calendar' } }),
    'POST /rdvs/rdv-1/annulation': () => json(rdv({ status: 'excused', cancellable: false, movable: false })),
    'POST /rdvs/rdv-1/deplacement': (c) => json(rdv({ startsAt: c.body.startsAt })),
  };
  window.fetch = async (input: RequestInfo | URL, init: RequestInit = {}) => {
    const url = new URL(String(input), location.href);
    const path = url.pathname.replace(/^.*\/api\/v1\/public/, '');
    const method = init.method ?? 'GET';
    const call: Call = {
      method,
      path,
      query: url.searchParams,
      headers: new Headers(init.headers),
      body: typeof init.body == 'string' ? JSON.parse(init.body) : undefined,
    };
    calls.push(call);
    if (opts.delay) await new Promise((r) => setTimeout(r, opts.delay));
    if (init.signal?.aborted) throw new DOMException('aborted', 'AbortError');
    // A route override returning undefined falls back to the default route.
    const key = `${method} ${path}`;
    const res = (await routes[key]?.(call)) ?? (await defaults[key]?.(call));
    return res ?? problem(404, 'not_found');
  };
  return { calls, restore: () => (window.fetch = original) };
}
