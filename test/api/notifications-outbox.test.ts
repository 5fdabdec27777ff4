import type { EntityManager } from '@mikro-orm/postgresql';
import supertest from 'supertest';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { createApp } from '../../api/src/app.js';
import { newId } from '../../api/src/db/columns.js';
import { exec } from '../../api/src/db/sql.js';
import { jobSettings, retrySpanSeconds } from '../../api/src/jobs/settings.js';
import { stableId } from '../../api/src/jobs/stable-id.js';
import { DevOutboxSender } from '../../api/src/modules/notifications/dev-outbox-sender.js';
import { enqueueOneTimeCode } from '../../api/src/modules/notifications/events.js';
import { maskEmail, maskPhone } from '../../api/src/modules/notifications/mask.js';
import { anonymiseOldReceipts, deleteOldReceipts } from '../../api/src/modules/notifications/receipts.js';
import { parseShortCode, shortCodeFor } from '../../api/src/modules/notifications/short-links.js';
import { eventually } from '../support/notification-fixtures.js';
import { createTestApp, type TestApp } from '../support/test-app.js';

/** Without BREVO_API_KEY messages go to the development outbox; receipts retention; small rules. */

let t: TestApp;
beforeAll(async () => {
  t = await createTestApp({ env: { JOBS_POLLING_INTERVAL_SECONDS: '0.5' }, jobs: { runWorker: true } });
});
afterAll(async () => { await t?.close(); });

const em = () => t.db.orm.em.fork() as EntityManager;

describe('development outbox', () => {
  it('stores what would have been sent and lists it newest first, as JSON and as a page', async () => {
    await em().transactional((tem) => enqueueOneTimeCode(t.ctx, tem, { channel: 'email', destination: 'premier@exemple.fr', code: '314159', expiresInMinutes: 10, verificationId: 'outbox-1' }));
    await eventually(async () => (await t.http.get('/dev/outbox')).body.items.length === 1, 20_000, 'the first message');
    await em().transactional((tem) => enqueueOneTimeCode(t.ctx, tem, { channel: 'sms', destination: '+33712345678', code: '271828', expiresInMinutes: 10, verificationId: 'outbox-2' }));
    const res = await eventually(async () => {
      const r = await t.http.get('/dev/outbox');
      return r.body.items.length === 2 ? r : null;
    }, 20_000, 'the second message');
    expect(res.status).toBe(200);
    expect(res.body.items.map((i: { channel: string; to: string }) => `${i.channel}:${i.to}`)).toEqual(['sms:+33712345678', 'email:premier@exemple.fr']);
    expect(res.body.items[0].text).toContain('271828');
    expect(res.body.items[1]).toMatchObject({ subject: 'Votre code de vérification : 314159', attachments: [] });
    const page = await t.http.get('/dev/outbox/');
    expect(page.status).toBe(200);
    expect(page.headers['content-type']).toMatch(/text\/html/);
    expect(page.text.indexOf('+33712345678')).toBeLessThan(page.text.indexOf('premier@exemple.fr'));
    // A one-time code leaves a receipt without its content.
    const receipts = await exec<{ provider: string; result: string; content: string | null; destination_masked: string }[]>(em(),
      "select provider, result, content, destination_masked from receipt where message_key = 'one_time_code:outbox-1:email'");
    expect(receipts).toEqual([{ provider: 'dev_outbox', result: 'sent', content: null, destination_masked: 'p•••@exemple.fr' }]);
  });

  it('is idempotent on the message key', async () => {
    const sender = new DevOutboxSender(t.db.orm);
    const message = { channel: 'sms' as const, messageKey: 'test:idempotent', tag: 'one_time_code', to: '+33600000000', text: 'Bonjour', sender: 'Creneau' };
    const a = await sender.send(message);
    const b = await sender.send(message);
    expect(b.providerMessageId).toBe(a.providerMessageId);
    expect(await exec(em(), "select id from dev_outbox_message where message_key = 'test:idempotent'")).toHaveLength(1);
  });

  it('does not exist in production (404 problem)', async () => {
    const production = createApp({ ...t.ctx, config: { ...t.ctx.config, env: 'production' } });
    for (const path of ['/dev/outbox', '/dev/outbox/']) {
      const res = await supertest(production).get(path);
      expect(res.status).toBe(404);
      expect(res.headers['content-type']).toMatch(/application\/problem\+json/);
      expect(res.body.code).toBe('route_inconnue');
    }
  });
});

describe('receipts retention', () => {
  it('blanks destination and content after 6 months, deletes after 2 years, daily at 03:15 Paris', async () => {
    const now = new Date();
    const monthsAgo = (n: number) => { const d = new Date(now); d.setUTCMonth(d.getUTCMonth() - n); return d.toISOString(); };
    const insert = async (createdAt: string) => {
      const id = newId();
      await exec(em(), `insert into receipt (id, event, channel, destination_masked, result, attempt, provider, content, message_key, created_at)
        values (?, 'rdv_created', 'sms', '+33 6•• •• •• 78', 'sent', 1, 'brevo', 'RDV PMI…', ?, ?)`, [id, `retention:${id}`, new Date(createdAt)]);
      return id;
    };
    const recent = await insert(monthsAgo(5));
    const old = await insert(monthsAgo(7));
    const ancient = await insert(monthsAgo(25));
    expect(await anonymiseOldReceipts(em(), now)).toBe(2);
    expect(await anonymiseOldReceipts(em(), now)).toBe(0);
    expect(await deleteOldReceipts(em(), now)).toBe(1);
    const rows = await exec<{ id: string; destination_masked: string; content: string | null; anonymised_at: string | null }[]>(em(),
      'select id, destination_masked, content, anonymised_at from receipt where id = any(?::uuid[])', [`{${recent},${old},${ancient}}`]);
    const byId = Object.fromEntries(rows.map((r) => [r.id, r]));
    expect(byId[ancient]).toBeUndefined();
    expect(byId[old]).toMatchObject({ destination_masked: '', content: null });
    expect(byId[old]!.anonymised_at).not.toBeNull();
    expect(byId[recent]).toMatchObject({ destination_masked: '+33 6•• •• •• 78', content: 'RDV PMI…', anonymised_at: null });

    const schedules = await exec<{ name: string; cron: string; timezone: string }[]>(em(), 'select name, cron, timezone from pgboss.schedule');
    expect(schedules).toEqual([{ name: 'notify_receipt_retention', cron: '15 3 * * *', timezone: 'Europe/Paris' }]);
  });
});

describe('rules', () => {
  it('masks destinations', () => {
    expect(maskPhone('+33612345678')).toBe('+33 6•• •• •• 78');
    expect(maskPhone('+262692123456')).toBe('+262 6•• •• •• 56');
    expect(maskEmail('marie.dupont@exemple.fr')).toBe('m•••@exemple.fr');
  });

  it('retries for at least 72 hours, the first retry within a minute', () => {
    const s = jobSettings({});
    expect(s).toMatchObject({ retryLimit: 14, retryDelaySeconds: 16 });
    const span = retrySpanSeconds(s);
    expect(span.min).toBeGreaterThanOrEqual(72 * 3600);
    expect(span.max).toBeLessThan(7 * 24 * 3600);
    expect(2 * s.retryDelaySeconds).toBeLessThanOrEqual(60);
    expect(() => jobSettings({ NOTIFY_RETRY_LIMIT: 'beaucoup' })).toThrow(/NOTIFY_RETRY_LIMIT/);
  });

  it('derives stable job ids and verifiable short links', () => {
    expect(stableId('a')).toBe(stableId('a'));
    expect(stableId('a')).not.toBe(stableId('b'));
    const rdvId = newId();
    const code = shortCodeFor(t.ctx.config, rdvId);
    expect(code).toHaveLength(33);
    expect(parseShortCode(t.ctx.config, code)).toEqual({ kind: 'r', id: rdvId });
    const tampered = `${code.slice(0, 5)}${code[5] === 'A' ? 'B' : 'A'}${code.slice(6)}`;
    expect(parseShortCode(t.ctx.config, tampered)).toBeNull();
  });
});
