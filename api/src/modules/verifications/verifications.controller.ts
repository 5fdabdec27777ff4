import { Body, Controller, Post, Response, Route, SuccessResponse, Tags } from 'tsoa';
import type { AppContext } from '../../context.js';
import { emOf } from '../../context.js';
import type { Problem } from '../../http/problem.js';
import type { VerificationCreated, VerificationRequest } from './verification.dto.js';
import { VerificationsService } from './verifications.service.js';

@Route('public/verifications')
@Tags('Public')
export class VerificationsController extends Controller {
  constructor(private readonly ctx: AppContext) {
    super();
  }

  /**
   * Envoie un code à 6 chiffres par SMS ou par e-mail pour vérifier le contact de l'usager avant
   * la réservation. Valable 10 minutes, 5 essais ; nouvel envoi possible après 30 secondes.
   * @summary Envoyer un code de vérification
   */
  @Post()
  @SuccessResponse(201, 'Code envoyé')
  @Response<Problem>(422, 'Numéro ou adresse invalide')
  @Response<Problem>(429, 'Trop de demandes')
  public async send(@Body() body: VerificationRequest): Promise<VerificationCreated> {
    this.setStatus(201);
    return new VerificationsService(this.ctx).send(emOf(this.ctx), body);
  }
}
