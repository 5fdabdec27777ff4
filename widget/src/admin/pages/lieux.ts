import { html, nothing } from 'lit';
import { state } from 'lit/decorators.js';
import { Task, TaskStatus } from '@lit/task';
import { alert, field } from '../../ui/field.js';
import { define } from '../../ui/define.js';
import { errorSummary } from '../controls.js';
import { AdminPage, errorMessage } from '../page.js';
import { go, href } from '../router.js';
import type { Lieu } from '../types.js';

const LABELS = { name: 'Nom', address: 'Adresse', phone: 'Téléphone' };
const FIELDS = Object.keys(LABELS);

/** Lieux: list, create, edit (admins), disable with a confirmation. */
export class LieuxPage extends AdminPage {
  @state() v = { name: '', address: '', phone: '' };
  @state() confirm: Lieu | null = null;
  @state() message = '';
  @state() disabled = false;

  private list = new Task(this, {
    task: ([ctx, disabled]) => ctx.api.lieux(ctx.org.id, disabled ? 'disabled' : undefined),
    args: () => [this.ctx, this.disabled] as const,
  });

  private editing(): Lieu | undefined {
    return this.list.value?.find((l) => l.id == this.route.id);
  }

  private loadedFor = '';

  override willUpdate() {
    // Fill the form once the lieu to edit is known (before render: no extra update).
    const l = this.editing();
    if (l && this.loadedFor != l.id) {
      this.loadedFor = l.id;
      this.v = { name: l.name, address: l.address, phone: l.phone ?? '' };
    }
  }

  private async submit(e: Event) {
    e.preventDefault();
    const v = { name: this.v.name.trim(), address: this.v.address.trim(), phone: this.v.phone.trim() || null };
    const errors: Record<string, string> = {};
    if (!v.name) errors.name = 'Indiquez le nom du lieu.';
    if (!v.address) errors.address = 'Indiquez l’adresse : elle est envoyée aux usagers.';
    if (this.invalid(errors)) return;
    const isNew = this.route.id == 'nouveau';
    const ok = await this.save(async () => {
      if (isNew) await this.ctx.api.createLieu(this.org, v);
      else await this.ctx.api.updateLieu(this.org, this.route.id, v);
    }, FIELDS);
    if (ok) {
      this.ctx.data.invalidate('lieux');
      this.notice(`Le lieu « ${v.name} » est enregistré.`);
      go(href(this.org, 'lieux'));
    }
  }

  private disable(l: Lieu, enable = false) {
    const action = () => (enable ? this.ctx.api.updateLieu(this.org, l.id, { availability: 'enabled' }) : this.ctx.api.disableLieu(this.org, l.id));
    return this.listAction(action, () => {
      this.ctx.data.invalidate('lieux');
      this.confirm = null;
      this.message = enable ? `Le lieu « ${l.name} » est réactivé.` : `Le lieu « ${l.name} » est désactivé : il n’est plus proposé.`;
      return this.list.run();
    });
  }

  private async askConfirm(l: Lieu) {
    this.confirm = l;
    await this.updateComplete;
    this.renderRoot.querySelector<HTMLElement>('#confirm')?.focus();
  }

  private table(items: Lieu[]) {
    const admin = this.ctx.isAdmin;
    const on = !this.disabled;
    if (!items.length) return html`<p class="empty">${on ? 'Aucun lieu pour le moment.' : 'Aucun lieu désactivé.'}</p>`;
    return html`<table>
      <caption>${on ? 'Lieux actifs' : 'Lieux désactivés'} (${items.length})</caption>
      <thead>
        <tr><th scope="col">Nom</th><th scope="col">Adresse</th><th scope="col">Téléphone</th>${admin ? html`<th scope="col">Actions</th>` : nothing}</tr>
      </thead>
      <tbody>
        ${items.map(
          (l) => html`<tr>
            <th scope="row">${admin && on ? html`<a href=${href(this.org, 'lieux', l.id)}>${l.name}</a>` : l.name}</th>
            <td>${l.address}</td>
            <td>${l.phone ?? '—'}</td>
            ${admin
              ? html`<td>
                  <div class="actions">
                    ${on
                      ? html`<a class="btn" href=${href(this.org, 'lieux', l.id)} aria-label="Modifier le lieu ${l.name}">Modifier</a>
                          <button type="button" class="danger" aria-label="Désactiver le lieu ${l.name}" @click=${() => this.askConfirm(l)}>Désactiver</button>`
                      : html`<button type="button" aria-label="Réactiver le lieu ${l.name}" @click=${() => this.disable(l, true)}>Réactiver</button>`}
                  </div>
                </td>`
              : nothing}
          </tr>`
        )}
      </tbody>
    </table>`;
  }

  private form() {
    const isNew = this.route.id == 'nouveau';
    if (!isNew && this.list.status != TaskStatus.COMPLETE) return html`<p role="status">Chargement…</p>`;
    if (!isNew && !this.editing()) return alert('Ce lieu est introuvable.');
    return html`<form novalidate @submit=${this.submit}>
      ${errorSummary(this.errors, LABELS, () => this.shadowRoot, this.formError)}
      ${field({ name: 'name', label: 'Nom du lieu', hint: 'Par exemple « MDS Arras centre ».', required: true, value: this.v.name, error: this.errors.name, onInput: (x) => (this.v = { ...this.v, name: x }) })}
      ${field({ name: 'address', label: 'Adresse', hint: 'Numéro, rue, code postal et commune : elle est envoyée aux usagers avec leur rendez-vous.', required: true, autocomplete: 'street-address', value: this.v.address, error: this.errors.address, onInput: (x) => (this.v = { ...this.v, address: x }) })}
      ${field({ name: 'phone', label: 'Téléphone (facultatif)', hint: 'Donné aux usagers à la place de celui de l’organisation.', type: 'tel', autocomplete: 'tel', value: this.v.phone, error: this.errors.phone, onInput: (x) => (this.v = { ...this.v, phone: x }) })}
      <div class="actions">
        <button class="primary" ?disabled=${this.busy}>${isNew ? 'Créer le lieu' : 'Enregistrer'}</button>
        <a class="btn" href=${href(this.org, 'lieux')}>Annuler</a>
      </div>
    </form>`;
  }

  protected override render() {
    if (this.route.id) {
      return html`<section>
        <p><a href=${href(this.org, 'lieux')}>← Retour aux lieux</a></p>
        <h1 tabindex="-1">${this.route.id == 'nouveau' ? 'Créer un lieu' : 'Modifier le lieu'}</h1>
        ${this.form()}
      </section>`;
    }
    const c = this.confirm;
    return html`<section aria-busy=${this.list.status == TaskStatus.PENDING ? 'true' : 'false'}>
      <h1 tabindex="-1">Lieux</h1>
      <p>Les lieux où se passent les rendez-vous sur place. Chaque plage d’ouverture sur place est rattachée à un lieu.</p>
      <div role="status">${alert(this.message, 'ok')}</div>
      <div role="alert">${alert(this.formError)}</div>
      ${c
        ? html`<div class="alert error" id="confirm" tabindex="-1" role="group" aria-labelledby="confirm-t">
            <p id="confirm-t"><strong>Désactiver le lieu « ${c.name} »\u00a0?</strong> Ses plages d’ouverture ne proposeront plus de créneaux. Les rendez-vous déjà pris sont gardés.</p>
            <div class="actions">
              <button type="button" class="primary" @click=${() => this.disable(c)}>Oui, désactiver</button>
              <button type="button" @click=${() => (this.confirm = null)}>Non, garder</button>
            </div>
          </div>`
        : nothing}
      <div class="toolbar">
        <div class="tabs grow" role="group" aria-label="Lieux affichés">
          <button type="button" aria-pressed=${!this.disabled} @click=${() => (this.disabled = false)}>Actifs</button>
          <button type="button" aria-pressed=${this.disabled} @click=${() => (this.disabled = true)}>Désactivés</button>
        </div>
        ${this.ctx.isAdmin ? html`<a class="btn primary" href=${href(this.org, 'lieux', 'nouveau')}>Créer un lieu</a>` : nothing}
      </div>
      ${this.list.render({ pending: () => html`<p>Chargement…</p>`, complete: (items) => this.table(items), error: (e) => alert(errorMessage(e)) })}
    </section>`;
  }
}
define('creneau-admin-lieux', LieuxPage);

declare global {
  interface HTMLElementTagNameMap {
    'creneau-admin-lieux': LieuxPage;
  }
}
