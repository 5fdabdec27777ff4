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
 * Manage links carry `<rdvId>.<hmac>`: scoped to one RDV, no login, and independent of the RDV's
 * time so the link in the first SMS keeps working after a move. Expiry is checked against the RDV.
 */
export function signManageToken(config: Config, rdvId: string): string {
  const sig = createHmac('sha256', config.manageTokenSecret).update(`manage:${rdvId}`).digest('base64url');
  return `${Buffer.from(rdvId).toString('base64url')}.${sig}`;
}

export function verifyManageToken(config: Config, token: string): string | null {
  const [encodedId, sig] = token.split('.');
  if (!encodedId || !sig) return null;
  const rdvId = Buffer.from(encodedId, 'base64url').toString();
  const expected = signManageToken(config, rdvId).split('.')[1]!;
  const a = Buffer.from(sig);
  const b = Buffer.from(expected);
  return a.length === b.length && timingSafeEqual(a, b) ? rdvId : null;
}
