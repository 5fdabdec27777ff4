import { html, nothing } from 'lit';
import { property, query, state } from 'lit/decorators.js';
import { alert } from '../../ui/field.js';
import { define } from '../../ui/define.js';
import { formatter } from '../../i18n/format.js';
import { fr } from '../../i18n/fr.js';
import { agentName } from '../context.js';
import { radios } from '../controls.js';
import { EVENTS, RESULTS, STATUS, STATUS_PAST_UNKNOWN } from '../labels.js';
import { AdminPage } from '../page.js';
import { ApiError } from '../session.js';
import type { Agent, Lieu, Rdv, RdvStatus, Receipt } from '../types.js';

const CREATED_BY: Record<string, string> = {
  agent: 'un agent',
  usager: 'l’usager, en ligne',
  prescripteur: 'un prescripteur',
  api_client: 'un logiciel partenaire',
  file_attente: 'la file d’attente',
};

export const statusLabel = (rdv: Pick<Rdv, 'status' | 'startsAt'>) =>
  rdv.status == 'unknown' && Date.parse(rdv.startsAt) < Date.now() ? STATUS_PAST_UNKNOWN : STATUS[rdv.status] ?? rdv.status;

/**
 * A RDV in a modal dialog: details, status (the API cascades it to participations) and the
 * notifications sent (receipts; « Aucun envoi » when none or not available).
 * @fires rdv-updated with the RDV after a status change
 */
export class RdvDialog extends AdminPage {
  @property({ attribute: false }) agents: Agent[] = [];
  @property({ attribute: false }) lieux: Lieu[] = [];
  @state() rdv: Rdv | null = null;
  @state() status: RdvStatus = 'unknown';
  @state() receipts: Receipt[] | null = null;
  @state() message = '';
  @query('dialog') private dialog!: HTMLDialogElement;
  private trigger: HTMLElement | null = null;

  async open(rdv: Rdv, trigger: HTMLElement | null) {
    this.trigger = trigger;
    this.rdv = rdv;
    this.status = rdv.status;
    this.message = '';
    this.formError = '';
    this.receipts = null;
    await this.updateComplete;
    if (!this.dialog.open) this.dialog.showModal();
    this.renderRoot.querySelector<HTMLElement>('h2')?.focus();
    this.loadReceipts(rdv.id);
  }

  private async loadReceipts(id: string) {
    try {
      const r = await this.ctx.api.receipts(this.org, id);
      if (this.rdv?.id == id) this.receipts = r.items ?? [];
    } catch (e) {
      // Not available yet (404) or not allowed: nothing to show.
      if (this.rdv?.id == id) this.receipts = [];
      if (!(e instanceof ApiError)) throw e;
    }
  }

  close() {
    this.dialog?.close();
  }

  private onClose() {
    this.rdv = null;
    this.trigger?.focus();
  }

  private async saveStatus(e: Event) {
    e.preventDefault();
    const rdv = this.rdv!;
    const ok = await this.save(async () => {
      const updated = await this.ctx.api.setRdvStatus(this.org, rdv.id, this.status);
      this.rdv = updated;
      this.dispatchEvent(new CustomEvent('rdv-updated', { detail: updated, bubbles: true, composed: true }));
    }, ['status']);
    if (ok) {
      this.message = `Statut enregistré : ${statusLabel(this.rdv!)}.`;
      this.notice(this.message);
    }
  }

  private details(rdv: Rdv) {
    const f = formatter(fr, this.ctx.timezone);
    const lieu = this.lieux.find((l) => l.id == rdv.lieuId);
    return html`<dl class="meta">
      <dt>Quand</dt>
      <dd>${f.full(rdv.startsAt)} – ${f.time(rdv.endsAt)}</dd>
      <dt>Motif</dt>
      <dd>${rdv.motifName}${rdv.collectif ? ' (collectif)' : ''}</dd>
      <dt>Lieu</dt>
      <dd>${lieu?.name ?? (rdv.lieuId ? 'Lieu désactivé' : 'Sans lieu')}</dd>
      <dt>Avec</dt>
      <dd>${rdv.agentIds.map((id) => agentName(this.agents.find((a) => a.id == id))).join(', ')}</dd>
      <dt>${rdv.participations.length > 1 ? 'Usagers' : 'Usager'}</dt>
      <dd>
        ${rdv.participations.length
          ? rdv.participations.map((p) => html`${p.firstName} ${p.lastName}${rdv.participations.length > 1 ? ` (${STATUS[p.status] ?? p.status})` : ''}<br />`)
          : 'Aucun participant'}
      </dd>
      <dt>Pris par</dt>
      <dd>${CREATED_BY[rdv.createdBy.type] ?? rdv.createdBy.type}</dd>
      <dt>Statut</dt>
      <dd><strong>${statusLabel(rdv)}</strong></dd>
      ${rdv.context ? html`<dt>Note</dt><dd class="pre">${rdv.context}</dd>` : nothing}
    </dl>`;
  }

  private statusForm(rdv: Rdv) {
    const allowed: RdvStatus[] = rdv.collectif ? ['unknown', 'seen', 'revoked'] : ['unknown', 'seen', 'noshow', 'excused', 'revoked'];
    const past = Date.parse(rdv.startsAt) < Date.now();
    return html`<form novalidate @submit=${this.saveStatus}>
      ${radios({
        name: 'status',
        legend: 'Changer le statut',
        hint: 'Le changement s’applique aussi aux participants ; une annulation prévient l’usager.',
        value: this.status,
        error: this.errors.status,
        options: allowed.map((s) => ({ value: s, label: s == 'unknown' ? (past ? STATUS_PAST_UNKNOWN : STATUS.unknown) : STATUS[s] })),
        onChange: (x) => (this.status = x as RdvStatus),
      })}
      <div role="alert">${alert(this.formError)}</div>
      <div role="status">${alert(this.message, 'ok')}</div>
      <button class="primary" ?disabled=${this.busy || this.status == rdv.status}>Enregistrer le statut</button>
    </form>`;
  }

  private receiptsTable() {
    const list = this.receipts;
    const f = formatter(fr, this.ctx.timezone);
    if (!list) return html`<p>Chargement…</p>`;
    if (!list.length) return html`<p class="empty">Aucun envoi</p>`;
    return html`<table>
      <thead>
        <tr><th scope="col">Quand</th><th scope="col">Message</th><th scope="col">Par</th><th scope="col">Résultat</th></tr>
      </thead>
      <tbody>
        ${list.map(
          (r) => html`<tr>
            <td>${f.at(r.createdAt)}</td>
            <td>${EVENTS[r.event] ?? r.event}</td>
            <td>${r.channel == 'sms' ? 'SMS' : 'E-mail'} à ${r.destination}</td>
            <td>${RESULTS[r.result] ?? r.result}${r.errorMessage ? html` : ${r.errorMessage}` : nothing}</td>
          </tr>`
        )}
      </tbody>
    </table>`;
  }

  protected override render() {
    const rdv = this.rdv;
    const f = this.ctx ? formatter(fr, this.ctx.timezone) : null;
    return html`<dialog aria-labelledby="rdv-t" @close=${this.onClose}>
      ${rdv && f
        ? html`<h2 id="rdv-t" tabindex="-1">${rdv.motifName} — ${f.at(rdv.startsAt)}</h2>
            ${this.details(rdv)} ${this.statusForm(rdv)}
            <h3>Envois à l’usager (SMS et e-mails)</h3>
            ${this.receiptsTable()}
            <div class="actions"><button type="button" @click=${this.close}>Fermer</button></div>`
        : html`<h2 id="rdv-t">Rendez-vous</h2>`}
    </dialog>`;
  }
}
define('creneau-admin-rdv', RdvDialog);

declare global {
  interface HTMLElementTagNameMap {
    'creneau-admin-rdv': RdvDialog;
  }
}
