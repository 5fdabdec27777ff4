import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { createTestApp, type TestApp } from '../support/test-app.js';
import { DEMO_AGENTS } from '../../api/src/db/seeders/demo-seed.js';

let t: TestApp;
let arras: string;
let lens: string;
let arrasAgent: string; // basic agent of Arras: any member reads and writes usagers
let arrasAdmin: string;
let lensAgent: string;
beforeAll(async () => {
  t = await createTestApp();
  [arras, lens] = t.organisationIds as [string, string];
  arrasAdmin = await t.login(DEMO_AGENTS[0]);
  arrasAgent = await t.login(DEMO_AGENTS[1]);
  lensAgent = await t.login(DEMO_AGENTS[2]);
});
afterAll(async () => { await t?.close(); });

const url = (org: string, rest = '') => `/api/v1/organisations/${org}/usagers${rest}`;
const auth = (token: string) => ({ authorization: `Bearer ${token}` });
type U = { id: string; firstName: string; lastName: string; responsibleId: string | null };

async function create(org: string, token: string, body: Record<string, unknown>): Promise<U> {
  const res = await t.http.post(url(org)).set(auth(token)).send(body);
  if (res.status !== 201) throw new Error(`create usager: ${res.status} ${JSON.stringify(res.body)}`);
  return res.body as U;
}

async function search(org: string, token: string, q: string): Promise<string[]> {
  const res = await t.http.get(url(org)).query({ q }).set(auth(token));
  expect(res.status).toBe(200);
  return (res.body.items as U[]).map((u) => `${u.firstName} ${u.lastName}`);
}

describe('usagers', () => {
  it('creates, reads and updates a usager (round trip), normalising contact details', async () => {
    const created = await t.http.post(url(arras)).set(auth(arrasAgent)).send({
      firstName: '  Amélie ', lastName: 'Poulain', birthName: 'Fayel', birthDate: '1990-05-14', email: ' Amelie..Poulain@Exemple.FR',
      phone: '06 11 22 33 44', address: '12 rue des Trois-Frères, 62000 Arras', postCode: '62000', notifyBySms: false, notes: 'Préfère le matin.',
    });
    expect(created.status).toBe(201);
    expect(created.body).toMatchObject({
      firstName: 'Amélie', lastName: 'Poulain', birthName: 'Fayel', birthDate: '1990-05-14', email: 'amelie.poulain@exemple.fr',
      phone: '+33611223344', phoneFormatted: '06 11 22 33 44', postCode: '62000', notifyBySms: false, notifyByEmail: true,
      responsibleId: null, notes: 'Préfère le matin.',
    });
    const id = created.body.id;
    const read = await t.http.get(url(arras, `/${id}`)).set(auth(arrasAgent));
    expect(read.status).toBe(200);
    expect(read.body).toEqual(created.body);

    const patched = await t.http.patch(url(arras, `/${id}`)).set(auth(arrasAgent)).send({ phone: '+262 692 12 34 56', email: null, notifyBySms: true });
    expect(patched.status).toBe(200);
    expect(patched.body).toMatchObject({ phone: '+262692123456', phoneFormatted: '0692 12 34 56', email: null, notifyBySms: true, firstName: 'Amélie' });
    expect((await t.http.get(url(arras, `/${id}`)).set(auth(arrasAdmin))).body).toEqual(patched.body);

    // Every write is audited, without the personal values.
    const events = await t.db.orm.em.fork().getConnection().execute<{ action: string; actor_type: string; changes: Record<string, unknown> }[]>(
      "select action, actor_type, changes from audit_event where entity_type = 'usager' and entity_id = ? order by created_at", [id]);
    expect(events.map((e) => e.action)).toEqual(['create', 'update']);
    expect(events[0]!.actor_type).toBe('agent');
    const trail = JSON.stringify(events);
    for (const secret of ['Amélie', 'Poulain', 'amelie', '+33611223344', '1990', 'Trois-Frères', 'matin', '+262']) expect(trail).not.toContain(secret);
    expect(events[1]!.changes).toMatchObject({ phone: '[masqué]', email: '[masqué]', notifyBySms: true });
  });

  it('does not require a phone or an e-mail when an agent creates a usager', async () => {
    const res = await t.http.post(url(arras)).set(auth(arrasAgent)).send({ firstName: 'Sans', lastName: 'Contact' });
    expect(res.status).toBe(201);
    expect(res.body).toMatchObject({ email: null, phone: null, phoneFormatted: null, birthDate: null, notifyBySms: true });
  });

  it('searches by name (accent- and case-insensitive word prefixes), phone and e-mail', async () => {
    await create(arras, arrasAgent, { firstName: 'Émilie', lastName: 'LEFÈVRE', phone: '07 81 23 45 67', email: 'emilie.lefevre@orange.fr' });
    await create(arras, arrasAgent, { firstName: 'Jean-Pierre', lastName: 'Recherché', email: 'jp.recherche@free.fr' });
    await create(arras, arrasAgent, { firstName: 'Léa', lastName: 'Recherché', birthName: "N'Diaye" });
    await create(arras, arrasAgent, { firstName: 'Marc', lastName: 'Rechercheur' });

    expect(await search(arras, arrasAgent, 'emilie')).toEqual(['Émilie LEFÈVRE']);
    expect(await search(arras, arrasAgent, 'LEFEVRE')).toEqual(['Émilie LEFÈVRE']);
    expect(await search(arras, arrasAgent, 'lefè')).toEqual(['Émilie LEFÈVRE']);
    expect(await search(arras, arrasAgent, 'pierre')).toEqual(['Jean-Pierre Recherché']);
    expect(await search(arras, arrasAgent, 'recherche')).toEqual(['Jean-Pierre Recherché', 'Léa Recherché', 'Marc Rechercheur']);
    expect(await search(arras, arrasAgent, 'recherché lea')).toEqual(['Léa Recherché']);
    expect(await search(arras, arrasAgent, 'diaye')).toEqual(['Léa Recherché']);
    expect(await search(arras, arrasAgent, 'milie')).toEqual([]); // prefixes only
    expect(await search(arras, arrasAgent, '%')).toEqual([]);
    expect(await search(arras, arrasAgent, '_')).toEqual([]);

    // Phone: normalised, then exact, whatever the way it is typed.
    expect(await search(arras, arrasAgent, '+33 7 81 23 45 67')).toEqual(['Émilie LEFÈVRE']);
    expect(await search(arras, arrasAgent, '07.81.23.45.67')).toEqual(['Émilie LEFÈVRE']);
    expect(await search(arras, arrasAgent, '07 81 23 45 68')).toEqual([]);
    // E-mail: exact (case-insensitive), or a prefix while incomplete.
    expect(await search(arras, arrasAgent, 'Emilie.Lefevre@Orange.fr')).toEqual(['Émilie LEFÈVRE']);
    expect(await search(arras, arrasAgent, 'jp.recherche@')).toEqual(['Jean-Pierre Recherché']);
  });

  it('paginates with a cursor, ordered by last name, first name, id', async () => {
    for (const first of ['Zoé', 'Adam', 'Émile', 'bob', 'Chloé']) await create(arras, arrasAgent, { firstName: first, lastName: 'Paginé' });
    const seen: string[] = [];
    let cursor: string | undefined;
    let pages = 0;
    do {
      const res = await t.http.get(url(arras)).query({ q: 'pagine', limit: 2, ...(cursor ? { cursor } : {}) }).set(auth(arrasAgent));
      expect(res.status).toBe(200);
      expect(res.body.items.length).toBeLessThanOrEqual(2);
      seen.push(...res.body.items.map((u: U) => u.firstName));
      cursor = res.body.nextCursor;
      pages += 1;
    } while (cursor && pages < 10);
    expect(seen).toEqual(['Adam', 'bob', 'Chloé', 'Émile', 'Zoé']);
    expect(pages).toBe(3);

    const all = await t.http.get(url(arras)).set(auth(arrasAgent));
    expect(all.body.items.length).toBeGreaterThanOrEqual(10);
    expect(all.body.nextCursor).toBeUndefined();
    const names = all.body.items.map((u: U) => u.lastName.toLowerCase());
    expect(names).toEqual([...names].sort((a: string, b: string) => a.localeCompare(b, 'fr', { sensitivity: 'base' })));

    for (const query of [{ limit: 0 }, { limit: 201 }, { limit: 2.5 }, { cursor: 'pas-un-curseur' }, { q: 'x'.repeat(101) }]) {
      const res = await t.http.get(url(arras)).query(query).set(auth(arrasAgent));
      expect(res.status, JSON.stringify(query)).toBe(422);
      expect(res.body.errors[0].field).toBe(Object.keys(query)[0]);
    }
  });

  it('creates proches one level deep and lists them', async () => {
    const mere = await create(arras, arrasAgent, { firstName: 'Sarah', lastName: 'Famille', phone: '06 22 33 44 55', email: 'sarah.famille@gmail.com' });
    // A child shares the parent's contact: not a duplicate of their own responsible.
    const enfant = await create(arras, arrasAgent, { firstName: 'Noé', lastName: 'Famille', birthDate: '2019-03-02', responsibleId: mere.id, phone: '0622334455' });
    expect(enfant.responsibleId).toBe(mere.id);
    const soeur = await create(arras, arrasAgent, { firstName: 'Inès', lastName: 'Famille', responsibleId: mere.id, email: 'sarah.famille@gmail.com' });

    const proches = await t.http.get(url(arras, `/${mere.id}/proches`)).set(auth(arrasAgent));
    expect(proches.status).toBe(200);
    expect(proches.body.items.map((u: U) => u.firstName)).toEqual(['Inès', 'Noé']);
    expect((await t.http.get(url(arras, `/${enfant.id}/proches`)).set(auth(arrasAgent))).body.items).toEqual([]);

    // Searching the responsible's phone finds the family.
    expect((await search(arras, arrasAgent, '06 22 33 44 55')).sort()).toEqual(['Inès Famille', 'Noé Famille', 'Sarah Famille']);

    // One level deep: a proche cannot be responsible, and a responsible cannot become a proche.
    const petitEnfant = await t.http.post(url(arras)).set(auth(arrasAgent)).send({ firstName: 'Petit', lastName: 'Famille', responsibleId: enfant.id });
    expect(petitEnfant.status).toBe(422);
    expect(petitEnfant.body.errors.map((e: { field: string }) => e.field)).toEqual(['responsibleId']);
    const autre = await create(arras, arrasAgent, { firstName: 'Paul', lastName: 'Famille' });
    const mereSousPaul = await t.http.patch(url(arras, `/${mere.id}`)).set(auth(arrasAgent)).send({ responsibleId: autre.id });
    expect(mereSousPaul.status).toBe(422);
    expect(mereSousPaul.body.errors[0].field).toBe('responsibleId');
    const soiMeme = await t.http.patch(url(arras, `/${autre.id}`)).set(auth(arrasAgent)).send({ responsibleId: autre.id });
    expect(soiMeme.status).toBe(422);
    // Moving a proche to another responsible, then detaching them, works.
    const moved = await t.http.patch(url(arras, `/${soeur.id}`)).set(auth(arrasAgent)).send({ responsibleId: autre.id });
    expect(moved.status).toBe(200);
    expect(moved.body.responsibleId).toBe(autre.id);
    const detached = await t.http.patch(url(arras, `/${soeur.id}`)).set(auth(arrasAgent)).send({ responsibleId: null, allowDuplicate: true });
    expect(detached.body.responsibleId).toBeNull();

    // The responsible must be a usager of this organisation.
    const lensParent = await create(lens, lensAgent, { firstName: 'Parent', lastName: 'DeLens' });
    for (const responsibleId of [lensParent.id, '00000000-0000-4000-8000-000000000000', 'pas-un-uuid']) {
      const res = await t.http.post(url(arras)).set(auth(arrasAgent)).send({ firstName: 'Enfant', lastName: 'Ailleurs', responsibleId });
      expect(res.status).toBe(422);
      expect(res.body.errors.map((e: { field: string }) => e.field)).toEqual(['responsibleId']);
    }
  });

  it('detects duplicates by phone or e-mail within the organisation, unless allowDuplicate', async () => {
    const first = await create(arras, arrasAgent, { firstName: 'Karim', lastName: 'Doublon', phone: '06 33 44 55 66', email: 'karim.doublon@laposte.net' });
    const byPhone = await t.http.post(url(arras)).set(auth(arrasAgent)).send({ firstName: 'K.', lastName: 'Doublon', phone: '+33 6 33 44 55 66' });
    expect(byPhone.status).toBe(409);
    expect(byPhone.headers['content-type']).toMatch(/problem\+json/);
    expect(byPhone.body).toMatchObject({ code: 'usager_existant', status: 409, existingUsagerId: first.id });
    expect(byPhone.body.detail).toMatch(/téléphone/);
    const byEmail = await t.http.post(url(arras)).set(auth(arrasAgent)).send({ firstName: 'Karim', lastName: 'D', email: 'Karim.Doublon@LaPoste.net' });
    expect(byEmail.status).toBe(409);
    expect(byEmail.body).toMatchObject({ code: 'usager_existant', existingUsagerId: first.id });
    expect(byEmail.body.detail).toMatch(/e-mail/);

    const forced = await t.http.post(url(arras)).set(auth(arrasAgent)).send({ firstName: 'Karim', lastName: 'Homonyme', phone: '0633445566', allowDuplicate: true });
    expect(forced.status).toBe(201);
    expect(forced.body.id).not.toBe(first.id);

    // Another organisation is another file: no conflict, and nothing revealed.
    const inLens = await t.http.post(url(lens)).set(auth(lensAgent)).send({ firstName: 'Karim', lastName: 'Doublon', phone: '06 33 44 55 66' });
    expect(inLens.status).toBe(201);

    // Changing a contact to one already known is a duplicate too.
    const other = await create(arras, arrasAgent, { firstName: 'Autre', lastName: 'Personne' });
    const patch = await t.http.patch(url(arras, `/${other.id}`)).set(auth(arrasAgent)).send({ email: 'karim.doublon@laposte.net' });
    expect(patch.status).toBe(409);
    expect(patch.body.existingUsagerId).toBe(first.id);
    // Re-sending one's own contact is not.
    expect((await t.http.patch(url(arras, `/${first.id}`)).set(auth(arrasAgent)).send({ phone: '06 33 44 55 66' })).status).toBe(200);
  });

  it('isolates organisations: Lens agents get 404 on Arras usagers and lists never mix', async () => {
    const arrasUsager = await create(arras, arrasAgent, { firstName: 'Isabelle', lastName: 'Isolée', phone: '06 44 55 66 77' });
    const lensUsager = await create(lens, lensAgent, { firstName: 'Lucien', lastName: 'Lensois', phone: '06 55 66 77 88', email: 'lucien@lens.fr' });

    expect((await t.http.get(url(arras, `/${arrasUsager.id}`)).set(auth(lensAgent))).status).toBe(404);
    expect((await t.http.get(url(lens, `/${arrasUsager.id}`)).set(auth(lensAgent))).status).toBe(404);
    expect((await t.http.patch(url(lens, `/${arrasUsager.id}`)).set(auth(lensAgent)).send({ firstName: 'Piraté' })).status).toBe(404);
    expect((await t.http.get(url(lens, `/${arrasUsager.id}/proches`)).set(auth(lensAgent))).status).toBe(404);
    expect((await t.http.get(url(arras)).set(auth(lensAgent))).status).toBe(404);
    expect((await t.http.post(url(arras)).set(auth(lensAgent)).send({ firstName: 'X', lastName: 'Y' })).status).toBe(404);
    expect((await t.http.get(url(arras, '/pas-un-uuid')).set(auth(arrasAgent))).status).toBe(404);
    expect((await t.http.get(url(arras, `/${lensUsager.id}`)).set(auth(arrasAgent))).status).toBe(404);

    // Arras's list never shows Lens's usagers, however they are searched.
    const all: U[] = [];
    let cursor: string | undefined;
    do {
      const res = await t.http.get(url(arras)).query({ limit: 200, ...(cursor ? { cursor } : {}) }).set(auth(arrasAgent));
      all.push(...res.body.items);
      cursor = res.body.nextCursor;
    } while (cursor);
    expect(all.map((u) => u.id)).toContain(arrasUsager.id);
    expect(all.map((u) => u.id)).not.toContain(lensUsager.id);
    expect(all.some((u) => u.lastName === 'DeLens' || u.lastName === 'Lensois')).toBe(false);
    expect(await search(arras, arrasAgent, 'Lucien')).toEqual([]);
    expect(await search(arras, arrasAgent, '06 55 66 77 88')).toEqual([]);
    expect(await search(arras, arrasAgent, 'lucien@lens.fr')).toEqual([]);
    expect(await search(lens, lensAgent, 'Lucien')).toEqual(['Lucien Lensois']);
    expect(await search(lens, lensAgent, 'Isabelle')).toEqual([]);
  });

  it('answers 422 listing every invalid field', async () => {
    const res = await t.http.post(url(arras)).set(auth(arrasAgent)).send({
      firstName: '   ', lastName: 'x'.repeat(101), birthDate: '2999-01-01', phone: '12 34', email: 'pas-un-mail', postCode: '620',
    });
    expect(res.status).toBe(422);
    expect(res.headers['content-type']).toMatch(/problem\+json/);
    expect(res.body.code).toBe('validation_error');
    expect(res.body.errors.map((e: { field: string }) => e.field).sort()).toEqual(['birthDate', 'email', 'firstName', 'lastName', 'phone', 'postCode']);

    for (const birthDate of ['1850-06-01', '2023-02-30', '12/05/1990']) {
      const r = await t.http.post(url(arras)).set(auth(arrasAgent)).send({ firstName: 'Date', lastName: 'Bizarre', birthDate });
      expect(r.status, birthDate).toBe(422);
      expect(r.body.errors.map((e: { field: string }) => e.field)).toEqual(['birthDate']);
    }
    const missing = await t.http.post(url(arras)).set(auth(arrasAgent)).send({ firstName: 'Sans nom' });
    expect(missing.status).toBe(422);
    expect(missing.body.errors.map((e: { field: string }) => e.field)).toEqual(['lastName']);
    const extra = await t.http.post(url(arras)).set(auth(arrasAgent)).send({ firstName: 'A', lastName: 'B', role: 'admin' });
    expect(extra.status).toBe(422);

    const u = await create(arras, arrasAgent, { firstName: 'Valide', lastName: 'Patch' });
    const badPatch = await t.http.patch(url(arras, `/${u.id}`)).set(auth(arrasAgent)).send({ lastName: '', phone: '0000' });
    expect(badPatch.status).toBe(422);
    expect(badPatch.body.errors.map((e: { field: string }) => e.field).sort()).toEqual(['lastName', 'phone']);
  });

  it('requires a token', async () => {
    expect((await t.http.get(url(arras))).status).toBe(401);
  });
});
