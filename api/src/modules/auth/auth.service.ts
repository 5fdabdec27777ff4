import type { AppContext } from '../../context.js';
import { emOf } from '../../context.js';
import { HttpError, validationError } from '../../http/problem.js';
import { AgentSchema } from '../agents/agent.entity.js';
import { ApiClientSchema } from '../api-clients/api-client.entity.js';
import type { TokenRequest, TokenResponse } from './auth.dto.js';
import { hashInvitationToken } from '../agents/agents.service.js';
import { hashPassword, passwordProblem, verifyPassword } from './password.js';
import { RefreshTokenSchema } from './refresh-token.entity.js';
import { randomSecret, sha256, signAccessToken } from './tokens.js';
import { isUuid } from '../../http/access.js';

const invalidGrant = () => new HttpError(401, 'identifiants_invalides', 'Identifiants invalides', 'E-mail ou mot de passe incorrect.');

export class AuthService {
  constructor(private readonly ctx: AppContext) {}

  async token(body: TokenRequest): Promise<TokenResponse> {
    switch (body.grantType) {
      case 'password': return this.passwordGrant(body);
      case 'refresh_token': return this.refreshGrant(body);
      case 'client_credentials': return this.clientCredentialsGrant(body);
      case 'invitation': return this.invitationGrant(body);
    }
  }

  /** Revokes a refresh token (logout). Unknown tokens are ignored. */
  async revoke(refreshToken: string): Promise<void> {
    await emOf(this.ctx).nativeUpdate(RefreshTokenSchema, { tokenHash: sha256(refreshToken), revokedAt: null }, { revokedAt: this.ctx.now() });
  }

  private async passwordGrant({ email, password }: TokenRequest): Promise<TokenResponse> {
    if (!email || !password) {
      throw validationError([
        ...(!email ? [{ field: 'email', message: 'Ce champ est obligatoire.' }] : []),
        ...(!password ? [{ field: 'password', message: 'Ce champ est obligatoire.' }] : []),
      ]);
    }
    const em = emOf(this.ctx);
    const agent = await em.findOne(AgentSchema, { email: email.trim().toLowerCase(), deletedAt: null }, { populate: ['passwordHash'] });
    if (!(await verifyPassword(agent?.passwordHash, password)) || !agent) throw invalidGrant();
    agent.lastSignInAt = this.ctx.now();
    return this.issueForAgent(agent.id);
  }

  /** Accepting an invitation: the agent sets a password; the token is used once. */
  private async invitationGrant({ invitationToken, password }: TokenRequest): Promise<TokenResponse> {
    const problem = password ? passwordProblem(password) : 'Ce champ est obligatoire.';
    if (!invitationToken || problem) {
      throw validationError([
        ...(!invitationToken ? [{ field: 'invitationToken', message: 'Ce champ est obligatoire.' }] : []),
        ...(problem ? [{ field: 'password', message: problem }] : []),
      ]);
    }
    const em = emOf(this.ctx);
    const agent = await em.findOne(AgentSchema, { invitationTokenHash: hashInvitationToken(invitationToken), deletedAt: null });
    if (!agent || !agent.invitationExpiresAt || agent.invitationExpiresAt <= this.ctx.now()) {
      throw new HttpError(401, 'invitation_invalide', 'Invitation invalide ou expirée',
        'Ce lien d’invitation n’est plus valable. Demandez à un administrateur de votre organisation de vous inviter à nouveau.');
    }
    agent.passwordHash = await hashPassword(password!);
    agent.invitationTokenHash = null;
    agent.invitationExpiresAt = null;
    agent.lastSignInAt = this.ctx.now();
    return this.issueForAgent(agent.id);
  }

  private async refreshGrant({ refreshToken }: TokenRequest): Promise<TokenResponse> {
    if (!refreshToken) throw validationError([{ field: 'refreshToken', message: 'Ce champ est obligatoire.' }]);
    const em = emOf(this.ctx);
    const stored = await em.findOne(RefreshTokenSchema, { tokenHash: sha256(refreshToken) }, { populate: ['agent'] });
    const now = this.ctx.now();
    if (!stored || stored.revokedAt || stored.expiresAt <= now || stored.agent.deletedAt) {
      throw new HttpError(401, 'session_expiree', 'Session expirée', 'Reconnectez-vous.');
    }
    stored.revokedAt = now; // rotation: a refresh token is used once
    return this.issueForAgent(stored.agent.id);
  }

  private async clientCredentialsGrant({ clientId, clientSecret }: TokenRequest): Promise<TokenResponse> {
    if (!clientId || !clientSecret || !isUuid(clientId)) throw invalidGrant();
    const em = emOf(this.ctx);
    const client = await em.findOne(ApiClientSchema, { id: clientId, revokedAt: null }, { populate: ['secretHash'] });
    if (!client || client.secretHash !== sha256(clientSecret)) throw invalidGrant();
    return {
      accessToken: signAccessToken(this.ctx.config, { sub: client.id, typ: 'api_client' }),
      tokenType: 'Bearer',
      expiresIn: this.ctx.config.accessTokenTtlSeconds,
    };
  }

  private async issueForAgent(agentId: string): Promise<TokenResponse> {
    const em = emOf(this.ctx);
    const refreshToken = randomSecret();
    const expiresAt = new Date(this.ctx.now().getTime() + this.ctx.config.refreshTokenTtlDays * 86_400_000);
    em.create(RefreshTokenSchema, { agent: agentId, tokenHash: sha256(refreshToken), expiresAt });
    await em.flush();
    return {
      accessToken: signAccessToken(this.ctx.config, { sub: agentId, typ: 'agent' }),
      tokenType: 'Bearer',
      expiresIn: this.ctx.config.accessTokenTtlSeconds,
      refreshToken,
    };
  }
}
