import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { newId } from '../../api/src/db/columns.js';
import { DEMO_AGENTS } from '../../api/src/db/seeders/demo-seed.js';
import { RdvSchema } from '../../api/src/modules/rdvs/rdv.entity.js';
import { createTestApp, type TestApp } from '../support/test-app.js';

let t: TestApp;
let territoireAdmin: string;
let arrasAdmin: string;
let arrasBasic: string;
let lensBasic: string;
let arras: string;
let lens: string;
let territoireId: string;
beforeAll(async () => {
  t = await createTestApp();
  [arras, lens] = t.organisationIds as [string, string];
  territoireAdmin = await t.login();
  [arrasAdmin, arrasBasic, lensBasic] = await Promise.all(DEMO_AGENTS.map((email) => t.login(email)));
  territoireId = (await t.http.get(`/api/v1/organisations/${arras}`).set('authorization', `Bearer ${arrasAdmin}`)).body.territoireId;
});
afterAll(async () => { await t?.close(); });

const bearer = (token: string) => ({ authorization: `Bearer ${token}` });
const fields = (res: { body: { errors?: { field: string }[] } }) => (res.body.errors ?? []).map((e) => e.field).sort();
const auditCount = async (entityId: string) =>
  (await t.db.orm.em.getConnection().execute<{ n: number }[]>('select count(*)::int as n from audit_event where entity_id = ?', [entityId]))[0]!.n;

describe('territoires and the service catalogue', () => {
  it('shows the territoire to its admins only', async () => {
    const res = await t.http.get(`/api/v1/territoires/${territoireId}`).set(bearer(territoireAdmin));
    expect(res.status).toBe(200);
    expect(res.body).toMatchObject({ id: territoireId, name: 'Pas-de-Calais', departementNumber: '62', timezone: 'Europe/Paris' });
    expect((await t.http.get(`/api/v1/territoires/${territoireId}`).set(bearer(arrasAdmin))).status).toBe(404);
    expect((await t.http.get('/api/v1/territoires/pas-un-uuid').set(bearer(territoireAdmin))).status).toBe(404);
    expect((await t.http.get(`/api/v1/territoires/${territoireId}`)).status).toBe(401);
  });

  it('lists the global services to any agent', async () => {
    const res = await t.http.get('/api/v1/services').set(bearer(lensBasic));
    expect(res.status).toBe(200);
    expect(res.body.items.map((s: { shortName: string }) => s.shortName)).toEqual(['PMI', 'Service social']);
  });
});

describe('organisations', () => {
  it('lets a territoire admin list, create, read, update and delete organisations (round trip)', async () => {
    const list = await t.http.get(`/api/v1/territoires/${territoireId}/organisations`).set(bearer(territoireAdmin));
    expect(list.status).toBe(200);
    expect(list.body.items.map((o: { name: string }) => o.name)).toEqual(["MDS d'Arras", 'MDS de Lens']);

    const created = await t.http.post(`/api/v1/territoires/${territoireId}/organisations`).set(bearer(territoireAdmin)).send({
      name: 'MDS de Béthune', phone: '0321000003', email: 'MDS.Bethune@Demo.Creneau.fr', website: 'https://www.pasdecalais.fr',
      horaires: 'Du lundi au vendredi', allowedOrigins: ['https://www.bethune.fr'],
    });
    expect(created.status).toBe(201);
    expect(created.body).toMatchObject({
      territoireId, name: 'MDS de Béthune', phone: '03 21 00 00 03', email: 'mds.bethune@demo.creneau.fr',
      website: 'https://www.pasdecalais.fr', horaires: 'Du lundi au vendredi', allowedOrigins: ['https://www.bethune.fr'],
    });
    const id = created.body.id;
    expect(await auditCount(id)).toBe(1);

    const read = await t.http.get(`/api/v1/organisations/${id}`).set(bearer(territoireAdmin));
    expect(read.body).toEqual(created.body);
    const patched = await t.http.patch(`/api/v1/organisations/${id}`).set(bearer(territoireAdmin)).send({ phone: '3939', website: null });
    expect(patched.status).toBe(200);
    expect(patched.body).toMatchObject({ phone: '3939', website: null, name: 'MDS de Béthune' });

    const removed = await t.http.delete(`/api/v1/organisations/${id}`).set(bearer(territoireAdmin));
    expect(removed.status).toBe(204);
    expect((await t.http.get(`/api/v1/organisations/${id}`).set(bearer(territoireAdmin))).status).toBe(404);
    expect(await auditCount(id)).toBe(3);
  });

  it('answers 404 on the territoire to anyone but its admins', async () => {
    const list = await t.http.get(`/api/v1/territoires/${territoireId}/organisations`).set(bearer(arrasAdmin));
    expect(list.status).toBe(404);
    const create = await t.http.post(`/api/v1/territoires/${territoireId}/organisations`).set(bearer(arrasAdmin)).send({ name: 'Pirate' });
    expect(create.status).toBe(404);
  });

  it('answers 422 listing every invalid field', async () => {
    const res = await t.http.post(`/api/v1/territoires/${territoireId}/organisations`).set(bearer(territoireAdmin)).send({
      name: 'mds de lens', phone: '12', email: 'pas-une-adresse', website: 'ftp://exemple.fr',
      allowedOrigins: ['https://ok.fr', 'https://exemple.fr/widget', 'http://localhost:3000'],
    });
    expect(res.status).toBe(422);
    expect(res.body.code).toBe('validation_error');
    expect(fields(res)).toEqual(['allowedOrigins[1]', 'email', 'name', 'phone', 'website']);
    const slash = await t.http.patch(`/api/v1/organisations/${arras}`).set(bearer(arrasAdmin)).send({ allowedOrigins: ['https://arras.fr/', 'arras.fr'] });
    expect(fields(slash)).toEqual(['allowedOrigins[0]', 'allowedOrigins[1]']);
    expect(slash.body.errors[0].message).toContain('https://arras.fr');
  });

  it('lets members read, organisation admins update, and refreshes the CORS allow-list at once', async () => {
    expect((await t.http.get(`/api/v1/organisations/${arras}`).set(bearer(arrasBasic))).status).toBe(200);
    expect((await t.http.patch(`/api/v1/organisations/${arras}`).set(bearer(arrasBasic)).send({ horaires: 'Jamais' })).status).toBe(403);

    const preflight = () => t.http.options('/api/v1/public/creneaux').set('origin', 'https://www.arras.fr').set('access-control-request-method', 'GET');
    expect((await preflight()).status).toBe(403);
    const res = await t.http.patch(`/api/v1/organisations/${arras}`).set(bearer(arrasAdmin)).send({
      allowedOrigins: ['http://localhost:3000', 'https://www.arras.fr'], horaires: 'Du lundi au jeudi',
    });
    expect(res.status).toBe(200);
    expect(res.body).toMatchObject({ allowedOrigins: ['http://localhost:3000', 'https://www.arras.fr'], horaires: 'Du lundi au jeudi' });
    const allowed = await preflight();
    expect(allowed.status).toBe(204);
    expect(allowed.headers['access-control-allow-origin']).toBe('https://www.arras.fr');
  });

  it('isolates organisations: an agent of Arras gets 404 for Lens', async () => {
    expect((await t.http.get(`/api/v1/organisations/${lens}`).set(bearer(arrasAdmin))).status).toBe(404);
    expect((await t.http.patch(`/api/v1/organisations/${lens}`).set(bearer(arrasAdmin)).send({ horaires: 'x' })).status).toBe(404);
    expect((await t.http.delete(`/api/v1/organisations/${lens}`).set(bearer(arrasAdmin))).status).toBe(404);
    expect((await t.http.get('/api/v1/organisations/pas-un-uuid').set(bearer(arrasAdmin))).status).toBe(404);
  });

  it('lets only territoire admins delete, and never an organisation with RDVs', async () => {
    expect((await t.http.delete(`/api/v1/organisations/${arras}`).set(bearer(arrasAdmin))).status).toBe(403);
    const em = t.db.orm.em.fork();
    const [motif] = await em.getConnection().execute<{ id: string }[]>('select id from motif where organisation_id = ? limit 1', [lens]);
    em.create(RdvSchema, {
      id: newId(), organisation: lens, motif: motif!.id, startsAt: new Date('2030-01-07T09:00:00Z'), endsAt: new Date('2030-01-07T09:30:00Z'),
      createdByType: 'agent',
    });
    await em.flush();
    const res = await t.http.delete(`/api/v1/organisations/${lens}`).set(bearer(territoireAdmin));
    expect(res.status).toBe(409);
    expect(res.body.code).toBe('organisation_avec_rdv');
    expect((await t.http.get(`/api/v1/organisations/${lens}`).set(bearer(territoireAdmin))).status).toBe(200);
  });
});
