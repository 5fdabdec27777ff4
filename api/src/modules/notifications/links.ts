import type { Config } from '../../config.js';
import { signManageToken } from '../auth/tokens.js';
import { manageUrlFor as manageUrlWithToken } from '../rdvs/manage-url.js';

/**
 * The links notifications carry. One place to change when organisations get their own booking
 * pages: today every link opens the demo département page, where the widget's manage mode reads
 * `#rdv=…&token=…` (a fragment: the token never reaches a server log).
 */

/** Signed link to see, cancel or move one RDV (or one seat of a collective RDV). */
export function manageUrlFor(config: Config, rdvId: string, participationId?: string | null): string {
  return manageUrlWithToken(config, rdvId, signManageToken(config, rdvId, participationId ?? undefined));
}

/** Where to book again after a cancellation. */
export function rebookUrlFor(config: Config, _organisationId: string): string {
  return `${config.publicUrl}/demo/departement.html`;
}

/** The waiting-list offer opens the manage page on the proposed créneau. */
export function offerUrlFor(config: Config, rdvId: string, offerStartsAt: Date, participationId?: string | null): string {
  return `${manageUrlFor(config, rdvId, participationId)}&creneau=${encodeURIComponent(offerStartsAt.toISOString())}`;
}

/** The RDV in the back office (agents' e-mails). */
export function adminUrlFor(config: Config, organisationId: string, rdvId: string): string {
  return `${config.publicUrl}/admin#/${organisationId}/agenda?rdv=${rdvId}`;
}

/** Where an invited agent chooses a password (the token stays in the fragment, out of server logs). */
export function invitationUrlFor(config: Config, token: string): string {
  return `${config.publicUrl}/admin#/invitation/${token}`;
}
