import type { Request as ExpressRequest } from 'express';
import { Body, Controller, Delete, Get, Patch, Path, Post, Query, Request, Response, Route, Security, SuccessResponse, Tags } from 'tsoa';
import type { AppContext } from '../../context.js';
import type { Problem } from '../../http/problem.js';
import type { PlageDto, PlageInput, PlageList, PlagePatch, PlageSaved, PlageWarningsProblem } from './plage.dto.js';
import { PlagesService } from './plages.service.js';

@Route('organisations/{organisationId}/plages-ouverture')
@Tags("Plages d'ouverture")
@Security('bearer', ['config:read'])
@Response<Problem>(401, 'Non authentifié')
@Response<Problem>(404, 'Organisation ou plage introuvable')
export class PlagesOuvertureController extends Controller {
  constructor(private readonly ctx: AppContext) {
    super();
  }

  private service(req: ExpressRequest) {
    return new PlagesService(this.ctx, req.user!);
  }

  /**
   * Les plages d'ouverture de l'organisation, éventuellement d'un seul agent (`agentId`).
   * @summary Lister les plages d'ouverture
   */
  @Get()
  @Response<Problem>(422, 'Filtre invalide')
  public async list(@Path() organisationId: string, @Request() req: ExpressRequest, @Query() agentId?: string): Promise<PlageList> {
    return { items: await this.service(req).list(organisationId, agentId) };
  }

  /**
   * Crée une plage d'ouverture. Les administrateurs en créent pour tout agent de l'organisation,
   * les autres agents pour eux-mêmes. Un chevauchement avec une autre plage de l'agent, ou un motif
   * plus long que la plage, répond 409 avec la liste `warnings` : renvoyer la demande avec
   * `acceptWarnings: true` l'enregistre quand même.
   * @summary Créer une plage d'ouverture
   */
  @Post()
  @SuccessResponse(201, "Plage d'ouverture créée")
  @Response<Problem>(403, 'Plage d’un autre agent (réservé aux administrateurs)')
  @Response<PlageWarningsProblem>(409, 'Avertissement à confirmer (chevauchement_plage, duree_motif_trop_longue)')
  @Response<Problem>(422, 'Données invalides')
  @Security('bearer', ['config:write'])
  public async create(@Path() organisationId: string, @Body() body: PlageInput, @Request() req: ExpressRequest): Promise<PlageSaved> {
    const plage = await this.service(req).create(organisationId, body);
    this.setStatus(201);
    return plage;
  }

  /** @summary Lire une plage d'ouverture */
  @Get('{plageId}')
  public async get(@Path() organisationId: string, @Path() plageId: string, @Request() req: ExpressRequest): Promise<PlageDto> {
    return this.service(req).get(organisationId, plageId);
  }

  /**
   * Seuls les champs envoyés changent ; `motifIds` remplace la liste. Mêmes règles et
   * avertissements qu'à la création, pour ce qui change.
   * @summary Modifier une plage d'ouverture
   */
  @Patch('{plageId}')
  @Response<Problem>(403, 'Plage d’un autre agent (réservé aux administrateurs)')
  @Response<PlageWarningsProblem>(409, 'Avertissement à confirmer (chevauchement_plage, duree_motif_trop_longue)')
  @Response<Problem>(422, 'Données invalides')
  @Security('bearer', ['config:write'])
  public async update(@Path() organisationId: string, @Path() plageId: string, @Body() body: PlagePatch, @Request() req: ExpressRequest): Promise<PlageSaved> {
    return this.service(req).update(organisationId, plageId, body);
  }

  /**
   * Supprime la plage : plus aucun créneau n'y est proposé ; les rendez-vous déjà pris restent.
   * @summary Supprimer une plage d'ouverture
   */
  @Delete('{plageId}')
  @SuccessResponse(204, "Plage d'ouverture supprimée")
  @Response<Problem>(403, 'Plage d’un autre agent (réservé aux administrateurs)')
  @Security('bearer', ['config:write'])
  public async remove(@Path() organisationId: string, @Path() plageId: string, @Request() req: ExpressRequest): Promise<void> {
    await this.service(req).remove(organisationId, plageId);
    this.setStatus(204);
  }
}
