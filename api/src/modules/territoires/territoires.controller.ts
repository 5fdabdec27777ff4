import type { Request as ExpressRequest } from 'express';
import { Controller, Get, Path, Request, Response, Route, Security, Tags } from 'tsoa';
import type { AppContext } from '../../context.js';
import type { Problem } from '../../http/problem.js';
import type { TerritoireDto } from './territoire.dto.js';
import { TerritoiresService } from './territoires.service.js';

@Route('territoires')
@Tags('Territoires')
@Security('bearer', ['config:read'])
@Response<Problem>(401, 'Non authentifié')
@Response<Problem>(404, 'Territoire introuvable (ou non administré par l’appelant)')
export class TerritoiresController extends Controller {
  constructor(private readonly ctx: AppContext) {
    super();
  }

  /**
   * Le territoire (département) avec son fuseau horaire, dans lequel les plages d'ouverture et les
   * absences de ses organisations sont calculées. Réservé aux administrateurs du territoire.
   * @summary Lire un territoire (administrateurs du territoire)
   */
  @Get('{territoireId}')
  public async get(@Path() territoireId: string, @Request() req: ExpressRequest): Promise<TerritoireDto> {
    return new TerritoiresService(this.ctx, req.user!).get(territoireId);
  }
}
