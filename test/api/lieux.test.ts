import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { DEMO_AGENTS } from '../../api/src/db/seeders/demo-seed.js';
import { createTestApp, type TestApp } from '../support/test-app.js';

let t: TestApp;
let admin: string;
let basic: string;
let lensAgent: string;
let arras: string;
let lens: string;
beforeAll(async () => {
  t = await createTestApp();
  [arras, lens] = t.organisationIds as [string, string];
  [admin, basic, lensAgent] = await Promise.all(DEMO_AGENTS.map((email) => t.login(email)));
});
afterAll(async () => { await t?.close(); });

const url = (org: string, rest = '') => `/api/v1/organisations/${org}/lieux${rest}`;
const bearer = (token: string) => ({ authorization: `Bearer ${token}` });
const fields = (res: { body: { errors?: { field: string }[] } }) => (res.body.errors ?? []).map((e) => e.field).sort();

describe('lieux', () => {
  it('creates, reads, updates, disables and re-enables a lieu (round trip)', async () => {
    const created = await t.http.post(url(arras)).set(bearer(admin)).send({
      name: 'Antenne Arras Sud', address: '8 rue du Sud, 62000 Arras', phone: '+33 3 21 00 00 13', latitude: 50.28, longitude: 2.78,
    });
    expect(created.status).toBe(201);
    expect(created.body).toMatchObject({
      organisationId: arras, name: 'Antenne Arras Sud', phone: '03 21 00 00 13', latitude: 50.28, longitude: 2.78, availability: 'enabled',
    });
    const id = created.body.id;
    const read = await t.http.get(url(arras, `/${id}`)).set(bearer(basic));
    expect(read.body).toEqual(created.body);

    const patched = await t.http.patch(url(arras, `/${id}`)).set(bearer(admin)).send({ name: 'Antenne Sud', phone: null });
    expect(patched.status).toBe(200);
    expect(patched.body).toMatchObject({ name: 'Antenne Sud', phone: null, address: '8 rue du Sud, 62000 Arras' });

    expect((await t.http.delete(url(arras, `/${id}`)).set(bearer(admin))).status).toBe(204);
    const enabled = await t.http.get(url(arras)).set(bearer(basic));
    expect(enabled.body.items.map((l: { id: string }) => l.id)).not.toContain(id);
    expect(enabled.body.items.length).toBe(2);
    const disabled = await t.http.get(url(arras, '?availability=disabled')).set(bearer(basic));
    expect(disabled.body.items.map((l: { id: string }) => l.id)).toEqual([id]);
    expect((await t.http.get(url(arras, `/${id}`)).set(bearer(admin))).body.availability).toBe('disabled');

    const back = await t.http.patch(url(arras, `/${id}`)).set(bearer(admin)).send({ availability: 'enabled' });
    expect(back.body.availability).toBe('enabled');
    const [{ n }] = await t.db.orm.em.getConnection().execute<{ n: number }[]>(
      "select count(*)::int as n from audit_event where entity_type = 'lieu' and entity_id = ?", [id]);
    expect(n).toBe(4);
  });

  it('answers 422 listing every invalid field', async () => {
    const schema = await t.http.post(url(arras)).set(bearer(admin)).send({ name: '', latitude: 120, availability: 'enabled' });
    expect(schema.status).toBe(422);
    expect(fields(schema)).toEqual(['address', 'availability', 'latitude', 'name']);
    const rules = await t.http.post(url(arras)).set(bearer(admin)).send({ name: '  ', address: 'Place', phone: '01', latitude: 50.3 });
    expect(rules.status).toBe(422);
    expect(fields(rules)).toEqual(['longitude', 'name', 'phone']);
    const filter = await t.http.get(url(arras, '?availability=tous')).set(bearer(admin));
    expect(filter.status).toBe(422);
  });

  it('lets basic agents read but not write', async () => {
    const list = await t.http.get(url(arras)).set(bearer(basic));
    expect(list.status).toBe(200);
    const id = list.body.items[0].id;
    expect((await t.http.post(url(arras)).set(bearer(basic)).send({ name: 'Interdit', address: 'Nulle part' })).status).toBe(403);
    expect((await t.http.patch(url(arras, `/${id}`)).set(bearer(basic)).send({ name: 'Interdit' })).status).toBe(403);
    expect((await t.http.delete(url(arras, `/${id}`)).set(bearer(basic))).status).toBe(403);
  });

  it('isolates organisations: an agent of Arras gets 404 for a lieu of Lens, even through the Arras path', async () => {
    const lensLieu = (await t.http.get(url(lens)).set(bearer(lensAgent))).body.items[0].id;
    expect((await t.http.get(url(lens)).set(bearer(admin))).status).toBe(404);
    expect((await t.http.get(url(lens, `/${lensLieu}`)).set(bearer(admin))).status).toBe(404);
    expect((await t.http.get(url(arras, `/${lensLieu}`)).set(bearer(admin))).status).toBe(404);
    expect((await t.http.patch(url(arras, `/${lensLieu}`)).set(bearer(admin)).send({ name: 'Volé' })).status).toBe(404);
    expect((await t.http.delete(url(arras, `/${lensLieu}`)).set(bearer(admin))).status).toBe(404);
    expect((await t.http.get(url(arras, '/pas-un-uuid')).set(bearer(admin))).status).toBe(404);
    expect((await t.http.get(url(lens, `/${lensLieu}`)).set(bearer(lensAgent))).body.name).toBe('MDS de Lens');
  });
});
