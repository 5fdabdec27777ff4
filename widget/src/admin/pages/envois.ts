import { html } from 'lit';
import { Task } from '@lit/task';
import { formatter } from '../../i18n/format.js';
import { fr } from '../../i18n/fr.js';
import { alert } from '../../ui/field.js';
import { define } from '../../ui/define.js';
import { EVENTS } from '../labels.js';
import { AdminPage, errorMessage } from '../page.js';
import { href } from '../router.js';

/**
 * Messages the organisation's usagers or agents never received: given up after the last retry
 * (about 3 days of attempts) or refused by the provider. Admins see them here to call the person.
 */
export class EnvoisPage extends AdminPage {
  private data = new Task(this, {
    task: async ([ctx]) => (await ctx.api.deliveryFailures(ctx.org.id)).items ?? [],
    args: () => [this.ctx] as const,
  });

  protected override render() {
    const f = formatter(fr, this.ctx.timezone);
    return html`<section>
      <h1 tabindex="-1">Envois en échec</h1>
      <p>Les SMS et e-mails qui ne sont pas partis malgré les nouvelles tentatives (pendant environ 3 jours), ou que le fournisseur a refusés. Prévenez la personne par un autre moyen, par exemple par téléphone.</p>
      ${this.data.render({
        pending: () => html`<p>Chargement…</p>`,
        error: (e) => alert(errorMessage(e)),
        complete: (items) =>
          items.length
            ? html`<table>
                <caption class="muted">${items.length} envoi${items.length > 1 ? 's' : ''} en échec, du plus récent au plus ancien</caption>
                <thead>
                  <tr><th scope="col">Abandonné le</th><th scope="col">Message</th><th scope="col">Destinataire</th><th scope="col">Dernière erreur</th><th scope="col">Rendez-vous</th></tr>
                </thead>
                <tbody>
                  ${items.map(
                    (x) => html`<tr>
                      <td>${f.at(x.failedAt)}</td>
                      <td>${EVENTS[x.event] ?? x.event}</td>
                      <td>${x.channel == 'sms' ? 'SMS' : x.channel == 'email' ? 'E-mail' : '—'}${x.destination ? ` à ${x.destination}` : ''}</td>
                      <td>${x.lastError ?? '—'} <span class="muted">(${x.attempts} essai${x.attempts > 1 ? 's' : ''})</span></td>
                      <td>${x.rdvId ? html`<a href=${href(this.org, 'agenda', '', { rdv: x.rdvId })}>Ouvrir le rendez-vous</a>` : '—'}</td>
                    </tr>`
                  )}
                </tbody>
              </table>`
            : html`<p class="empty">Aucun envoi en échec : tous les messages sont partis.</p>`,
      })}
    </section>`;
  }
}
define('creneau-admin-envois', EnvoisPage);

declare global {
  interface HTMLElementTagNameMap {
    'creneau-admin-envois': EnvoisPage;
  }
}
