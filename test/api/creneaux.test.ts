import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { createTestApp, type TestApp } from '../support/test-app.js';
import { AgentSchema } from '../../api/src/modules/agents/agent.entity.js';
import { AgentRoleSchema } from '../../api/src/modules/agents/agent-role.entity.js';
import { LieuSchema } from '../../api/src/modules/lieux/lieu.entity.js';
import { MotifSchema } from '../../api/src/modules/motifs/motif.entity.js';
import { PlageOuvertureSchema } from '../../api/src/modules/plages/plage-ouverture.entity.js';
import { AgentRdvSchema, RdvSchema } from '../../api/src/modules/rdvs/rdv.entity.js';
import { newId } from '../../api/src/db/columns.js';

// Pinned clock: Monday 15 March 2027, 08:00 in Paris. The DST change is on Sunday 28 March.
const NOW = new Date('2027-03-15T07:00:00Z');
let t: TestApp;
let arras: string;
let lens: string;
let motifId: string;
let lieuId: string;
let agentId: string;
let lensMotifId: string;

beforeAll(async () => {
  t = await createTestApp({ now: NOW });
  [arras, lens] = t.organisationIds as [string, string];
  const em = t.db.orm.em.fork();
  // An agent working for both organisations, with a Tuesday plage at Arras.
  const agent = em.create(AgentSchema, { id: newId(), email: 'double@demo.creneau.fr', firstName: 'Alex', lastName: 'Double' });
  em.create(AgentRoleSchema, { agent, organisation: arras, accessLevel: 'basic' });
  em.create(AgentRoleSchema, { agent, organisation: lens, accessLevel: 'basic' });
  const lieu = em.create(LieuSchema, { id: newId(), organisation: arras, name: 'Salle test', address: '1 rue du Test, 62000 Arras' });
  const motif = em.create(MotifSchema, { id: newId(), organisation: arras, name: 'Test DST', durationMinutes: 60, bookableBy: 'everyone', minBookingDelayMinutes: 60, maxBookingDelayDays: 30 });
  const lensMotif = em.create(MotifSchema, { id: newId(), organisation: lens, name: 'Lens interne', durationMinutes: 60, bookableBy: 'agents' });
  em.create(PlageOuvertureSchema, {
    organisation: arras, agent, lieu, title: 'Mardi matin', firstDay: '2027-03-16', startTime: '09:00', endTime: '12:00',
    recurrence: 'FREQ=WEEKLY;INTERVAL=1;BYDAY=TU', recurrenceEndsOn: null, motifs: [motif],
  });
  await em.flush();
  motifId = motif.id; lieuId = lieu.id; agentId = agent.id; lensMotifId = lensMotif.id;
});
afterAll(async () => { await t?.close(); });

const search = (q: Record<string, string>) => t.http.get('/api/v1/public/creneaux').query(q);

async function bookInLens(startsAt: string, endsAt: string, cancelled = false) {
  const em = t.db.orm.em.fork();
  const rdv = em.create(RdvSchema, { id: newId(), organisation: lens, motif: lensMotifId, startsAt: new Date(startsAt), endsAt: new Date(endsAt), createdByType: 'agent', status: cancelled ? 'revoked' : 'unknown' });
  em.create(AgentRdvSchema, { agent: agentId, rdv, startsAt: rdv.startsAt, endsAt: rdv.endsAt, cancelled });
  await em.flush();
  return rdv.id;
}

describe('GET /public/creneaux', () => {
  it('keeps a weekly plage at 09:00 local on both sides of the DST change, with the local offset', async () => {
    const res = await search({ motifId, lieuId, from: '2027-03-16', to: '2027-03-31' });
    expect(res.status).toBe(200);
    expect(res.body.timezone).toBe('Europe/Paris');
    const byDay = Object.fromEntries(res.body.days.map((d: { date: string; creneaux: { startsAt: string }[] }) => [d.date, d.creneaux.map((c) => c.startsAt)]));
    expect(byDay['2027-03-16']).toEqual(['2027-03-16T09:00:00+01:00', '2027-03-16T10:00:00+01:00', '2027-03-16T11:00:00+01:00']);
    expect(byDay['2027-03-30']).toEqual(['2027-03-30T09:00:00+02:00', '2027-03-30T10:00:00+02:00', '2027-03-30T11:00:00+02:00']);
    expect(byDay['2027-03-17']).toEqual([]);
    expect(res.body.days).toHaveLength(16);
    expect(res.body.nextAvailableAt).toBe('2027-03-16T09:00:00+01:00');
    expect(res.body.days[0].creneaux[0].endsAt).toBe('2027-03-16T10:00:00+01:00');
  });

  it('loads everything in at most 3 SQL queries', async () => {
    const conn = t.db.orm.em.getConnection();
    const original = conn.execute.bind(conn);
    let queries = 0;
    conn.execute = ((...args: Parameters<typeof original>) => { queries++; return original(...args); }) as typeof conn.execute;
    try {
      const res = await search({ motifId, lieuId, from: '2027-03-16', to: '2027-04-14' });
      expect(res.status).toBe(200);
    } finally {
      conn.execute = original;
    }
    expect(queries).toBeGreaterThan(0);
    expect(queries).toBeLessThanOrEqual(3);
  });

  it('an RDV of the same agent in another organisation blocks the plage; cancelling it frees the créneau', async () => {
    const rdvId = await bookInLens('2027-03-23T09:00:00+01:00', '2027-03-23T10:00:00+01:00');
    const blocked = await search({ motifId, lieuId, from: '2027-03-23', to: '2027-03-23' });
    expect(blocked.body.days[0].creneaux.map((c: { startsAt: string }) => c.startsAt)).toEqual(['2027-03-23T10:00:00+01:00', '2027-03-23T11:00:00+01:00']);
    const em = t.db.orm.em.fork();
    await em.nativeUpdate(AgentRdvSchema, { rdv: rdvId }, { cancelled: true });
    await em.nativeUpdate(RdvSchema, { id: rdvId }, { status: 'excused' });
    const freed = await search({ motifId, lieuId, from: '2027-03-23', to: '2027-03-23' });
    expect(freed.body.days[0].creneaux).toHaveLength(3);
  });

  it('clamps to the booking delays: nothing before now + min delay, nothing after now + max delay', async () => {
    // 09:30 local on a Tuesday: the begun interval restarts at 09:30 (5-min boundary), then the
    // 60-min minimum delay keeps créneaux from 10:30.
    t.setNow(new Date('2027-03-16T08:30:00Z'));
    try {
      const res = await search({ motifId, lieuId, from: '2027-03-16', to: '2027-04-16' });
      expect(res.status).toBe(422); // 32 days
      const today = await search({ motifId, lieuId, from: '2027-03-16', to: '2027-03-16' });
      expect(today.body.days[0].creneaux.map((c: { startsAt: string }) => c.startsAt)).toEqual(['2027-03-16T10:30:00+01:00']);
      const far = await search({ motifId, lieuId, from: '2027-04-13', to: '2027-04-20' });
      // max delay 30 days → last bookable instant 15 April 09:30 local.
      expect(far.body.days.find((d: { date: string }) => d.date === '2027-04-13').creneaux).toHaveLength(3);
      expect(far.body.days.find((d: { date: string }) => d.date === '2027-04-20').creneaux).toHaveLength(0);
    } finally {
      t.setNow(NOW);
    }
  });

  it('gives the next availability beyond an empty range', async () => {
    const res = await search({ motifId, lieuId, from: '2027-03-17', to: '2027-03-18' });
    expect(res.body.days.every((d: { creneaux: unknown[] }) => d.creneaux.length === 0)).toBe(true);
    expect(res.body.nextAvailableAt).toBe('2027-03-23T09:00:00+01:00');
  });

  it('answers 422 for malformed or too long ranges and 404 for motifs not bookable by everyone', async () => {
    const bad = await search({ motifId, lieuId, from: '15/03/2027', to: '2027-03-20' });
    expect(bad.status).toBe(422);
    expect(bad.body.errors[0].field).toBe('from');
    const long = await search({ motifId, lieuId, from: '2027-03-01', to: '2027-04-01' });
    expect(long.status).toBe(422);
    const internal = await search({ motifId: lensMotifId, from: '2027-03-16', to: '2027-03-20' });
    expect(internal.status).toBe(404);
    const unknown = await search({ motifId: 'nope', from: '2027-03-16', to: '2027-03-20' });
    expect(unknown.status).toBe(404);
  });
});

describe('GET /organisations/{id}/creneaux (agents)', () => {
  it('ignores booking delays and names the free agent', async () => {
    t.setNow(new Date('2027-03-16T08:30:00Z'));
    try {
      const token = await t.login();
      const res = await t.http.get(`/api/v1/organisations/${arras}/creneaux`).query({ motifId, lieuId, from: '2027-03-16', to: '2027-03-16' })
        .set('authorization', `Bearer ${token}`);
      expect(res.status).toBe(200);
      // 09:30 local: the interval already begun starts at the next 5-minute boundary (09:30 → 09:30).
      expect(res.body.days[0].creneaux[0]).toMatchObject({ startsAt: '2027-03-16T09:30:00+01:00', agents: [{ id: agentId, firstName: 'Alex', lastName: 'Double' }] });
      const other = await t.login('as.lens@demo.creneau.fr');
      const denied = await t.http.get(`/api/v1/organisations/${arras}/creneaux`).query({ motifId, from: '2027-03-16', to: '2027-03-16' })
        .set('authorization', `Bearer ${other}`);
      expect(denied.status).toBe(404);
    } finally {
      t.setNow(NOW);
    }
  });
});
