import { html, nothing } from 'lit';
import { state } from 'lit/decorators.js';
import { Task, TaskStatus } from '@lit/task';
import { styleMap } from 'lit/directives/style-map.js';
import { alert } from '../../ui/field.js';
import { define } from '../../ui/define.js';
import { humanMinutes } from '../delays.js';
import { BOOKABLE, LOCATIONS, label } from '../labels.js';
import { AdminPage, errorMessage } from '../page.js';
import { href } from '../router.js';
import type { Motif } from '../types.js';

/** Motifs of the organisation: active or archived; admins create, edit, archive, restore. */
export class MotifsPage extends AdminPage {
  @state() archived = false;
  @state() message = '';

  private list = new Task(this, {
    task: ([ctx, archived]) => ctx.api.motifs(ctx.org.id, archived),
    args: () => [this.ctx, this.archived] as const,
  });

  private async toggle(m: Motif) {
    const api = this.ctx.api;
    this.message = '';
    this.formError = '';
    try {
      if (m.archivedAt) await api.restoreMotif(this.org, m.id);
      else await api.archiveMotif(this.org, m.id);
      this.ctx.data.invalidate('motifs');
      this.message = m.archivedAt
        ? `Le motif « ${m.name} » est restauré : il est de nouveau proposé.`
        : `Le motif « ${m.name} » est archivé : il n’est plus proposé. Vous pouvez le restaurer depuis « Archivés ».`;
      await this.list.run();
      this.renderRoot.querySelector<HTMLElement>('h1')?.focus();
    } catch (e) {
      this.formError = errorMessage(e);
    }
  }

  private row(m: Motif) {
    const admin = this.ctx.isAdmin;
    return html`<tr>
      <th scope="row">
        <span class="swatch" style=${styleMap({ background: m.color })} aria-hidden="true"></span>${admin && !m.archivedAt
          ? html`<a href=${href(this.org, 'motifs', m.id)}>${m.name}</a>`
          : m.name}
        ${m.collectif ? html`<span class="tag">Collectif</span>` : nothing}
      </th>
      <td>${humanMinutes(m.durationMinutes)}</td>
      <td>${label(LOCATIONS, m.locationType)}</td>
      <td>${label(BOOKABLE, m.bookableBy)}</td>
      ${admin
        ? html`<td>
            <div class="actions">
              ${m.archivedAt ? nothing : html`<a class="btn" href=${href(this.org, 'motifs', m.id)} aria-label="Modifier le motif ${m.name}">Modifier</a>`}
              <button type="button" @click=${() => this.toggle(m)} aria-label="${m.archivedAt ? 'Restaurer' : 'Archiver'} le motif ${m.name}">
                ${m.archivedAt ? 'Restaurer' : 'Archiver'}
              </button>
            </div>
          </td>`
        : nothing}
    </tr>`;
  }

  private table(items: Motif[]) {
    if (!items.length) return html`<p class="empty">${this.archived ? 'Aucun motif archivé.' : 'Aucun motif pour le moment.'}</p>`;
    return html`<table>
      <caption>${this.archived ? 'Motifs archivés' : 'Motifs actifs'} (${items.length})</caption>
      <thead>
        <tr>
          <th scope="col">Motif</th>
          <th scope="col">Durée</th>
          <th scope="col">Où</th>
          <th scope="col">Qui peut réserver</th>
          ${this.ctx.isAdmin ? html`<th scope="col">Actions</th>` : nothing}
        </tr>
      </thead>
      <tbody>
        ${items.map((m) => this.row(m))}
      </tbody>
    </table>`;
  }

  protected override render() {
    return html`<section aria-busy=${this.list.status == TaskStatus.PENDING ? 'true' : 'false'}>
      <h1 tabindex="-1">Motifs</h1>
      <p>Un motif est un type de rendez-vous (par exemple « Consultation PMI ») et ses règles : durée, lieu, qui peut réserver et quand.</p>
      <div role="status">${alert(this.message, 'ok')}</div>
      <div role="alert">${alert(this.formError)}</div>
      <div class="toolbar">
        <div class="tabs grow" role="group" aria-label="Motifs affichés">
          <button type="button" aria-pressed=${!this.archived} @click=${() => (this.archived = false)}>Actifs</button>
          <button type="button" aria-pressed=${this.archived} @click=${() => (this.archived = true)}>Archivés</button>
        </div>
        ${this.ctx.isAdmin ? html`<a class="btn primary" href=${href(this.org, 'motifs', 'nouveau')}>Créer un motif</a>` : nothing}
      </div>
      ${this.list.render({
        pending: () => html`<p>Chargement…</p>`,
        complete: (items) => this.table(items),
        error: (e) => alert(errorMessage(e)),
      })}
    </section>`;
  }
}
define('creneau-admin-motifs', MotifsPage);

declare global {
  interface HTMLElementTagNameMap {
    'creneau-admin-motifs': MotifsPage;
  }
}
