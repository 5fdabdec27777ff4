import type { Request, RequestHandler } from 'express';
import type { AppContext } from '../context.js';
import { emOf } from '../context.js';
import { HttpError } from './problem.js';

/**
 * CORS for the public API: only origins some organisation allowed in the admin. The preflight
 * cannot know which organisation a POST targets, so it accepts any allowed origin; the handler
 * then checks the origin against the organisation actually concerned (`assertOriginAllowed`).
 */
export class OriginRegistry {
  private cache: { origins: Set<string>; at: number } | null = null;
  constructor(private readonly ctx: AppContext, private readonly ttlMs = 10_000) {}

  invalidate(): void {
    this.cache = null;
  }

  async allOrigins(): Promise<Set<string>> {
    if (this.cache && Date.now() - this.cache.at < this.ttlMs) return this.cache.origins;
    const rows = await emOf(this.ctx).getConnection().execute<{ origin: string }[]>(
      'select distinct unnest(allowed_origins) as origin from organisation');
    this.cache = { origins: new Set(rows.map((r) => r.origin)), at: Date.now() };
    return this.cache.origins;
  }
}

export function isSameOrigin(req: Request, origin: string): boolean {
  const ctx = req.app.locals.ctx as AppContext;
  return origin === `${req.protocol}://${req.get('host')}` || origin === new URL(ctx.config.publicUrl).origin;
}

export function corsForPublicApi(registry: OriginRegistry): RequestHandler {
  return async (req, res, next) => {
    const origin = req.headers.origin;
    if (!origin || isSameOrigin(req, origin)) return next();
    try {
      const allowed = (await registry.allOrigins()).has(origin);
      res.vary('Origin');
      if (allowed) {
        res.setHeader('Access-Control-Allow-Origin', origin);
        res.setHeader('Access-Control-Expose-Headers', 'Retry-After, RateLimit, RateLimit-Policy');
      }
      if (req.method === 'OPTIONS') {
        if (!allowed) return res.status(403).end();
        res.setHeader('Access-Control-Allow-Methods', 'GET, POST, OPTIONS');
        res.setHeader('Access-Control-Allow-Headers', 'Content-Type, Authorization, Idempotency-Key');
        res.setHeader('Access-Control-Max-Age', '600');
        return res.status(204).end();
      }
      next();
    } catch (error) {
      next(error);
    }
  };
}

/** The organisation concerned by a public request must allow the calling site. */
export function assertOriginAllowed(req: Request, allowedOrigins: readonly string[]): void {
  const origin = req.headers.origin;
  if (!origin || isSameOrigin(req, origin) || allowedOrigins.includes(origin)) return;
  throw new HttpError(403, 'origine_non_autorisee', 'Site non autorisé',
    'Ce site n’est pas autorisé à proposer la prise de rendez-vous de cette organisation.');
}
