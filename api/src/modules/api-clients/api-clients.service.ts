import type { AppContext } from '../../context.js';
import { emOf } from '../../context.js';
import { newId } from '../../db/columns.js';
import { assertId, orgAccess } from '../../http/access.js';
import type { Principal } from '../../http/principal.js';
import { FieldErrors, forbidden, notFound } from '../../http/problem.js';
import { audit } from '../audit/audit.js';
import { randomSecret, sha256 } from '../auth/tokens.js';
import { toApiClientDto, type ApiClientCreated, type ApiClientDto, type ApiClientInput } from './api-client.dto.js';
import { API_CLIENT_SCOPES, ApiClientSchema, type ApiClient } from './api-client.entity.js';

const NAME_MAX = 100;

export class ApiClientsService {
  constructor(private readonly ctx: AppContext, private readonly principal: Principal) {}

  private get em() {
    return emOf(this.ctx);
  }

  /** Organisation (or territoire) admins, as agents: a partner's credentials cannot mint others. */
  private async requireAdmin(organisationId: string): Promise<void> {
    if (this.principal.kind !== 'agent') throw forbidden('Seul un agent administrateur peut gérer les clients API.');
    await orgAccess(this.ctx, this.principal, organisationId, 'admin');
  }

  async list(organisationId: string): Promise<ApiClientDto[]> {
    await this.requireAdmin(organisationId);
    const clients = await this.em.find(ApiClientSchema, { organisation: organisationId }, { orderBy: { createdAt: 'desc', id: 'asc' } });
    return clients.map(toApiClientDto);
  }

  async get(organisationId: string, apiClientId: string): Promise<ApiClientDto> {
    await this.requireAdmin(organisationId);
    return toApiClientDto(await this.find(organisationId, apiClientId));
  }

  private async find(organisationId: string, apiClientId: string): Promise<ApiClient> {
    assertId(apiClientId, 'Client API');
    const client = await this.em.findOne(ApiClientSchema, { id: apiClientId, organisation: organisationId });
    if (!client) throw notFound('Client API');
    return client;
  }

  async create(organisationId: string, input: ApiClientInput): Promise<ApiClientCreated> {
    await this.requireAdmin(organisationId);
    const name = input.name.normalize('NFC').replace(/\s+/g, ' ').trim();
    const scopes = API_CLIENT_SCOPES.filter((s) => input.scopes.includes(s));
    const errors = new FieldErrors();
    errors.check(name, 'name', 'Indiquez un nom.');
    errors.check(name.length <= NAME_MAX, 'name', `${NAME_MAX} caractères au plus.`);
    errors.check(scopes.length > 0, 'scopes', 'Choisissez au moins une permission.');
    errors.throwIfAny();
    const clientSecret = randomSecret();
    const client = this.em.create(ApiClientSchema, {
      id: newId(), organisation: organisationId, name, scopes: [...scopes], secretHash: sha256(clientSecret),
    });
    audit(this.em, this.principal, { entityType: 'api_client', entityId: client.id, action: 'create', organisationId, changes: { name, scopes } });
    await this.em.flush();
    return { ...toApiClientDto(client), clientSecret };
  }

  /** Revokes the client: its access tokens stop working at the next request. Idempotent. */
  async revoke(organisationId: string, apiClientId: string): Promise<void> {
    await this.requireAdmin(organisationId);
    const client = await this.find(organisationId, apiClientId);
    if (client.revokedAt) return;
    client.revokedAt = this.ctx.now();
    audit(this.em, this.principal, { entityType: 'api_client', entityId: client.id, action: 'delete', organisationId });
    await this.em.flush();
  }
}
