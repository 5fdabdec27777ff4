import type { EntityManager } from '@mikro-orm/postgresql';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { exec } from '../../api/src/db/sql.js';
import { enqueueRdvEvent, scheduleReminder, type RdvChange } from '../../api/src/modules/notifications/events.js';
import { QUEUES, type DeliverJob, type RdvEventJob, type ReminderJob } from '../../api/src/modules/notifications/jobs.js';
import { notificationHandlers } from '../../api/src/modules/notifications/worker.js';
import { jobsOf, seedRdv, type SeededRdv } from '../support/notification-fixtures.js';
import { createTestApp, type TestApp } from '../support/test-app.js';

/**
 * Reminder scheduling and the RDV event fan-out. The queue runs without workers: jobs stay in the
 * database to be inspected, and handlers are run by hand on their data.
 */

const HOUR = 3_600_000;
/** Monday 29 March 2027, 10:00 in Paris: the day after the switch to summer time (UTC+2). */
const RDV_AT = new Date('2027-03-29T08:00:00Z');

let t: TestApp;
beforeAll(async () => {
  t = await createTestApp({ now: new Date('2027-03-01T09:00:00Z'), jobs: { runWorker: false } });
});
afterAll(async () => { await t?.close(); });

const inTransaction = <T>(fn: (em: EntityManager) => Promise<T>) => (t.db.orm.em.fork() as EntityManager).transactional(fn);
const paris = (d: Date) => d.toLocaleString('fr-FR', { timeZone: 'Europe/Paris', dateStyle: 'full', timeStyle: 'short' });

async function remindersOf(rdvId: string) {
  return (await jobsOf(t, QUEUES.reminder)).filter((j) => j.data.rdvId === rdvId);
}

/** Runs the handlers on a job's data; what they would enqueue is captured instead. */
function handlers() {
  const sent: DeliverJob[] = [];
  const h = notificationHandlers(t.ctx, { send: async (_name: string, data: object) => { sent.push(data as DeliverJob); return 'id'; } }, {
    sender: { provider: 'none', send: async () => { throw new Error('not used'); } },
  });
  return { h, sent };
}
const asJob = <T>(data: unknown) => ({ id: 'job', name: 'test', data: data as T, attempt: 1, maxAttempts: 1 });

async function move(rdv: SeededRdv, to: Date, change: Partial<RdvChange> = {}) {
  await inTransaction(async (em) => {
    const [old] = await exec<{ starts_at: string }[]>(em, 'select starts_at from rdv where id = ?', [rdv.rdvId]);
    const end = new Date(to.getTime() + 30 * 60_000);
    await exec(em, 'update rdv set starts_at = ?, ends_at = ?, sequence = sequence + 1 where id = ?', [to, end, rdv.rdvId]);
    await exec(em, 'update agent_rdv set starts_at = ?, ends_at = ? where rdv_id = ?', [to, end, rdv.rdvId]);
    await enqueueRdvEvent(t.ctx, em, { event: 'rdv_updated', rdvId: rdv.rdvId, actor: null, previous: { startsAt: new Date(old!.starts_at) }, ...change });
  });
}

describe('reminders', () => {
  it('48 hours before, in real hours across the switch to summer time', async () => {
    t.setNow(new Date('2027-03-01T09:00:00Z'));
    const rdv = await seedRdv(t, { startsAt: RDV_AT });
    await inTransaction((em) => enqueueRdvEvent(t.ctx, em, { event: 'rdv_created', rdvId: rdv.rdvId, actor: null }));
    const [reminder] = await remindersOf(rdv.rdvId);
    expect(reminder!.state).toBe('created');
    expect(reminder!.start_after.toISOString()).toBe('2027-03-27T08:00:00.000Z');
    expect(RDV_AT.getTime() - reminder!.start_after.getTime()).toBe(48 * HOUR);
    // Saturday 09:00 winter time for a Monday 10:00 summer-time RDV: 48 elapsed hours, not "same time two days before".
    expect(paris(reminder!.start_after)).toBe('samedi 27 mars 2027 à 09:00');
    expect(reminder!.data).toMatchObject({ rdvId: rdv.rdvId, startsAt: RDV_AT.toISOString(), sequence: 0 });
    const events = (await jobsOf(t, QUEUES.rdvEvent)).filter((j) => j.data.rdvId === rdv.rdvId);
    expect(events.map((e) => e.data.event)).toEqual(['rdv_created']);
  });

  it('short notice: the evening before, the same morning, or none when booked at the last minute', async () => {
    const cases: [string, string | null][] = [
      // Booked Saturday 12:00 Paris: 48 h before has passed → Sunday 18:00 Paris.
      ['2027-03-27T11:00:00Z', '2027-03-28T16:00:00.000Z'],
      // Booked Sunday 21:00 Paris: too late for the evening → Monday 08:00 Paris.
      ['2027-03-28T19:00:00Z', '2027-03-29T06:00:00.000Z'],
      // Booked Monday 09:30 for 10:00: the confirmation is the reminder.
      ['2027-03-29T07:30:00Z', null],
    ];
    for (const [bookedAt, expected] of cases) {
      t.setNow(new Date(bookedAt));
      const rdv = await seedRdv(t, { startsAt: RDV_AT });
      const at = await inTransaction((em) => scheduleReminder(t.ctx, em, { id: rdv.rdvId, startsAt: RDV_AT, sequence: 0 }));
      expect(at?.toISOString() ?? null).toBe(expected);
      const jobs = await remindersOf(rdv.rdvId);
      expect(jobs.map((j) => j.start_after.toISOString())).toEqual(expected ? [expected] : []);
    }
  });

  it('moving a RDV cancels its reminder and schedules a new one; the old job, if it ran, sends nothing', async () => {
    t.setNow(new Date('2027-03-01T09:00:00Z'));
    const rdv = await seedRdv(t, { startsAt: RDV_AT });
    await inTransaction((em) => enqueueRdvEvent(t.ctx, em, { event: 'rdv_created', rdvId: rdv.rdvId, actor: null }));
    const [old] = await remindersOf(rdv.rdvId);
    const newStart = new Date('2027-04-05T08:00:00Z'); // Monday 5 April, 10:00 Paris
    await move(rdv, newStart);

    const jobs = await remindersOf(rdv.rdvId);
    expect(jobs.map((j) => [j.id === old!.id ? 'old' : 'new', j.state, j.start_after.toISOString()])).toEqual([
      ['old', 'cancelled', '2027-03-27T08:00:00.000Z'],
      ['new', 'created', '2027-04-03T08:00:00.000Z'],
    ]);
    expect(jobs[1]!.data).toMatchObject({ startsAt: newStart.toISOString(), sequence: 1 });

    // Even had it not been cancelled, the stale job is a no-op at send time.
    const { h, sent } = handlers();
    t.setNow(new Date('2027-03-27T08:00:00Z'));
    expect(await h.reminder(asJob<ReminderJob>(old!.data))).toEqual({ skipped: 'rdv_moved' });
    expect(sent).toEqual([]);

    t.setNow(new Date('2027-04-03T08:00:00Z'));
    expect(await h.reminder(asJob<ReminderJob>(jobs[1]!.data))).toEqual({ messages: 2 });
    expect(sent.map((m) => [m.channel, m.event, m.to])).toEqual([
      ['email', 'rdv_upcoming_reminder', 'lea.martin@exemple.fr'],
      ['sms', 'rdv_upcoming_reminder', '+33612345678'],
    ]);
    expect(sent[0]!.subject).toBe('Rappel : RDV le lundi 5 avril 2027 à 10 h 00');
    expect(sent[1]!.text).toMatch(/^Rappel : RDV PMI lun\. 05\/04 10h00/);
    // Checked once more at delivery: the RDV must still start at the reminded time.
    expect(sent[0]!.guard).toEqual({ rdvId: rdv.rdvId, notCancelled: true, startsAt: newStart.toISOString() });

    // A cancelled RDV gets no reminder either.
    await exec(t.db.orm.em.fork() as EntityManager, "update rdv set status = 'revoked' where id = ?", [rdv.rdvId]);
    sent.length = 0;
    expect(await h.reminder(asJob<ReminderJob>(jobs[1]!.data))).toEqual({ skipped: 'rdv_cancelled' });
    expect(sent).toEqual([]);
  });
});

describe('RDV events', () => {
  it('a move tells the usager the old date, and each agent what changed on their agenda', async () => {
    t.setNow(new Date('2027-03-01T09:00:00Z'));
    const rdv = await seedRdv(t, { startsAt: RDV_AT, agents: [{ email: 'ancienne@mds-arras.fr', level: 'all' }, { email: 'nouvelle@mds-arras.fr', level: 'all' }] });
    const [leaving, arriving] = rdv.agentIds as [string, string];
    // Before the change only the first agent was on the RDV.
    await move(rdv, new Date('2027-03-30T08:00:00Z'), { actor: null, previous: { startsAt: RDV_AT, agentIds: [leaving] } });
    await exec(t.db.orm.em.fork() as EntityManager, 'delete from agent_rdv where rdv_id = ? and agent_id = ?', [rdv.rdvId, leaving]);
    const [event] = (await jobsOf(t, QUEUES.rdvEvent)).filter((j) => j.data.rdvId === rdv.rdvId);
    const { h, sent } = handlers();
    await h.rdvEvent(asJob<RdvEventJob>(event!.data));
    const byTo = Object.fromEntries(sent.map((m) => [`${m.channel}:${m.to}`, m]));
    expect(Object.keys(byTo).sort()).toEqual(['email:ancienne@mds-arras.fr', 'email:lea.martin@exemple.fr', 'email:nouvelle@mds-arras.fr', 'sms:+33612345678']);
    expect(byTo['email:lea.martin@exemple.fr']!.subject).toBe('RDV du lundi 29 mars 2027 à 10 h 00 modifié');
    expect(byTo['sms:+33612345678']!.text).toMatch(/^RDV PMI modifié : mar\. 30\/03 10h00/);
    expect(byTo['email:nouvelle@mds-arras.fr']!.subject).toBe('Nouveau RDV ajouté sur votre agenda : mardi 30 mars 2027 à 10 h 00');
    expect(byTo['email:ancienne@mds-arras.fr']!.subject).toBe('RDV annulé sur votre agenda : mardi 30 mars 2027 à 10 h 00');
    expect(byTo['email:nouvelle@mds-arras.fr']!.messageKey).toBe(`rdv_created:${rdv.rdvId}:agent:${arriving}:email:1`);
    expect(byTo['sms:+33612345678']!.messageKey).toBe(`rdv_updated:${rdv.rdvId}:${rdv.usagerIds[0]}:sms:1`);
  });

  it('a cancellation by an agent goes by SMS too; by the usager, by e-mail only; the author agent is not told', async () => {
    t.setNow(new Date('2027-03-01T09:00:00Z'));
    const byAgent = await seedRdv(t, { startsAt: RDV_AT, status: 'revoked', agents: [{ level: 'others' }] });
    const byUsager = await seedRdv(t, { startsAt: RDV_AT, status: 'excused', agents: [{ level: 'others', email: 'agent.others@mds-arras.fr' }] });
    const author = { kind: 'agent' as const, agentId: byAgent.agentIds[0]!, roles: new Map(), territoireIds: new Set<string>() };
    await inTransaction(async (em) => {
      await enqueueRdvEvent(t.ctx, em, { event: 'rdv_cancelled', rdvId: byAgent.rdvId, actor: author, previous: { status: 'unknown' } });
      await enqueueRdvEvent(t.ctx, em, { event: 'rdv_cancelled', rdvId: byUsager.rdvId, actor: { kind: 'manage', rdvId: byUsager.rdvId, participationId: null } });
    });
    // No reminder is scheduled for a cancelled RDV.
    expect(await remindersOf(byAgent.rdvId)).toEqual([]);
    const { h, sent } = handlers();
    for (const job of (await jobsOf(t, QUEUES.rdvEvent)).filter((j) => j.data.event === 'rdv_cancelled')) await h.rdvEvent(asJob<RdvEventJob>(job.data));
    const of = (rdvId: string) => sent.filter((m) => m.rdvId === rdvId).map((m) => `${m.channel}:${m.to}`).sort();
    expect(of(byAgent.rdvId)).toEqual(['email:lea.martin@exemple.fr', 'sms:+33612345678']);
    expect(of(byUsager.rdvId)).toEqual(['email:agent.others@mds-arras.fr', 'email:lea.martin@exemple.fr']);
    const revoked = sent.find((m) => m.rdvId === byAgent.rdvId && m.channel === 'email')!;
    expect(revoked.subject).toBe('Votre RDV du lundi 29 mars 2027 à 10 h 00 est annulé par le service');
    const excused = sent.find((m) => m.rdvId === byUsager.rdvId && m.to === 'lea.martin@exemple.fr')!;
    expect(excused.subject).toBe('RDV du lundi 29 mars 2027 à 10 h 00 annulé');
  });

  it('an event for a RDV that has started or no longer exists sends nothing', async () => {
    const rdv = await seedRdv(t, { startsAt: RDV_AT });
    await inTransaction((em) => enqueueRdvEvent(t.ctx, em, { event: 'rdv_created', rdvId: rdv.rdvId, actor: null }));
    const [event] = (await jobsOf(t, QUEUES.rdvEvent)).filter((j) => j.data.rdvId === rdv.rdvId);
    const { h, sent } = handlers();
    t.setNow(new Date(RDV_AT.getTime() + 60_000));
    expect(await h.rdvEvent(asJob<RdvEventJob>(event!.data))).toEqual({ messages: 0 });
    await exec(t.db.orm.em.fork() as EntityManager, 'delete from rdv where id = ?', [rdv.rdvId]);
    expect(await h.rdvEvent(asJob<RdvEventJob>(event!.data))).toEqual({ skipped: 'rdv_deleted' });
    expect(sent).toEqual([]);
  });
});
