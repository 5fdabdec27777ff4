import { createHash } from 'node:crypto';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { createTestApp, type TestApp } from '../support/test-app.js';
import { DEMO_AGENTS } from '../../api/src/db/seeders/demo-seed.js';

let t: TestApp;
let arras: string;
let lens: string;
let arrasAdmin: string;
let arrasBasic: string;
let lensAgent: string;
beforeAll(async () => {
  t = await createTestApp();
  [arras, lens] = t.organisationIds as [string, string];
  arrasAdmin = await t.login(DEMO_AGENTS[0]);
  arrasBasic = await t.login(DEMO_AGENTS[1]);
  lensAgent = await t.login(DEMO_AGENTS[2]);
});
afterAll(async () => { await t?.close(); });

const url = (org: string, rest = '') => `/api/v1/organisations/${org}/api-clients${rest}`;
const auth = (token: string) => ({ authorization: `Bearer ${token}` });

async function createClient(scopes: string[], name = 'Partenaire'): Promise<{ id: string; clientId: string; clientSecret: string }> {
  const res = await t.http.post(url(arras)).set(auth(arrasAdmin)).send({ name, scopes });
  if (res.status !== 201) throw new Error(`create client: ${res.status} ${JSON.stringify(res.body)}`);
  return res.body;
}

async function clientToken(clientId: string, clientSecret: string) {
  return t.http.post('/api/v1/auth/token').send({ grantType: 'client_credentials', clientId, clientSecret });
}

describe('API clients', () => {
  it('creates a client whose secret is shown once and stored as SHA-256 only', async () => {
    const res = await t.http.post(url(arras)).set(auth(arrasAdmin)).send({ name: ' rdv-insertion — Arras ', scopes: ['rdvs:read', 'usagers:read', 'rdvs:read'] });
    expect(res.status).toBe(201);
    expect(res.body).toMatchObject({ name: 'rdv-insertion — Arras', scopes: ['rdvs:read', 'usagers:read'], revokedAt: null });
    expect(res.body.clientId).toBe(res.body.id);
    expect(res.body.clientSecret).toMatch(/^[A-Za-z0-9_-]{40,}$/);

    const rows = await t.db.orm.em.fork().getConnection().execute<{ secret_hash: string }[]>('select secret_hash from api_client where id = ?', [res.body.id]);
    expect(rows[0]!.secret_hash).toBe(createHash('sha256').update(res.body.clientSecret).digest('hex'));

    const list = await t.http.get(url(arras)).set(auth(arrasAdmin));
    expect(list.status).toBe(200);
    const listed = list.body.items.find((c: { id: string }) => c.id === res.body.id);
    expect(listed).toEqual({ id: res.body.id, clientId: res.body.id, name: 'rdv-insertion — Arras', scopes: ['rdvs:read', 'usagers:read'], createdAt: res.body.createdAt, revokedAt: null });
    expect(JSON.stringify(list.body)).not.toContain(res.body.clientSecret);
    expect(JSON.stringify(list.body)).not.toMatch(/secret/i);
    const one = await t.http.get(url(arras, `/${res.body.id}`)).set(auth(arrasAdmin));
    expect(one.body).toEqual(listed);

    const events = await t.db.orm.em.fork().getConnection().execute<{ changes: unknown }[]>(
      "select changes from audit_event where entity_type = 'api_client' and entity_id = ?", [res.body.id]);
    expect(events).toHaveLength(1);
    expect(JSON.stringify(events)).not.toContain(res.body.clientSecret);
  });

  it('answers 422 listing invalid fields', async () => {
    const res = await t.http.post(url(arras)).set(auth(arrasAdmin)).send({ name: '  ', scopes: [] });
    expect(res.status).toBe(422);
    expect(res.body.errors.map((e: { field: string }) => e.field).sort()).toEqual(['name', 'scopes']);
    const unknown = await t.http.post(url(arras)).set(auth(arrasAdmin)).send({ name: 'X', scopes: ['admin'] });
    expect(unknown.status).toBe(422);
    expect(unknown.body.errors[0].field).toMatch(/^scopes/);
  });

  it('is for organisation admins only, agents only', async () => {
    expect((await t.http.post(url(arras)).set(auth(arrasBasic)).send({ name: 'X', scopes: ['config:read'] })).status).toBe(403);
    expect((await t.http.get(url(arras)).set(auth(arrasBasic))).status).toBe(403);
    expect((await t.http.get(url(arras)).set(auth(lensAgent))).status).toBe(404);
    expect((await t.http.get(url(lens)).set(auth(arrasAdmin))).status).toBe(404);
    expect((await t.http.get(url(arras))).status).toBe(401);
    // The territoire admin administers every organisation of the territoire.
    expect((await t.http.get(url(lens)).set(auth(await t.login()))).status).toBe(200);

    // A partner's credentials cannot mint others, even with every scope.
    const all = await createClient(['rdvs:read', 'rdvs:write', 'usagers:read', 'usagers:write', 'config:read', 'config:write']);
    const token = (await clientToken(all.clientId, all.clientSecret)).body.accessToken as string;
    const res = await t.http.post(url(arras)).set(auth(token)).send({ name: 'Clone', scopes: ['config:write'] });
    expect(res.status).toBe(403);
    expect((await t.http.get(url(arras)).set(auth(token))).status).toBe(403);
    expect((await t.http.delete(url(arras, `/${all.id}`)).set(auth(token))).status).toBe(403);
  });

  it('issues scoped tokens: config:read lists motifs, cannot create one, sees no other organisation', async () => {
    const client = await createClient(['config:read'], 'Lecture configuration');
    const grant = await clientToken(client.clientId, client.clientSecret);
    expect(grant.status).toBe(200);
    expect(grant.body).toMatchObject({ tokenType: 'Bearer' });
    expect(grant.body.refreshToken).toBeUndefined();
    const token = grant.body.accessToken as string;

    const motifs = await t.http.get(`/api/v1/organisations/${arras}/motifs`).set(auth(token));
    expect(motifs.status).toBe(200);
    expect(motifs.body.items.length).toBeGreaterThan(0);
    const create = await t.http.post(`/api/v1/organisations/${arras}/motifs`).set(auth(token)).send({ name: 'Par un partenaire' });
    expect(create.status).toBe(403);
    expect(create.headers['content-type']).toMatch(/problem\+json/);
    expect((await t.http.get(`/api/v1/organisations/${lens}/motifs`).set(auth(token))).status).toBe(404);
    // No usagers:read scope.
    expect((await t.http.get(`/api/v1/organisations/${arras}/usagers`).set(auth(token))).status).toBe(403);

    const wrong = await clientToken(client.clientId, `${client.clientSecret}x`);
    expect(wrong.status).toBe(401);
    expect((await clientToken('pas-un-uuid', client.clientSecret)).status).toBe(401);
  });

  it('lets a client with usagers scopes manage the usagers of its organisation only', async () => {
    const reader = await createClient(['usagers:read']);
    const writer = await createClient(['usagers:read', 'usagers:write']);
    const readToken = (await clientToken(reader.clientId, reader.clientSecret)).body.accessToken as string;
    const writeToken = (await clientToken(writer.clientId, writer.clientSecret)).body.accessToken as string;

    const created = await t.http.post(`/api/v1/organisations/${arras}/usagers`).set(auth(writeToken)).send({ firstName: 'Par', lastName: 'Partenaire', phone: '06 98 76 54 32' });
    expect(created.status).toBe(201);
    const rows = await t.db.orm.em.fork().getConnection().execute<{ created_through: string }[]>('select created_through from usager where id = ?', [created.body.id]);
    expect(rows[0]!.created_through).toBe('api');
    expect((await t.http.get(`/api/v1/organisations/${arras}/usagers/${created.body.id}`).set(auth(readToken))).status).toBe(200);
    expect((await t.http.post(`/api/v1/organisations/${arras}/usagers`).set(auth(readToken)).send({ firstName: 'A', lastName: 'B' })).status).toBe(403);
    expect((await t.http.patch(`/api/v1/organisations/${arras}/usagers/${created.body.id}`).set(auth(readToken)).send({ firstName: 'C' })).status).toBe(403);
    expect((await t.http.get(`/api/v1/organisations/${lens}/usagers`).set(auth(writeToken))).status).toBe(404);
  });

  it('revokes a client: its token stops working at once and no new token is issued', async () => {
    const client = await createClient(['config:read'], 'À révoquer');
    const token = (await clientToken(client.clientId, client.clientSecret)).body.accessToken as string;
    expect((await t.http.get(`/api/v1/organisations/${arras}/motifs`).set(auth(token))).status).toBe(200);

    // Another organisation's admin cannot revoke it.
    expect((await t.http.delete(`/api/v1/organisations/${lens}/api-clients/${client.id}`).set(auth(await t.login()))).status).toBe(404);
    const revoked = await t.http.delete(url(arras, `/${client.id}`)).set(auth(arrasAdmin));
    expect(revoked.status).toBe(204);

    const after = await t.http.get(`/api/v1/organisations/${arras}/motifs`).set(auth(token));
    expect(after.status).toBe(401);
    expect(after.headers['content-type']).toMatch(/problem\+json/);
    expect((await clientToken(client.clientId, client.clientSecret)).status).toBe(401);

    const listed = (await t.http.get(url(arras)).set(auth(arrasAdmin))).body.items.find((c: { id: string }) => c.id === client.id);
    expect(listed.revokedAt).toEqual(expect.any(String));
    expect((await t.http.delete(url(arras, `/${client.id}`)).set(auth(arrasAdmin))).status).toBe(204); // idempotent
    expect((await t.http.delete(url(arras, '/00000000-0000-4000-8000-000000000000')).set(auth(arrasAdmin))).status).toBe(404);
    expect((await t.http.delete(url(arras, '/pas-un-uuid')).set(auth(arrasAdmin))).status).toBe(404);
  });
});
