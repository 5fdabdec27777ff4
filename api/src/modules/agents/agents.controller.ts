import type { Request as ExpressRequest } from 'express';
import { Body, Controller, Delete, Get, Patch, Path, Post, Request, Response, Route, Security, SuccessResponse, Tags } from 'tsoa';
import type { AppContext } from '../../context.js';
import type { Problem } from '../../http/problem.js';
import type { AgentDto, AgentInput, AgentList, AgentPatch } from './agent.dto.js';
import { AgentsService } from './agents.service.js';

@Route('organisations/{organisationId}/agents')
@Tags('Agents')
@Security('bearer', ['config:read'])
@Response<Problem>(401, 'Non authentifié')
@Response<Problem>(404, 'Organisation ou agent introuvable')
export class AgentsController extends Controller {
  constructor(private readonly ctx: AppContext) {
    super();
  }

  private service(req: ExpressRequest) {
    return new AgentsService(this.ctx, req.user!);
  }

  /** @summary Lister les agents de l'organisation, avec leur rôle et leurs services */
  @Get()
  public async list(@Path() organisationId: string, @Request() req: ExpressRequest): Promise<AgentList> {
    return { items: await this.service(req).list(organisationId) };
  }

  /**
   * Ajoute un agent à l'organisation. Si un agent a déjà cette adresse e-mail, il reçoit le rôle
   * (pas de doublon). Sans mot de passe initial, une invitation valable 7 jours lui est envoyée.
   * Un intervenant n'a ni adresse e-mail ni mot de passe.
   * @summary Ajouter un agent (administrateurs)
   */
  @Post()
  @SuccessResponse(201, 'Agent ajouté')
  @Response<Problem>(403, 'Réservé aux administrateurs')
  @Response<Problem>(409, 'Agent déjà membre de l’organisation (code agent_deja_membre)')
  @Response<Problem>(422, 'Données invalides')
  @Security('bearer', ['config:write'])
  public async create(@Path() organisationId: string, @Body() body: AgentInput, @Request() req: ExpressRequest): Promise<AgentDto> {
    const agent = await this.service(req).create(organisationId, body);
    this.setStatus(201);
    return agent;
  }

  /** @summary Lire un agent de l'organisation */
  @Get('{agentId}')
  public async get(@Path() organisationId: string, @Path() agentId: string, @Request() req: ExpressRequest): Promise<AgentDto> {
    return this.service(req).get(organisationId, agentId);
  }

  /**
   * Rôle dans l'organisation, services, prénom et nom. L'organisation garde toujours au moins un
   * administrateur.
   * @summary Modifier un agent (administrateurs)
   */
  @Patch('{agentId}')
  @Response<Problem>(403, 'Réservé aux administrateurs')
  @Response<Problem>(409, 'Dernier administrateur de l’organisation (code dernier_admin)')
  @Response<Problem>(422, 'Données invalides')
  @Security('bearer', ['config:write'])
  public async update(@Path() organisationId: string, @Path() agentId: string, @Body() body: AgentPatch, @Request() req: ExpressRequest): Promise<AgentDto> {
    return this.service(req).update(organisationId, agentId, body);
  }

  /**
   * Retire l'agent de l'organisation (son rôle et ses plages d'ouverture ici ; ses rendez-vous
   * restent). Refusé pour le dernier administrateur et pour soi-même.
   * @summary Retirer un agent de l'organisation (administrateurs)
   */
  @Delete('{agentId}')
  @SuccessResponse(204, 'Agent retiré')
  @Response<Problem>(403, 'Réservé aux administrateurs')
  @Response<Problem>(409, 'Dernier administrateur (dernier_admin) ou retrait de soi-même (retrait_de_soi)')
  @Security('bearer', ['config:write'])
  public async remove(@Path() organisationId: string, @Path() agentId: string, @Request() req: ExpressRequest): Promise<void> {
    await this.service(req).removeRole(organisationId, agentId);
    this.setStatus(204);
  }
}
