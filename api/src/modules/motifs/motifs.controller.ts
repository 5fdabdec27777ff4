import type { Request as ExpressRequest } from 'express';
import { Body, Controller, Delete, Get, Patch, Path, Post, Query, Request, Response, Route, Security, SuccessResponse, Tags } from 'tsoa';
import type { AppContext } from '../../context.js';
import type { Problem } from '../../http/problem.js';
import type { MotifDto, MotifInput, MotifList, MotifPatch } from './motif.dto.js';
import { MotifsService } from './motifs.service.js';

@Route('organisations/{organisationId}/motifs')
@Tags('Motifs')
@Security('bearer', ['config:read'])
@Response<Problem>(401, 'Non authentifié')
@Response<Problem>(404, 'Organisation ou motif introuvable')
export class MotifsController extends Controller {
  constructor(private readonly ctx: AppContext) {
    super();
  }

  private service(req: ExpressRequest) {
    return new MotifsService(this.ctx, req.user!);
  }

  /**
   * Liste les motifs de l'organisation : actifs par défaut, archivés avec `archived=true`.
   * @summary Lister les motifs
   */
  @Get()
  public async list(@Path() organisationId: string, @Request() req: ExpressRequest, @Query() archived?: boolean): Promise<MotifList> {
    return { items: await this.service(req).list(organisationId, archived ?? false) };
  }

  /** @summary Créer un motif (administrateurs) */
  @Post()
  @SuccessResponse(201, 'Motif créé')
  @Response<Problem>(403, 'Réservé aux administrateurs')
  @Response<Problem>(422, 'Données invalides')
  @Security('bearer', ['config:write'])
  public async create(@Path() organisationId: string, @Body() body: MotifInput, @Request() req: ExpressRequest): Promise<MotifDto> {
    this.setStatus(201);
    return this.service(req).create(organisationId, body);
  }

  /** @summary Lire un motif */
  @Get('{motifId}')
  public async get(@Path() organisationId: string, @Path() motifId: string, @Request() req: ExpressRequest): Promise<MotifDto> {
    return this.service(req).get(organisationId, motifId);
  }

  /** @summary Modifier un motif (administrateurs) */
  @Patch('{motifId}')
  @Response<Problem>(403, 'Réservé aux administrateurs')
  @Response<Problem>(422, 'Données invalides')
  @Security('bearer', ['config:write'])
  public async update(@Path() organisationId: string, @Path() motifId: string, @Body() body: MotifPatch, @Request() req: ExpressRequest): Promise<MotifDto> {
    return this.service(req).update(organisationId, motifId, body);
  }

  /**
   * Archive le motif : il n'est plus proposé, ses RDV sont conservés.
   * @summary Archiver un motif (administrateurs)
   */
  @Delete('{motifId}')
  @SuccessResponse(204, 'Motif archivé')
  @Response<Problem>(403, 'Réservé aux administrateurs')
  @Security('bearer', ['config:write'])
  public async archive(@Path() organisationId: string, @Path() motifId: string, @Request() req: ExpressRequest): Promise<void> {
    this.setStatus(204);
    await this.service(req).archive(organisationId, motifId);
  }

  /** @summary Désarchiver un motif (administrateurs) */
  @Post('{motifId}/restauration')
  @Response<Problem>(403, 'Réservé aux administrateurs')
  @Security('bearer', ['config:write'])
  public async restore(@Path() organisationId: string, @Path() motifId: string, @Request() req: ExpressRequest): Promise<MotifDto> {
    return this.service(req).restore(organisationId, motifId);
  }
}
