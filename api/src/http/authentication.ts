import type { Request } from 'express';
import type { AppContext } from '../context.js';
import { verifyAccessToken, verifyManageToken } from '../modules/auth/tokens.js';
import { loadAgentPrincipal, loadApiClientPrincipal } from '../modules/auth/principals.js';
import { notFound, unauthorized } from './problem.js';
import type { Principal } from './principal.js';

function bearer(req: Request): string | null {
  const header = req.headers.authorization;
  if (!header?.startsWith('Bearer ')) return null;
  return header.slice(7).trim() || null;
}

/**
 * tsoa authentication module. `bearer`: an agent or API client access token (scopes = API client
 * permissions required). `manage`: a RDV manage token from a usager's link.
 */
export async function expressAuthentication(req: Request, securityName: string, scopes: string[] = []): Promise<Principal> {
  const ctx = req.app.locals.ctx as AppContext;
  const token = bearer(req);
  if (!token) throw unauthorized();
  if (securityName === 'manage') {
    const subject = verifyManageToken(ctx.config, token);
    // A bad manage token reads as "no such RDV": never confirm that an id exists.
    if (!subject) throw notFound('Rendez-vous');
    return { kind: 'manage', ...subject };
  }
  const claims = verifyAccessToken(ctx.config, token);
  if (!claims) throw unauthorized('Jeton invalide ou expiré.');
  const principal = claims.typ === 'agent'
    ? await loadAgentPrincipal(ctx, claims.sub)
    : await loadApiClientPrincipal(ctx, claims.sub, scopes);
  if (!principal) throw unauthorized('Compte désactivé ou inconnu.');
  return principal;
}
