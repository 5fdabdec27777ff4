import { html, nothing } from 'lit';
import { state } from 'lit/decorators.js';
import { alert, field } from '../../ui/field.js';
import { define } from '../../ui/define.js';
import { today } from '../../i18n/format.js';
import { agentName, isDisabledLieu } from '../context.js';
import { checkboxes, errorSummary, select } from '../controls.js';
import { humanMinutes } from '../delays.js';
import { LOCATIONS, label } from '../labels.js';
import { AdminPage, errorMessage } from '../page.js';
import { parseRrule, toRrule, validTimes, type Recurrence } from '../recurrence.js';
import { RECURRENCE_LABELS, alignToFirstDay, checkRecurrence, recurrenceEditor, recurrencePreview } from '../recurrence-editor.js';
import { go, href } from '../router.js';
import { ApiError, type Warning } from '../session.js';
import type { Agent, Lieu, Motif, PlageInput } from '../types.js';

const LABELS: Record<string, string> = {
  agentId: 'Agent',
  title: 'Nom',
  motifIds: 'Motifs',
  lieuId: 'Lieu',
  firstDay: 'Premier jour',
  startTime: 'Début',
  endTime: 'Fin',
  ...RECURRENCE_LABELS,
};
const FIELDS = [...Object.keys(LABELS)];
const fieldOf = (f: string) => (f.startsWith('recurrence') ? (f == 'recurrence' ? 'recurrence' : f) : f.replace(/\[\d+\]$|\.\d+$/, ''));

/**
 * Create or edit a plage d'ouverture: agent, motifs served, lieu, first day, hours and the
 * recurrence, with its summary and next dates. An overlap with another plage of the agent
 * (409 chevauchement_plage) is a warning the agent may accept.
 */
export class PlageFormPage extends AdminPage {
  @state() agentId = '';
  @state() plageTitle = '';
  @state() motifIds: string[] = [];
  @state() lieuId = '';
  @state() firstDay = '';
  @state() startTime = '09:00';
  @state() endTime = '12:00';
  @state() recurrence: Recurrence = { freq: 'weekly', interval: 1, days: [], until: null };
  @state() warnings: Warning[] | null = null;
  @state() agents: Agent[] = [];
  @state() lieux: Lieu[] = [];
  @state() motifs: Motif[] = [];
  @state() loading = true;
  @state() loadError = '';

  get isNew() {
    return this.route.id == 'nouveau';
  }

  override connectedCallback() {
    super.connectedCallback();
    this.load();
  }

  private async load() {
    const d = this.ctx.data;
    try {
      const [agents, lieux, motifs, plage] = await Promise.all([
        d.agents(),
        d.lieux(),
        d.motifs(),
        this.isNew ? null : this.ctx.api.plage(this.org, this.route.id),
      ]);
      // Basic agents manage their own plages only (the API answers 403 otherwise).
      this.agents = this.ctx.isAdmin ? agents : agents.filter((a) => a.id == this.ctx.me.id);
      this.lieux = lieux.filter((l) => !isDisabledLieu(l) || l.id == plage?.lieuId);
      this.motifs = motifs;
      if (plage) {
        Object.assign(this, {
          agentId: plage.agentId,
          plageTitle: plage.title ?? '',
          motifIds: plage.motifIds,
          lieuId: plage.lieuId ?? '',
          firstDay: plage.firstDay,
          startTime: plage.startTime.slice(0, 5),
          endTime: plage.endTime.slice(0, 5),
          recurrence: parseRrule(plage.recurrence, plage.firstDay),
        });
      } else {
        const wanted = this.route.query.get('agent');
        this.agentId = agents.find((a) => a.id == wanted)?.id ?? agents.find((a) => a.id == this.ctx.me.id)?.id ?? agents[0]?.id ?? '';
        this.firstDay = today(this.ctx.timezone);
        this.recurrence = { freq: 'weekly', interval: 1, days: [], until: null };
        this.setFirstDay(this.firstDay);
        if (this.lieux.length == 1) this.lieuId = this.lieux[0].id;
      }
    } catch (e) {
      this.loadError = errorMessage(e);
    } finally {
      this.loading = false;
    }
  }

  private setFirstDay(d: string) {
    const r = this.recurrence;
    this.firstDay = d;
    if (r.freq == 'weekly' && !r.days.length && d) this.recurrence = parseRrule('FREQ=WEEKLY', d);
    else this.recurrence = alignToFirstDay(r, d);
  }

  private needsLieu() {
    return this.motifs.some((m) => this.motifIds.includes(m.id) && m.locationType == 'public_office');
  }

  private body(acceptWarnings: boolean): PlageInput {
    const r = this.recurrence;
    return {
      agentId: this.agentId,
      title: this.plageTitle.trim() || null,
      motifIds: this.motifIds,
      lieuId: this.lieuId || null,
      firstDay: this.firstDay,
      startTime: this.startTime,
      endTime: this.endTime,
      recurrence: toRrule(r.freq != 'none' && !r.until ? { ...r, until: null } : r),
      ...(acceptWarnings ? { acceptWarnings: true } : {}),
    };
  }

  private async submit(e: Event | null, acceptWarnings = false) {
    e?.preventDefault();
    const errors: Record<string, string> = checkRecurrence(this.recurrence, this.firstDay);
    if (!this.agentId) errors.agentId = 'Choisissez l’agent.';
    if (!this.motifIds.length) errors.motifIds = 'Cochez au moins un motif.';
    if (this.needsLieu() && !this.lieuId) errors.lieuId = 'Choisissez un lieu : un des motifs a lieu sur place.';
    if (!/^\d{4}-\d{2}-\d{2}$/.test(this.firstDay)) errors.firstDay = 'Indiquez le premier jour.';
    if (!validTimes(this.startTime, this.endTime)) errors.endTime = 'L’heure de fin doit être après l’heure de début, le même jour.';
    if (this.invalid(errors)) return;
    this.warnings = null;
    const body = this.body(acceptWarnings);
    const result: { overlap: Warning[] | null } = { overlap: null };
    const ok = await this.save(async () => {
      try {
        if (this.isNew) await this.ctx.api.createPlage(this.org, body);
        else await this.ctx.api.updatePlage(this.org, this.route.id, body);
      } catch (err) {
        // Warnings (chevauchement_plage, duree_motif_trop_longue) the agent may accept.
        if (err instanceof ApiError && err.status == 409 && (err.warnings.length || err.code == 'chevauchement_plage')) {
          result.overlap = err.warnings.length ? err.warnings : [{ message: err.detail || 'Cette plage chevauche une autre plage de l’agent.' }];
          return;
        }
        throw err;
      }
    }, FIELDS, fieldOf);
    if (!ok) return;
    if (result.overlap) {
      this.warnings = result.overlap;
      await this.updateComplete;
      this.renderRoot.querySelector<HTMLElement>('#overlap')?.focus();
      return;
    }
    this.notice('La plage d’ouverture est enregistrée.');
    go(href(this.org, 'plages', '', { agent: this.agentId }));
  }

  private overlap() {
    const w = this.warnings;
    if (!w) return nothing;
    return html`<div class="alert error warning" id="overlap" tabindex="-1" role="group" aria-labelledby="overlap-t">
      <p id="overlap-t">
        <strong>${w.some((x) => x.code == 'chevauchement_plage')
          ? `Attention\u00a0: cette plage chevauche une autre plage de ${agentName(this.agents.find((a) => a.id == this.agentId))}.`
          : 'Attention, vérifiez avant d’enregistrer\u00a0:'}</strong>
      </p>
      <ul>
        ${w.map((x) => html`<li>${x.message}</li>`)}
      </ul>
      <p>Vous pouvez l’enregistrer quand même, ou modifier la plage.</p>
      <div class="actions">
        <button type="button" class="primary" ?disabled=${this.busy} @click=${() => this.submit(null, true)}>Enregistrer quand même</button>
        <button type="button" @click=${() => ((this.warnings = null), this.renderRoot.querySelector<HTMLElement>('#f-startTime')?.focus())}>Modifier les horaires</button>
      </div>
    </div>`;
  }

  private form() {
    // Plages serve individual motifs; collective sessions are booked one by one.
    const active = this.motifs.filter((m) => !m.archivedAt && !m.collectif);
    return html`<form novalidate @submit=${(e: Event) => this.submit(e)}>
      ${errorSummary(this.errors, LABELS, () => this.shadowRoot, this.formError)} ${this.overlap()}
      <div class="cols">
        ${select({
          name: 'agentId',
          label: 'Agent',
          hint: 'La personne disponible pendant cette plage.',
          value: this.agentId,
          options: this.agents.map((a) => ({ value: a.id, label: agentName(a) })),
          error: this.errors.agentId,
          onChange: (x) => (this.agentId = x),
        })}
        ${field({ name: 'title', label: 'Nom de la plage (facultatif)', hint: 'Pour la retrouver, par exemple « Permanence du lundi matin ».', value: this.plageTitle, error: this.errors.title, onInput: (x) => (this.plageTitle = x) })}
      </div>
      ${checkboxes({
        name: 'motifIds',
        legend: 'Motifs proposés pendant cette plage',
        hint: 'Les usagers pourront réserver ces motifs sur les créneaux de la plage.',
        values: this.motifIds,
        error: this.errors.motifIds,
        empty: 'Aucun motif actif : créez d’abord un motif.',
        options: active.map((m) => ({ value: m.id, label: `${m.name} (${label(LOCATIONS, m.locationType).toLowerCase()}, ${humanMinutes(m.durationMinutes)})` })),
        onToggle: (id, c) => (this.motifIds = c ? [...this.motifIds.filter((x) => x != id), id] : this.motifIds.filter((x) => x != id)),
      })}
      ${select({
        name: 'lieuId',
        label: this.needsLieu() ? 'Lieu' : 'Lieu (facultatif)',
        hint: 'Obligatoire pour les motifs sur place.',
        value: this.lieuId,
        options: [{ value: '', label: 'Aucun lieu (téléphone, domicile, visioconférence)' }, ...this.lieux.map((l) => ({ value: l.id, label: l.name }))],
        error: this.errors.lieuId,
        onChange: (x) => (this.lieuId = x),
      })}
      <div class="inline">
        ${field({ name: 'firstDay', label: 'Premier jour', type: 'date', required: true, value: this.firstDay, error: this.errors.firstDay, onInput: (x) => this.setFirstDay(x) })}
        ${field({ name: 'startTime', label: 'De', type: 'time', required: true, value: this.startTime, error: this.errors.startTime, onInput: (x) => (this.startTime = x) })}
        ${field({ name: 'endTime', label: 'À', type: 'time', required: true, value: this.endTime, error: this.errors.endTime, onInput: (x) => (this.endTime = x) })}
      </div>
      <div class="cols">
        <div>${recurrenceEditor({ value: this.recurrence, firstDay: this.firstDay, errors: this.errors, update: (f) => (this.recurrence = f(this.recurrence, this.firstDay)) })}</div>
        <div>${recurrencePreview(this.recurrence, this.firstDay, this.startTime, this.endTime, today(this.ctx.timezone))}</div>
      </div>
      <div class="actions">
        <button class="primary" ?disabled=${this.busy}>${this.isNew ? 'Créer la plage' : 'Enregistrer'}</button>
        <a class="btn" href=${href(this.org, 'plages', '', { agent: this.agentId })}>Annuler</a>
      </div>
    </form>`;
  }

  protected override render() {
    return html`<section>
      <p><a href=${href(this.org, 'plages', '', { agent: this.agentId || undefined })}>← Retour aux plages d’ouverture</a></p>
      <h1 tabindex="-1">${this.isNew ? 'Créer une plage d’ouverture' : 'Modifier la plage d’ouverture'}</h1>
      ${this.loading ? html`<p role="status">Chargement…</p>` : this.loadError ? alert(this.loadError) : this.form()}
    </section>`;
  }
}
define('creneau-admin-plage-form', PlageFormPage);

declare global {
  interface HTMLElementTagNameMap {
    'creneau-admin-plage-form': PlageFormPage;
  }
}
