import type { Request as ExpressRequest } from 'express';
import { Body, Controller, Get, Patch, Path, Post, Query, Request, Response, Route, Security, SuccessResponse, Tags } from 'tsoa';
import type { AppContext } from '../../context.js';
import type { Problem } from '../../http/problem.js';
import type { UsagerDto, UsagerExistantProblem, UsagerInput, UsagerList, UsagerPatch } from './usager.dto.js';
import { UsagersService } from './usagers.service.js';

/**
 * The usagers of an organisation: those with a profile in it. Every agent of the organisation
 * reads and writes them (as the original); API clients need `usagers:read` / `usagers:write`.
 */
@Route('organisations/{organisationId}/usagers')
@Tags('Usagers')
@Security('bearer', ['usagers:read'])
@Response<Problem>(401, 'Non authentifié')
@Response<Problem>(403, 'Permission du client API manquante')
@Response<Problem>(404, 'Organisation ou usager introuvable')
export class UsagersController extends Controller {
  constructor(private readonly ctx: AppContext) {
    super();
  }

  private service(req: ExpressRequest) {
    return new UsagersService(this.ctx, req.user!);
  }

  /**
   * Usagers de l'organisation, triés par nom. `q` cherche un nom (début du prénom, du nom ou du
   * nom de naissance, sans tenir compte des accents ni des majuscules ; plusieurs mots se
   * cumulent), un numéro de téléphone (toute forme usuelle) ou une adresse e-mail. Pagination par
   * curseur : repasser `nextCursor` dans `cursor`.
   * @summary Lister et rechercher les usagers
   * @param q Nom, téléphone ou e-mail (100 caractères au plus).
   * @param cursor `nextCursor` de la page précédente.
   * @param limit Taille de page, 50 par défaut, 200 au plus.
   * @isInt limit
   * @minimum limit 1
   * @maximum limit 200
   */
  @Get()
  @Response<Problem>(422, 'Paramètres invalides')
  public async list(
    @Path() organisationId: string, @Request() req: ExpressRequest,
    @Query() q?: string, @Query() cursor?: string, @Query() limit?: number,
  ): Promise<UsagerList> {
    return this.service(req).list(organisationId, { q, cursor, limit });
  }

  /**
   * Crée l'usager et l'inscrit dans l'organisation. Avec `responsibleId`, l'usager est un proche
   * (un seul niveau). Si un usager de l'organisation a déjà ce téléphone ou cet e-mail, répond 409
   * `usager_existant` avec `existingUsagerId`, sauf avec `allowDuplicate: true`.
   * @summary Créer un usager
   */
  @Post()
  @SuccessResponse(201, 'Usager créé')
  @Response<UsagerExistantProblem>(409, 'Un usager a déjà ce téléphone ou cet e-mail')
  @Response<Problem>(422, 'Données invalides')
  @Security('bearer', ['usagers:write'])
  public async create(@Path() organisationId: string, @Body() body: UsagerInput, @Request() req: ExpressRequest): Promise<UsagerDto> {
    this.setStatus(201);
    return this.service(req).create(organisationId, body);
  }

  /** @summary Lire un usager */
  @Get('{usagerId}')
  public async get(@Path() organisationId: string, @Path() usagerId: string, @Request() req: ExpressRequest): Promise<UsagerDto> {
    return this.service(req).get(organisationId, usagerId);
  }

  /**
   * Modifie les champs fournis (`null` efface un champ facultatif). Un changement de téléphone
   * ou d'e-mail déjà connu dans l'organisation répond 409 `usager_existant`, sauf avec `allowDuplicate`.
   * @summary Modifier un usager
   */
  @Patch('{usagerId}')
  @Response<UsagerExistantProblem>(409, 'Un usager a déjà ce téléphone ou cet e-mail')
  @Response<Problem>(422, 'Données invalides')
  @Security('bearer', ['usagers:write'])
  public async update(@Path() organisationId: string, @Path() usagerId: string, @Body() body: UsagerPatch, @Request() req: ExpressRequest): Promise<UsagerDto> {
    return this.service(req).update(organisationId, usagerId, body);
  }

  /** @summary Lister les proches d'un usager */
  @Get('{usagerId}/proches')
  public async proches(@Path() organisationId: string, @Path() usagerId: string, @Request() req: ExpressRequest): Promise<UsagerList> {
    return this.service(req).proches(organisationId, usagerId);
  }
}
