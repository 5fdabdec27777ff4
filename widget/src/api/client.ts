import type {
  CreateRdvRequest,
  CreateRdvResponse,
  CreneauxQuery,
  CreneauxResponse,
  Problem,
  ProblemFieldError,
  PublicOrganisation,
  PublicRdv,
  Verification,
  VerificationRequest,
} from './types.js';

/**
 * Every failure of the client is a ProblemError. `code` is the problem's stable
 * code (translated by the widget), or `network` when the request never got an
 * answer (offline, or refused by CORS because the site is not authorised).
 */
export class ProblemError extends Error {
  constructor(
    readonly status: number,
    readonly code: string,
    readonly errors: ProblemFieldError[] = []
  ) {
    super(code);
  }
}

const fallbackCode = (status: number) =>
  status == 404 ? 'not_found' : status == 429 ? 'rate_limited' : status == 422 ? 'validation_error' : 'server_error';

export const isAbort = (e: unknown) => (e as Error)?.name == 'AbortError';

/** RFC 4122 v4; crypto.randomUUID only exists in secure contexts. */
export const uuid = (): string =>
  crypto.randomUUID?.() ??
  '10000000-1000-4000-8000-100000000000'.replace(/[018]/g, (c) =>
    (+c ^ (crypto.getRandomValues(new Uint8Array(1))[0] & (15 >> (+c / 4)))).toString(16)
  );

interface Req {
  method?: string;
  body?: unknown;
  token?: string;
  headers?: Record<string, string>;
  signal?: AbortSignal;
  text?: boolean;
}

export type ApiClient = ReturnType<typeof createClient>;

/**
 * Typed client of the public API. `api` is the server origin (empty = same origin).
 * No cookie is ever sent (`credentials: 'omit'`).
 */
export function createClient(api = '', lang = 'fr') {
  const base = api.replace(/\/+$/, '') + '/api/v1/public';

  async function req<T>(path: string, r: Req = {}): Promise<T> {
    const headers: Record<string, string> = {
      Accept: r.text ? 'text/calendar' : 'application/json',
      'Accept-Language': lang,
      ...r.headers,
    };
    if (r.body) headers['Content-Type'] = 'application/json';
    if (r.token) headers.Authorization = 'Bearer ' + r.token;
    let res: Response;
    try {
      res = await fetch(base + path, {
        method: r.method ?? 'GET',
        headers,
        body: r.body ? JSON.stringify(r.body) : undefined,
        credentials: 'omit',
        signal: r.signal,
      });
    } catch (e) {
      if (isAbort(e)) throw e;
      throw new ProblemError(0, 'network');
    }
    if (!res.ok) {
      let p: Partial<Problem> = {};
      try {
        p = await res.json();
      } catch {
        /* not a problem+json body */
      }
      throw new ProblemError(res.status, p.code ?? fallbackCode(res.status), p.errors);
    }
    return (r.text ? res.text() : res.json()) as Promise<T>;
  }

  const enc = encodeURIComponent;

  return {
    organisation: (id: string, signal?: AbortSignal) =>
      req<PublicOrganisation>('/organisations/' + enc(id), { signal }),

    creneaux: (q: CreneauxQuery, signal?: AbortSignal) => {
      const p = new URLSearchParams({ motifId: q.motifId, from: q.from, to: q.to });
      if (q.lieuId) p.set('lieuId', q.lieuId);
      return req<CreneauxResponse>('/creneaux?' + p, { signal });
    },

    verification: (body: VerificationRequest) =>
      req<Verification>('/verifications', { method: 'POST', body }),

    createRdv: (body: CreateRdvRequest, idempotencyKey: string) =>
      req<CreateRdvResponse>('/rdvs', {
        method: 'POST',
        body,
        headers: { 'Idempotency-Key': idempotencyKey },
      }),

    rdv: (id: string, token: string, signal?: AbortSignal) =>
      req<PublicRdv>('/rdvs/' + enc(id), { token, signal }),

    cancel: (id: string, token: string) =>
      req<PublicRdv>('/rdvs/' + enc(id) + '/annulation', { method: 'POST', token }),

    move: (id: string, token: string, startsAt: string) =>
      req<PublicRdv>('/rdvs/' + enc(id) + '/deplacement', { method: 'POST', token, body: { startsAt } }),

    ics: (id: string, token: string, signal?: AbortSignal) =>
      req<string>('/rdvs/' + enc(id) + '/ics', { token, signal, text: true }),
  };
}
