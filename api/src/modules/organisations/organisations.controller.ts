import type { Request as ExpressRequest } from 'express';
import { Body, Controller, Delete, Get, Patch, Path, Post, Request, Response, Route, Security, SuccessResponse, Tags } from 'tsoa';
import type { AppContext } from '../../context.js';
import type { OriginRegistry } from '../../http/cors.js';
import type { Problem } from '../../http/problem.js';
import type { OrganisationDto, OrganisationInput, OrganisationList, OrganisationPatch } from './organisation.dto.js';
import { OrganisationsService } from './organisations.service.js';

@Route('territoires/{territoireId}/organisations')
@Tags('Organisations')
@Security('bearer', ['config:read'])
@Response<Problem>(401, 'Non authentifié')
@Response<Problem>(404, 'Territoire introuvable (ou non administré par l’appelant)')
export class TerritoireOrganisationsController extends Controller {
  constructor(private readonly ctx: AppContext) {
    super();
  }

  /** @summary Lister les organisations d'un territoire (administrateurs du territoire) */
  @Get()
  public async list(@Path() territoireId: string, @Request() req: ExpressRequest): Promise<OrganisationList> {
    return { items: await new OrganisationsService(this.ctx, req.user!).listForTerritoire(territoireId) };
  }

  /**
   * Crée une organisation dans le territoire. Ses administrateurs s'ajoutent ensuite par
   * `POST /organisations/{organisationId}/agents`.
   * @summary Créer une organisation (administrateurs du territoire)
   */
  @Post()
  @SuccessResponse(201, 'Organisation créée')
  @Response<Problem>(422, 'Données invalides')
  @Security('bearer', ['config:write'])
  public async create(@Path() territoireId: string, @Body() body: OrganisationInput, @Request() req: ExpressRequest): Promise<OrganisationDto> {
    const organisation = await new OrganisationsService(this.ctx, req.user!).create(territoireId, body);
    if (organisation.allowedOrigins.length) (req.app.locals.origins as OriginRegistry).invalidate();
    this.setStatus(201);
    return organisation;
  }
}

@Route('organisations')
@Tags('Organisations')
@Security('bearer', ['config:read'])
@Response<Problem>(401, 'Non authentifié')
@Response<Problem>(404, 'Organisation introuvable')
export class OrganisationsController extends Controller {
  constructor(private readonly ctx: AppContext) {
    super();
  }

  /** @summary Lire une organisation (ses membres) */
  @Get('{organisationId}')
  public async get(@Path() organisationId: string, @Request() req: ExpressRequest): Promise<OrganisationDto> {
    return new OrganisationsService(this.ctx, req.user!).get(organisationId);
  }

  /**
   * Coordonnées, horaires et origines autorisées à intégrer le widget (liste CORS), chacune de la
   * forme `https://hote[:port]` sans chemin.
   * @summary Modifier une organisation (administrateurs)
   */
  @Patch('{organisationId}')
  @Response<Problem>(403, 'Réservé aux administrateurs')
  @Response<Problem>(422, 'Données invalides')
  @Security('bearer', ['config:write'])
  public async update(@Path() organisationId: string, @Body() body: OrganisationPatch, @Request() req: ExpressRequest): Promise<OrganisationDto> {
    const { organisation, originsChanged } = await new OrganisationsService(this.ctx, req.user!).update(organisationId, body);
    if (originsChanged) (req.app.locals.origins as OriginRegistry).invalidate();
    return organisation;
  }

  /**
   * Supprime une organisation sans rendez-vous, avec ses motifs, lieux et plages d'ouverture.
   * @summary Supprimer une organisation (administrateurs du territoire)
   */
  @Delete('{organisationId}')
  @SuccessResponse(204, 'Organisation supprimée')
  @Response<Problem>(403, 'Réservé aux administrateurs du territoire')
  @Response<Problem>(409, 'L’organisation a des rendez-vous (code organisation_avec_rdv)')
  @Security('bearer', ['config:write'])
  public async remove(@Path() organisationId: string, @Request() req: ExpressRequest): Promise<void> {
    await new OrganisationsService(this.ctx, req.user!).remove(organisationId);
    (req.app.locals.origins as OriginRegistry).invalidate();
    this.setStatus(204);
  }
}
