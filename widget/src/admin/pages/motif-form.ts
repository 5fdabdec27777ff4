import { html, nothing } from 'lit';
import { state } from 'lit/decorators.js';
import { alert, field } from '../../ui/field.js';
import { define } from '../../ui/define.js';
import { checkbox, errorSummary, radios, select, textarea } from '../controls.js';
import { DEADLINES, MAX_DELAYS, MIN_DELAYS, humanDays, humanMinutes, withValue } from '../delays.js';
import { BOOKABLE, LOCATIONS, VISIBILITY } from '../labels.js';
import { AdminPage, errorMessage } from '../page.js';
import { go, href } from '../router.js';
import type { MotifInput, Service } from '../types.js';

type Values = Required<Omit<MotifInput, 'sectorisationLevel'>>;

const DEFAULTS: Values = {
  name: '',
  serviceId: null,
  durationMinutes: 30,
  locationType: 'public_office',
  bookableBy: 'agents',
  minBookingDelayMinutes: 30,
  maxBookingDelayDays: 91,
  visibilityType: 'visible_and_notified',
  collectif: false,
  instructionsBefore: null,
  instructionsAfter: null,
  customCancelWarningMessage: null,
  cancellableByUsager: true,
  movableByUsager: true,
  cancellationDeadlineMinutes: 240,
  moveDeadlineMinutes: 2880,
  color: '#1d4ed8',
  forSecretariat: false,
  followUp: false,
};

const LABELS: Record<string, string> = {
  name: 'Nom du motif',
  serviceId: 'Service',
  durationMinutes: 'Durée',
  locationType: 'Où a lieu le rendez-vous',
  bookableBy: 'Qui peut réserver',
  minBookingDelayMinutes: 'Délai minimum',
  maxBookingDelayDays: 'Délai maximum',
  collectif: 'Rendez-vous collectif',
  instructionsBefore: 'Informations avant',
  instructionsAfter: 'Informations après',
  cancellableByUsager: 'Annulation en ligne',
  cancellationDeadlineMinutes: 'Annulation en ligne',
  movableByUsager: 'Déplacement en ligne',
  moveDeadlineMinutes: 'Déplacement en ligne',
  color: 'Couleur',
  visibilityType: 'Visibilité',
  customCancelWarningMessage: 'Message d’annulation',
  forSecretariat: 'Secrétariat',
  followUp: 'Suivi',
};
const FIELDS = Object.keys(LABELS);

/** Create or edit a motif (admins): every booking rule with its plain-French help. */
export class MotifFormPage extends AdminPage {
  @state() v: Values = { ...DEFAULTS };
  @state() services: Service[] = [];
  @state() loading = true;
  @state() loadError = '';
  private initial: Values | null = null;

  get isNew() {
    return this.route.id == 'nouveau';
  }

  override connectedCallback() {
    super.connectedCallback();
    this.load();
  }

  private async load() {
    this.loading = true;
    try {
      const [services, motif] = await Promise.all([this.ctx.data.services(), this.isNew ? null : this.ctx.api.motif(this.org, this.route.id)]);
      this.services = services;
      if (motif) {
        const v = { ...DEFAULTS };
        for (const k of Object.keys(DEFAULTS) as (keyof Values)[]) (v as Record<string, unknown>)[k] = motif[k] ?? DEFAULTS[k];
        this.v = v;
        this.initial = { ...v };
      }
    } catch (e) {
      this.loadError = errorMessage(e);
    } finally {
      this.loading = false;
    }
  }

  private set<K extends keyof Values>(k: K, value: Values[K]) {
    this.v = { ...this.v, [k]: value };
  }

  private check(): Record<string, string> {
    const v = this.v;
    const e: Record<string, string> = {};
    if (!v.name.trim()) e.name = 'Indiquez le nom du motif.';
    if (!Number.isInteger(v.durationMinutes) || v.durationMinutes < 5 || v.durationMinutes > 480)
      e.durationMinutes = 'Indiquez une durée entre 5 et 480 minutes.';
    if (v.minBookingDelayMinutes >= v.maxBookingDelayDays * 1440) e.maxBookingDelayDays = 'Le délai maximum doit être plus long que le délai minimum.';
    if (v.collectif && v.locationType != 'public_office') e.collectif = 'Un rendez-vous collectif a lieu sur place : choisissez « Sur place ».';
    if (v.followUp && v.forSecretariat) e.followUp = 'Un rendez-vous de suivi ne peut pas être ouvert au secrétariat.';
    return e;
  }

  private async submit(ev: Event) {
    ev.preventDefault();
    if (this.invalid(this.check())) return;
    const v = { ...this.v, name: this.v.name.trim() };
    const ok = await this.save(async () => {
      if (this.isNew || !this.initial) {
        await this.ctx.api.createMotif(this.org, v);
      } else {
        // PATCH only what changed; an emptied text is sent as '' (PATCH fields are not nullable).
        const patch: Record<string, unknown> = {};
        for (const k of Object.keys(v) as (keyof Values)[]) if (v[k] !== this.initial[k]) patch[k] = v[k] ?? '';
        await this.ctx.api.updateMotif(this.org, this.route.id, patch);
      }
    }, FIELDS);
    if (ok) {
      this.ctx.data.invalidate('motifs');
      this.notice(`Le motif « ${v.name} » est enregistré.${this.isNew ? ' Ajoutez-le à une plage d’ouverture pour qu’il soit proposé.' : ''}`);
      go(href(this.org, 'motifs'));
    }
  }

  private delays() {
    const v = this.v;
    return html`<div class="cols">
      ${select({
        name: 'minBookingDelayMinutes',
        label: 'Délai minimum avant le rendez-vous',
        hint: 'Un usager ne peut pas réserver un créneau qui commence dans moins de… Les agents, eux, peuvent toujours réserver.',
        value: String(v.minBookingDelayMinutes),
        options: withValue(MIN_DELAYS, v.minBookingDelayMinutes, humanMinutes).map((c) => ({ value: String(c.value), label: c.label })),
        error: this.errors.minBookingDelayMinutes,
        onChange: (x) => this.set('minBookingDelayMinutes', +x),
      })}
      ${select({
        name: 'maxBookingDelayDays',
        label: 'Délai maximum de réservation',
        hint: 'Un usager peut réserver au plus loin… à l’avance.',
        value: String(v.maxBookingDelayDays),
        options: withValue(MAX_DELAYS, v.maxBookingDelayDays, humanDays).map((c) => ({ value: String(c.value), label: c.label })),
        error: this.errors.maxBookingDelayDays,
        onChange: (x) => this.set('maxBookingDelayDays', +x),
      })}
    </div>`;
  }

  private usagerRights() {
    const v = this.v;
    const deadline = (name: 'cancellationDeadlineMinutes' | 'moveDeadlineMinutes', lbl: string) =>
      select({
        name,
        label: lbl,
        value: String(v[name]),
        options: withValue(DEADLINES, v[name], (n) => humanMinutes(n) + ' avant').map((c) => ({ value: String(c.value), label: c.label })),
        error: this.errors[name],
        onChange: (x) => this.set(name, +x),
      });
    return html`<fieldset class="group">
      <legend>Ce que l’usager peut faire seul</legend>
      <p class="hint">Avec le lien reçu par SMS ou par e-mail, sans appeler.</p>
      ${checkbox({ name: 'cancellableByUsager', label: 'L’usager peut annuler en ligne', checked: v.cancellableByUsager, error: this.errors.cancellableByUsager, onChange: (c) => this.set('cancellableByUsager', c) })}
      ${v.cancellableByUsager ? deadline('cancellationDeadlineMinutes', 'Annulation possible en ligne') : nothing}
      ${checkbox({ name: 'movableByUsager', label: 'L’usager peut déplacer son rendez-vous en ligne', hint: 'Seulement pour les rendez-vous qu’il a pris lui-même.', checked: v.movableByUsager, error: this.errors.movableByUsager, onChange: (c) => this.set('movableByUsager', c) })}
      ${v.movableByUsager ? deadline('moveDeadlineMinutes', 'Déplacement possible en ligne') : nothing}
    </fieldset>`;
  }

  private advanced() {
    const v = this.v;
    return html`<details ?open=${!!(this.errors.visibilityType || this.errors.followUp || this.errors.forSecretariat || this.errors.customCancelWarningMessage)}>
      <summary>Options avancées</summary>
      ${radios({ name: 'visibilityType', legend: 'Visibilité pour l’usager', value: v.visibilityType, options: VISIBILITY, error: this.errors.visibilityType, onChange: (x) => this.set('visibilityType', x as Values['visibilityType']) })}
      ${textarea({ name: 'customCancelWarningMessage', label: 'Message affiché quand l’usager annule (facultatif)', hint: 'Par défaut : « Voulez-vous vraiment annuler ce rendez-vous ? »', value: v.customCancelWarningMessage ?? '', maxlength: 500, error: this.errors.customCancelWarningMessage, onInput: (x) => this.set('customCancelWarningMessage', x || null) })}
      ${checkbox({ name: 'forSecretariat', label: 'Ouvert au secrétariat', hint: 'Les agents du secrétariat peuvent aussi avoir des plages et des rendez-vous pour ce motif.', checked: v.forSecretariat, error: this.errors.forSecretariat, onChange: (c) => this.set('forSecretariat', c) })}
      ${checkbox({ name: 'followUp', label: 'Rendez-vous de suivi', hint: 'Seuls les agents référents de l’usager peuvent être réservés.', checked: v.followUp, error: this.errors.followUp, onChange: (c) => this.set('followUp', c) })}
    </details>`;
  }

  private form() {
    const v = this.v;
    return html`<form novalidate @submit=${this.submit}>
      ${errorSummary(this.errors, LABELS, () => this.shadowRoot, this.formError)}
      ${field({ name: 'name', label: 'Nom du motif', hint: 'Tel que l’usager le verra, par exemple « Consultation PMI ».', required: true, maxlength: 120, value: v.name, error: this.errors.name, onInput: (x) => this.set('name', x) })}
      <div class="cols">
        ${select({
          name: 'serviceId',
          label: 'Service',
          hint: 'Le service qui assure ces rendez-vous ; son nom court apparaît dans les SMS.',
          value: v.serviceId ?? '',
          options: [{ value: '', label: 'Aucun service' }, ...this.services.map((s) => ({ value: s.id, label: s.name }))],
          error: this.errors.serviceId,
          onChange: (x) => this.set('serviceId', x || null),
        })}
        ${field({ name: 'durationMinutes', label: 'Durée, en minutes', type: 'number', inputmode: 'numeric', hint: 'Les créneaux proposés s’enchaînent selon cette durée (par exemple 30 : 9 h, 9 h 30, 10 h…).', required: true, value: String(v.durationMinutes), error: this.errors.durationMinutes, onInput: (x) => this.set('durationMinutes', Number(x)) })}
      </div>
      ${radios({ name: 'locationType', legend: 'Où a lieu le rendez-vous\u00a0?', value: v.locationType, options: LOCATIONS, error: this.errors.locationType, onChange: (x) => this.set('locationType', x as Values['locationType']) })}
      ${radios({ name: 'bookableBy', legend: 'Qui peut réserver\u00a0?', value: v.bookableBy, options: BOOKABLE, error: this.errors.bookableBy, onChange: (x) => this.set('bookableBy', x as Values['bookableBy']) })}
      ${this.delays()}
      ${checkbox({ name: 'collectif', label: 'Rendez-vous collectif (atelier, réunion d’information)', hint: 'Plusieurs usagers participent à la même séance, sur place. Le nombre de places se règle pour chaque séance.', checked: v.collectif, error: this.errors.collectif, onChange: (c) => this.set('collectif', c) })}
      ${textarea({ name: 'instructionsBefore', label: 'Informations à lire avant de réserver (facultatif)', hint: 'L’usager doit les lire et cocher une case avant de choisir un créneau : documents à apporter, conditions…', maxlength: 2000, value: v.instructionsBefore ?? '', error: this.errors.instructionsBefore, onInput: (x) => this.set('instructionsBefore', x || null) })}
      ${textarea({ name: 'instructionsAfter', label: 'Informations après la réservation (facultatif)', hint: 'Affichées à la confirmation et envoyées avec elle : étage, code d’accès, à quoi s’attendre…', maxlength: 2000, value: v.instructionsAfter ?? '', error: this.errors.instructionsAfter, onInput: (x) => this.set('instructionsAfter', x || null) })}
      ${this.usagerRights()}
      <div class="field">
        <label for="f-color">Couleur dans l’agenda</label>
        <span class="hint" id="f-color-h">Aide à repérer ces rendez-vous d’un coup d’œil.</span>
        <input type="color" id="f-color" name="color" aria-describedby="f-color-h${this.errors.color ? ' f-color-e' : ''}" aria-invalid=${this.errors.color ? 'true' : nothing} .value=${v.color} @input=${(e: Event) => this.set('color', (e.target as HTMLInputElement).value)} />
        ${this.errors.color ? html`<span class="err" id="f-color-e">${this.errors.color}</span>` : nothing}
      </div>
      ${this.advanced()}
      <div class="actions">
        <button class="primary" ?disabled=${this.busy}>${this.isNew ? 'Créer le motif' : 'Enregistrer'}</button>
        <a class="btn" href=${href(this.org, 'motifs')}>Annuler</a>
      </div>
    </form>`;
  }

  protected override render() {
    return html`<section>
      <p><a href=${href(this.org, 'motifs')}>← Retour aux motifs</a></p>
      <h1 tabindex="-1">${this.isNew ? 'Créer un motif' : 'Modifier le motif'}</h1>
      ${this.loading ? html`<p role="status">Chargement…</p>` : this.loadError ? alert(this.loadError) : this.form()}
    </section>`;
  }
}
define('creneau-admin-motif-form', MotifFormPage);

declare global {
  interface HTMLElementTagNameMap {
    'creneau-admin-motif-form': MotifFormPage;
  }
}
