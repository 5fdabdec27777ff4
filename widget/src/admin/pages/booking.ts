import { html, nothing } from 'lit';
import { state } from 'lit/decorators.js';
import { alert, field } from '../../ui/field.js';
import { define } from '../../ui/define.js';
import { formatter, today } from '../../i18n/format.js';
import { fr } from '../../i18n/fr.js';
import { agentName, isDisabledLieu } from '../context.js';
import { errorSummary, radios, select } from '../controls.js';
import { AdminPage, errorMessage } from '../page.js';
import { addDays, frDate, frShortDay, mondayOf } from '../recurrence.js';
import { go, href } from '../router.js';
import { ApiError } from '../session.js';
import type { Agent, AgentCreneaux, Lieu, Motif, Usager } from '../types.js';

const LABELS: Record<string, string> = {
  motifId: 'Motif',
  lieuId: 'Lieu',
  creneau: 'Créneau',
  usager: 'Usager',
  usagerId: 'Usager',
  firstName: 'Prénom',
  lastName: 'Nom',
  phone: 'Téléphone',
  email: 'E-mail',
};
const FIELDS = Object.keys(LABELS);
const fieldOf = (f: string) => (f.startsWith('usager.') ? (f == 'usager.id' ? 'usagerId' : f.slice(7)) : f == 'startsAt' || f == 'agentIds' ? 'creneau' : f);

interface Choice {
  startsAt: string;
  agentId: string;
}

/**
 * An agent books a RDV for a usager: motif, lieu, a free créneau from the agent search
 * (no booking delays), then an existing usager (search) or a new one.
 */
export class BookingPage extends AdminPage {
  @state() motifs: Motif[] = [];
  @state() lieux: Lieu[] = [];
  @state() agents: Agent[] = [];
  @state() motifId = '';
  @state() lieuId = '';
  @state() agentId = '';
  @state() from = '';
  @state() creneaux: AgentCreneaux | null = null;
  @state() searching = false;
  @state() chosen: Choice | null = null;
  @state() who: 'known' | 'new' = 'known';
  @state() q = '';
  @state() found: Usager[] | null = null;
  @state() usagerId = '';
  @state() usager = { firstName: '', lastName: '', phone: '', email: '' };
  @state() loadError = '';
  private searchAbort?: AbortController;
  private usagerTimer?: ReturnType<typeof setTimeout>;

  override connectedCallback() {
    super.connectedCallback();
    this.from = mondayOf(today(this.ctx.timezone));
    this.load();
  }

  private async load() {
    try {
      const [motifs, lieux, agents] = await Promise.all([this.ctx.data.motifs(), this.ctx.data.lieux(), this.ctx.data.agents()]);
      this.motifs = motifs.filter((m) => !m.archivedAt);
      this.lieux = lieux.filter((l) => !isDisabledLieu(l));
      this.agents = agents;
      this.agentId = agents.find((a) => a.id == this.route.query.get('agent'))?.id ?? '';
    } catch (e) {
      this.loadError = errorMessage(e);
    }
  }

  private get motif() {
    return this.motifs.find((m) => m.id == this.motifId);
  }

  private async search() {
    this.chosen = null;
    this.creneaux = null;
    const m = this.motif;
    if (!m || (m.locationType == 'public_office' && !this.lieuId)) return;
    this.searchAbort?.abort();
    const ctl = (this.searchAbort = new AbortController());
    this.searching = true;
    try {
      this.creneaux = await this.ctx.api.creneaux(
        this.org,
        { motifId: m.id, lieuId: m.locationType == 'public_office' ? this.lieuId : undefined, agentId: this.agentId || undefined, from: this.from, to: addDays(this.from, 6) },
        ctl.signal
      );
      this.formError = '';
    } catch (e) {
      if ((e as Error).name != 'AbortError') this.formError = errorMessage(e);
    } finally {
      if (this.searchAbort == ctl) this.searching = false;
    }
  }

  private pick(k: 'motifId' | 'lieuId' | 'agentId', v: string) {
    this[k] = v;
    if (k == 'motifId' && this.motif?.locationType == 'public_office' && !this.lieuId && this.lieux.length == 1) this.lieuId = this.lieux[0].id;
    this.search();
  }

  private week(n: number | string) {
    this.from = typeof n == 'string' ? mondayOf(n) : addDays(this.from, n * 7);
    this.search();
  }

  private findUsagers(q: string) {
    this.q = q;
    clearTimeout(this.usagerTimer);
    if (q.trim().length < 2) return void (this.found = null);
    this.usagerTimer = setTimeout(async () => {
      try {
        this.found = (await this.ctx.api.usagers(this.org, q.trim())).items;
      } catch (e) {
        this.found = [];
        this.formError = errorMessage(e);
      }
    }, 250);
  }

  private async submit(e: Event) {
    e.preventDefault();
    const errors: Record<string, string> = {};
    const m = this.motif;
    if (!m) errors.motifId = 'Choisissez le motif.';
    if (m?.locationType == 'public_office' && !this.lieuId) errors.lieuId = 'Choisissez le lieu.';
    if (!this.chosen) errors.creneau = 'Choisissez un créneau.';
    const u = this.usager;
    if (this.who == 'known' && !this.usagerId) errors.usagerId = 'Cherchez puis choisissez l’usager, ou créez un nouvel usager.';
    if (this.who == 'new' && !u.firstName.trim()) errors.firstName = 'Indiquez le prénom.';
    if (this.who == 'new' && !u.lastName.trim()) errors.lastName = 'Indiquez le nom.';
    if (this.invalid(errors)) return;
    const c = this.chosen!;
    const usager =
      this.who == 'known'
        ? { id: this.usagerId }
        : { firstName: u.firstName.trim(), lastName: u.lastName.trim(), ...(u.phone.trim() ? { phone: u.phone.trim() } : {}), ...(u.email.trim() ? { email: u.email.trim() } : {}) };
    let taken = false;
    const ok = await this.save(async () => {
      try {
        await this.ctx.api.createRdv(this.org, { motifId: m!.id, lieuId: m!.locationType == 'public_office' ? this.lieuId : null, startsAt: c.startsAt, agentIds: [c.agentId], usager });
      } catch (err) {
        taken = err instanceof ApiError && err.status == 409;
        throw err;
      }
    }, FIELDS, fieldOf);
    if (!ok) {
      if (taken) {
        // Somebody took it meanwhile: show the fresh créneaux, keep the usager.
        await this.search();
        this.errors = { creneau: 'Ce créneau vient d’être pris. Choisissez-en un autre.' };
        this.formError = '';
        this.focusSummary();
      }
      return;
    }
    const f = formatter(fr, this.ctx.timezone);
    this.notice(`Rendez-vous pris : ${m!.name}, ${f.at(c.startsAt)}.`);
    go(href(this.org, 'agenda', '', { agent: c.agentId, semaine: f.ymd(c.startsAt) }));
  }

  private creneauxList() {
    const r = this.creneaux;
    const m = this.motif;
    if (!m) return html`<p>Choisissez d’abord le motif.</p>`;
    if (m.locationType == 'public_office' && !this.lieuId) return html`<p>Choisissez le lieu.</p>`;
    if (this.searching && !r) return html`<p role="status">Recherche des créneaux…</p>`;
    if (!r) return nothing;
    const f = formatter(fr, r.timezone);
    const days = r.days.filter((d) => d.creneaux.length);
    return html`<div class="toolbar" role="group" aria-label="Semaine des créneaux">
        <button type="button" ?disabled=${this.from <= mondayOf(today(this.ctx.timezone))} @click=${() => this.week(-1)}>← Semaine précédente</button>
        <button type="button" @click=${() => this.week(1)}>Semaine suivante →</button>
      </div>
      <p class="summary">Du ${frShortDay(this.from)} au ${frDate(addDays(this.from, 6))}</p>
      ${this.errors.creneau ? html`<p class="err" id="f-creneau-e">${this.errors.creneau}</p>` : nothing}
      ${days.length
        ? days.map(
            (d) => html`<h3 id=${'c-' + d.date}>${frShortDay(d.date)}</h3>
              <ul class="times" aria-labelledby=${'c-' + d.date}>
                ${d.creneaux.flatMap((c) =>
                  c.agents.map((a, i) => {
                    const on = this.chosen?.startsAt == c.startsAt && this.chosen.agentId == a.id;
                    return html`<li>
                      <button
                        type="button"
                        id=${this.chosen ? (on ? 'f-creneau' : nothing) : d == days[0] && c == d.creneaux[0] && i == 0 ? 'f-creneau' : nothing}
                        aria-pressed=${on ? 'true' : 'false'}
                        aria-label="${f.at(c.startsAt)} avec ${agentName(a)}"
                        @click=${() => (this.chosen = { startsAt: c.startsAt, agentId: a.id })}
                      >
                        <strong>${f.time(c.startsAt)}</strong> ${this.agentId ? nothing : html`<span class="muted">avec ${agentName(a)}</span>`}
                      </button>
                    </li>`;
                  })
                )}
              </ul>`
          )
        : html`<p class="empty">Aucun créneau libre cette semaine.</p>
            ${r.nextAvailableAt
              ? html`<p><button type="button" @click=${() => this.week(f.ymd(r.nextAvailableAt!))}>Voir la prochaine disponibilité, le ${f.day(r.nextAvailableAt)}</button></p>`
              : html`<p>Aucune disponibilité à venir pour ce motif : vérifiez les plages d’ouverture.</p>`}`}`;
  }

  private usagerFields() {
    const u = this.usager;
    return html`${radios({
        name: 'who',
        legend: 'Pour quel usager\u00a0?',
        value: this.who,
        options: [
          { value: 'known', label: 'Un usager déjà connu de l’organisation' },
          { value: 'new', label: 'Un nouvel usager' },
        ],
        onChange: (x) => (this.who = x as 'known' | 'new'),
      })}
      ${this.who == 'known'
        ? html`${field({ name: 'q', label: 'Chercher l’usager', hint: 'Nom, prénom, téléphone ou e-mail (au moins 2 caractères).', type: 'search', value: this.q, onInput: (x) => this.findUsagers(x) })}
            <div aria-live="polite">
              ${this.found == null
                ? nothing
                : this.found.length
                  ? radios({
                      name: 'usagerId',
                      legend: `${this.found.length} ${this.found.length > 1 ? 'usagers trouvés' : 'usager trouvé'}`,
                      value: this.usagerId,
                      error: this.errors.usagerId,
                      options: this.found.map((x) => ({ value: x.id, label: `${x.firstName} ${x.lastName}`, hint: [x.phone, x.email, x.birthDate && `né(e) le ${frDate(x.birthDate)}`].filter(Boolean).join(' · ') || undefined })),
                      onChange: (x) => (this.usagerId = x),
                    })
                  : html`<p>Aucun usager trouvé. <button type="button" class="link" @click=${() => (this.who = 'new')}>Créer un nouvel usager</button></p>`}
            </div>
            ${this.errors.usagerId && !this.found?.length ? html`<p class="err">${this.errors.usagerId}</p>` : nothing}`
        : html`<div class="cols">
            ${field({ name: 'firstName', label: 'Prénom', required: true, autocomplete: 'off', value: u.firstName, error: this.errors.firstName, onInput: (x) => (this.usager = { ...this.usager, firstName: x }) })}
            ${field({ name: 'lastName', label: 'Nom', required: true, autocomplete: 'off', value: u.lastName, error: this.errors.lastName, onInput: (x) => (this.usager = { ...this.usager, lastName: x }) })}
            ${field({ name: 'phone', label: 'Téléphone portable (facultatif)', hint: 'Pour recevoir la confirmation et le rappel par SMS.', type: 'tel', autocomplete: 'off', value: u.phone, error: this.errors.phone, onInput: (x) => (this.usager = { ...this.usager, phone: x }) })}
            ${field({ name: 'email', label: 'E-mail (facultatif)', type: 'email', autocomplete: 'off', value: u.email, error: this.errors.email, onInput: (x) => (this.usager = { ...this.usager, email: x }) })}
          </div>`}`;
  }

  protected override render() {
    const m = this.motif;
    const f = formatter(fr, this.ctx.timezone);
    return html`<section>
      <p><a href=${href(this.org, 'agenda', '', { agent: this.route.query.get('agent') ?? undefined })}>← Retour à l’agenda</a></p>
      <h1 tabindex="-1">Prendre un rendez-vous pour un usager</h1>
      ${this.loadError
        ? alert(this.loadError)
        : html`<form novalidate @submit=${this.submit}>
            ${errorSummary(this.errors, LABELS, () => this.shadowRoot, this.formError)}
            <h2>1. Le rendez-vous</h2>
            <div class="cols">
              ${select({ name: 'motifId', label: 'Motif', value: this.motifId, error: this.errors.motifId, options: [{ value: '', label: 'Choisir un motif' }, ...this.motifs.map((x) => ({ value: x.id, label: x.name }))], onChange: (x) => this.pick('motifId', x) })}
              ${m?.locationType == 'public_office'
                ? select({ name: 'lieuId', label: 'Lieu', value: this.lieuId, error: this.errors.lieuId, options: [{ value: '', label: 'Choisir un lieu' }, ...this.lieux.map((l) => ({ value: l.id, label: l.name }))], onChange: (x) => this.pick('lieuId', x) })
                : nothing}
              ${select({ name: 'agentId', label: 'Agent', value: this.agentId, options: [{ value: '', label: 'N’importe quel agent disponible' }, ...this.agents.map((a) => ({ value: a.id, label: agentName(a) }))], onChange: (x) => this.pick('agentId', x) })}
            </div>
            <h2>2. Le créneau</h2>
            <div aria-busy=${this.searching ? 'true' : 'false'}>${this.creneauxList()}</div>
            <h2>3. L’usager</h2>
            ${this.usagerFields()}
            ${this.chosen && m ? html`<p class="card summary">${m.name}, ${f.at(this.chosen.startsAt)}, avec ${agentName(this.creneaux?.days.flatMap((d) => d.creneaux).flatMap((c) => c.agents).find((a) => a.id == this.chosen!.agentId))}</p>` : nothing}
            <div class="actions">
              <button class="primary" ?disabled=${this.busy}>Prendre le rendez-vous</button>
            </div>
          </form>`}
    </section>`;
  }
}
define('creneau-admin-booking', BookingPage);

declare global {
  interface HTMLElementTagNameMap {
    'creneau-admin-booking': BookingPage;
  }
}
