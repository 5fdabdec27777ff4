import { expect } from '@open-wc/testing';
import { createClient, ProblemError, uuid } from './client.js';
import { fakeApi, json, problem } from '../test/fake-api.js';

describe('API client', () => {
  let api: ReturnType<typeof fakeApi>;
  afterEach(() => api.restore());

  it('calls the public API under the given origin without cookies', async () => {
    const seen: RequestInit[] = [];
    const original = window.fetch;
    window.fetch = async (input, init = {}) => {
      seen.push({ ...init, body: String(input) as never });
      return json({ id: 'org-1' });
    };
    try {
      await createClient('https://rdv.example.org/').organisation('org 1');
    } finally {
      window.fetch = original;
    }
    expect(String(seen[0].body)).to.equal('https://rdv.example.org/api/v1/public/organisations/org%201');
    expect(seen[0].credentials).to.equal('omit');
    api = fakeApi();
  });

  it('uses the same origin when api is empty', async () => {
    api = fakeApi();
    await createClient('').organisation('org-1');
    expect(api.calls[0].path).to.equal('/organisations/org-1');
  });

  it('sends the créneaux query', async () => {
    api = fakeApi();
    await createClient().creneaux({ motifId: 'm', lieuId: 'l', from: '2027-03-29', to: '2027-04-04' });
    const q = api.calls[0].query;
    expect([q.get('motifId'), q.get('lieuId'), q.get('from'), q.get('to')]).to.deep.equal(['m', 'l', '2027-03-29', '2027-04-04']);
    await createClient().creneaux({ motifId: 'm', lieuId: null, from: '2027-03-29', to: '2027-04-04' });
    expect(api.calls[1].query.has('lieuId')).to.equal(false);
  });

  it('sends the Idempotency-Key and the manage token', async () => {
    api = fakeApi();
    const c = createClient();
    await c.createRdv({ motifId: 'm', startsAt: 'x', usager: { firstName: 'a', lastName: 'b' }, verification: { id: 'v', code: '1' } }, 'key-1');
    expect(api.calls[0].headers.get('Idempotency-Key')).to.equal('key-1');
    await c.rdv('rdv-1', 'tok-1');
    expect(api.calls[1].headers.get('Authorization')).to.equal('Bearer tok-1');
    const ics = await c.ics('rdv-1', 'tok-1');
    expect(ics).to.contain('BEGIN:VCALENDAR');
  });

  it('turns problem+json into ProblemError with code and field errors', async () => {
    api = fakeApi({ 'POST /verifications': () => problem(422, 'validation_error', [{ field: 'destination', message: 'Invalide' }]) });
    const e = await createClient().verification({ channel: 'sms', destination: 'x' }).catch((x) => x);
    expect(e).to.be.instanceOf(ProblemError);
    expect(e.status).to.equal(422);
    expect(e.code).to.equal('validation_error');
    expect(e.errors).to.deep.equal([{ field: 'destination', message: 'Invalide' }]);
  });

  it('guesses a code when the body is not a problem', async () => {
    api = fakeApi({ 'GET /organisations/x': () => new Response('nope', { status: 429 }) });
    const e = await createClient().organisation('x').catch((x) => x);
    expect(e.code).to.equal('rate_limited');
  });

  it('reports a network failure or CORS refusal as code network, status 0', async () => {
    const original = window.fetch;
    window.fetch = () => Promise.reject(new TypeError('Failed to fetch'));
    try {
      const e = await createClient().organisation('x').catch((x) => x);
      expect(e).to.be.instanceOf(ProblemError);
      expect([e.code, e.status]).to.deep.equal(['network', 0]);
    } finally {
      window.fetch = original;
    }
    api = fakeApi();
  });

  it('lets aborts through', async () => {
    api = fakeApi({}, { delay: 20 });
    const ctl = new AbortController();
    const p = createClient().organisation('org-1', ctl.signal);
    ctl.abort();
    const e = await p.catch((x) => x);
    expect(e.name).to.equal('AbortError');
  });

  it('makes RFC 4122 v4 ids', () => {
    expect(uuid()).to.match(/^[0-9a-f]{8}-[0-9a-f]{4}-4[0-9a-f]{3}-[89ab][0-9a-f]{3}-[0-9a-f]{12}$/);
    const saved = crypto.randomUUID;
    try {
      (crypto as { randomUUID?: unknown }).randomUUID = undefined;
      expect(uuid()).to.match(/^[0-9a-f]{8}-[0-9a-f]{4}-4[0-9a-f]{3}-[89ab][0-9a-f]{3}-[0-9a-f]{12}$/);
    } finally {
      crypto.randomUUID = saved;
    }
  });
});
