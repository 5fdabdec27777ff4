import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { DEMO_ADMIN, DEMO_AGENTS } from '../../api/src/db/seeders/demo-seed.js';
import { createTestApp, type TestApp } from '../support/test-app.js';

let t: TestApp;
let territoireAdmin: string;
let admin: string;
let basic: string;
let arras: string;
let lens: string;
let services: Record<string, string>;
beforeAll(async () => {
  t = await createTestApp();
  [arras, lens] = t.organisationIds as [string, string];
  territoireAdmin = await t.login();
  [admin, basic] = await Promise.all(DEMO_AGENTS.slice(0, 2).map((email) => t.login(email)));
  const list = await t.http.get('/api/v1/services').set(bearer(admin));
  services = Object.fromEntries(list.body.items.map((s: { shortName: string; id: string }) => [s.shortName, s.id]));
});
afterAll(async () => { await t?.close(); });

const url = (org: string, rest = '') => `/api/v1/organisations/${org}/agents${rest}`;
const bearer = (token: string) => ({ authorization: `Bearer ${token}` });
const fields = (res: { body: { errors?: { field: string }[] } }) => (res.body.errors ?? []).map((e) => e.field).sort();
const sql = <T>(query: string, params: unknown[] = []) => t.db.orm.em.getConnection().execute<T[]>(query, params as never[]);
const PASSWORD = 'Un-mot-de-passe-2027';

interface AgentBody { id: string; email: string | null; role: string; serviceIds: string[]; lastName: string }
const byEmail = async (org: string, email: string): Promise<AgentBody | undefined> =>
  (await t.http.get(url(org)).set(bearer(territoireAdmin))).body.items.find((a: AgentBody) => a.email === email);

describe('agents', () => {
  it('lists the agents of the organisation with their role and services, to basic agents too', async () => {
    const res = await t.http.get(url(arras)).set(bearer(basic));
    expect(res.status).toBe(200);
    expect(res.body.items.map((a: AgentBody) => [a.lastName, a.role])).toEqual([['Benali', 'basic'], ['Lefebvre', 'admin'], ['Martin', 'basic']]);
    expect(res.body.items[0]).toMatchObject({ email: DEMO_AGENTS[1], serviceIds: [services.PMI], invitationPending: false });
    expect(res.body.items[0]).not.toHaveProperty('passwordHash');
  });

  it('creates an agent with an initial password who can log in, then reads, updates and removes them (round trip)', async () => {
    const created = await t.http.post(url(arras)).set(bearer(admin)).send({
      email: ' Claire.Petit@Demo.Creneau.fr ', firstName: 'Claire', lastName: 'Petit', role: 'basic', serviceIds: [services.PMI], password: PASSWORD,
    });
    expect(created.status).toBe(201);
    expect(created.body).toMatchObject({ email: 'claire.petit@demo.creneau.fr', role: 'basic', serviceIds: [services.PMI], invitationPending: false });
    const id = created.body.id;
    expect(await t.login('claire.petit@demo.creneau.fr', PASSWORD)).toBeTruthy();
    // Logging in touches the agent (last sign-in), hence updatedAt.
    expect((await t.http.get(url(arras, `/${id}`)).set(bearer(basic))).body).toEqual({ ...created.body, updatedAt: expect.any(String) });

    const patched = await t.http.patch(url(arras, `/${id}`)).set(bearer(admin)).send({
      role: 'admin', serviceIds: [services.PMI, services['Service social']], lastName: 'Petit-Durand',
    });
    expect(patched.status).toBe(200);
    expect(patched.body).toMatchObject({ role: 'admin', lastName: 'Petit-Durand' });
    expect(patched.body.serviceIds).toHaveLength(2);

    expect((await t.http.delete(url(arras, `/${id}`)).set(bearer(admin))).status).toBe(204);
    expect((await t.http.get(url(arras, `/${id}`)).set(bearer(admin))).status).toBe(404);
    // Without any organisation left, the account is deactivated.
    const login = await t.http.post('/api/v1/auth/token').send({ grantType: 'password', email: 'claire.petit@demo.creneau.fr', password: PASSWORD });
    expect(login.status).not.toBe(200);
    const events = await sql<{ entity_type: string; action: string }>('select entity_type, action from audit_event where entity_id = ? or changes->>\'agentId\' = ? order by created_at', [id, id]);
    expect(events.map((e) => `${e.entity_type}:${e.action}`)).toEqual(['agent:create', 'agent_role:create', 'agent:update', 'agent_role:delete']);
  });

  it('invites an agent without a password: a hashed token valid 7 days', async () => {
    const res = await t.http.post(url(arras)).set(bearer(admin)).send({ email: 'invite@demo.creneau.fr', firstName: 'Inès', lastName: 'Vitée', role: 'basic' });
    expect(res.status).toBe(201);
    expect(res.body.invitationPending).toBe(true);
    const [row] = await sql<{ invitation_token_hash: string; invitation_expires_at: Date; password_hash: string | null }>(
      'select invitation_token_hash, invitation_expires_at, password_hash from agent where id = ?', [res.body.id]);
    expect(row!.invitation_token_hash).toMatch(/^[0-9a-f]{64}$/);
    expect(row!.password_hash).toBeNull();
    const days = (new Date(row!.invitation_expires_at).getTime() - Date.now()) / 86_400_000;
    expect(days).toBeGreaterThan(6.9);
    expect(days).toBeLessThan(7.1);
  });

  it('creates intervenants without e-mail or password', async () => {
    const ok = await t.http.post(url(arras)).set(bearer(admin)).send({ firstName: 'Guichet', lastName: 'Numéro 1', role: 'intervenant' });
    expect(ok.status).toBe(201);
    expect(ok.body).toMatchObject({ email: null, role: 'intervenant', invitationPending: false });
    const bad = await t.http.post(url(arras)).set(bearer(admin)).send({ firstName: 'Guichet', lastName: '2', role: 'intervenant', email: 'g@demo.creneau.fr', password: PASSWORD });
    expect(bad.status).toBe(422);
    expect(fields(bad)).toEqual(['email', 'password']);
    const promote = await t.http.patch(url(arras, `/${ok.body.id}`)).set(bearer(admin)).send({ role: 'basic' });
    expect(fields(promote)).toEqual(['role']);
  });

  it('answers 422 listing every invalid field', async () => {
    const schema = await t.http.post(url(arras)).set(bearer(admin)).send({ firstName: '', role: 'chef' });
    expect(schema.status).toBe(422);
    expect(fields(schema)).toEqual(['firstName', 'lastName', 'role']);
    const rules = await t.http.post(url(arras)).set(bearer(admin)).send({
      firstName: 'A', lastName: 'B', role: 'basic', email: 'pas-une-adresse', password: 'court', serviceIds: ['00000000-0000-4000-8000-000000000000'],
    });
    expect(rules.status).toBe(422);
    expect(fields(rules)).toEqual(['email', 'password', 'serviceIds']);
    const noEmail = await t.http.post(url(arras)).set(bearer(admin)).send({ firstName: 'A', lastName: 'B', role: 'admin' });
    expect(fields(noEmail)).toEqual(['email']);
  });

  it('refuses every write to basic agents', async () => {
    const other = (await byEmail(arras, 'ts.arras@demo.creneau.fr'))!.id;
    expect((await t.http.post(url(arras)).set(bearer(basic)).send({ email: 'x@demo.creneau.fr', firstName: 'X', lastName: 'Y', role: 'admin' })).status).toBe(403);
    expect((await t.http.patch(url(arras, `/${other}`)).set(bearer(basic)).send({ role: 'admin' })).status).toBe(403);
    expect((await t.http.delete(url(arras, `/${other}`)).set(bearer(basic))).status).toBe(403);
  });

  it('isolates organisations: an agent of Lens is not found through Arras', async () => {
    const thomas = (await byEmail(lens, DEMO_AGENTS[2]))!.id;
    expect((await t.http.get(url(lens)).set(bearer(admin))).status).toBe(404);
    expect((await t.http.get(url(lens, `/${thomas}`)).set(bearer(admin))).status).toBe(404);
    expect((await t.http.get(url(arras, `/${thomas}`)).set(bearer(admin))).status).toBe(404);
    expect((await t.http.patch(url(arras, `/${thomas}`)).set(bearer(admin)).send({ lastName: 'Volé' })).status).toBe(404);
    expect((await t.http.delete(url(arras, `/${thomas}`)).set(bearer(admin))).status).toBe(404);
    expect((await t.http.get(url(arras, '/pas-un-uuid')).set(bearer(admin))).status).toBe(404);
  });

  it('adds a role to an existing agent (same e-mail, any case) instead of a duplicate', async () => {
    const thomas = (await byEmail(lens, DEMO_AGENTS[2]))!;
    const withPassword = await t.http.post(url(arras)).set(bearer(admin)).send({
      email: DEMO_AGENTS[2].toUpperCase(), firstName: 'Thomas', lastName: 'Dupont', role: 'basic', password: PASSWORD,
    });
    expect(withPassword.status).toBe(422);
    expect(fields(withPassword)).toEqual(['password']);
    const added = await t.http.post(url(arras)).set(bearer(admin)).send({
      email: DEMO_AGENTS[2].toUpperCase(), firstName: 'Autre', lastName: 'Nom', role: 'basic', serviceIds: [services.PMI],
    });
    expect(added.status).toBe(201);
    expect(added.body).toMatchObject({ id: thomas.id, firstName: 'Thomas', lastName: 'Dupont', role: 'basic', invitationPending: false });
    expect(added.body.serviceIds.sort()).toEqual([services.PMI, services['Service social']].sort());
    const [{ n }] = await sql<{ n: number }>('select count(*)::int as n from agent where lower(email) = ?', [DEMO_AGENTS[2]]);
    expect(n).toBe(1);
    const again = await t.http.post(url(arras)).set(bearer(admin)).send({ email: DEMO_AGENTS[2], firstName: 'T', lastName: 'D', role: 'admin' });
    expect(again.status).toBe(409);
    expect(again.body.code).toBe('agent_deja_membre');
    // Still in Lens: removing the Arras role does not deactivate the account.
    expect((await t.http.delete(url(arras, `/${thomas.id}`)).set(bearer(admin))).status).toBe(204);
    expect(await t.login(DEMO_AGENTS[2], DEMO_ADMIN.password)).toBeTruthy();
  });

  it('keeps at least one admin and never lets an agent remove their own role', async () => {
    const sophie = (await byEmail(arras, DEMO_AGENTS[0]))!.id;
    const self = await t.http.delete(url(arras, `/${sophie}`)).set(bearer(admin));
    expect(self.status).toBe(409);
    expect(self.body.code).toBe('retrait_de_soi');
    const demote = await t.http.patch(url(arras, `/${sophie}`)).set(bearer(admin)).send({ role: 'basic' });
    expect(demote.status).toBe(409);
    expect(demote.body.code).toBe('dernier_admin');
    const removeLast = await t.http.delete(url(arras, `/${sophie}`)).set(bearer(territoireAdmin));
    expect(removeLast.status).toBe(409);
    expect(removeLast.body.code).toBe('dernier_admin');

    const nadia = (await byEmail(arras, DEMO_AGENTS[1]))!.id;
    expect((await t.http.patch(url(arras, `/${nadia}`)).set(bearer(admin)).send({ role: 'admin' })).status).toBe(200);
    const demoted = await t.http.patch(url(arras, `/${sophie}`)).set(bearer(admin)).send({ role: 'basic' });
    expect(demoted.status).toBe(200);
    expect(demoted.body.role).toBe('basic');
    // Sophie's plage in Arras goes with her role.
    expect((await t.http.delete(url(arras, `/${sophie}`)).set(bearer(territoireAdmin))).status).toBe(204);
    const [{ n }] = await sql<{ n: number }>('select count(*)::int as n from plage_ouverture where agent_id = ?', [sophie]);
    expect(n).toBe(0);
  });
});
