import { createHash, createHmac, randomBytes, timingSafeEqual } from 'node:crypto';
import jwt from 'jsonwebtoken';
import type { Config } from '../../config.js';

/** Access tokens: HS256 only (pinned on verify), with issuer, audience and a ≤ 15 min expiry. */
export interface AccessClaims {
  sub: string;
  typ: 'agent' | 'api_client';
}

export function signAccessToken(config: Config, claims: AccessClaims): string {
  return jwt.sign({ typ: claims.typ }, config.jwtSecret, {
    algorithm: 'HS256',
    subject: claims.sub,
    issuer: config.jwtIssuer,
    audience: config.jwtAudience,
    expiresIn: config.accessTokenTtlSeconds,
  });
}

export function verifyAccessToken(config: Config, token: string): AccessClaims | null {
  try {
    const payload = jwt.verify(token, config.jwtSecret, {
      algorithms: ['HS256'],
      issuer: config.jwtIssuer,
      audience: config.jwtAudience,
    });
    if (typeof payload !== 'object' || typeof payload.sub !== 'string') return null;
    if (payload.typ !== 'agent' && payload.typ !== 'api_client') return null;
    return { sub: payload.sub, typ: payload.typ };
  } catch {
    return null;
  }
}

/** Opaque random secrets (refresh tokens, API client secrets) are stored as SHA-256 only. */
export const randomSecret = (bytes = 32) => randomBytes(bytes).toString('base64url');
export const sha256 = (value: string) => createHash('sha256').update(value).digest('hex');

/**
 * Manage links carry `<subject>.<hmac>` where the subject is the RDV id (individual RDV) or
 * `<rdvId>:<participationId>` (one seat of a collective RDV): scoped, no login, and independent of
 * the RDV's time so the link in the first SMS keeps working after a move. Expiry is checked
 * against the RDV itself.
 */
export function signManageToken(config: Config, rdvId: string, participationId?: string): string {
  const subject = participationId ? `${rdvId}:${participationId}` : rdvId;
  const sig = createHmac('sha256', config.manageTokenSecret).update(`manage:${subject}`).digest('base64url');
  return `${Buffer.from(subject).toString('base64url')}.${sig}`;
}

export function verifyManageToken(config: Config, token: string): { rdvId: string; participationId: string | null } | null {
  const [encoded, sig] = token.split('.');
  if (!encoded || !sig) return null;
  const subject = Buffer.from(encoded, 'base64url').toString();
  const expected = createHmac('sha256', config.manageTokenSecret).update(`manage:${subject}`).digest('base64url');
  const a = Buffer.from(sig);
  const b = Buffer.from(expected);
  if (a.length !== b.length || !timingSafeEqual(a, b)) return null;
  const [rdvId, participationId] = subject.split(':');
  return rdvId ? { rdvId, participationId: participationId ?? null } : null;
}
