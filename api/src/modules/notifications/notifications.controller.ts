import type { Request as ExpressRequest } from 'express';
import { Controller, Get, Path, Request, Response, Route, Security, Tags } from 'tsoa';
import type { AppContext } from '../../context.js';
import type { Problem } from '../../http/problem.js';
import type { DeliveryFailureList, ReceiptList } from './notifications.dto.js';
import { NotificationsService } from './notifications.service.js';

@Route('organisations/{organisationId}')
@Tags('Notifications')
@Security('bearer', ['rdvs:read'])
@Response<Problem>(401, 'Non authentifié')
@Response<Problem>(404, 'Organisation ou rendez-vous introuvable')
export class NotificationsController extends Controller {
  constructor(private readonly ctx: AppContext) {
    super();
  }

  private service(req: ExpressRequest) {
    return new NotificationsService(this.ctx, req.user!);
  }

  /**
   * Chaque tentative d'envoi (e-mail, SMS) concernant ce rendez-vous : événement, canal,
   * destinataire masqué, résultat, identifiant chez le prestataire ou erreur, numéro de tentative.
   * @summary Accusés d'envoi d'un rendez-vous
   */
  @Get('rdvs/{rdvId}/receipts')
  public async receipts(@Path() organisationId: string, @Path() rdvId: string, @Request() req: ExpressRequest): Promise<ReceiptList> {
    return this.service(req).receipts(organisationId, rdvId);
  }

  /**
   * Messages abandonnés après la dernière tentative (environ 3 à 6 jours de nouvelles tentatives),
   * ou refusés d'emblée par le prestataire, du plus récent au plus ancien.
   * @summary Envois en échec (administrateurs)
   */
  @Get('notifications/echecs')
  @Response<Problem>(403, 'Réservé aux administrateurs')
  public async failures(@Path() organisationId: string, @Request() req: ExpressRequest): Promise<DeliveryFailureList> {
    return this.service(req).failures(organisationId);
  }
}
