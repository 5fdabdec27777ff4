import { randomUUID } from 'node:crypto';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { exec } from '../../api/src/db/sql.js';
import { transactional } from '../../api/src/db/transaction.js';
import { createTestApp, type TestApp } from '../support/test-app.js';
import { bookingFixture, knownVerification, type BookingFixture } from '../support/booking-fixtures.js';

// The guarantee: whatever the path and however many people click at once, a créneau is given once.
// On PostgreSQL (CI) these requests really run in parallel on a pool of connections.
const NOW = new Date('2027-03-15T07:00:00Z');
let t: TestApp;
let f: BookingFixture;
let verification: { id: string; code: string };

beforeAll(async () => {
  t = await createTestApp({ now: NOW, env: { RATE_LIMIT_PUBLIC_PER_MINUTE: '100000' } });
  f = await bookingFixture(t, { firstDay: '2027-03-15', agents: 1 });
  verification = await knownVerification(t);
});
afterAll(async () => { await t?.close(); });

const usager = { firstName: 'Nora', lastName: 'Petit', phone: '+33612345678' };
const post = (startsAt: string, motifId = f.motifId) => t.http.post('/api/v1/public/rdvs').set('Idempotency-Key', randomUUID())
  .send({ motifId, lieuId: f.lieuId, startsAt, usager, verification });

function tally(statuses: number[]) {
  return statuses.reduce<Record<number, number>>((acc, s) => ({ ...acc, [s]: (acc[s] ?? 0) + 1 }), {});
}

describe('no double booking', () => {
  it('100 clients on the same créneau: exactly one 201 and 99 × 409, no 5xx', async () => {
    const results = await Promise.all(Array.from({ length: 100 }, () => post('2027-03-16T09:00:00+01:00')));
    expect(tally(results.map((r) => r.status))).toEqual({ 201: 1, 409: 99 });
    expect(results.filter((r) => r.status === 409).every((r) => r.body.code === 'creneau_indisponible')).toBe(true);
    const rows = await t.db.orm.em.getConnection().execute("select count(*)::int as n from agent_rdv where not cancelled and starts_at = '2027-03-16T08:00:00Z'");
    expect(rows[0].n).toBe(1);
  });

  it('20 créneaux at once, 5 clients each: exactly 20 bookings', async () => {
    const starts = Array.from({ length: 20 }, (_, i) => {
      const day = [17, 18, 19, 22][Math.floor(i / 6)]!; // weekdays only: the plage is Monday–Friday
      const minutes = 9 * 60 + (i % 6) * 30;
      return `2027-03-${day}T${String(Math.floor(minutes / 60)).padStart(2, '0')}:${String(minutes % 60).padStart(2, '0')}:00+01:00`;
    });
    const results = await Promise.all(starts.flatMap((s) => Array.from({ length: 5 }, () => post(s))));
    expect(tally(results.map((r) => r.status))).toEqual({ 201: 20, 409: 80 });
    const booked = results.filter((r) => r.status === 201).map((r) => r.body.rdv.startsAt).sort();
    expect(booked).toEqual([...starts].sort());
  });

  it('a collective RDV with 5 seats: exactly 5 of 30 succeed', async () => {
    const admin = await t.login();
    const session = await t.http.post(`/api/v1/organisations/${f.organisationId}/rdvs`).set('authorization', `Bearer ${admin}`).send({
      motifId: f.collectifMotifId, lieuId: f.lieuId, startsAt: '2027-03-23T14:00:00+01:00', agentIds: [f.agentIds[0]], acceptWarnings: true,
      name: 'Atelier portage', maxParticipantsCount: 5,
    });
    expect(session.status).toBe(201);
    const people = await Promise.all(Array.from({ length: 30 }, async (_, i) => {
      const phone = `+3361234${String(5000 + i)}`;
      return { phone, verification: await knownVerification(t, phone) };
    }));
    const results = await Promise.all(people.map((p) => t.http.post('/api/v1/public/rdvs').set('Idempotency-Key', randomUUID()).send({
      motifId: f.collectifMotifId, lieuId: f.lieuId, startsAt: '2027-03-23T14:00:00+01:00',
      usager: { firstName: 'Parent', lastName: p.phone.slice(-4), phone: p.phone }, verification: p.verification,
    })));
    expect(tally(results.map((r) => r.status))).toEqual({ 201: 5, 409: 25 });
    expect(results.filter((r) => r.status === 409).every((r) => r.body.code === 'complet')).toBe(true);
    const rows = await t.db.orm.em.getConnection().execute('select users_count from rdv where id = ?', [session.body.id]);
    expect(rows[0].users_count).toBe(5);
  });

  it('moves racing creations on the same créneau: it is given once', async () => {
    const mine = await Promise.all(Array.from({ length: 6 }, (_, i) => post(`2027-03-26T${String(9 + Math.floor(i / 2)).padStart(2, '0')}:${i % 2 ? '30' : '00'}:00+01:00`)));
    expect(mine.every((r) => r.status === 201)).toBe(true);
    // Free a target créneau by cancelling its RDV, then everyone races for it.
    const target = mine[5]!;
    await t.http.post(`/api/v1/public/rdvs/${target.body.rdv.id}/annulation`).set('authorization', `Bearer ${target.body.manageToken}`);
    const startsAt = target.body.rdv.startsAt;
    const racers = [
      ...mine.slice(0, 5).map((r) => t.http.post(`/api/v1/public/rdvs/${r.body.rdv.id}/deplacement`).set('authorization', `Bearer ${r.body.manageToken}`).send({ startsAt })),
      ...Array.from({ length: 10 }, () => post(startsAt)),
    ];
    const results = await Promise.all(racers);
    const winners = results.filter((r) => r.status === 200 || r.status === 201);
    expect(winners).toHaveLength(1);
    expect(results.every((r) => r.status < 500)).toBe(true);
    const rows = await t.db.orm.em.getConnection().execute('select count(*)::int as n from agent_rdv where not cancelled and starts_at = ?', [new Date(startsAt)]);
    expect(rows[0].n).toBe(1);
  });
});

describe('many people, several free agents, the same times', () => {
  it('3 agents, 60 people on 2 créneaux: exactly 6 bookings, 54 × 409, no 5xx', async () => {
    const three = await bookingFixture(t, { firstDay: '2027-03-15', agents: 3 });
    const starts = ['2027-03-24T10:00:00+01:00', '2027-03-24T10:30:00+01:00'];
    const people = await Promise.all(Array.from({ length: 60 }, async (_, i) => {
      const phone = `+3361299${String(1000 + i)}`;
      return { phone, verification: await knownVerification(t, phone) };
    }));
    const results = await Promise.all(people.map((p, i) => t.http.post('/api/v1/public/rdvs').set('Idempotency-Key', randomUUID()).send({
      motifId: three.motifId, lieuId: three.lieuId, startsAt: starts[i % 2],
      usager: { firstName: 'Personne', lastName: `N°${i}`, phone: p.phone }, verification: p.verification,
    })));
    expect(tally(results.map((r) => r.status))).toEqual({ 201: 6, 409: 54 });
    const rows = await t.db.orm.em.getConnection().execute<{ agent_id: string; n: number }[]>(
      `select agent_id, count(*)::int as n from agent_rdv where not cancelled and agent_id = any(?::uuid[]) group by agent_id order by agent_id`,
      [`{${three.agentIds.join(',')}}`]);
    expect(rows.map((r) => r.n)).toEqual([2, 2, 2]);
  });

  it.skipIf(!process.env.DATABASE_URL)('a transaction aborted by a deadlock is run again', async () => {
    const em = t.db.orm.em.fork();
    const ids = (await em.getConnection().execute<{ id: string }[]>('select id from lieu order by id limit 2')).map((r) => r.id);
    let runs = 0;
    let bothLocked!: () => void;
    const firstLocks = new Promise<void>((r) => { bothLocked = r; });
    let arrived = 0;
    const lockBoth = (order: string[]) => transactional(t.db.orm.em.fork(), async (tem) => {
      runs++;
      await exec(tem, 'select id from lieu where id = ? for update', [order[0]]);
      if (++arrived === 2) bothLocked();
      await firstLocks;
      await exec(tem, 'select id from lieu where id = ? for update', [order[1]]);
    });
    // Opposite lock orders: PostgreSQL kills one of them (40P01); it runs again and succeeds.
    await Promise.all([lockBoth([ids[0]!, ids[1]!]), lockBoth([ids[1]!, ids[0]!])]);
    expect(runs).toBe(3);
  });
});
