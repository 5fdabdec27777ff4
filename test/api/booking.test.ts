import { randomUUID } from 'node:crypto';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { createTestApp, type TestApp } from '../support/test-app.js';
import { bookingFixture, knownVerification, type BookingFixture } from '../support/booking-fixtures.js';

// Monday 15 March 2027, 08:00 in Paris.
const NOW = new Date('2027-03-15T07:00:00Z');
let t: TestApp;
let f: BookingFixture;

beforeAll(async () => {
  t = await createTestApp({ now: NOW, env: { RATE_LIMIT_PUBLIC_PER_MINUTE: '100000' } });
  f = await bookingFixture(t, { firstDay: '2027-03-15', agents: 1 });
});
afterAll(async () => { await t?.close(); });

const usager = { firstName: 'Inès', lastName: 'Bouchard', phone: '06 12 34 56 78' };

async function book(startsAt: string, extra: Record<string, unknown> = {}, key = randomUUID(), motifId = f.motifId) {
  const verification = await knownVerification(t);
  return t.http.post('/api/v1/public/rdvs').set('Idempotency-Key', key)
    .send({ motifId, lieuId: f.lieuId, startsAt, usager, verification, ...extra });
}

describe('public booking', () => {
  it('books a créneau with a verified phone, returns the RDV and a manage link that reads it', async () => {
    const res = await book('2027-03-22T09:00:00+01:00');
    expect(res.status).toBe(201);
    expect(res.body.rdv).toMatchObject({
      status: 'unknown', startsAt: '2027-03-22T09:00:00+01:00', endsAt: '2027-03-22T09:30:00+01:00', timezone: 'Europe/Paris',
      lieu: { id: f.lieuId }, cancellable: true, movable: true,
    });
    expect(res.body.manageUrl).toContain(`#rdv=${res.body.rdv.id}&token=`);
    const read = await t.http.get(`/api/v1/public/rdvs/${res.body.rdv.id}`).set('authorization', `Bearer ${res.body.manageToken}`);
    expect(read.status).toBe(200);
    expect(read.body.id).toBe(res.body.rdv.id);
    const gone = await t.http.get('/api/v1/public/creneaux').query({ motifId: f.motifId, lieuId: f.lieuId, from: '2027-03-22', to: '2027-03-22' });
    expect(gone.body.days[0].creneaux.map((c: { startsAt: string }) => c.startsAt)).not.toContain('2027-03-22T09:00:00+01:00');
  });

  it('is idempotent: same key and body → same answer; same key, other body → 422', async () => {
    const key = randomUUID();
    const verification = await knownVerification(t);
    const body = { motifId: f.motifId, lieuId: f.lieuId, startsAt: '2027-03-22T09:30:00+01:00', usager, verification };
    const first = await t.http.post('/api/v1/public/rdvs').set('Idempotency-Key', key).send(body);
    const again = await t.http.post('/api/v1/public/rdvs').set('Idempotency-Key', key).send(body);
    expect(first.status).toBe(201);
    expect(again.status).toBe(201);
    expect(again.body).toEqual(first.body);
    const other = await t.http.post('/api/v1/public/rdvs').set('Idempotency-Key', key).send({ ...body, startsAt: '2027-03-22T10:00:00+01:00' });
    expect(other.status).toBe(422);
    expect(other.body.code).toBe('idempotency_key_reused');
    const missing = await t.http.post('/api/v1/public/rdvs').send(body);
    expect(missing.status).toBe(422);
  });

  it('answers 409 creneau_indisponible for a créneau already taken or not offered', async () => {
    const taken = await book('2027-03-22T09:00:00+01:00');
    expect(taken.status).toBe(409);
    expect(taken.body.code).toBe('creneau_indisponible');
    const offGrid = await book('2027-03-22T09:10:00+01:00');
    expect(offGrid.status).toBe(409);
  });

  it('lists every invalid field in one 422', async () => {
    const verification = await knownVerification(t);
    const res = await t.http.post('/api/v1/public/rdvs').set('Idempotency-Key', randomUUID()).send({
      motifId: f.motifId, lieuId: f.lieuId, startsAt: 'demain', usager: { firstName: 'A', lastName: 'B', phone: '06 12 34 56 78' }, verification,
    });
    expect(res.status).toBe(422);
    expect(res.body.errors.map((e: { field: string }) => e.field)).toEqual(['startsAt']);
    const missing = await t.http.post('/api/v1/public/rdvs').set('Idempotency-Key', randomUUID()).send({ motifId: f.motifId });
    expect(missing.status).toBe(422);
    expect(missing.body.errors.map((e: { field: string }) => e.field).sort()).toEqual(['startsAt', 'usager', 'verification']);
  });

  it('refuses a code sent to another number, a wrong code (5 attempts max) and an expired code', async () => {
    const other = await knownVerification(t, '+33699999999');
    const mismatch = await t.http.post('/api/v1/public/rdvs').set('Idempotency-Key', randomUUID())
      .send({ motifId: f.motifId, lieuId: f.lieuId, startsAt: '2027-03-23T09:00:00+01:00', usager, verification: other });
    expect(mismatch.status).toBe(422);
    expect(mismatch.body.errors[0].field).toBe('usager.phone');

    const v = await knownVerification(t);
    for (let i = 0; i < 5; i++) {
      const wrong = await t.http.post('/api/v1/public/rdvs').set('Idempotency-Key', randomUUID())
        .send({ motifId: f.motifId, lieuId: f.lieuId, startsAt: '2027-03-23T09:00:00+01:00', usager, verification: { id: v.id, code: '000000' } });
      expect(wrong.status).toBe(422);
      expect(wrong.body.code).toBe(i < 4 ? 'verification_invalide' : 'trop_de_tentatives');
    }
    const locked = await t.http.post('/api/v1/public/rdvs').set('Idempotency-Key', randomUUID())
      .send({ motifId: f.motifId, lieuId: f.lieuId, startsAt: '2027-03-23T09:00:00+01:00', usager, verification: v });
    expect(locked.body.code).toBe('trop_de_tentatives');

    const old = await knownVerification(t);
    t.setNow(new Date(NOW.getTime() + 11 * 60_000));
    try {
      const expired = await t.http.post('/api/v1/public/rdvs').set('Idempotency-Key', randomUUID())
        .send({ motifId: f.motifId, lieuId: f.lieuId, startsAt: '2027-03-23T09:00:00+01:00', usager, verification: old });
      expect(expired.body.code).toBe('verification_expiree');
    } finally {
      t.setNow(NOW);
    }
  });

  it('books for a proche: the RDV is theirs, the responsible usager is the contact', async () => {
    const res = await book('2027-03-23T10:00:00+01:00', { proche: { firstName: 'Léo', lastName: 'Bouchard', birthDate: '2025-06-01' } });
    expect(res.status).toBe(201);
    const admin = await t.login();
    const rdv = await t.http.get(`/api/v1/organisations/${f.organisationId}/rdvs/${res.body.rdv.id}`).set('authorization', `Bearer ${admin}`);
    expect(rdv.body.participations).toEqual([expect.objectContaining({ firstName: 'Léo', lastName: 'Bouchard', status: 'unknown' })]);
    const rows = await t.db.orm.em.getConnection().execute(
      'select p.first_name, r.first_name as responsible from usager p join usager r on r.id = p.responsible_id where p.id = ?', [rdv.body.participations[0].usagerId]);
    expect(rows[0]).toMatchObject({ first_name: 'Léo', responsible: 'Inès' });
  });
});

describe('manage link', () => {
  it('cancels until the cut-off, and a token never reads another RDV', async () => {
    const one = await book('2027-03-24T09:00:00+01:00');
    const two = await book('2027-03-24T09:30:00+01:00');
    const cross = await t.http.get(`/api/v1/public/rdvs/${two.body.rdv.id}`).set('authorization', `Bearer ${one.body.manageToken}`);
    expect(cross.status).toBe(404);
    const forged = await t.http.get(`/api/v1/public/rdvs/${one.body.rdv.id}`).set('authorization', `Bearer ${one.body.manageToken.slice(0, -2)}xx`);
    expect(forged.status).toBe(404);
    const cancelled = await t.http.post(`/api/v1/public/rdvs/${one.body.rdv.id}/annulation`).set('authorization', `Bearer ${one.body.manageToken}`);
    expect(cancelled.status).toBe(200);
    expect(cancelled.body).toMatchObject({ status: 'excused', cancellable: false });
    // The créneau is free again.
    const again = await book('2027-03-24T09:00:00+01:00');
    expect(again.status).toBe(201);
    // Less than 4 h before: not online any more.
    t.setNow(new Date('2027-03-24T06:00:00Z')); // 07:00 local, RDV at 09:30
    try {
      const late = await t.http.post(`/api/v1/public/rdvs/${two.body.rdv.id}/annulation`).set('authorization', `Bearer ${two.body.manageToken}`);
      expect(late.status).toBe(409);
      expect(late.body.code).toBe('annulation_impossible');
    } finally {
      t.setNow(NOW);
    }
  });

  it('moves until 48 h before, the old link keeps working, and the old créneau is freed', async () => {
    const rdv = await book('2027-03-25T09:00:00+01:00');
    const moved = await t.http.post(`/api/v1/public/rdvs/${rdv.body.rdv.id}/deplacement`).set('authorization', `Bearer ${rdv.body.manageToken}`)
      .send({ startsAt: '2027-03-25T11:00:00+01:00' });
    expect(moved.status).toBe(200);
    expect(moved.body.startsAt).toBe('2027-03-25T11:00:00+01:00');
    const read = await t.http.get(`/api/v1/public/rdvs/${rdv.body.rdv.id}`).set('authorization', `Bearer ${rdv.body.manageToken}`);
    expect(read.body.startsAt).toBe('2027-03-25T11:00:00+01:00');
    expect((await book('2027-03-25T09:00:00+01:00')).status).toBe(201);
    t.setNow(new Date('2027-03-24T09:00:00Z')); // 26 h before
    try {
      const late = await t.http.post(`/api/v1/public/rdvs/${rdv.body.rdv.id}/deplacement`).set('authorization', `Bearer ${rdv.body.manageToken}`)
        .send({ startsAt: '2027-03-25T10:00:00+01:00' });
      expect(late.status).toBe(409);
      expect(late.body.code).toBe('deplacement_impossible');
    } finally {
      t.setNow(NOW);
    }
  });

  it('serves the RDV as an .ics file', async () => {
    const rdv = await book('2027-03-26T09:00:00+01:00');
    const ics = await t.http.get(`/api/v1/public/rdvs/${rdv.body.rdv.id}/ics`).set('authorization', `Bearer ${rdv.body.manageToken}`);
    expect(ics.status).toBe(200);
    expect(ics.headers['content-type']).toMatch(/text\/calendar/);
    expect(ics.text).toContain('DTSTART;TZID=Europe/Paris:20270326T090000');
    expect(ics.text).toContain(`UID:rdv-${rdv.body.rdv.id}@creneau`);
  });
});

describe('agent booking and status', () => {
  it('books for a new usager, refuses an overlap even when forced, and cascades statuses', async () => {
    const admin = await t.login();
    const url = `/api/v1/organisations/${f.organisationId}/rdvs`;
    const created = await t.http.post(url).set('authorization', `Bearer ${admin}`).send({
      motifId: f.motifId, lieuId: f.lieuId, startsAt: '2027-03-29T09:00:00+02:00', usager: { firstName: 'Paul', lastName: 'Martin', phone: '06 11 22 33 44' },
    });
    // Easter Monday 2027: no créneau, the agent must accept the warning.
    expect(created.status).toBe(409);
    expect(created.body.code).toBe('creneau_indisponible');
    const forced = await t.http.post(url).set('authorization', `Bearer ${admin}`).send({
      motifId: f.motifId, lieuId: f.lieuId, startsAt: '2027-03-29T09:00:00+02:00', agentIds: [f.agentIds[0]], acceptWarnings: true,
      usager: { firstName: 'Paul', lastName: 'Martin', phone: '06 11 22 33 44' },
    });
    expect(forced.status).toBe(201);
    expect(forced.body).toMatchObject({ agentIds: [f.agentIds[0]], createdBy: { type: 'agent' }, status: 'unknown' });
    const overlap = await t.http.post(url).set('authorization', `Bearer ${admin}`).send({
      motifId: f.motifId, lieuId: f.lieuId, startsAt: '2027-03-29T09:15:00+02:00', agentIds: [f.agentIds[0]], acceptWarnings: true,
      usager: { id: forced.body.participations[0].usagerId },
    });
    expect(overlap.status).toBe(409);
    expect(overlap.body.code).toBe('creneau_indisponible');

    const seen = await t.http.patch(`${url}/${forced.body.id}`).set('authorization', `Bearer ${admin}`).send({ status: 'seen' });
    expect(seen.status).toBe(200);
    expect(seen.body.participations[0].status).toBe('seen');
    const revoked = await t.http.patch(`${url}/${forced.body.id}`).set('authorization', `Bearer ${admin}`).send({ status: 'revoked' });
    // revoked applies to every participation not already cancelled (reference §1.10).
    expect(revoked.body.participations[0].status).toBe('revoked');
    // While revoked, the time is free: another RDV can take it…
    const other = await t.http.post(url).set('authorization', `Bearer ${admin}`).send({
      motifId: f.motifId, lieuId: f.lieuId, startsAt: '2027-03-29T09:00:00+02:00', agentIds: [f.agentIds[0]], acceptWarnings: true,
      usager: { id: forced.body.participations[0].usagerId },
    });
    expect(other.status).toBe(201);
    // …so un-cancelling the first one would double-book: refused by the same constraint.
    const uncancel = await t.http.patch(`${url}/${forced.body.id}`).set('authorization', `Bearer ${admin}`).send({ status: 'unknown' });
    expect(uncancel.status).toBe(409);
    const still = await t.http.get(`${url}/${forced.body.id}`).set('authorization', `Bearer ${admin}`);
    expect(still.body.status).toBe('revoked');
  });
});
