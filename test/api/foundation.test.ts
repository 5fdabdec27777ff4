import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { createTestApp, type TestApp } from '../support/test-app.js';
import { DEMO_AGENTS } from '../../api/src/db/seeders/demo-seed.js';

let t: TestApp;
beforeAll(async () => { t = await createTestApp(); });
afterAll(async () => { await t?.close(); });

describe('plumbing', () => {
  it('answers /health with the database status', async () => {
    const res = await t.http.get('/health');
    expect(res.status).toBe(200);
    expect(res.body).toMatchObject({ status: 'ok', database: { status: 'ok' } });
  });

  it('answers unknown routes with a problem+json 404', async () => {
    const res = await t.http.get('/api/v1/nulle-part');
    expect(res.status).toBe(404);
    expect(res.headers['content-type']).toMatch(/application\/problem\+json/);
    expect(res.body).toMatchObject({ status: 404, code: 'route_inconnue', title: 'Introuvable' });
  });

  it('answers malformed JSON with a problem+json 400', async () => {
    const res = await t.http.post('/api/v1/auth/token').set('content-type', 'application/json').send('{"grantType":');
    expect(res.status).toBe(400);
    expect(res.body.code).toBe('json_invalide');
  });

  it('serves the OpenAPI document and its interactive documentation', async () => {
    const spec = await t.http.get('/openapi.json');
    expect(spec.status).toBe(200);
    expect(spec.body.openapi).toMatch(/^3\./);
    const docs = await t.http.get('/docs');
    expect(docs.status).toBe(200);
    expect(docs.text).toContain('swagger-ui');
  });
});

describe('database', () => {
  it('has migrations that match the entities exactly: a new migration would be empty', async () => {
    const sql = await t.db.orm.schema.getUpdateSchemaSQL({ wrap: false, safe: false, dropTables: true });
    expect(sql.trim()).toBe('');
  });

  it('refuses two overlapping busy periods of one agent at the database level (EXCLUDE)', async () => {
    const conn = t.db.orm.em.getConnection();
    const [agent] = await conn.execute<{ id: string }[]>('select id from agent limit 1');
    const [org] = await conn.execute<{ id: string }[]>('select id from organisation limit 1');
    const [motif] = await conn.execute<{ id: string }[]>('select id from motif where organisation_id = ? limit 1', [org!.id]);
    const insertRdv = async (id: string, start: string, end: string) => {
      await conn.execute(`insert into rdv (id, organisation_id, motif_id, starts_at, ends_at, created_by_type, created_at, updated_at) values (?, ?, ?, ?, ?, 'agent', now(), now())`, [id, org!.id, motif!.id, start, end]);
      await conn.execute(`insert into agent_rdv (id, agent_id, rdv_id, starts_at, ends_at) values (gen_random_uuid(), ?, ?, ?, ?)`, [agent!.id, id, start, end]);
    };
    await insertRdv('10000000-0000-4000-8000-000000000001', '2030-01-07T09:00:00Z', '2030-01-07T09:30:00Z');
    await expect(insertRdv('10000000-0000-4000-8000-000000000002', '2030-01-07T09:15:00Z', '2030-01-07T09:45:00Z')).rejects.toMatchObject({ code: '23P01' });
    // Back-to-back is fine: periods are half-open.
    await insertRdv('10000000-0000-4000-8000-000000000003', '2030-01-07T09:30:00Z', '2030-01-07T10:00:00Z');
    // A cancelled link does not block.
    await conn.execute("update agent_rdv set cancelled = true where rdv_id = '10000000-0000-4000-8000-000000000001'");
    await insertRdv('10000000-0000-4000-8000-000000000004', '2030-01-07T09:00:00Z', '2030-01-07T09:30:00Z');
  });
});

describe('authentication', () => {
  it('issues a short-lived HS256 JWT with issuer and audience, and a refresh token', async () => {
    const res = await t.http.post('/api/v1/auth/token').send({ grantType: 'password', email: 'admin@demo.creneau.fr', password: 'creneau-demo' });
    expect(res.status).toBe(200);
    expect(res.body).toMatchObject({ tokenType: 'Bearer' });
    expect(res.body.expiresIn).toBeLessThanOrEqual(900);
    const [header, payload] = (res.body.accessToken as string).split('.').slice(0, 2).map((part) => JSON.parse(Buffer.from(part, 'base64url').toString() || '{}'));
    expect(header.alg).toBe('HS256');
    expect(payload).toMatchObject({ iss: 'creneau', aud: 'creneau-api' });
    expect(payload.exp - payload.iat).toBeLessThanOrEqual(900);

    const refreshed = await t.http.post('/api/v1/auth/token').send({ grantType: 'refresh_token', refreshToken: res.body.refreshToken });
    expect(refreshed.status).toBe(200);
    // Rotation: the same refresh token cannot be used twice.
    const replay = await t.http.post('/api/v1/auth/token').send({ grantType: 'refresh_token', refreshToken: res.body.refreshToken });
    expect(replay.status).toBe(401);
  });

  it('refuses a wrong password without saying whether the e-mail exists', async () => {
    const wrong = await t.http.post('/api/v1/auth/token').send({ grantType: 'password', email: 'admin@demo.creneau.fr', password: 'non' });
    const unknown = await t.http.post('/api/v1/auth/token').send({ grantType: 'password', email: 'personne@demo.creneau.fr', password: 'non' });
    expect(wrong.status).toBe(401);
    expect(unknown.status).toBe(401);
    expect(wrong.body.detail).toBe(unknown.body.detail);
  });

  it('rejects a token signed with another algorithm or secret', async () => {
    const none = `${Buffer.from('{"alg":"none","typ":"JWT"}').toString('base64url')}.${Buffer.from('{"sub":"x","typ":"agent"}').toString('base64url')}.`;
    const res = await t.http.get('/api/v1/me').set('authorization', `Bearer ${none}`);
    expect(res.status).toBe(401);
    expect(res.body.code).toBe('unauthorized');
  });

  it('describes the caller on /me with organisations and roles', async () => {
    const token = await t.login(DEMO_AGENTS[1]);
    const res = await t.http.get('/api/v1/me').set('authorization', `Bearer ${token}`);
    expect(res.status).toBe(200);
    expect(res.body.organisations).toEqual([expect.objectContaining({ name: "MDS d'Arras", role: 'basic' })]);
  });

  it('requires a token on non-public routes', async () => {
    const res = await t.http.get('/api/v1/me');
    expect(res.status).toBe(401);
    expect(res.headers['content-type']).toMatch(/problem\+json/);
  });
});

describe('browser session (admin UI)', () => {
  it('keeps the refresh token in an httpOnly SameSite=Strict cookie and logs out', async () => {
    const login = await t.http.post('/api/v1/auth/token').send({ grantType: 'password', email: 'admin@demo.creneau.fr', password: 'creneau-demo', session: true });
    expect(login.status).toBe(200);
    expect(login.body.refreshToken).toBeUndefined();
    const cookie = String(login.headers['set-cookie']);
    expect(cookie).toMatch(/creneau_session=[^;]+; Path=\/api\/v1\/auth; HttpOnly; SameSite=Strict/);
    const pair = cookie.split(';')[0]!;
    const refreshed = await t.http.post('/api/v1/auth/token').set('cookie', pair).send({ grantType: 'refresh_token' });
    expect(refreshed.status).toBe(200);
    expect(refreshed.body.accessToken).toBeTruthy();
    const rotated = String(refreshed.headers['set-cookie']).split(';')[0]!;
    expect(rotated).not.toBe(pair);
    const out = await t.http.post('/api/v1/auth/logout').set('cookie', rotated).send({});
    expect(out.status).toBe(204);
    const after = await t.http.post('/api/v1/auth/token').set('cookie', rotated).send({ grantType: 'refresh_token' });
    expect(after.status).toBe(401);
  });
});
