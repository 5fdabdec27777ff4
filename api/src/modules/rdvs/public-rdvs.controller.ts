import type { Request as ExpressRequest } from 'express';
import { Body, Controller, Get, Header, Path, Post, Request, Response, Route, Security, SuccessResponse, Tags } from 'tsoa';
import type { AppContext } from '../../context.js';
import { emOf } from '../../context.js';
import { assertOriginAllowed } from '../../http/cors.js';
import type { ManagePrincipal } from '../../http/principal.js';
import type { Problem } from '../../http/problem.js';
import { buildRdvIcs } from './rdv-ics.js';
import { ManageService } from './manage.service.js';
import { PublicBookingService } from './public-booking.service.js';
import type { MoveInput, PublicRdv, PublicRdvCreate, PublicRdvCreated } from './rdv.dto.js';

@Route('public/rdvs')
@Tags('Public')
export class PublicRdvsController extends Controller {
  constructor(private readonly ctx: AppContext) {
    super();
  }

  private manage(req: ExpressRequest) {
    return new ManageService(this.ctx, emOf(this.ctx), req.user as ManagePrincipal);
  }

  /**
   * Réserve un créneau sans compte : le contact de l'usager est vérifié par un code, le créneau est
   * recalculé et un agent libre est choisi. Rejouer la même requête avec la même clé
   * `Idempotency-Key` (24 h) renvoie la même réponse.
   * @summary Prendre rendez-vous
   * @param idempotencyKey Identifiant unique de la tentative (UUID conseillé)
   */
  @Post()
  @SuccessResponse(201, 'Rendez-vous réservé')
  @Response<Problem>(404, 'Motif ou lieu introuvable')
  @Response<Problem>(409, 'Créneau indisponible (creneau_indisponible) ou séance complète (complet)')
  @Response<Problem>(422, 'Données invalides, code refusé ou clé réutilisée')
  public async create(@Body() body: PublicRdvCreate, @Request() req: ExpressRequest, @Header('Idempotency-Key') idempotencyKey?: string): Promise<PublicRdvCreated> {
    const answer = await new PublicBookingService(this.ctx, emOf(this.ctx)).create(body, idempotencyKey, (allowed) => assertOriginAllowed(req, allowed));
    this.setStatus(answer.status);
    return answer.body as PublicRdvCreated;
  }

  /** @summary Consulter son rendez-vous (lien de gestion) */
  @Get('{rdvId}')
  @Security('manage')
  @Response<Problem>(404, 'Rendez-vous introuvable ou lien expiré')
  public async get(@Path() rdvId: string, @Request() req: ExpressRequest): Promise<PublicRdv> {
    const { view, allowedOrigins } = await this.manage(req).get(rdvId);
    assertOriginAllowed(req, allowedOrigins);
    this.setHeader('Cache-Control', 'no-store');
    return view;
  }

  /**
   * Télécharger le rendez-vous au format iCalendar (.ics) pour l'ajouter à son agenda.
   * @summary Ajouter à son agenda
   * @produces text/calendar
   */
  @Get('{rdvId}/ics')
  @Security('manage')
  @Response<Problem>(404, 'Rendez-vous introuvable ou lien expiré')
  public async ics(@Path() rdvId: string, @Request() req: ExpressRequest): Promise<string> {
    const { rdv, allowedOrigins } = await this.manage(req).get(rdvId);
    assertOriginAllowed(req, allowedOrigins);
    this.setHeader('Content-Type', 'text/calendar; charset=utf-8');
    this.setHeader('Content-Disposition', 'attachment; filename="rendez-vous.ics"');
    return buildRdvIcs(this.ctx.config, rdv);
  }

  /**
   * Annuler son rendez-vous (jusqu'à 4 h avant par défaut, selon le motif).
   * @summary Annuler son rendez-vous
   */
  @Post('{rdvId}/annulation')
  @Security('manage')
  @Response<Problem>(404, 'Rendez-vous introuvable ou lien expiré')
  @Response<Problem>(409, 'Annulation impossible en ligne (délai dépassé, déjà annulé)')
  public async cancel(@Path() rdvId: string, @Request() req: ExpressRequest): Promise<PublicRdv> {
    const { allowedOrigins } = await this.manage(req).get(rdvId);
    assertOriginAllowed(req, allowedOrigins);
    return this.manage(req).cancel(rdvId);
  }

  /**
   * Déplacer son rendez-vous sur un autre créneau libre (jusqu'à 48 h avant par défaut ; pas pour
   * un rendez-vous pris par un agent). Le lien de gestion reste valable.
   * @summary Déplacer son rendez-vous
   */
  @Post('{rdvId}/deplacement')
  @Security('manage')
  @Response<Problem>(404, 'Rendez-vous introuvable ou lien expiré')
  @Response<Problem>(409, 'Déplacement impossible ou créneau indisponible')
  @Response<Problem>(422, 'Date invalide')
  public async move(@Path() rdvId: string, @Body() body: MoveInput, @Request() req: ExpressRequest): Promise<PublicRdv> {
    const { allowedOrigins } = await this.manage(req).get(rdvId);
    assertOriginAllowed(req, allowedOrigins);
    return this.manage(req).move(rdvId, body.startsAt);
  }
}
