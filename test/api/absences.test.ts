import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { DEMO_AGENTS } from '../../api/src/db/seeders/demo-seed.js';
import { createTestApp, type TestApp } from '../support/test-app.js';

let t: TestApp;
let admin: string;
let basic: string;
let lensAgent: string;
let arras: string;
let lens: string;
const agent: Record<string, string> = {};
let thomas: string;
beforeAll(async () => {
  t = await createTestApp();
  [arras, lens] = t.organisationIds as [string, string];
  [admin, basic, lensAgent] = await Promise.all(DEMO_AGENTS.map((email) => t.login(email)));
  for (const a of (await t.http.get(`/api/v1/organisations/${arras}/agents`).set(bearer(admin))).body.items) agent[a.firstName] = a.id;
  thomas = (await t.http.get(`/api/v1/organisations/${lens}/agents`).set(bearer(lensAgent))).body.items[0].id;
});
afterAll(async () => { await t?.close(); });

const url = (org: string, rest = '') => `/api/v1/organisations/${org}/absences${rest}`;
const bearer = (token: string) => ({ authorization: `Bearer ${token}` });
const fields = (res: { body: { errors?: { field: string }[] } }) => (res.body.errors ?? []).map((e) => e.field).sort();

const absence = (over: Record<string, unknown> = {}) => ({
  agentId: agent.Nadia, title: 'Formation', firstDay: '2030-03-04', startTime: '09:00', endDay: '2030-03-06', endTime: '17:30', ...over,
});

describe('absences', () => {
  it('creates, reads, lists, updates and deletes an absence (round trip)', async () => {
    const created = await t.http.post(url(arras)).set(bearer(admin)).send(absence());
    expect(created.status).toBe(201);
    expect(created.body).toMatchObject({
      organisationId: arras, agentId: agent.Nadia, title: 'Formation', firstDay: '2030-03-04', startTime: '09:00',
      endDay: '2030-03-06', endTime: '17:30', recurrence: null, recurrenceEndsOn: null,
    });
    const id = created.body.id;
    expect((await t.http.get(url(arras, `/${id}`)).set(bearer(basic))).body).toEqual(created.body);
    const list = await t.http.get(url(arras, `?agentId=${agent.Nadia}`)).set(bearer(basic));
    expect(list.body.items.map((a: { id: string }) => a.id)).toEqual([id]);
    expect((await t.http.get(url(arras, `?agentId=${agent.Sophie}`)).set(bearer(basic))).body.items).toEqual([]);

    // A single-day weekly absence (every Wednesday morning until June).
    const patched = await t.http.patch(url(arras, `/${id}`)).set(bearer(admin)).send({
      endDay: '2030-03-06', firstDay: '2030-03-06', endTime: '12:00', title: null, recurrence: 'FREQ=WEEKLY;BYDAY=WE;UNTIL=20300630',
    });
    expect(patched.status).toBe(200);
    expect(patched.body).toMatchObject({ firstDay: '2030-03-06', endDay: '2030-03-06', endTime: '12:00', title: null, recurrenceEndsOn: '2030-06-26' });

    expect((await t.http.delete(url(arras, `/${id}`)).set(bearer(admin))).status).toBe(204);
    expect((await t.http.get(url(arras, `/${id}`)).set(bearer(admin))).status).toBe(404);
    const [{ n }] = await t.db.orm.em.getConnection().execute<{ n: number }[]>(
      "select count(*)::int as n from audit_event where entity_type = 'absence' and entity_id = ?", [id]);
    expect(n).toBe(3);
  });

  it('answers 422 listing every invalid field', async () => {
    const res = await t.http.post(url(arras)).set(bearer(admin)).send({
      agentId: thomas, firstDay: '2030-13-01', startTime: '25:00', endDay: 'demain', endTime: '12h',
    });
    expect(res.status).toBe(422);
    expect(fields(res)).toEqual(['agentId', 'endDay', 'endTime', 'firstDay', 'startTime']);
    const schema = await t.http.post(url(arras)).set(bearer(admin)).send({ firstDay: '2030-03-04' });
    expect(fields(schema)).toEqual(['agentId', 'endTime', 'startTime']);
  });

  it('requires the end after the start and forbids recurrence on several days', async () => {
    const backwards = await t.http.post(url(arras)).set(bearer(admin)).send(absence({ endDay: '2030-03-03' }));
    expect(fields(backwards)).toEqual(['endDay']);
    const sameDay = await t.http.post(url(arras)).set(bearer(admin)).send(absence({ endDay: '2030-03-04', endTime: '09:00' }));
    expect(fields(sameDay)).toEqual(['endTime']);
    const recurring = await t.http.post(url(arras)).set(bearer(admin)).send(absence({ recurrence: 'FREQ=WEEKLY;BYDAY=MO' }));
    expect(fields(recurring)).toEqual(['recurrence']);
    const badRule = await t.http.post(url(arras)).set(bearer(admin)).send(absence({ endDay: undefined, endTime: '12:00', recurrence: 'FREQ=HOURLY' }));
    expect(fields(badRule)).toEqual(['recurrence']);
    expect(badRule.body.errors[0].message).toMatch(/^Règle de récurrence invalide/);
    // Without endDay, the absence ends on its first day; an overnight span needs the next day.
    const overnight = await t.http.post(url(arras)).set(bearer(admin)).send(absence({ endDay: '2030-03-05', startTime: '22:00', endTime: '06:00' }));
    expect(overnight.status).toBe(201);
  });

  it('lets basic agents write their own absences only', async () => {
    const own = await t.http.post(url(arras)).set(bearer(basic)).send(absence({ firstDay: '2031-05-02', endDay: '2031-05-02', endTime: '12:00' }));
    expect(own.status).toBe(201);
    expect((await t.http.post(url(arras)).set(bearer(basic)).send(absence({ agentId: agent.Julien }))).status).toBe(403);
    const other = await t.http.post(url(arras)).set(bearer(admin)).send(absence({ agentId: agent.Julien, firstDay: '2031-06-02', endDay: '2031-06-02', endTime: '12:00' }));
    expect(other.status).toBe(201);
    expect((await t.http.get(url(arras, `/${other.body.id}`)).set(bearer(basic))).status).toBe(200);
    expect((await t.http.patch(url(arras, `/${other.body.id}`)).set(bearer(basic)).send({ title: 'x' })).status).toBe(403);
    expect((await t.http.delete(url(arras, `/${other.body.id}`)).set(bearer(basic))).status).toBe(403);
    expect((await t.http.patch(url(arras, `/${own.body.id}`)).set(bearer(basic)).send({ agentId: agent.Julien })).status).toBe(403);
    expect((await t.http.delete(url(arras, `/${own.body.id}`)).set(bearer(basic))).status).toBe(204);
  });

  it('isolates organisations: an absence entered in Lens is not found from Arras', async () => {
    const lensAbsence = await t.http.post(url(lens)).set(bearer(lensAgent)).send(absence({ agentId: thomas }));
    expect(lensAbsence.status).toBe(201);
    const id = lensAbsence.body.id;
    expect((await t.http.get(url(lens)).set(bearer(admin))).status).toBe(404);
    expect((await t.http.get(url(lens, `/${id}`)).set(bearer(admin))).status).toBe(404);
    expect((await t.http.get(url(arras, `/${id}`)).set(bearer(admin))).status).toBe(404);
    expect((await t.http.patch(url(arras, `/${id}`)).set(bearer(admin)).send({ title: 'x' })).status).toBe(404);
    expect((await t.http.delete(url(arras, `/${id}`)).set(bearer(admin))).status).toBe(404);
    expect((await t.http.get(url(arras)).set(bearer(admin))).body.items.map((a: { id: string }) => a.id)).not.toContain(id);
    expect((await t.http.get(url(arras, '/pas-un-uuid')).set(bearer(admin))).status).toBe(404);
  });
});
