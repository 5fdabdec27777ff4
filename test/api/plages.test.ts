import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { DEMO_AGENTS } from '../../api/src/db/seeders/demo-seed.js';
import { createTestApp, type TestApp } from '../support/test-app.js';

let t: TestApp;
let admin: string;
let basic: string;
let lensAgent: string;
let arras: string;
let lens: string;
const motif: Record<string, string> = {};
const lieu: Record<string, string> = {};
const agent: Record<string, string> = {};
beforeAll(async () => {
  t = await createTestApp();
  [arras, lens] = t.organisationIds as [string, string];
  [admin, basic, lensAgent] = await Promise.all(DEMO_AGENTS.map((email) => t.login(email)));
  for (const m of (await t.http.get(`/api/v1/organisations/${arras}/motifs`).set(bearer(admin))).body.items) motif[m.name] = m.id;
  for (const l of (await t.http.get(`/api/v1/organisations/${arras}/lieux`).set(bearer(admin))).body.items) lieu[l.name] = l.id;
  for (const a of (await t.http.get(`/api/v1/organisations/${arras}/agents`).set(bearer(admin))).body.items) agent[a.firstName] = a.id;
});
afterAll(async () => { await t?.close(); });

const url = (org: string, rest = '') => `/api/v1/organisations/${org}/plages-ouverture${rest}`;
const bearer = (token: string) => ({ authorization: `Bearer ${token}` });
const fields = (res: { body: { errors?: { field: string }[] } }) => (res.body.errors ?? []).map((e) => e.field).sort();
const message = (res: { body: { errors?: { field: string; message: string }[] } }, field: string) =>
  res.body.errors?.find((e) => e.field === field)?.message ?? '';

/** A valid plage of Nadia (basic agent of Arras) at the Arras centre, far from the demo plages. */
const plage = (over: Record<string, unknown> = {}) => ({
  agentId: agent.Nadia, lieuId: lieu["MDS d'Arras — centre"], motifIds: [motif['Consultation PMI nourrisson']],
  title: 'Consultations du lundi', firstDay: '2030-01-07', startTime: '14:00', endTime: '17:00',
  recurrence: 'FREQ=WEEKLY;INTERVAL=2;BYDAY=MO;UNTIL=20300630', ...over,
});

describe("plages d'ouverture", () => {
  it('creates, reads, lists, updates and deletes a plage (round trip)', async () => {
    const created = await t.http.post(url(arras)).set(bearer(admin)).send(plage());
    expect(created.status).toBe(201);
    expect(created.body).toMatchObject({
      organisationId: arras, agentId: agent.Nadia, firstDay: '2030-01-07', startTime: '14:00', endTime: '17:00',
      recurrence: 'FREQ=WEEKLY;INTERVAL=2;BYDAY=MO;UNTIL=20300630', recurrenceEndsOn: '2030-06-24', warnings: [],
      motifIds: [motif['Consultation PMI nourrisson']],
    });
    const id = created.body.id;
    const { warnings: _w, ...dto } = created.body;
    const read = await t.http.get(url(arras, `/${id}`)).set(bearer(basic));
    expect(read.body).toEqual(dto);
    const mine = await t.http.get(url(arras, `?agentId=${agent.Nadia}`)).set(bearer(admin));
    expect(mine.body.items.map((p: { id: string }) => p.id)).toContain(id);
    expect(mine.body.items.every((p: { agentId: string }) => p.agentId === agent.Nadia)).toBe(true);

    const patched = await t.http.patch(url(arras, `/${id}`)).set(bearer(admin)).send({
      endTime: '16:30', motifIds: [motif['Pesée et conseils'], motif['Consultation PMI nourrisson']], recurrence: null, title: null,
    });
    expect(patched.status).toBe(200);
    expect(patched.body).toMatchObject({ startTime: '14:00', endTime: '16:30', recurrence: null, recurrenceEndsOn: null, title: 'Plage d’ouverture', warnings: [] });
    expect(patched.body.motifIds).toHaveLength(2);

    expect((await t.http.delete(url(arras, `/${id}`)).set(bearer(admin))).status).toBe(204);
    expect((await t.http.get(url(arras, `/${id}`)).set(bearer(admin))).status).toBe(404);
    const [{ n }] = await t.db.orm.em.getConnection().execute<{ n: number }[]>(
      "select count(*)::int as n from audit_event where entity_type = 'plage_ouverture' and entity_id = ?", [id]);
    expect(n).toBe(3);
  });

  it('answers HH:MM times for stored plages', async () => {
    const res = await t.http.get(url(arras)).set(bearer(basic));
    expect(res.status).toBe(200);
    const seeded = res.body.items.find((p: { title: string }) => p.title === 'Consultations PMI du matin');
    expect(seeded).toMatchObject({ startTime: '09:00', endTime: '12:00' });
    expect(res.body.items.every((p: { organisationId: string }) => p.organisationId === arras)).toBe(true);
  });

  it('answers 422 listing every invalid field', async () => {
    const res = await t.http.post(url(arras)).set(bearer(admin)).send({
      agentId: '00000000-0000-4000-8000-000000000000', motifIds: [], firstDay: '2030-02-30', startTime: '9:00', endTime: '12:03', recurrence: 'FREQ=YEARLY',
    });
    expect(res.status).toBe(422);
    expect(fields(res)).toEqual(['agentId', 'endTime', 'firstDay', 'motifIds', 'recurrence', 'startTime']);

    const lieuMissing = await t.http.post(url(arras)).set(bearer(admin)).send(plage({ lieuId: null }));
    expect(fields(lieuMissing)).toEqual(['lieuId']);
    const collectif = await t.http.post(url(arras)).set(bearer(admin)).send(plage({ motifIds: [motif['Atelier massage bébé']] }));
    expect(fields(collectif)).toEqual(['motifIds']);
    const lensMotif = (await t.http.get(`/api/v1/organisations/${lens}/motifs`).set(bearer(lensAgent))).body.items[0].id;
    const lensLieu = (await t.http.get(`/api/v1/organisations/${lens}/lieux`).set(bearer(lensAgent))).body.items[0].id;
    const foreign = await t.http.post(url(arras)).set(bearer(admin)).send(plage({ motifIds: [lensMotif], lieuId: lensLieu }));
    expect(fields(foreign)).toEqual(['lieuId', 'motifIds']);
    const lensAgentId = (await t.http.get(`/api/v1/organisations/${lens}/agents`).set(bearer(lensAgent))).body.items[0].id;
    expect(fields(await t.http.post(url(arras)).set(bearer(admin)).send(plage({ agentId: lensAgentId })))).toEqual(['agentId']);
    // A phone-only plage needs no lieu.
    const phone = await t.http.post(url(arras)).set(bearer(admin)).send(plage({
      agentId: agent.Julien, lieuId: null, motifIds: [motif['Entretien téléphonique avec un travailleur social']], firstDay: '2030-01-08', recurrence: null,
    }));
    expect(phone.status).toBe(201);
  });

  it('refuses a plage crossing midnight or off the 5-minute grid', async () => {
    const night = await t.http.post(url(arras)).set(bearer(admin)).send(plage({ startTime: '22:00', endTime: '01:00' }));
    expect(night.status).toBe(422);
    expect(fields(night)).toEqual(['endTime']);
    expect(message(night, 'endTime')).toContain('minuit');
    const grid = await t.http.post(url(arras)).set(bearer(admin)).send(plage({ startTime: '09:02', endTime: '24:00' }));
    expect(fields(grid)).toEqual(['endTime', 'startTime']);
  });

  it('refuses an invalid RRULE with a French reason', async () => {
    const byday = await t.http.post(url(arras)).set(bearer(admin)).send(plage({ recurrence: 'FREQ=WEEKLY;BYDAY=XX' }));
    expect(byday.status).toBe(422);
    expect(fields(byday)).toEqual(['recurrence']);
    expect(message(byday, 'recurrence')).toMatch(/^Règle de récurrence invalide : .*BYDAY/);
    const dtstart = await t.http.post(url(arras)).set(bearer(admin)).send(plage({ recurrence: 'DTSTART=20300107;FREQ=WEEKLY' }));
    expect(message(dtstart, 'recurrence')).toContain('DTSTART');
    const until = await t.http.post(url(arras)).set(bearer(admin)).send(plage({ recurrence: 'FREQ=WEEKLY;UNTIL=20300101' }));
    expect(message(until, 'recurrence')).toContain('après le premier jour');
    const monthly = await t.http.post(url(arras)).set(bearer(admin)).send(plage({ recurrence: 'FREQ=MONTHLY;BYDAY=1MO;COUNT=3', firstDay: '2032-01-05' }));
    expect(monthly.status).toBe(201);
    expect(monthly.body.recurrenceEndsOn).toBe('2032-03-01');
  });

  it('warns about an overlap with another plage of the agent, then saves once accepted', async () => {
    const a = await t.http.post(url(arras)).set(bearer(admin)).send(plage({ firstDay: '2031-01-06', startTime: '09:00', endTime: '12:00', recurrence: 'FREQ=WEEKLY;BYDAY=MO' }));
    expect(a.status).toBe(201);
    const overlapping = plage({ firstDay: '2031-01-08', startTime: '11:00', endTime: '13:00', recurrence: 'FREQ=WEEKLY;BYDAY=MO,WE;UNTIL=20310331' });
    const refused = await t.http.post(url(arras)).set(bearer(admin)).send(overlapping);
    expect(refused.status).toBe(409);
    expect(refused.body.code).toBe('chevauchement_plage');
    expect(refused.body.warnings).toEqual([{ code: 'chevauchement_plage', plageId: a.body.id, message: expect.stringContaining('13/01/2031') }]);

    const accepted = await t.http.post(url(arras)).set(bearer(admin)).send({ ...overlapping, acceptWarnings: true });
    expect(accepted.status).toBe(201);
    expect(accepted.body.warnings.map((w: { plageId: string }) => w.plageId)).toEqual([a.body.id]);

    // Same hours on other days, or every other week on the off weeks: no overlap.
    const tuesday = await t.http.post(url(arras)).set(bearer(admin)).send(plage({ firstDay: '2031-01-07', startTime: '09:00', endTime: '12:00', recurrence: 'FREQ=WEEKLY;BYDAY=TU' }));
    expect(tuesday.status).toBe(201);
    const even = await t.http.post(url(arras)).set(bearer(admin)).send(plage({ firstDay: '2035-01-01', startTime: '15:00', endTime: '16:00', recurrence: 'FREQ=WEEKLY;INTERVAL=2;BYDAY=MO' }));
    const odd = await t.http.post(url(arras)).set(bearer(admin)).send(plage({ firstDay: '2035-01-08', startTime: '15:00', endTime: '16:00', recurrence: 'FREQ=WEEKLY;INTERVAL=2;BYDAY=MO' }));
    expect([even.status, odd.status]).toEqual([201, 201]);

    // Moving a plage onto another one warns too; renaming it does not.
    const moved = await t.http.patch(url(arras, `/${tuesday.body.id}`)).set(bearer(admin)).send({ recurrence: 'FREQ=WEEKLY;BYDAY=TU,MO' });
    expect(moved.status).toBe(409);
    expect((await t.http.patch(url(arras, `/${accepted.body.id}`)).set(bearer(admin)).send({ title: 'Renommée' })).status).toBe(200);
  });

  it('warns when a motif lasts longer than the plage', async () => {
    const short = plage({
      agentId: agent.Julien, lieuId: null, motifIds: [motif['Entretien téléphonique avec un travailleur social']],
      firstDay: '2033-03-01', startTime: '10:00', endTime: '10:30', recurrence: null,
    });
    const refused = await t.http.post(url(arras)).set(bearer(admin)).send(short);
    expect(refused.status).toBe(409);
    expect(refused.body.code).toBe('duree_motif_trop_longue');
    expect(refused.body.warnings[0]).toMatchObject({ code: 'duree_motif_trop_longue', motifId: motif['Entretien téléphonique avec un travailleur social'] });
    expect((await t.http.post(url(arras)).set(bearer(admin)).send({ ...short, acceptWarnings: true })).status).toBe(201);
  });

  it('lets basic agents read every plage but write only their own', async () => {
    const own = await t.http.post(url(arras)).set(bearer(basic)).send(plage({ firstDay: '2034-01-02', recurrence: null }));
    expect(own.status).toBe(201);
    expect((await t.http.patch(url(arras, `/${own.body.id}`)).set(bearer(basic)).send({ endTime: '16:00' })).status).toBe(200);
    expect((await t.http.patch(url(arras, `/${own.body.id}`)).set(bearer(basic)).send({ agentId: agent.Sophie })).status).toBe(403);

    const forOther = await t.http.post(url(arras)).set(bearer(basic)).send(plage({ agentId: agent.Sophie, firstDay: '2034-01-03', recurrence: null }));
    expect(forOther.status).toBe(403);
    const list = await t.http.get(url(arras, `?agentId=${agent.Sophie}`)).set(bearer(basic));
    expect(list.status).toBe(200);
    const sophies = list.body.items[0].id;
    expect((await t.http.get(url(arras, `/${sophies}`)).set(bearer(basic))).status).toBe(200);
    expect((await t.http.patch(url(arras, `/${sophies}`)).set(bearer(basic)).send({ title: 'Volée' })).status).toBe(403);
    expect((await t.http.delete(url(arras, `/${sophies}`)).set(bearer(basic))).status).toBe(403);
    expect((await t.http.delete(url(arras, `/${own.body.id}`)).set(bearer(basic))).status).toBe(204);
  });

  it('isolates organisations: a plage of Lens is not found from Arras', async () => {
    const lensPlage = (await t.http.get(url(lens)).set(bearer(lensAgent))).body.items[0].id;
    expect((await t.http.get(url(lens)).set(bearer(admin))).status).toBe(404);
    expect((await t.http.get(url(lens, `/${lensPlage}`)).set(bearer(admin))).status).toBe(404);
    expect((await t.http.get(url(arras, `/${lensPlage}`)).set(bearer(admin))).status).toBe(404);
    expect((await t.http.patch(url(arras, `/${lensPlage}`)).set(bearer(admin)).send({ title: 'Volée' })).status).toBe(404);
    expect((await t.http.delete(url(arras, `/${lensPlage}`)).set(bearer(admin))).status).toBe(404);
    expect((await t.http.get(url(arras, '?agentId=pas-un-uuid')).set(bearer(admin))).status).toBe(422);
  });
});
