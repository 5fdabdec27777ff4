import type { Request as ExpressRequest } from 'express';
import { Controller, Get, Path, Query, Request, Response, Route, Security, Tags } from 'tsoa';
import type { AppContext } from '../../context.js';
import { emOf } from '../../context.js';
import { orgAccess } from '../../http/access.js';
import type { Problem } from '../../http/problem.js';
import type { AgentCreneauxResponse } from './creneaux.dto.js';
import { groupByDay, searchCreneaux, toIso } from './creneaux.service.js';

@Route('organisations/{organisationId}/creneaux')
@Tags('Créneaux')
@Security('bearer', ['rdvs:read'])
export class AgentCreneauxController extends Controller {
  constructor(private readonly ctx: AppContext) {
    super();
  }

  /**
   * Recherche de créneaux pour un agent : sans délais de réservation, tous les motifs de
   * l'organisation, avec les agents libres pour chaque créneau.
   * @summary Rechercher des créneaux (agents)
   */
  @Get()
  @Response<Problem>(401, 'Non authentifié')
  @Response<Problem>(404, 'Organisation, motif ou lieu introuvable')
  @Response<Problem>(422, 'Période invalide')
  public async search(
    @Path() organisationId: string, @Request() req: ExpressRequest, @Query() motifId: string, @Query() from: string,
    @Query() to: string, @Query() lieuId?: string, @Query() agentId?: string,
  ): Promise<AgentCreneauxResponse> {
    await orgAccess(this.ctx, req.user!, organisationId);
    const result = await searchCreneaux(emOf(this.ctx), {
      motifId, lieuId: lieuId || null, agentId: agentId || null, from, to, mode: 'agent', organisationId,
    }, this.ctx.now().getTime());
    const tz = result.motif.timezone;
    const named = (ids: string[]) => ids.map((id) => result.agents.get(id)!).filter(Boolean);
    return {
      timezone: tz,
      days: groupByDay(from, to, tz, result.creneaux, (c) => ({ startsAt: toIso(c.startsAt, tz), endsAt: toIso(c.endsAt, tz), agents: named(c.agentIds) })),
      nextAvailableAt: result.nextAvailable ? toIso(result.nextAvailable.startsAt, tz) : null,
    };
  }
}
