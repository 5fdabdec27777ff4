import type { Request as ExpressRequest } from 'express';
import { Controller, Get, Query, Request, Response, Route, Tags } from 'tsoa';
import type { AppContext } from '../../context.js';
import { emOf } from '../../context.js';
import { assertOriginAllowed } from '../../http/cors.js';
import type { Problem } from '../../http/problem.js';
import type { CreneauxResponse } from './creneaux.dto.js';
import { groupByDay, searchCreneaux, toIso } from './creneaux.service.js';
import { SingleFlight } from './single-flight.js';

const flights = new SingleFlight<{ body: CreneauxResponse; allowedOrigins: string[] }>();

@Route('public/creneaux')
@Tags('Public')
export class PublicCreneauxController extends Controller {
  constructor(private readonly ctx: AppContext) {
    super();
  }

  /**
   * Créneaux réservables en ligne pour un motif ouvert à tous (et un lieu), jour par jour, dans
   * les délais de réservation du motif. Calculés à la demande, jamais stockés. Période de 31 jours au plus.
   * @summary Rechercher les créneaux disponibles
   * @param motifId Identifiant du motif
   * @param lieuId Identifiant du lieu (obligatoire pour un motif sur place)
   * @param from Premier jour (AAAA-MM-JJ, heure locale du territoire)
   * @param to Dernier jour inclus (AAAA-MM-JJ)
   */
  @Get()
  @Response<Problem>(404, 'Motif ou lieu introuvable')
  @Response<Problem>(422, 'Période invalide (plus de 31 jours, dates mal formées)')
  public async search(@Request() req: ExpressRequest, @Query() motifId: string, @Query() from: string, @Query() to: string, @Query() lieuId?: string): Promise<CreneauxResponse> {
    const key = `${motifId}|${lieuId ?? ''}|${from}|${to}`;
    const { body, allowedOrigins } = await flights.run(key, async () => {
      const result = await searchCreneaux(emOf(this.ctx), { motifId, lieuId: lieuId || null, from, to, mode: 'public' }, this.ctx.now().getTime());
      const tz = result.motif.timezone;
      return {
        allowedOrigins: result.motif.allowedOrigins,
        body: {
          timezone: tz,
          days: groupByDay(from, to, tz, result.creneaux, (c) => ({ startsAt: toIso(c.startsAt, tz), endsAt: toIso(c.endsAt, tz) })),
          nextAvailableAt: result.nextAvailable ? toIso(result.nextAvailable.startsAt, tz) : null,
        } satisfies CreneauxResponse,
      };
    });
    assertOriginAllowed(req, allowedOrigins);
    this.setHeader('Cache-Control', 'no-store');
    return body;
  }
}
