import type { Request as ExpressRequest } from 'express';
import { Controller, Get, Path, Request, Response, Route, Tags } from 'tsoa';
import type { AppContext } from '../../context.js';
import { emOf } from '../../context.js';
import { assertOriginAllowed } from '../../http/cors.js';
import type { Problem } from '../../http/problem.js';
import type { PublicOrganisation } from './public-organisation.dto.js';
import { loadPublicOrganisation } from './public-organisation.service.js';

@Route('public/organisations')
@Tags('Public')
export class PublicOrganisationController extends Controller {
  constructor(private readonly ctx: AppContext) {
    super();
  }

  /**
   * Ce dont le widget a besoin pour démarrer : l'organisation, ses lieux, ses motifs ouverts à la
   * réservation en ligne et, pour chacun, la prochaine disponibilité par lieu.
   * @summary Présenter une organisation au public
   */
  @Get('{organisationId}')
  @Response<Problem>(403, 'Site non autorisé')
  @Response<Problem>(404, 'Organisation introuvable')
  public async get(@Path() organisationId: string, @Request() req: ExpressRequest): Promise<PublicOrganisation> {
    const { organisation, allowedOrigins } = await loadPublicOrganisation(emOf(this.ctx), organisationId, this.ctx.now().getTime());
    assertOriginAllowed(req, allowedOrigins);
    return organisation;
  }
}
