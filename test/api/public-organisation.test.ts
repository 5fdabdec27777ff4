import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { createTestApp, type TestApp } from '../support/test-app.js';

let t: TestApp;
let arras: string;
beforeAll(async () => {
  t = await createTestApp();
  [arras] = t.organisationIds as [string];
  await t.db.orm.em.getConnection().execute("update organisation set allowed_origins = '{https://www.pasdecalais.fr}' where id = ?", [arras]);
});
afterAll(async () => { await t?.close(); });

describe('GET /public/organisations/{id}', () => {
  it('presents the organisation, its lieux and its public motifs with their next availability', async () => {
    const res = await t.http.get(`/api/v1/public/organisations/${arras}`);
    expect(res.status).toBe(200);
    expect(res.body).toMatchObject({ name: "MDS d'Arras", timezone: 'Europe/Paris', phone: '03 21 00 00 01' });
    expect(res.body.lieux.map((l: { name: string }) => l.name)).toEqual(['Antenne Arras Ouest', "MDS d'Arras — centre"]);
    const names = res.body.motifs.map((m: { name: string }) => m.name);
    expect(names).toContain('Consultation PMI nourrisson');
    expect(names).not.toContain('Visite à domicile'); // Lens, and agents only
    const consultation = res.body.motifs.find((m: { name: string }) => m.name === 'Consultation PMI nourrisson');
    expect(consultation.availability).toHaveLength(2);
    for (const a of consultation.availability) {
      expect(a.nextAvailableAt).toMatch(/^\d{4}-\d{2}-\d{2}T\d{2}:\d{2}:00\+0[12]:00$/);
      expect(Date.parse(a.nextAvailableAt)).toBeGreaterThan(Date.now() + 29 * 60_000);
    }
    const phone = res.body.motifs.find((m: { locationType: string }) => m.locationType === 'phone');
    expect(phone.availability).toEqual([{ lieuId: null, nextAvailableAt: expect.any(String) }]);
    expect(phone.instructionsBefore).toMatch(/téléphone/);
    expect(res.body.services.map((s: { shortName: string }) => s.shortName).sort()).toEqual(['PMI', 'Service social']);
  });

  it('answers CORS only for the organisation’s allowed origins', async () => {
    const allowed = await t.http.get(`/api/v1/public/organisations/${arras}`).set('origin', 'https://www.pasdecalais.fr');
    expect(allowed.status).toBe(200);
    expect(allowed.headers['access-control-allow-origin']).toBe('https://www.pasdecalais.fr');
    const foreign = await t.http.get(`/api/v1/public/organisations/${arras}`).set('origin', 'https://pirate.example');
    expect(foreign.status).toBe(403);
    expect(foreign.body.code).toBe('origine_non_autorisee');
    expect(foreign.headers['access-control-allow-origin']).toBeUndefined();
    const preflight = await t.http.options('/api/v1/public/rdvs').set('origin', 'https://pirate.example').set('access-control-request-method', 'POST');
    expect(preflight.status).toBe(403);
    const okPreflight = await t.http.options('/api/v1/public/rdvs').set('origin', 'https://www.pasdecalais.fr').set('access-control-request-method', 'POST');
    expect(okPreflight.status).toBe(204);
    expect(okPreflight.headers['access-control-allow-headers']).toMatch(/Idempotency-Key/);
  });

  it('answers 404 for an unknown organisation', async () => {
    expect((await t.http.get('/api/v1/public/organisations/00000000-0000-4000-8000-000000000000')).status).toBe(404);
    expect((await t.http.get('/api/v1/public/organisations/abc')).status).toBe(404);
  });
});
