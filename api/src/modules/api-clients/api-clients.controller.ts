import type { Request as ExpressRequest } from 'express';
import { Body, Controller, Delete, Get, Path, Post, Request, Response, Route, Security, SuccessResponse, Tags } from 'tsoa';
import type { AppContext } from '../../context.js';
import type { Problem } from '../../http/problem.js';
import type { ApiClientCreated, ApiClientDto, ApiClientInput, ApiClientList } from './api-client.dto.js';
import { ApiClientsService } from './api-clients.service.js';

/**
 * Credentials of partners (grantType `client_credentials`), each scoped to this organisation and
 * to its permissions. Managed by the organisation's admin agents only.
 */
@Route('organisations/{organisationId}/api-clients')
@Tags('Clients API')
@Security('bearer')
@Response<Problem>(401, 'Non authentifié')
@Response<Problem>(403, 'Réservé aux agents administrateurs')
@Response<Problem>(404, 'Organisation ou client API introuvable')
export class ApiClientsController extends Controller {
  constructor(private readonly ctx: AppContext) {
    super();
  }

  private service(req: ExpressRequest) {
    return new ApiClientsService(this.ctx, req.user!);
  }

  /**
   * Clients API de l'organisation, révoqués compris (les secrets ne sont jamais renvoyés).
   * @summary Lister les clients API
   */
  @Get()
  public async list(@Path() organisationId: string, @Request() req: ExpressRequest): Promise<ApiClientList> {
    return { items: await this.service(req).list(organisationId) };
  }

  /**
   * Crée un client API. `clientSecret` n'est montré qu'une fois : conservez-le, seule son
   * empreinte est enregistrée.
   * @summary Créer un client API
   */
  @Post()
  @SuccessResponse(201, 'Client API créé')
  @Response<Problem>(422, 'Données invalides')
  public async create(@Path() organisationId: string, @Body() body: ApiClientInput, @Request() req: ExpressRequest): Promise<ApiClientCreated> {
    this.setStatus(201);
    return this.service(req).create(organisationId, body);
  }

  /** @summary Lire un client API */
  @Get('{apiClientId}')
  public async get(@Path() organisationId: string, @Path() apiClientId: string, @Request() req: ExpressRequest): Promise<ApiClientDto> {
    return this.service(req).get(organisationId, apiClientId);
  }

  /**
   * Révoque le client API : ses jetons cessent aussitôt de fonctionner.
   * @summary Révoquer un client API
   */
  @Delete('{apiClientId}')
  @SuccessResponse(204, 'Client API révoqué')
  public async revoke(@Path() organisationId: string, @Path() apiClientId: string, @Request() req: ExpressRequest): Promise<void> {
    this.setStatus(204);
    await this.service(req).revoke(organisationId, apiClientId);
  }
}
