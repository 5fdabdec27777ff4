import type { Request as ExpressRequest } from 'express';
import { Body, Controller, Delete, Get, Patch, Path, Post, Query, Request, Response, Route, Security, SuccessResponse, Tags } from 'tsoa';
import type { AppContext } from '../../context.js';
import type { Problem } from '../../http/problem.js';
import type { LieuAvailability, LieuDto, LieuInput, LieuList, LieuPatch } from './lieu.dto.js';
import { LieuxService } from './lieux.service.js';

@Route('organisations/{organisationId}/lieux')
@Tags('Lieux')
@Security('bearer', ['config:read'])
@Response<Problem>(401, 'Non authentifié')
@Response<Problem>(404, 'Organisation ou lieu introuvable')
export class LieuxController extends Controller {
  constructor(private readonly ctx: AppContext) {
    super();
  }

  private service(req: ExpressRequest) {
    return new LieuxService(this.ctx, req.user!);
  }

  /**
   * Liste les lieux de l'organisation : actifs par défaut, désactivés avec `availability=disabled`.
   * @summary Lister les lieux
   */
  @Get()
  public async list(@Path() organisationId: string, @Request() req: ExpressRequest, @Query() availability?: LieuAvailability): Promise<LieuList> {
    return { items: await this.service(req).list(organisationId, availability ?? 'enabled') };
  }

  /** @summary Créer un lieu (administrateurs) */
  @Post()
  @SuccessResponse(201, 'Lieu créé')
  @Response<Problem>(403, 'Réservé aux administrateurs')
  @Response<Problem>(422, 'Données invalides')
  @Security('bearer', ['config:write'])
  public async create(@Path() organisationId: string, @Body() body: LieuInput, @Request() req: ExpressRequest): Promise<LieuDto> {
    this.setStatus(201);
    return this.service(req).create(organisationId, body);
  }

  /** @summary Lire un lieu */
  @Get('{lieuId}')
  public async get(@Path() organisationId: string, @Path() lieuId: string, @Request() req: ExpressRequest): Promise<LieuDto> {
    return this.service(req).get(organisationId, lieuId);
  }

  /** @summary Modifier un lieu (administrateurs) */
  @Patch('{lieuId}')
  @Response<Problem>(403, 'Réservé aux administrateurs')
  @Response<Problem>(422, 'Données invalides')
  @Security('bearer', ['config:write'])
  public async update(@Path() organisationId: string, @Path() lieuId: string, @Body() body: LieuPatch, @Request() req: ExpressRequest): Promise<LieuDto> {
    return this.service(req).update(organisationId, lieuId, body);
  }

  /**
   * Désactive le lieu : il n'est plus proposé, ses rendez-vous passés sont conservés. Il peut être
   * réactivé par `PATCH` avec `availability: "enabled"`.
   * @summary Désactiver un lieu (administrateurs)
   */
  @Delete('{lieuId}')
  @SuccessResponse(204, 'Lieu désactivé')
  @Response<Problem>(403, 'Réservé aux administrateurs')
  @Security('bearer', ['config:write'])
  public async disable(@Path() organisationId: string, @Path() lieuId: string, @Request() req: ExpressRequest): Promise<void> {
    this.setStatus(204);
    await this.service(req).disable(organisationId, lieuId);
  }
}
