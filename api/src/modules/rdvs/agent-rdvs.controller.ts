import type { Request as ExpressRequest } from 'express';
import { Body, Controller, Get, Patch, Path, Post, Query, Request, Response, Route, Security, SuccessResponse, Tags } from 'tsoa';
import type { AppContext } from '../../context.js';
import type { Problem } from '../../http/problem.js';
import { AgentRdvsService } from './agent-rdvs.service.js';
import type { AgentRdvCreate, AgentRdvPatch, ParticipationPatch, RdvDto, RdvList } from './rdv.dto.js';
import type { RdvStatus } from './rdv.entity.js';

@Route('organisations/{organisationId}/rdvs')
@Tags('Rendez-vous')
@Security('bearer', ['rdvs:read'])
@Response<Problem>(401, 'Non authentifié')
@Response<Problem>(404, 'Organisation ou rendez-vous introuvable')
export class AgentRdvsController extends Controller {
  constructor(private readonly ctx: AppContext) {
    super();
  }

  private service(req: ExpressRequest) {
    return new AgentRdvsService(this.ctx, req.user!);
  }

  /**
   * Rendez-vous de l'organisation, par ordre chronologique, filtrables par période (jours locaux),
   * agent et statut ; pagination par curseur.
   * @summary Lister les rendez-vous
   */
  @Get()
  @Response<Problem>(422, 'Filtre invalide')
  public async list(
    @Path() organisationId: string, @Request() req: ExpressRequest, @Query() from?: string, @Query() to?: string,
    @Query() agentId?: string, @Query() status?: RdvStatus, @Query() cursor?: string, @Query() limit?: number,
  ): Promise<RdvList> {
    return this.service(req).list(organisationId, { from, to, agentId, status, cursor, limit });
  }

  /**
   * Un agent ou un partenaire réserve pour un usager (existant ou créé), sans délai de réservation.
   * Un chevauchement avec un autre rendez-vous de l'agent est toujours refusé.
   * @summary Réserver pour un usager
   */
  @Post()
  @SuccessResponse(201, 'Rendez-vous créé')
  @Security('bearer', ['rdvs:write'])
  @Response<Problem>(409, 'Créneau indisponible, hors plage (acceptWarnings) ou chevauchement')
  @Response<Problem>(422, 'Données invalides')
  public async create(@Path() organisationId: string, @Body() body: AgentRdvCreate, @Request() req: ExpressRequest): Promise<RdvDto> {
    this.setStatus(201);
    return this.service(req).create(organisationId, body);
  }

  /** @summary Lire un rendez-vous */
  @Get('{rdvId}')
  public async get(@Path() organisationId: string, @Path() rdvId: string, @Request() req: ExpressRequest): Promise<RdvDto> {
    return this.service(req).get(organisationId, rdvId);
  }

  /**
   * Changer l'horaire, les agents, le lieu ou le statut (honoré, absent, excusé, annulé par le
   * service), avec report sur les participations.
   * @summary Modifier un rendez-vous
   */
  @Patch('{rdvId}')
  @Security('bearer', ['rdvs:write'])
  @Response<Problem>(409, 'Chevauchement ou hors plage')
  @Response<Problem>(422, 'Données invalides')
  public async update(@Path() organisationId: string, @Path() rdvId: string, @Body() body: AgentRdvPatch, @Request() req: ExpressRequest): Promise<RdvDto> {
    return this.service(req).update(organisationId, rdvId, body);
  }

  /** @summary Changer le statut d'une participation */
  @Patch('{rdvId}/participations/{participationId}')
  @Security('bearer', ['rdvs:write'])
  public async updateParticipation(@Path() organisationId: string, @Path() rdvId: string, @Path() participationId: string, @Body() body: ParticipationPatch, @Request() req: ExpressRequest): Promise<RdvDto> {
    return this.service(req).updateParticipation(organisationId, rdvId, participationId, body.status);
  }
}
