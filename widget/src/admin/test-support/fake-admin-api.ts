/**
 * Test helpers of the admin: an in-memory agent API behind a stubbed `window.fetch`
 * (contract-shaped answers, problem+json errors), and small DOM helpers that reach
 * through the admin's nested shadow roots. Only tests import this file.
 */
import { fixture, waitUntil } from '@open-wc/testing';
import type { LitElement } from 'lit';
import { MONDAY, TZ, json, paris, problem } from '../../test/fake-api.js';
import { addDays } from '../recurrence.js';
import type { Absence, Agent, DeliveryFailure, Lieu, Me, Motif, Organisation, Plage, Rdv, Receipt, Service, Usager } from '../types.js';
import '../index.js';
import type { CreneauAdmin } from '../creneau-admin.js';

export { MONDAY, TZ, json, paris, problem };
export const ORG = 'org-1';

export interface Call {
  method: string;
  path: string;
  query: URLSearchParams;
  headers: Headers;
  body: any;
}
type Handler = (c: Call, m: RegExpMatchArray) => Response | Promise<Response> | undefined;

export function motif(o: Partial<Motif> = {}): Motif {
  return {
    id: 'motif-1', organisationId: ORG, name: 'Consultation PMI', serviceId: 'svc-pmi', durationMinutes: 30, locationType: 'public_office',
    bookableBy: 'everyone', minBookingDelayMinutes: 30, maxBookingDelayDays: 91, visibilityType: 'visible_and_notified',
    sectorisationLevel: 'departement', collectif: false, instructionsBefore: null, instructionsAfter: null, customCancelWarningMessage: null,
    cancellableByUsager: true, movableByUsager: true, cancellationDeadlineMinutes: 240, moveDeadlineMinutes: 2880, color: '#1f6feb',
    forSecretariat: false, followUp: false, archivedAt: null, createdAt: '2027-01-01T00:00:00Z', updatedAt: '2027-01-01T00:00:00Z', ...o,
  };
}

export function rdv(o: Partial<Rdv> = {}): Rdv {
  return {
    id: 'rdv-1', organisationId: ORG, motifId: 'motif-1', motifName: 'Consultation PMI', lieuId: 'lieu-1',
    startsAt: paris(MONDAY, '09:00'), endsAt: paris(MONDAY, '09:30'), status: 'unknown', collectif: false, name: null,
    maxParticipantsCount: null, usersCount: 1, agentIds: ['agent-1'],
    participations: [{ id: 'part-1', usagerId: 'usager-1', firstName: 'Jeanne', lastName: 'Martin', status: 'unknown' }],
    createdBy: { id: null, type: 'usager' }, context: null, createdAt: '2027-01-01T00:00:00Z', updatedAt: '2027-01-01T00:00:00Z', ...o,
  };
}

const AT = '2027-01-01T00:00:00Z';
export const lieu = (o: Partial<Lieu> = {}): Lieu => ({ id: 'lieu-1', organisationId: ORG, name: 'MDS Lens centre', address: '1 rue de la Gare, 62300 Lens', phone: null, latitude: null, longitude: null, availability: 'enabled', createdAt: AT, updatedAt: AT, ...o });
export const agent = (o: Partial<Agent> = {}): Agent => ({ id: 'agent-1', firstName: 'Marie', lastName: 'Curie', email: 'admin@demo.creneau.fr', role: 'admin', serviceIds: ['svc-pmi'], invitationPending: false, createdAt: AT, updatedAt: AT, ...o });
export const plage = (o: Partial<Plage> = {}): Plage => ({ id: 'plage-1', organisationId: ORG, agentId: 'agent-1', lieuId: 'lieu-1', motifIds: ['motif-1'], title: 'Permanence', firstDay: addDays(MONDAY, -14), startTime: '09:00', endTime: '12:00', recurrence: 'FREQ=WEEKLY;INTERVAL=1;BYDAY=MO,TH', recurrenceEndsOn: null, createdAt: AT, updatedAt: AT, ...o });
export const absence = (o: Partial<Absence> = {}): Absence => ({ id: 'abs-1', organisationId: ORG, agentId: 'agent-1', title: 'Formation', firstDay: addDays(MONDAY, 2), startTime: '14:00', endDay: addDays(MONDAY, 2), endTime: '17:00', recurrence: null, recurrenceEndsOn: null, createdAt: AT, updatedAt: AT, ...o });
export const usager = (o: Partial<Usager> = {}): Usager => ({ id: 'usager-1', firstName: 'Jeanne', lastName: 'Martin', birthName: null, birthDate: null, email: null, phone: '+33612345678', phoneFormatted: '06 12 34 56 78', address: null, postCode: null, notifyBySms: true, notifyByEmail: true, responsibleId: null, notes: null, createdAt: AT, updatedAt: AT, ...o });

export interface FakeState {
  me: Me;
  services: Service[];
  organisation: Organisation;
  motifs: Motif[];
  lieux: Lieu[];
  agents: Agent[];
  plages: Plage[];
  absences: Absence[];
  rdvs: Rdv[];
  usagers: Usager[];
  receipts: Record<string, Receipt[]>;
  failures: DeliveryFailure[];
  /** The session cookie is there (page reload resumes the session). */
  session: boolean;
}

export function state(o: Partial<FakeState> = {}): FakeState {
  return {
    me: {
      kind: 'agent', id: 'agent-1', firstName: 'Marie', lastName: 'Curie', email: 'admin@demo.creneau.fr',
      organisations: [{ id: ORG, name: 'MDS de Lens', territoireId: 'terr-1', role: 'admin' }, { id: 'org-2', name: 'MDS d’Arras', territoireId: 'terr-1', role: 'basic' }],
      territoires: [{ id: 'terr-1', name: 'Pas-de-Calais', departementNumber: '62', timezone: TZ }],
    },
    services: [{ id: 'svc-pmi', name: 'PMI', shortName: 'PMI' }, { id: 'svc-social', name: 'Service social', shortName: 'Social' }],
    organisation: { id: ORG, territoireId: 'terr-1', name: 'MDS de Lens', phone: null, email: null, website: null, horaires: null, allowedOrigins: ['https://www.pas-de-calais.fr'], createdAt: AT, updatedAt: AT },
    motifs: [motif(), motif({ id: 'motif-2', name: 'Entretien téléphonique', locationType: 'phone', serviceId: 'svc-social' })],
    lieux: [lieu(), lieu({ id: 'lieu-0', name: 'Ancienne antenne', availability: 'disabled' })],
    agents: [agent(), agent({ id: 'agent-2', firstName: 'Paul', lastName: 'Durand', email: 'paul@demo.creneau.fr', role: 'basic', serviceIds: ['svc-social'] })],
    plages: [plage()],
    absences: [absence()],
    rdvs: [rdv()],
    usagers: [usager()],
    receipts: {},
    failures: [],
    session: true,
    ...o,
  };
}

/**
 * Replace window.fetch with the fake API. `routes` ("METHOD regexp-of-path" → handler,
 * undefined = default) override the defaults. Paths are relative to /api/v1.
 */
export function fakeAdminApi(s: FakeState = state(), routes: Record<string, Handler> = {}) {
  const calls: Call[] = [];
  const original = window.fetch;
  let n = 0;
  const id = (p: string) => `${p}-new-${++n}`;
  const byId = <T extends { id: string }>(list: T[], i: string) => list.find((x) => x.id == i);
  const crud = <T extends { id: string }>(name: keyof FakeState, prefix: string): Record<string, Handler> => ({
    [`GET ^/organisations/[^/]+/${name == 'plages' ? 'plages-ouverture' : name}$`]: (c) => {
      const agentId = c.query.get('agentId');
      const list = s[name] as unknown as (T & { agentId?: string })[];
      return json({ items: agentId ? list.filter((x) => x.agentId == agentId) : list });
    },
    [`GET ^/organisations/[^/]+/${name == 'plages' ? 'plages-ouverture' : name}/([^/]+)$`]: (_c, m) => {
      const x = byId(s[name] as unknown as T[], m[1]);
      return x ? json(x) : problem(404, 'not_found');
    },
    [`POST ^/organisations/[^/]+/${name == 'plages' ? 'plages-ouverture' : name}$`]: (c) => {
      const { acceptWarnings: _a, ...body } = c.body;
      const x = { id: id(prefix), organisationId: ORG, createdAt: AT, updatedAt: AT, ...(name == 'lieux' ? { availability: 'enabled', latitude: null, longitude: null } : {}), ...body };
      (s[name] as unknown as T[]).push(x);
      return json(x, 201);
    },
    [`PATCH ^/organisations/[^/]+/${name == 'plages' ? 'plages-ouverture' : name}/([^/]+)$`]: (c, m) => {
      const x = byId(s[name] as unknown as T[], m[1]);
      if (!x) return problem(404, 'not_found');
      const { acceptWarnings: _a, ...body } = c.body;
      Object.assign(x, body);
      return json(x);
    },
    [`DELETE ^/organisations/[^/]+/${name == 'plages' ? 'plages-ouverture' : name}/([^/]+)$`]: (_c, m) => {
      const list = s[name] as unknown as T[];
      const i = list.findIndex((x) => x.id == m[1]);
      if (i < 0) return problem(404, 'not_found');
      if (name == 'lieux') (list[i] as unknown as Lieu).availability = 'disabled';
      else list.splice(i, 1);
      return new Response(null, { status: 204 });
    },
  });
  const defaults: Record<string, Handler> = {
    'POST ^/auth/token$': (c) => {
      if (c.body.grantType == 'refresh_token') return s.session ? json({ accessToken: 'jwt-r', tokenType: 'Bearer', expiresIn: 900 }) : problem(401, 'session_expiree');
      if (c.body.grantType == 'invitation') {
        if (c.body.invitationToken != 'jeton-valide') return problem(401, 'invitation_invalide');
        s.session = true;
        return json({ accessToken: 'jwt-i', tokenType: 'Bearer', expiresIn: 900 });
      }
      if (c.body.email == s.me.email && c.body.password == 'creneau-demo') {
        s.session = true;
        return json({ accessToken: 'jwt-p', tokenType: 'Bearer', expiresIn: 900 });
      }
      return problem(401, 'identifiants_invalides');
    },
    'POST ^/auth/logout$': () => ((s.session = false), new Response(null, { status: 204 })),
    'GET ^/me$': () => json(s.me),
    'GET ^/services$': () => json({ items: s.services }),
    'GET ^/organisations/([^/]+)$': () => json(s.organisation),
    'PATCH ^/organisations/([^/]+)$': (c) => json(Object.assign(s.organisation, c.body)),
    'GET ^/organisations/[^/]+/motifs$': (c) => json({ items: s.motifs.filter((m) => !!m.archivedAt == (c.query.get('archived') == 'true')) }),
    'GET ^/organisations/[^/]+/motifs/([^/]+)$': (_c, m) => (byId(s.motifs, m[1]) ? json(byId(s.motifs, m[1])) : problem(404, 'not_found')),
    'POST ^/organisations/[^/]+/motifs$': (c) => {
      const x = motif({ ...c.body, id: id('motif') });
      s.motifs.push(x);
      return json(x, 201);
    },
    'PATCH ^/organisations/[^/]+/motifs/([^/]+)$': (c, m) => json(Object.assign(byId(s.motifs, m[1])!, c.body)),
    'DELETE ^/organisations/[^/]+/motifs/([^/]+)$': (_c, m) => ((byId(s.motifs, m[1])!.archivedAt = '2027-01-02T00:00:00Z'), new Response(null, { status: 204 })),
    'POST ^/organisations/[^/]+/motifs/([^/]+)/restauration$': (_c, m) => json(Object.assign(byId(s.motifs, m[1])!, { archivedAt: null })),
    ...crud<Lieu>('lieux', 'lieu'),
    ...crud<Agent>('agents', 'agent'),
    ...crud<Plage>('plages', 'plage'),
    ...crud<Absence>('absences', 'abs'),
    'GET ^/organisations/[^/]+/lieux$': (c) => json({ items: s.lieux.filter((l) => l.availability == (c.query.get('availability') ?? 'enabled')) }),
    'GET ^/organisations/[^/]+/rdvs$': (c) => {
      const from = c.query.get('from')!;
      const to = c.query.get('to')!;
      const agentId = c.query.get('agentId');
      return json({ items: s.rdvs.filter((r) => r.startsAt.slice(0, 10) >= from && r.startsAt.slice(0, 10) <= to && (!agentId || r.agentIds.includes(agentId))) });
    },
    'GET ^/organisations/[^/]+/rdvs/([^/]+)$': (_c, m) => (byId(s.rdvs, m[1]) ? json(byId(s.rdvs, m[1])) : problem(404, 'not_found')),
    'PATCH ^/organisations/[^/]+/rdvs/([^/]+)$': (c, m) => {
      const r = byId(s.rdvs, m[1])!;
      Object.assign(r, c.body);
      if (c.body.status) r.participations = r.participations.map((p) => ({ ...p, status: c.body.status }));
      return json(r);
    },
    'GET ^/organisations/[^/]+/notifications/echecs$': () => json({ items: s.failures }),
    'GET ^/organisations/[^/]+/rdvs/([^/]+)/receipts$': (_c, m) => (s.receipts[m[1]] ? json({ items: s.receipts[m[1]] }) : problem(404, 'not_found')),
    'POST ^/organisations/[^/]+/rdvs$': (c) => {
      const u = c.body.usager.id ? byId(s.usagers, c.body.usager.id)! : usager({ id: 'usager-new', ...c.body.usager });
      const x = rdv({
        id: id('rdv'), motifId: c.body.motifId, lieuId: c.body.lieuId, startsAt: c.body.startsAt, endsAt: new Date(Date.parse(c.body.startsAt) + 30 * 60_000).toISOString(), agentIds: c.body.agentIds, createdBy: { id: 'agent-1', type: 'agent' },
        participations: [{ id: 'p', usagerId: u.id, firstName: u.firstName, lastName: u.lastName, status: 'unknown' }],
      });
      s.rdvs.push(x);
      return json(x, 201);
    },
    'GET ^/organisations/[^/]+/creneaux$': (c) => {
      const from = c.query.get('from')!;
      const days = [];
      for (let d = from; d <= c.query.get('to')!; d = addDays(d, 1)) {
        const slots = d == MONDAY ? ['10:00', '10:30'] : [];
        days.push({ date: d, creneaux: slots.map((hm) => ({ startsAt: paris(d, hm), endsAt: paris(d, hm == '10:00' ? '10:30' : '11:00'), agents: [{ id: 'agent-1', firstName: 'Marie', lastName: 'Curie' }] })) });
      }
      return json({ timezone: TZ, days, nextAvailableAt: from <= MONDAY ? paris(MONDAY, '10:00') : null });
    },
    'GET ^/organisations/[^/]+/usagers$': (c) => {
      const q = (c.query.get('q') ?? '').toLowerCase();
      return json({ items: s.usagers.filter((u) => `${u.firstName} ${u.lastName}`.toLowerCase().includes(q)) });
    },
  };
  window.fetch = async (input: RequestInfo | URL, init: RequestInit = {}) => {
    const url = new URL(String(input), location.href);
    const path = url.pathname.replace(/^.*\/api\/v1/, '');
    const method = init.method ?? 'GET';
    const call: Call = { method, path, query: url.searchParams, headers: new Headers(init.headers), body: typeof init.body == 'string' ? JSON.parse(init.body) : undefined };
    calls.push(call);
    await new Promise((r) => setTimeout(r, 0));
    if (init.signal?.aborted) throw new DOMException('aborted', 'AbortError');
    for (const table of [routes, defaults]) {
      for (const [key, h] of Object.entries(table)) {
        const [m, re] = key.split(' ');
        const match = m == method ? path.match(new RegExp(re)) : null;
        if (!match) continue;
        const res = await h(call, match);
        if (res) return res;
      }
    }
    return problem(404, 'not_found');
  };
  return { calls, state: s, restore: () => (window.fetch = original) };
}

let current: ReturnType<typeof fakeAdminApi> | undefined;

/** Mount <creneau-admin> at a hash route on the fake API; waits for the page heading. */
export async function mountAdmin(hash = '#/org-1/agenda', s: FakeState = state(), routes: Record<string, Handler> = {}) {
  current?.restore();
  current = fakeAdminApi(s, routes);
  history.replaceState(null, '', hash);
  const el = await fixture<CreneauAdmin>(`<creneau-admin api=""></creneau-admin>`);
  await waitUntil(() => el.phase != 'loading', 'admin never loaded', { timeout: 3000 });
  return { el, api: current };
}

export function restoreFetch() {
  current?.restore();
  current = undefined;
  history.replaceState(null, '', location.pathname);
}

/** The current page element (inside <creneau-admin>'s shadow root). */
export const page = <T extends LitElement = LitElement>(el: Element) => el.shadowRoot!.querySelector('main')!.lastElementChild as T;

/** Query inside a shadow root. */
export const $ = <T extends Element = HTMLElement>(el: Element, sel: string) => el.shadowRoot!.querySelector<T>(sel);
export const $$ = <T extends Element = HTMLElement>(el: Element, sel: string) => [...el.shadowRoot!.querySelectorAll<T>(sel)];

/** Set an input, select or textarea and fire the event the component listens to. */
export function fill(el: Element, sel: string, value: string) {
  const i = $<HTMLInputElement>(el, sel)!;
  if (!i) throw new Error('no ' + sel);
  i.value = value;
  i.dispatchEvent(new Event(i.tagName == 'SELECT' ? 'change' : 'input'));
}
export function check(el: Element, sel: string, checked = true) {
  const i = $<HTMLInputElement>(el, sel)!;
  if (!i) throw new Error('no ' + sel);
  i.checked = checked;
  i.dispatchEvent(new Event('change'));
}
export function click(el: Element, selOrText: string) {
  const b = $$<HTMLElement>(el, 'button, a').find((x) => x.textContent!.trim() == selOrText) ?? $<HTMLElement>(el, selOrText);
  if (!b) throw new Error('no ' + selOrText);
  b.click();
}
export const text = (el: Element) => (el.shadowRoot!.textContent ?? '').replace(/\s+/g, ' ');
/** Wait until the page's shadow root contains a text. */
export const waitText = (el: Element, s: string, timeout = 3000) => waitUntil(() => text(el).includes(s), `« ${s} » never appeared in: ${text(el).slice(0, 400)}`, { timeout });
