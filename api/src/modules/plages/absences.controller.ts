import type { Request as ExpressRequest } from 'express';
import { Body, Controller, Delete, Get, Patch, Path, Post, Query, Request, Response, Route, Security, SuccessResponse, Tags } from 'tsoa';
import type { AppContext } from '../../context.js';
import type { Problem } from '../../http/problem.js';
import type { AbsenceDto, AbsenceInput, AbsenceList, AbsencePatch } from './absence.dto.js';
import { AbsencesService } from './absences.service.js';

@Route('organisations/{organisationId}/absences')
@Tags('Absences')
@Security('bearer', ['config:read'])
@Response<Problem>(401, 'Non authentifié')
@Response<Problem>(404, 'Organisation ou absence introuvable')
export class AbsencesController extends Controller {
  constructor(private readonly ctx: AppContext) {
    super();
  }

  private service(req: ExpressRequest) {
    return new AbsencesService(this.ctx, req.user!);
  }

  /**
   * Les absences saisies dans l'organisation, éventuellement d'un seul agent (`agentId`).
   * @summary Lister les absences
   */
  @Get()
  @Response<Problem>(422, 'Filtre invalide')
  public async list(@Path() organisationId: string, @Request() req: ExpressRequest, @Query() agentId?: string): Promise<AbsenceList> {
    return { items: await this.service(req).list(organisationId, agentId) };
  }

  /**
   * Une absence bloque les créneaux de l'agent dans toutes ses organisations. Les administrateurs
   * en saisissent pour tout agent de l'organisation, les autres agents pour eux-mêmes. Seule une
   * absence sur un seul jour peut se répéter.
   * @summary Créer une absence
   */
  @Post()
  @SuccessResponse(201, 'Absence créée')
  @Response<Problem>(403, 'Absence d’un autre agent (réservé aux administrateurs)')
  @Response<Problem>(422, 'Données invalides')
  @Security('bearer', ['config:write'])
  public async create(@Path() organisationId: string, @Body() body: AbsenceInput, @Request() req: ExpressRequest): Promise<AbsenceDto> {
    const absence = await this.service(req).create(organisationId, body);
    this.setStatus(201);
    return absence;
  }

  /** @summary Lire une absence */
  @Get('{absenceId}')
  public async get(@Path() organisationId: string, @Path() absenceId: string, @Request() req: ExpressRequest): Promise<AbsenceDto> {
    return this.service(req).get(organisationId, absenceId);
  }

  /** @summary Modifier une absence */
  @Patch('{absenceId}')
  @Response<Problem>(403, 'Absence d’un autre agent (réservé aux administrateurs)')
  @Response<Problem>(422, 'Données invalides')
  @Security('bearer', ['config:write'])
  public async update(@Path() organisationId: string, @Path() absenceId: string, @Body() body: AbsencePatch, @Request() req: ExpressRequest): Promise<AbsenceDto> {
    return this.service(req).update(organisationId, absenceId, body);
  }

  /** @summary Supprimer une absence */
  @Delete('{absenceId}')
  @SuccessResponse(204, 'Absence supprimée')
  @Response<Problem>(403, 'Absence d’un autre agent (réservé aux administrateurs)')
  @Security('bearer', ['config:write'])
  public async remove(@Path() organisationId: string, @Path() absenceId: string, @Request() req: ExpressRequest): Promise<void> {
    await this.service(req).remove(organisationId, absenceId);
    this.setStatus(204);
  }
}
