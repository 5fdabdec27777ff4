import type { Config } from '../../config.js';

/**
 * The link sent to the usager to see, cancel or move their RDV. It opens the widget's manage mode
 * (token in the URL fragment: never sent to a server log).
 */
export function manageUrlFor(config: Config, rdvId: string, token: string): string {
  return `${config.publicUrl}/demo/departement.html#rdv=${encodeURIComponent(rdvId)}&token=${encodeURIComponent(token)}`;
}
