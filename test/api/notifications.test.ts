import { randomUUID } from 'node:crypto';
import type { EntityManager } from '@mikro-orm/postgresql';
import express from 'express';
import supertest from 'supertest';
import { afterAll, beforeAll, beforeEach, describe, expect, it } from 'vitest';
import { DEMO_AGENTS } from '../../api/src/db/seeders/demo-seed.js';
import { exec } from '../../api/src/db/sql.js';
import type { PgBossQueue } from '../../api/src/jobs/pg-boss-queue.js';
import { startJobs } from '../../api/src/jobs/start.js';
import { enqueueOneTimeCode, enqueueRdvEvent } from '../../api/src/modules/notifications/events.js';
import { QUEUES } from '../../api/src/modules/notifications/jobs.js';
import { manageUrlFor } from '../../api/src/modules/notifications/links.js';
import { shortLinksRouter } from '../../api/src/modules/notifications/short-links.js';
import { EMAIL_PATH, SMS_PATH, startFakeBrevo, type FakeBrevo } from '../support/fake-brevo.js';
import { eventually, jobsOf, seedRdv } from '../support/notification-fixtures.js';
import { bookingFixture, knownVerification } from '../support/booking-fixtures.js';
import { createTestApp, type TestApp } from '../support/test-app.js';

/**
 * Notifications through the real Brevo SDK against a local fake Brevo, with the real job queue
 * (pg-boss) on the test database. Retries are shortened: 1 s base delay, 2 retries (3 attempts).
 */

const NOW = new Date('2035-03-01T09:00:00Z');
/** Monday 26 March 2035, 11:00 in Paris (summer time since the 25th). */
const RDV_AT = new Date('2035-03-26T09:00:00Z');

let fake: FakeBrevo;
let t: TestApp;
let arras: string;
let lens: string;

beforeAll(async () => {
  fake = await startFakeBrevo();
  t = await createTestApp({
    now: NOW,
    env: {
      BREVO_API_KEY: 'test-brevo-key', BREVO_BASE_URL: fake.baseUrl, BREVO_TIMEOUT_SECONDS: '1',
      NOTIFY_RETRY_DELAY_SECONDS: '1', NOTIFY_RETRY_LIMIT: '2', JOBS_POLLING_INTERVAL_SECONDS: '0.5',
    },
    jobs: { runWorker: true },
  });
  [arras, lens] = t.organisationIds as [string, string];
});
afterAll(async () => {
  await t?.close();
  await fake?.close();
});

/** Every job of the notification queues has finished (completed, failed or dead-lettered). */
async function settled(): Promise<void> {
  await eventually(async () => {
    const rows = await t.db.orm.em.fork().getConnection().execute<{ n: number }[]>(
      "select count(*)::int as n from pgboss.job where name like 'notify\\_%' and name not in (?, ?) and state < 'completed'",
      [QUEUES.deadLetter, QUEUES.reminder]);
    return rows[0]!.n === 0;
  }, 40_000, 'notification jobs to settle');
}

beforeEach(async () => {
  await settled();
  fake.reset();
});

const inTransaction = <T>(fn: (em: EntityManager) => Promise<T>) => (t.db.orm.em.fork() as EntityManager).transactional(fn);

async function receiptsOf(messageKey: string) {
  return exec<{ result: string; attempt: number; error_message: string | null; destination_masked: string }[]>(t.db.orm.em.fork() as EntityManager,
    'select result, attempt, error_message, destination_masked from receipt where message_key = ? order by attempt, created_at', [messageKey]);
}

describe('notifications through Brevo', () => {
  let rdvId: string;

  it('sends the confirmation: e-mail with the ICS, SMS with the territoire sender, the agent’s e-mail', async () => {
    const seeded = await seedRdv(t, {
      startsAt: RDV_AT, usagers: [{ firstName: 'Léa', lastName: 'Martin', email: 'lea.martin@exemple.fr', phone: '+33612345678' }],
      agents: [{ email: 'nadia.benali@mds-arras.fr', firstName: 'Nadia', lastName: 'Benali', level: 'all' }],
    });
    rdvId = seeded.rdvId;
    await inTransaction((em) => enqueueRdvEvent(t.ctx, em, { event: 'rdv_created', rdvId, actor: null }));
    await fake.waitForAccepted(3);
    await settled();
    expect(fake.requests).toHaveLength(3);

    const emails = fake.accepted(EMAIL_PATH);
    const toUsager = emails.find((r) => (r.body.to as { email: string }[])[0]!.email === 'lea.martin@exemple.fr')!;
    expect(toUsager.method).toBe('POST');
    expect(toUsager.headers['api-key']).toBe('test-brevo-key');
    expect(toUsager.headers['content-type']).toMatch(/application\/json/);
    expect(toUsager.body).toMatchObject({
      sender: { email: t.ctx.config.brevo.senderEmail, name: t.ctx.config.brevo.senderName },
      to: [{ email: 'lea.martin@exemple.fr', name: 'Léa Martin' }],
      subject: 'RDV confirmé le lundi 26 mars 2035 à 11 h 00',
      tags: ['rdv_created'],
    });
    expect(toUsager.body.headers).toEqual({ idempotencyKey: expect.stringMatching(/^[0-9a-f]{8}-[0-9a-f]{4}-5[0-9a-f]{3}-[89ab][0-9a-f]{3}-[0-9a-f]{12}$/) });
    const manageLink = `${t.ctx.config.publicUrl}/demo/departement.html#rdv=${rdvId}&token=`;
    expect(toUsager.body.htmlContent).toContain(manageLink.replaceAll('&', '&amp;'));
    expect(toUsager.body.textContent).toContain(manageLink);
    const attachments = toUsager.body.attachment as { name: string; content: string }[];
    expect(attachments.map((a) => a.name)).toEqual(['rdv.ics']);
    const ics = Buffer.from(attachments[0]!.content, 'base64').toString('utf8');
    expect(ics).toContain('METHOD:PUBLISH');
    expect(ics).toContain('DTSTART;TZID=Europe/Paris:20350326T110000');
    expect(ics).toContain('BEGIN:VTIMEZONE');
    expect(ics).toContain(`UID:rdv-${rdvId}@creneau`);

    const [sms] = fake.accepted(SMS_PATH);
    expect(sms!.headers['api-key']).toBe('test-brevo-key');
    expect(sms!.body).toMatchObject({ sender: 'Dept62', recipient: '33612345678', type: 'transactional', tag: 'rdv_created' });
    const text = sms!.body.content as string;
    expect(text).toMatch(/^RDV PMI lun\. 26\/03 11h00/);
    expect(text.length).toBeLessThanOrEqual(160);
    // The SMS carries the short form of the manage link, which redirects to the signed one.
    const short = text.match(/http:\/\/localhost:3000\/r\/[A-Za-z0-9_-]{33}/)?.[0];
    expect(short).toBeTruthy();
    const redirect = await supertest(express().use(shortLinksRouter(t.ctx))).get(new URL(short!).pathname);
    expect(redirect.status).toBe(302);
    expect(redirect.headers.location).toBe(manageUrlFor(t.ctx.config, rdvId));
    expect(redirect.headers.location).toMatch(new RegExp(`^${manageLink.replace(/[.?]/g, '\\$&')}`));

    const toAgent = emails.find((r) => (r.body.to as { email: string }[])[0]!.email === 'nadia.benali@mds-arras.fr')!;
    expect(toAgent.body.subject).toBe('Nouveau RDV ajouté sur votre agenda : lundi 26 mars 2035 à 11 h 00');
    const agentIcs = Buffer.from((toAgent.body.attachment as { content: string }[])[0]!.content, 'base64').toString('utf8');
    expect(agentIcs).toContain('METHOD:REQUEST');
    expect(agentIcs).not.toContain('Martin'); // no usager name in an agent's calendar
  });

  it('lists every attempt of a RDV to members of its organisation only, destinations masked', async () => {
    const admin = await t.login(DEMO_AGENTS[0]);
    const res = await t.http.get(`/api/v1/organisations/${arras}/rdvs/${rdvId}/receipts`).set('authorization', `Bearer ${admin}`);
    expect(res.status).toBe(200);
    const items = res.body.items as { event: string; channel: string; destination: string; result: string; providerMessageId: string | null; attempt: number; createdAt: string; errorMessage: string | null }[];
    expect(items).toHaveLength(3);
    expect(items.map((i) => `${i.channel} ${i.destination} ${i.result} ${i.attempt}`).sort()).toEqual([
      'email l•••@exemple.fr sent 1',
      'email n•••@mds-arras.fr sent 1',
      'sms +33 6•• •• •• 78 sent 1',
    ]);
    for (const i of items) {
      expect(i).toMatchObject({ event: 'rdv_created', errorMessage: null });
      expect(i.providerMessageId).toBeTruthy();
      expect(Date.parse(i.createdAt)).not.toBeNaN();
    }
    expect(JSON.stringify(res.body)).not.toContain('12345678');

    const lensAgent = await t.login(DEMO_AGENTS[2]);
    expect((await t.http.get(`/api/v1/organisations/${arras}/rdvs/${rdvId}/receipts`).set('authorization', `Bearer ${lensAgent}`)).status).toBe(404);
    expect((await t.http.get(`/api/v1/organisations/${lens}/rdvs/${rdvId}/receipts`).set('authorization', `Bearer ${lensAgent}`)).status).toBe(404);
    expect((await t.http.get(`/api/v1/organisations/${arras}/rdvs/${rdvId}/receipts`)).status).toBe(401);
  });

  it('retries a failing provider with backoff until the message gets through', async () => {
    fake.failNext(2);
    await inTransaction((em) => enqueueOneTimeCode(t.ctx, em, { channel: 'sms', destination: '+33698765432', code: '424242', expiresInMinutes: 10, verificationId: 'retry-1' }));
    const [accepted] = await fake.waitForAccepted(1, SMS_PATH, 30_000);
    expect(accepted!.body).toMatchObject({ recipient: '33698765432', sender: 'Creneau', type: 'transactional' });
    expect(accepted!.body.content).toContain('424242');
    expect(fake.requests.map((r) => r.outcome)).toEqual(['error', 'error', 'accepted']);
    await settled();
    const receipts = await receiptsOf('one_time_code:retry-1:sms');
    expect(receipts.map((r) => `${r.attempt} ${r.result}`)).toEqual(['1 failure', '2 failure', '3 sent']);
    expect(receipts[0]!.error_message).toBe('Brevo 500 : internal_error : Simulated outage');
    expect(receipts[0]!.destination_masked).toBe('+33 6•• •• •• 32');
    // The first retry waited at least the base delay; the second at least twice as long (backoff).
    const [job] = (await jobsOf(t, QUEUES.deliver)).filter((j) => j.data.messageKey === 'one_time_code:retry-1:sms');
    expect(job!.state).toBe('completed');
  });

  it('a booking made during a Brevo outage still answers 201, and its confirmation arrives after the retries', async () => {
    const f = await bookingFixture(t, { firstDay: '2035-03-05' });
    fake.failNext(2);
    const verification = await knownVerification(t, '+33655443322');
    const started = Date.now();
    const res = await t.http.post('/api/v1/public/rdvs').set('Idempotency-Key', randomUUID()).send({
      motifId: f.motifId, lieuId: f.lieuId, startsAt: '2035-03-13T10:00:00+01:00', verification,
      usager: { firstName: 'Inès', lastName: 'Dubois', phone: '06 55 44 33 22' },
    });
    expect(res.status).toBe(201);
    expect(Date.now() - started).toBeLessThan(5_000); // the provider is never called inside the request
    const rdvId = res.body.rdv.id as string;
    const sms = await eventually(async () => fake.accepted(SMS_PATH).find((r) => r.body.recipient === '33655443322'), 30_000, 'the confirmation SMS');
    expect(sms.body.content).toMatch(/^RDV .*mar\. 13\/03 10h00/);
    expect(fake.requests.slice(0, 2).map((r) => r.outcome)).toEqual(['error', 'error']);
    await settled();
    const admin = await t.login(DEMO_AGENTS[0]);
    const receipts = await t.http.get(`/api/v1/organisations/${f.organisationId}/rdvs/${rdvId}/receipts`).set('authorization', `Bearer ${admin}`);
    const toUsager = (receipts.body.items as { channel: string; result: string; attempt: number }[]).filter((i) => i.channel === 'sms');
    expect(toUsager.map((i) => i.result)).toContain('sent');
    expect(receipts.body.items.filter((i: { result: string }) => i.result === 'failure')).toHaveLength(2);
  });

  it('retries a request that hangs past the SDK timeout', async () => {
    fake.failNext(1, 'hang');
    await inTransaction((em) => enqueueOneTimeCode(t.ctx, em, { channel: 'email', destination: 'camille@exemple.fr', code: '135790', expiresInMinutes: 10, verificationId: 'hang-1' }));
    const [accepted] = await fake.waitForAccepted(1, EMAIL_PATH, 30_000);
    expect(accepted!.body.subject).toBe('Votre code de vérification : 135790');
    expect(fake.requests.map((r) => r.outcome)).toEqual(['hung', 'accepted']);
    // Same message, same idempotency key: Brevo would ignore the repeat if the first had gone through.
    expect(fake.requests[0]!.body.headers).toEqual(fake.requests[1]!.body.headers);
    await settled();
    const receipts = await receiptsOf('one_time_code:hang-1:email');
    expect(receipts.map((r) => `${r.attempt} ${r.result} ${r.error_message ?? ''}`)).toEqual(['1 failure Brevo : délai de réponse dépassé', '2 sent ']);
  });

  it('sends nothing for a rolled-back transaction (the job is never committed)', async () => {
    await expect(inTransaction(async (em) => {
      await enqueueOneTimeCode(t.ctx, em, { channel: 'email', destination: 'annule@exemple.fr', code: '000000', expiresInMinutes: 10, verificationId: 'rollback-1' });
      await enqueueRdvEvent(t.ctx, em, { event: 'rdv_updated', rdvId, actor: null });
      throw new Error('la réservation échoue');
    })).rejects.toThrow('la réservation échoue');
    await inTransaction((em) => enqueueOneTimeCode(t.ctx, em, { channel: 'email', destination: 'valide@exemple.fr', code: '111111', expiresInMinutes: 10, verificationId: 'commit-1' }));
    await fake.waitForAccepted(1, EMAIL_PATH);
    await settled();
    expect(fake.requests.map((r) => (r.body.to as { email: string }[])[0]!.email)).toEqual(['valide@exemple.fr']);
    const jobs = [...await jobsOf(t, QUEUES.deliver), ...await jobsOf(t, QUEUES.rdvEvent)];
    expect(jobs.some((j) => j.data.to === 'annule@exemple.fr')).toBe(false);
    expect(jobs.some((j) => j.data.event === 'rdv_updated')).toBe(false);
    expect(await receiptsOf('one_time_code:rollback-1:email')).toEqual([]);
  });

  it('never sends twice when the worker stops after the provider accepted, before the job completed', async () => {
    await t.ctx.jobs!.stop();
    let first!: PgBossQueue;
    let crashed!: () => void;
    const crash = new Promise<void>((resolve) => { crashed = resolve; });
    first = await startJobs(t.ctx, {
      runWorker: true,
      hooks: {
        // The provider said yes and the receipt is written; the process "dies" before completing.
        afterReceipt: async () => {
          await first.stop({ graceful: false });
          crashed();
          throw new Error('simulated crash');
        },
      },
    });
    await inTransaction((em) => enqueueOneTimeCode(t.ctx, em, { channel: 'sms', destination: '+33611223344', code: '777777', expiresInMinutes: 10, verificationId: 'crash-1' }));
    await crash;
    const key = 'one_time_code:crash-1:sms';
    const stuck = (await jobsOf(t, QUEUES.deliver)).find((j) => j.data.messageKey === key)!;
    expect(stuck.state).toBe('retry');
    expect(fake.accepted(SMS_PATH)).toHaveLength(1);

    await startJobs(t.ctx, { runWorker: true }); // the restarted worker
    const done = await eventually(async () => {
      const job = (await jobsOf(t, QUEUES.deliver)).find((j) => j.data.messageKey === key);
      return job?.state === 'completed' ? job : null;
    }, 30_000, 'the retried job');
    expect(done.output).toEqual({ skipped: 'already_sent' });
    expect(fake.requests.filter((r) => r.body.recipient === '33611223344')).toHaveLength(1);
    expect((await receiptsOf(key)).map((r) => r.result)).toEqual(['sent']);
  });

  it('dead-letters a message after its last attempt and shows it to the organisation’s administrators', async () => {
    const seeded = await seedRdv(t, {
      startsAt: RDV_AT, usagers: [{ email: null, phone: '+33687654321' }], agents: [{ level: 'none' }],
    });
    fake.failNext(3);
    await inTransaction((em) => enqueueRdvEvent(t.ctx, em, { event: 'rdv_created', rdvId: seeded.rdvId, actor: null }));
    await eventually(async () => (await jobsOf(t, QUEUES.deadLetter)).length === 1, 40_000, 'the dead letter');
    expect(fake.requests.map((r) => r.outcome)).toEqual(['error', 'error', 'error']);
    const key = `rdv_created:${seeded.rdvId}:${seeded.usagerIds[0]}:sms:0`;
    expect((await receiptsOf(key)).map((r) => `${r.attempt} ${r.result}`)).toEqual(['1 failure', '2 failure', '3 failure']);
    expect((await jobsOf(t, QUEUES.deliver)).find((j) => j.data.messageKey === key)!.state).toBe('failed');

    // A message the provider refuses outright (400) is not retried: dead-lettered at once.
    fake.failNext(1, 'bad_request');
    await inTransaction((em) => enqueueOneTimeCode(t.ctx, em, { channel: 'sms', destination: '+33600000001', code: '222222', expiresInMinutes: 10, verificationId: 'bad-1' }));
    await eventually(async () => (await jobsOf(t, QUEUES.deadLetter)).length === 2, 20_000, 'the second dead letter');
    expect(fake.requests.filter((r) => r.body.recipient === '33600000001')).toHaveLength(1);

    const admin = await t.login(DEMO_AGENTS[0]);
    const res = await t.http.get(`/api/v1/organisations/${arras}/notifications/echecs`).set('authorization', `Bearer ${admin}`);
    expect(res.status).toBe(200);
    // One-time codes belong to no organisation: only the RDV's message is listed here.
    expect(res.body.items).toEqual([{
      id: expect.any(String), event: 'rdv_created', channel: 'sms', destination: '+33 6•• •• •• 21', rdvId: seeded.rdvId,
      lastError: 'Brevo 500 : internal_error : Simulated outage', attempts: 3, failedAt: expect.any(String),
    }]);
    expect(JSON.stringify(res.body)).not.toContain('87654321');

    const basic = await t.login(DEMO_AGENTS[1]);
    expect((await t.http.get(`/api/v1/organisations/${arras}/notifications/echecs`).set('authorization', `Bearer ${basic}`)).status).toBe(403);
    const lensAgent = await t.login(DEMO_AGENTS[2]);
    expect((await t.http.get(`/api/v1/organisations/${arras}/notifications/echecs`).set('authorization', `Bearer ${lensAgent}`)).status).toBe(404);
    const lensAdmin = await t.login(); // territoire admin: sees Lens, which has no failure
    expect((await t.http.get(`/api/v1/organisations/${lens}/notifications/echecs`).set('authorization', `Bearer ${lensAdmin}`)).body.items).toEqual([]);
  });
});
