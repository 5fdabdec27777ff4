import { expect } from '@open-wc/testing';
import { Session, ApiError } from './session.js';
import { json, problem } from './test-support/fake-admin-api.js';

/** A scripted fetch: each call is answered by the next matching responder. */
function script(responders: ((path: string, init: RequestInit) => Response | undefined)[]) {
  const calls: { path: string; auth: string | null; body: any; credentials?: RequestCredentials }[] = [];
  const original = window.fetch;
  window.fetch = async (input: RequestInfo | URL, init: RequestInit = {}) => {
    const path = new URL(String(input), location.href).pathname.replace(/^.*\/api\/v1/, '');
    calls.push({ path, auth: new Headers(init.headers).get('Authorization'), body: init.body ? JSON.parse(String(init.body)) : undefined, credentials: init.credentials });
    for (const r of responders) {
      const res = r(path, init);
      if (res) return res;
    }
    return problem(404, 'not_found');
  };
  return { calls, restore: () => (window.fetch = original) };
}
const token = (t: string, expiresIn = 900) => json({ accessToken: t, tokenType: 'Bearer', expiresIn });
const body = (init: RequestInit) => JSON.parse(String(init.body ?? '{}'));

describe('Session', () => {
  let restore = () => {};
  afterEach(() => restore());

  it('logs in with a browser session (cookie), keeps the token in memory and sends it', async () => {
    const f = script([(p) => (p == '/auth/token' ? token('A') : undefined), (p) => (p == '/me' ? json({ id: 'me' }) : undefined)]);
    restore = f.restore;
    const s = new Session('');
    await s.login('a@b.fr', 'pw');
    expect(f.calls[0].body).to.deep.equal({ grantType: 'password', email: 'a@b.fr', password: 'pw', session: true });
    expect(f.calls[0].credentials).to.equal('same-origin');
    expect(await s.get('/me')).to.deep.equal({ id: 'me' });
    expect(f.calls[1].auth).to.equal('Bearer A');
    expect(JSON.stringify(localStorage) + JSON.stringify(sessionStorage) + document.cookie).not.to.contain('A"');
    s.dispose();
  });

  it('refreshes with the cookie before the token expires', async () => {
    let now = 0;
    const f = script([(p, i) => (p == '/auth/token' ? token(body(i).grantType == 'refresh_token' ? 'B' : 'A') : undefined), () => json({})]);
    restore = f.restore;
    const s = new Session('', () => now);
    await s.login('a@b.fr', 'pw');
    now = 895_000; // 5 s before expiry
    await s.get('/me');
    expect(f.calls.map((c) => c.path)).to.deep.equal(['/auth/token', '/auth/token', '/me']);
    expect(f.calls[1].body).to.deep.equal({ grantType: 'refresh_token' });
    expect(f.calls[2].auth).to.equal('Bearer B');
    s.dispose();
  });

  it('on a 401, refreshes and retries once', async () => {
    let first = true;
    const f = script([
      (p, i) => (p == '/auth/token' ? token(body(i).grantType == 'refresh_token' ? 'B' : 'A') : undefined),
      (p) => (p == '/me' && first ? ((first = false), problem(401, 'unauthorized')) : undefined),
      () => json({ ok: true }),
    ]);
    restore = f.restore;
    const s = new Session('');
    await s.login('a@b.fr', 'pw');
    expect(await s.get('/me')).to.deep.equal({ ok: true });
    expect(f.calls.map((c) => `${c.path} ${c.auth ?? ''}`)).to.deep.equal(['/auth/token ', '/me Bearer A', '/auth/token ', '/me Bearer B']);
    s.dispose();
  });

  it('when the session is gone, the request waits for a new login, then goes through', async () => {
    let cookie = true;
    let first = true;
    const f = script([
      (p, i) => {
        if (p != '/auth/token') return undefined;
        if (body(i).grantType == 'refresh_token') return cookie ? token('B') : problem(401, 'session_expiree');
        cookie = true;
        return token('C');
      },
      (p) => (p == '/motifs' && first ? ((first = false), problem(401, 'unauthorized')) : undefined),
      (_p, i) => json({ saved: body(i) }),
    ]);
    restore = f.restore;
    const s = new Session('');
    await s.login('a@b.fr', 'pw');
    cookie = false;
    let expired = 0;
    s.addEventListener('expired', () => expired++);
    const pending = s.request('POST', '/motifs', { body: { name: 'Gardé' } });
    await new Promise((r) => setTimeout(r, 20));
    expect(expired).to.equal(1);
    expect(s.expired).to.equal(true);
    await s.login('a@b.fr', 'pw');
    expect(await pending).to.deep.equal({ saved: { name: 'Gardé' } });
    expect(f.calls.at(-1)!.auth).to.equal('Bearer C');
    s.dispose();
  });

  it('turns problems into ApiError with field errors and warnings; network failures into « network »', async () => {
    const f = script([
      (p) => (p == '/auth/token' ? token('A') : undefined),
      (p) =>
        p == '/plages'
          ? new Response(JSON.stringify({ status: 409, code: 'chevauchement_plage', title: 'Chevauchement', warnings: [{ message: 'lundi 9 h' }] }), { status: 409 })
          : undefined,
    ]);
    restore = f.restore;
    const s = new Session('');
    await s.login('a@b.fr', 'pw');
    const e = (await s.get('/plages').catch((x) => x)) as ApiError;
    expect([e.status, e.code, e.warnings]).to.deep.equal([409, 'chevauchement_plage', [{ message: 'lundi 9 h' }]]);
    window.fetch = () => Promise.reject(new TypeError('offline'));
    expect(((await s.get('/x').catch((x) => x)) as ApiError).code).to.equal('network');
    s.dispose();
  });

  it('logs out: revokes the cookie and abandons waiting requests', async () => {
    const f = script([(p) => (p == '/auth/token' ? token('A') : undefined), (p) => (p == '/auth/logout' ? new Response(null, { status: 204 }) : undefined)]);
    restore = f.restore;
    const s = new Session('');
    await s.login('a@b.fr', 'pw');
    await s.logout();
    expect(f.calls.at(-1)!.path).to.equal('/auth/logout');
    expect(s.active).to.equal(false);
  });
});
