import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { DEMO_AGENTS } from '../../api/src/db/seeders/demo-seed.js';
import { eventually } from '../support/notification-fixtures.js';
import { createTestApp, type TestApp } from '../support/test-app.js';

/**
 * An admin invites an agent: the invitation e-mail leaves through the job queue (development
 * outbox here), its link lets the agent choose a password once, then the agent logs in.
 */

let t: TestApp;
let arras: string;
beforeAll(async () => {
  t = await createTestApp({ env: { JOBS_POLLING_INTERVAL_SECONDS: '0.5' }, jobs: { runWorker: true } });
  arras = t.organisationIds[0]!;
});
afterAll(async () => { await t?.close(); });

interface OutboxItem { channel: string; to: string; subject: string | null; text: string }

async function invitationTo(email: string): Promise<{ item: OutboxItem; token: string }> {
  const item = await eventually(async () => {
    const items = (await t.http.get('/dev/outbox')).body.items as OutboxItem[];
    return items.find((i) => i.to === email);
  }, 20_000, `the invitation to ${email}`);
  const token = item.text.match(/\/admin#\/invitation\/([A-Za-z0-9_-]+)/)?.[1];
  expect(token).toBeTruthy();
  return { item, token: token! };
}

const accept = (invitationToken: string, password: string) =>
  t.http.post('/api/v1/auth/token').send({ grantType: 'invitation', invitationToken, password });

describe('agent invitation', () => {
  it('e-mails a link with which the agent chooses a password once, then logs in', async () => {
    const admin = await t.login(DEMO_AGENTS[0]);
    const created = await t.http.post(`/api/v1/organisations/${arras}/agents`).set('authorization', `Bearer ${admin}`)
      .send({ firstName: 'Chloé', lastName: 'Invitée', email: 'chloe.invitee@exemple.fr', role: 'basic' });
    expect(created.status).toBe(201);
    expect(created.body.invitationPending).toBe(true);

    const { item, token } = await invitationTo('chloe.invitee@exemple.fr');
    expect(item.channel).toBe('email');
    expect(item.subject).toBe('Invitation à rejoindre MDS d\'Arras sur Créneau');
    expect(item.text).toContain('Bonjour Chloé Invitée,');
    expect(item.text).toMatch(/valable jusqu’au \S+ \d+ \S+ \d{4} à \d+ h \d\d/);
    expect(item.text).toContain(`${t.ctx.config.publicUrl}/admin#/invitation/${token}`);

    const weak = await accept(token, 'motdepasse');
    expect(weak.status).toBe(422);
    expect(weak.body.errors).toEqual([{ field: 'password', message: expect.stringContaining('12 caractères') }]);

    const ok = await accept(token, 'Un-Mot-De-Passe-Solide-1');
    expect(ok.status).toBe(200);
    expect(ok.body).toMatchObject({ tokenType: 'Bearer', accessToken: expect.any(String) });
    const me = await t.http.get('/api/v1/me').set('authorization', `Bearer ${ok.body.accessToken}`);
    expect(me.body).toMatchObject({ email: 'chloe.invitee@exemple.fr', organisations: [expect.objectContaining({ id: arras, role: 'basic' })] });

    // Used once: the same link no longer works; the password does.
    const again = await accept(token, 'Un-Autre-Mot-De-Passe-2');
    expect(again.status).toBe(401);
    expect(again.body.code).toBe('invitation_invalide');
    const login = await t.http.post('/api/v1/auth/token').send({ grantType: 'password', email: 'chloe.invitee@exemple.fr', password: 'Un-Mot-De-Passe-Solide-1' });
    expect(login.status).toBe(200);
    const list = await t.http.get(`/api/v1/organisations/${arras}/agents`).set('authorization', `Bearer ${admin}`);
    expect(list.body.items.find((a: { email: string }) => a.email === 'chloe.invitee@exemple.fr').invitationPending).toBe(false);

    // The receipt records the e-mail without its content (the link is a credential).
    const receipts = await t.db.orm.em.fork().getConnection().execute<{ event: string; content: string | null; destination_masked: string }[]>(
      "select event, content, destination_masked from receipt where event = 'agent_invitation'");
    expect(receipts).toEqual([{ event: 'agent_invitation', content: null, destination_masked: 'c•••@exemple.fr' }]);
  });

  it('refuses an unknown or expired token, and a missing one (422)', async () => {
    expect((await accept('inconnu-0123456789', 'Un-Mot-De-Passe-Solide-1')).body.code).toBe('invitation_invalide');
    const missing = await t.http.post('/api/v1/auth/token').send({ grantType: 'invitation', password: 'Un-Mot-De-Passe-Solide-1' });
    expect(missing.status).toBe(422);
    expect(missing.body.errors.map((e: { field: string }) => e.field)).toEqual(['invitationToken']);

    const admin = await t.login(DEMO_AGENTS[0]);
    await t.http.post(`/api/v1/organisations/${arras}/agents`).set('authorization', `Bearer ${admin}`)
      .send({ firstName: 'Paul', lastName: 'Tardif', email: 'paul.tardif@exemple.fr', role: 'basic' });
    const { token } = await invitationTo('paul.tardif@exemple.fr');
    await t.db.orm.em.fork().getConnection().execute(
      "update agent set invitation_expires_at = now() - interval '1 minute' where email = 'paul.tardif@exemple.fr'");
    const expired = await accept(token, 'Un-Mot-De-Passe-Solide-1');
    expect(expired.status).toBe(401);
    expect(expired.body.detail).toContain('inviter à nouveau');
  });
});
