import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { createTestApp, type TestApp } from '../support/test-app.js';
import { DEMO_AGENTS } from '../../api/src/db/seeders/demo-seed.js';

let t: TestApp;
let admin: string;
let arras: string;
let lens: string;
beforeAll(async () => {
  t = await createTestApp();
  [arras, lens] = t.organisationIds as [string, string];
  admin = await t.login(DEMO_AGENTS[0]); // organisation admin of Arras only
});
afterAll(async () => { await t?.close(); });

const url = (org: string, rest = '') => `/api/v1/organisations/${org}/motifs${rest}`;

describe('motifs', () => {
  it('creates, reads, updates, archives and restores a motif (round trip)', async () => {
    const created = await t.http.post(url(arras)).set('authorization', `Bearer ${admin}`).send({
      name: 'Bilan de santé 4 ans', durationMinutes: 45, bookableBy: 'everyone', instructionsAfter: 'Venez avec le carnet.',
    });
    expect(created.status).toBe(201);
    expect(created.body).toMatchObject({
      name: 'Bilan de santé 4 ans', durationMinutes: 45, locationType: 'public_office', minBookingDelayMinutes: 30,
      maxBookingDelayDays: 91, cancellableByUsager: true, movableByUsager: true, archivedAt: null,
    });
    const id = created.body.id;
    const read = await t.http.get(url(arras, `/${id}`)).set('authorization', `Bearer ${admin}`);
    expect(read.body).toEqual(created.body);

    const patched = await t.http.patch(url(arras, `/${id}`)).set('authorization', `Bearer ${admin}`).send({ durationMinutes: 60, color: '#123456' });
    expect(patched.status).toBe(200);
    expect(patched.body).toMatchObject({ durationMinutes: 60, color: '#123456', name: 'Bilan de santé 4 ans' });

    expect((await t.http.delete(url(arras, `/${id}`)).set('authorization', `Bearer ${admin}`)).status).toBe(204);
    const active = await t.http.get(url(arras)).set('authorization', `Bearer ${admin}`);
    expect(active.body.items.map((m: { id: string }) => m.id)).not.toContain(id);
    const archived = await t.http.get(url(arras, '?archived=true')).set('authorization', `Bearer ${admin}`);
    expect(archived.body.items.map((m: { id: string }) => m.id)).toContain(id);
    const restored = await t.http.post(url(arras, `/${id}/restauration`)).set('authorization', `Bearer ${admin}`);
    expect(restored.body.archivedAt).toBeNull();
  });

  it('answers 422 listing every invalid field', async () => {
    const res = await t.http.post(url(arras)).set('authorization', `Bearer ${admin}`).send({
      name: '', durationMinutes: 2, color: 'rouge', bookableBy: 'tout_le_monde',
    });
    expect(res.status).toBe(422);
    expect(res.headers['content-type']).toMatch(/problem\+json/);
    expect(res.body.code).toBe('validation_error');
    expect(res.body.errors.map((e: { field: string }) => e.field).sort()).toEqual(['bookableBy', 'color', 'durationMinutes', 'name']);
  });

  it('refuses a minimum delay longer than the maximum delay, and a collective RDV by phone', async () => {
    const res = await t.http.post(url(arras)).set('authorization', `Bearer ${admin}`).send({
      name: 'Incohérent', minBookingDelayMinutes: 3000, maxBookingDelayDays: 1, collectif: true, locationType: 'phone',
    });
    expect(res.status).toBe(422);
    expect(res.body.errors.map((e: { field: string }) => e.field).sort()).toEqual(['collectif', 'maxBookingDelayDays']);
  });

  it('lets a basic agent read motifs but not change them', async () => {
    const basic = await t.login(DEMO_AGENTS[1]);
    const list = await t.http.get(url(arras)).set('authorization', `Bearer ${basic}`);
    expect(list.status).toBe(200);
    expect(list.body.items.length).toBeGreaterThan(0);
    const res = await t.http.post(url(arras)).set('authorization', `Bearer ${basic}`).send({ name: 'Interdit' });
    expect(res.status).toBe(403);
    const patch = await t.http.patch(url(arras, `/${list.body.items[0].id}`)).set('authorization', `Bearer ${basic}`).send({ name: 'Interdit' });
    expect(patch.status).toBe(403);
  });

  it('isolates organisations: an agent of Arras gets 404 for a motif of Lens', async () => {
    const superAdmin = await t.login();
    const lensMotifs = await t.http.get(url(lens)).set('authorization', `Bearer ${superAdmin}`);
    const lensMotif = lensMotifs.body.items[0].id;
    const direct = await t.http.get(url(lens, `/${lensMotif}`)).set('authorization', `Bearer ${admin}`);
    expect(direct.status).toBe(404);
    const list = await t.http.get(url(lens)).set('authorization', `Bearer ${admin}`);
    expect(list.status).toBe(404);
    // Even through their own organisation's path, the other organisation's motif does not exist.
    const crossPath = await t.http.get(url(arras, `/${lensMotif}`)).set('authorization', `Bearer ${admin}`);
    expect(crossPath.status).toBe(404);
    const garbage = await t.http.get(url('pas-un-uuid')).set('authorization', `Bearer ${admin}`);
    expect(garbage.status).toBe(404);
  });
});

describe('motif patch', () => {
  it('clears an optional text with null', async () => {
    const created = await t.http.post(url(arras)).set('authorization', `Bearer ${admin}`).send({ name: 'Avec consignes', instructionsBefore: 'Venez à jeun.' });
    const cleared = await t.http.patch(url(arras, `/${created.body.id}`)).set('authorization', `Bearer ${admin}`).send({ instructionsBefore: null });
    expect(cleared.status).toBe(200);
    expect(cleared.body.instructionsBefore).toBeNull();
  });
});
