/**
 * The agent's session in the admin.
 *
 * - The access token lives in memory only; the refresh token is an httpOnly, SameSite=Strict
 *   cookie (`creneau_session`, Path=/api/v1/auth) that page scripts never see.
 * - The access token is refreshed one minute before it expires, and on a 401 (then the request
 *   is retried once).
 * - When the session cannot be refreshed, requests do not fail: they wait. The session fires
 *   `expired`, the admin asks the agent to log in again, and the waiting requests are sent
 *   again after `login()`. Forms keep their state because nothing is unmounted meanwhile.
 * - Tabs share the cookie, so refreshes are serialised across tabs with the Web Locks API
 *   (a refresh token is single-use: two concurrent refreshes would log one tab out).
 */
import type { FieldError } from './types.js';

export interface Warning {
  code?: string;
  message: string;
}

/** A failed API call: the problem+json answer, or `network` when there was no answer. */
export class ApiError extends Error {
  constructor(
    readonly status: number,
    readonly code: string,
    readonly title = '',
    readonly detail = '',
    readonly errors: FieldError[] = [],
    readonly warnings: Warning[] = []
  ) {
    super(detail || title || code);
  }
}

export interface RequestOptions {
  body?: unknown;
  signal?: AbortSignal;
}

type Outcome = 'ok' | 'denied' | 'network';

const EARLY_MS = 60_000;

export class Session extends EventTarget {
  private token = '';
  private expiresAt = 0;
  private timer: ReturnType<typeof setTimeout> | undefined;
  private refreshing: Promise<Outcome> | undefined;
  private relogin: { promise: Promise<void>; resolve: () => void; reject: (e: unknown) => void } | undefined;

  constructor(
    /** Server origin; empty = same origin. */
    readonly api = '',
    private readonly now = () => Date.now()
  ) {
    super();
  }

  get base() {
    return this.api.replace(/\/+$/, '') + '/api/v1';
  }

  /** Logged in and not waiting for a new login. */
  get active() {
    return !!this.token && !this.relogin;
  }

  /** Waiting for the agent to log in again. */
  get expired() {
    return !!this.relogin;
  }

  private async post(path: string, body?: unknown): Promise<Response | null> {
    return fetch(this.base + path, {
      method: 'POST',
      headers: { 'Content-Type': 'application/json', Accept: 'application/json', 'Accept-Language': 'fr' },
      body: body === undefined ? undefined : JSON.stringify(body),
      credentials: 'same-origin',
    }).catch(() => null);
  }

  private accept(body: { accessToken: string; expiresIn: number }) {
    this.token = body.accessToken;
    this.expiresAt = this.now() + body.expiresIn * 1000;
    this.schedule(Math.max(5_000, body.expiresIn * 1000 - EARLY_MS));
  }

  private schedule(ms: number) {
    clearTimeout(this.timer);
    this.timer = setTimeout(async () => {
      // A failure here is not shown: the next request asks for a new login if needed.
      if ((await this.refresh()) == 'network') this.schedule(30_000);
    }, ms);
  }

  /** Password login; sets the session cookie. Resumes the requests waiting for it. */
  login(email: string, password: string): Promise<void> {
    return this.grant({ grantType: 'password', email, password });
  }

  /** An invited agent chooses a password: the invitation is used up and the agent is logged in. */
  acceptInvitation(invitationToken: string, password: string): Promise<void> {
    return this.grant({ grantType: 'invitation', invitationToken, password });
  }

  private async grant(body: Record<string, string>): Promise<void> {
    const res = await this.post('/auth/token', { ...body, session: true });
    if (!res) throw new ApiError(0, 'network');
    if (!res.ok) throw await toError(res);
    this.accept(await res.json());
    const waiting = this.relogin;
    this.relogin = undefined;
    waiting?.resolve();
    this.dispatchEvent(new Event('login'));
  }

  /** On page load: continue the session of the cookie, if any. */
  async resume(): Promise<boolean> {
    return (await this.refresh()) == 'ok';
  }

  /** Get a new access token with the cookie (rotated). Concurrent calls share one request. */
  refresh(): Promise<Outcome> {
    this.refreshing ??= this.withLock(async (): Promise<Outcome> => {
      const res = await this.post('/auth/token', { grantType: 'refresh_token' });
      if (!res) return 'network';
      if (!res.ok) return 'denied';
      this.accept(await res.json());
      return 'ok';
    }).finally(() => (this.refreshing = undefined));
    return this.refreshing;
  }

  private withLock<T>(fn: () => Promise<T>): Promise<T> {
    const locks = (navigator as Navigator & { locks?: LockManager }).locks;
    return locks ? (locks.request('creneau-admin-refresh', fn) as Promise<T>) : fn();
  }

  /** Revoke the session (cookie included). Waiting requests are abandoned. */
  async logout(): Promise<void> {
    clearTimeout(this.timer);
    this.token = '';
    this.expiresAt = 0;
    const waiting = this.relogin;
    this.relogin = undefined;
    waiting?.reject(new ApiError(401, 'logged_out'));
    await this.post('/auth/logout');
    this.dispatchEvent(new Event('logout'));
  }

  /** Stop the refresh timer (element removed). */
  dispose() {
    clearTimeout(this.timer);
  }

  /** Resolves after the next successful login(). */
  private waitForLogin(): Promise<void> {
    if (!this.relogin) {
      let resolve!: () => void;
      let reject!: (e: unknown) => void;
      const promise = new Promise<void>((a, b) => ((resolve = a), (reject = b)));
      promise.catch(() => undefined);
      this.relogin = { promise, resolve, reject };
      this.token = '';
      clearTimeout(this.timer);
      this.dispatchEvent(new Event('expired'));
    }
    return this.relogin.promise;
  }

  private async ensureToken() {
    if (this.relogin) return this.relogin.promise;
    if (this.token && this.now() < this.expiresAt - 10_000) return;
    const outcome = await this.refresh();
    if (outcome == 'network' && this.token && this.now() < this.expiresAt) return;
    if (outcome == 'network') throw new ApiError(0, 'network');
    if (outcome == 'denied') await this.waitForLogin();
  }

  /** An authenticated API call; `path` is relative to /api/v1. */
  async request<T>(method: string, path: string, o: RequestOptions = {}): Promise<T> {
    for (let retried = false; ; retried = true) {
      await this.ensureToken();
      let res: Response;
      try {
        res = await fetch(this.base + path, {
          method,
          headers: {
            Accept: 'application/json',
            'Accept-Language': 'fr',
            Authorization: 'Bearer ' + this.token,
            ...(o.body === undefined ? {} : { 'Content-Type': 'application/json' }),
          },
          body: o.body === undefined ? undefined : JSON.stringify(o.body),
          credentials: 'same-origin',
          signal: o.signal,
        });
      } catch (e) {
        if ((e as Error)?.name == 'AbortError') throw e;
        throw new ApiError(0, 'network');
      }
      if (res.status == 401 && !retried) {
        // Revoked or expired early (clock skew, server restart): refresh once, else log in again.
        this.expiresAt = 0;
        if ((await this.refresh()) != 'ok') await this.waitForLogin();
        continue;
      }
      if (!res.ok) throw await toError(res);
      return (res.status == 204 ? undefined : await res.json().catch(() => undefined)) as T;
    }
  }

  get<T>(path: string, signal?: AbortSignal) {
    return this.request<T>('GET', path, { signal });
  }
}

async function toError(res: Response): Promise<ApiError> {
  const p = await res.json().catch(() => ({}) as Record<string, never>);
  const fallback = res.status == 404 ? 'not_found' : res.status == 403 ? 'forbidden' : res.status == 422 ? 'validation_error' : 'server_error';
  const warnings = (Array.isArray(p.warnings) ? p.warnings : []).map((w: unknown) =>
    typeof w == 'string' ? { message: w } : (w as Warning)
  );
  return new ApiError(res.status, p.code ?? fallback, p.title, p.detail, Array.isArray(p.errors) ? p.errors : [], warnings);
}
