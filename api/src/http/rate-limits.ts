import type { Express, Request } from 'express';
import { ipKeyGenerator, rateLimit } from 'express-rate-limit';
import type { AppContext } from '../context.js';
import { sendProblem } from './error-handler.js';
import { HttpError } from './problem.js';

const limited = () => new HttpError(429, 'rate_limited', 'Trop de requêtes', 'Vous avez fait trop de demandes. Patientez un peu avant de réessayer.');

function perMinute(name: string, fallback: number): number {
  const value = Number(process.env[name]);
  return Number.isFinite(value) && value > 0 ? value : fallback;
}

const ipKey = (req: Request) => ipKeyGenerator(req.ip ?? 'inconnu');

/**
 * Public endpoints and the login are rate-limited per client IP (in memory: one process).
 * Limits are configurable for load tests; one-time codes have their own per-destination limits.
 */
export function rateLimits(app: Express, _ctx: AppContext): void {
  const handler = (_req: Request, res: import('express').Response) => sendProblem(res, limited());
  app.use('/api/v1/auth/token', rateLimit({
    windowMs: 60_000, limit: perMinute('RATE_LIMIT_LOGIN_PER_MINUTE', 20), keyGenerator: ipKey,
    standardHeaders: 'draft-8', legacyHeaders: false, handler,
  }));
  // One-time codes cost an SMS each: a tighter limit per IP (per destination limits live in the service).
  app.use('/api/v1/public/verifications', rateLimit({
    windowMs: 10 * 60_000, limit: perMinute('RATE_LIMIT_CODES_PER_10_MINUTES', 10), keyGenerator: ipKey,
    standardHeaders: 'draft-8', legacyHeaders: false, handler,
    skip: (req) => req.method === 'OPTIONS',
  }));
  app.use('/api/v1/public', rateLimit({
    windowMs: 60_000, limit: perMinute('RATE_LIMIT_PUBLIC_PER_MINUTE', 600), keyGenerator: ipKey,
    standardHeaders: 'draft-8', legacyHeaders: false, handler,
  }));
}
