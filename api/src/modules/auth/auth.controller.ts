import type { Request as ExpressRequest } from 'express';
import { Body, Controller, Get, Post, Request, Response, Route, Security, SuccessResponse, Tags } from 'tsoa';
import type { AppContext } from '../../context.js';
import { emOf } from '../../context.js';
import type { Principal } from '../../http/principal.js';
import type { Problem } from '../../http/problem.js';
import { AgentSchema } from '../agents/agent.entity.js';
import { uuidArray } from '../../db/sql.js';
import type { MeResponse, TokenRequest, TokenResponse } from './auth.dto.js';
import { AuthService } from './auth.service.js';
import { readSessionCookie, sessionCookie } from './session-cookie.js';

@Route('')
@Tags('Authentification')
export class AuthController extends Controller {
  constructor(private readonly ctx: AppContext) {
    super();
  }

  /**
   * Obtenir un jeton d'accès : agent (e-mail + mot de passe), client API (identifiant + secret)
   * ou renouvellement avec un jeton de rafraîchissement.
   * @summary Obtenir un jeton d'accès
   */
  @Post('auth/token')
  @SuccessResponse(200, 'Jeton délivré')
  @Response<Problem>(401, 'Identifiants invalides')
  @Response<Problem>(422, 'Données invalides')
  @Response<Problem>(429, 'Trop de tentatives')
  public async token(@Body() body: TokenRequest, @Request() req: ExpressRequest): Promise<TokenResponse> {
    this.setHeader('Cache-Control', 'no-store');
    const refreshFromCookie = body.grantType === 'refresh_token' && !body.refreshToken ? readSessionCookie(req) : undefined;
    const result = await new AuthService(this.ctx).token(refreshFromCookie ? { ...body, refreshToken: refreshFromCookie } : body);
    if ((body.session || refreshFromCookie) && result.refreshToken) {
      this.setHeader('Set-Cookie', sessionCookie(result.refreshToken, this.ctx.config.refreshTokenTtlDays * 86_400, this.ctx.config.publicUrl.startsWith('https:')));
      const { refreshToken: _kept, ...withoutRefresh } = result;
      return withoutRefresh;
    }
    return result;
  }

  /**
   * Ferme la session du navigateur : le jeton de rafraîchissement est révoqué et le cookie effacé.
   * @summary Se déconnecter
   */
  @Post('auth/logout')
  @SuccessResponse(204, 'Session fermée')
  public async logout(@Request() req: ExpressRequest, @Body() body?: { refreshToken?: string }): Promise<void> {
    const token = body?.refreshToken ?? readSessionCookie(req);
    if (token) await new AuthService(this.ctx).revoke(token);
    this.setHeader('Set-Cookie', sessionCookie('', 0, this.ctx.config.publicUrl.startsWith('https:')));
    this.setStatus(204);
  }

  /**
   * Décrit l'appelant : agent ou client API, ses organisations avec son rôle, ses territoires.
   * @summary Qui suis-je ?
   */
  @Get('me')
  @Security('bearer')
  @Response<Problem>(401, 'Non authentifié')
  public async me(@Request() req: ExpressRequest): Promise<MeResponse> {
    const principal = req.user as Principal;
    const conn = emOf(this.ctx).getConnection();
    if (principal.kind === 'api_client') {
      const orgs = await conn.execute<{ id: string; name: string; territoire_id: string }[]>(
        'select id, name, territoire_id from organisation where id = ?', [principal.organisationId]);
      return {
        kind: 'api_client', id: principal.clientId, scopes: [...principal.scopes],
        organisations: orgs.map((o) => ({ id: o.id, name: o.name, territoireId: o.territoire_id, role: principal.scopes.has('config:write') ? 'admin' : 'basic' })),
        territoires: [],
      };
    }
    if (principal.kind !== 'agent') throw new Error('unreachable');
    const agent = await emOf(this.ctx).findOneOrFail(AgentSchema, principal.agentId);
    const territoireIds = [...principal.territoireIds];
    const orgs = await conn.execute<{ id: string; name: string; territoire_id: string }[]>(
      `select id, name, territoire_id from organisation
        where id = any(?::uuid[]) or territoire_id = any(?::uuid[]) order by name`,
      [uuidArray(principal.roles.keys()), uuidArray(territoireIds)]);
    const territoires = await conn.execute<{ id: string; name: string; departement_number: string; timezone: string }[]>(
      `select id, name, departement_number, timezone from territoire
        where id = any(?::uuid[]) or id in (select territoire_id from organisation where id = any(?::uuid[])) order by name`,
      [uuidArray(territoireIds), uuidArray(principal.roles.keys())]);
    return {
      kind: 'agent', id: agent.id, firstName: agent.firstName, lastName: agent.lastName, email: agent.email,
      organisations: orgs.map((o) => ({
        id: o.id, name: o.name, territoireId: o.territoire_id,
        role: principal.territoireIds.has(o.territoire_id) ? 'admin' : principal.roles.get(o.id) ?? 'basic',
      })),
      territoires: territoires.map((t) => ({ id: t.id, name: t.name, departementNumber: t.departement_number, timezone: t.timezone })),
    };
  }
}
