import { LitElement, html, nothing, type PropertyValues } from 'lit';
import { property, state } from 'lit/decorators.js';
import { Task } from '@lit/task';
import { createClient, isAbort, ProblemError, type ApiClient } from '../api/client.js';
import { errorText, hasLang, loadLang, messages, pickLang, type MessageOverrides } from '../i18n/index.js';
import { formatter } from '../i18n/format.js';
import { define } from '../ui/define.js';
import { styles } from '../ui/styles.js';
import { tokens } from '../theme/tokens.js';
import { titleOf, type BookingContext } from './context.js';
import { emit } from './events.js';
import { init, progress, reduce, type Action, type State } from './machine.js';
import { shell } from './shell.js';
import type { StepBase } from './steps/base.js';
import './steps/motif-step.js';
import './steps/instructions-step.js';
import './steps/lieu-step.js';
import './steps/creneau-step.js';
import './steps/who-step.js';
import './steps/code-step.js';
import './steps/confirmation-step.js';
import './steps/manage-step.js';

const ERROR_NOTICES = ['creneau_indisponible', 'complet', 'validation_error'];

/**
 * Online booking of a social-services appointment, with no account, no iframe,
 * no cookie and nothing stored in the browser.
 *
 * @summary `<creneau-prise-rdv api="https://HOST" organisation="ID">`
 * @fires creneau-step-change - {step, index, total}
 * @fires creneau-creneau-selected - {motifId, lieuId, startsAt}
 * @fires creneau-rdv-confirmed - {rdvId}
 * @fires creneau-rdv-cancelled - {rdvId}
 * @fires creneau-rdv-moved - {rdvId, startsAt}
 * @fires creneau-error - {code, status}
 * @csspart root, step, progress, heading, button, choice, day, creneau, field, label, input, error, alert, summary, link, ics, period, empty
 */
export class CreneauPriseRdv extends LitElement {
  static override styles = [tokens, styles];

  /** Origin of the Créneau server; empty = the page's own origin. */
  @property() api = '';
  /** Organisation id. */
  @property() organisation = '';
  /** Preset motif id: skips the motif step. */
  @property() motif = '';
  /** Preset lieu id: skips the lieu step. */
  @property() lieu = '';
  /** Only show the motifs of this service id. */
  @property() service = '';
  /** `fr` (default) or `en`. Read from the `lang` attribute, else the closest `[lang]`. */
  @property({ attribute: 'lang' }) language = '';
  /** Manage mode: the RDV id (or `#rdv=` in the page URL). */
  @property() rdv = '';
  /** Manage mode: the manage token (or `#token=` in the page URL). */
  @property() token = '';
  /** Partial overrides of the messages of the current language. */
  @property({ attribute: false }) messages?: MessageOverrides;

  @state() private s: State = init();
  private ctx!: BookingContext;

  private client?: ApiClient;
  private clientKey = '';
  private attempt = 0;
  private interacted = false;
  private shown?: State;
  private ids = ['', ''];
  private stepEl?: HTMLElement;

  protected loader = new Task(this, {
    task: async ([api, organisation, rdvId, token], { signal }) => {
      if (this.s.step != 'loading') return;
      try {
        await loadLang(this.locale());
        if (rdvId && token) {
          const rdv = await api.rdv(rdvId, token, signal);
          this.dispatch({ type: 'loadedRdv', rdv, token }, false);
        } else {
          if (!organisation) throw new ProblemError(404, 'not_found');
          this.dispatch({ type: 'loaded', org: await api.organisation(organisation, signal) }, false);
        }
      } catch (e) {
        if (isAbort(e)) throw e;
        this.fail(e);
        const p = e as ProblemError;
        this.dispatch({ type: 'fail', code: p.code ?? 'unknown', status: p.status ?? 0 }, false);
      }
    },
    args: () => [this.client!, this.organisation, this.ids[0], this.ids[1], this.attempt] as const,
  });

  private locale() {
    return pickLang(this.language || this.parentElement?.closest('[lang]')?.getAttribute('lang'));
  }

  /** Apply an action; events are emitted here, with ids and times only. */
  private dispatch = (a: Action, user = true) => {
    if (user) this.interacted = true;
    if (a.type == 'retry') this.attempt++;
    const s = (this.s = reduce(this.s, a));
    const rdvId = s.rdv?.id ?? '';
    if (a.type == 'creneau')
      emit(this, 'creneau-creneau-selected', {
        motifId: s.rdv?.motif.id ?? s.motifId!,
        lieuId: s.mode == 'manage' ? s.rdv?.lieu?.id ?? null : s.lieuId ?? null,
        startsAt: a.startsAt,
      });
    if (a.type == 'booked') emit(this, 'creneau-rdv-confirmed', { rdvId });
    if (a.type == 'cancelled') emit(this, 'creneau-rdv-cancelled', { rdvId });
    if (a.type == 'moved') emit(this, 'creneau-rdv-moved', { rdvId, startsAt: a.rdv.startsAt });
  };

  private fail = (e: unknown) => {
    if (isAbort(e)) return undefined;
    const p = e as ProblemError;
    const code = p.code ?? 'unknown';
    emit(this, 'creneau-error', { code, status: p.status ?? 0 });
    return errorText(this.ctx.t, code);
  };

  /** Live regions are written directly (no re-render); emptied first so a repeated message is said again. */
  private announce = (message: string, urgent = false) => {
    const r = this.renderRoot.querySelector(urgent ? '[role=alert]' : '[role=status]');
    if (!r) return;
    r.textContent = '';
    setTimeout(() => (r.textContent = message), 50);
  };

  /** A manage link of this very page only changes the fragment: reload the state. */
  private onHash = () => {
    const h = new URLSearchParams(location.hash.slice(1));
    if (this.rdv || !h.get('rdv') || !h.get('token')) return; // another anchor of the page
    this.interacted = true;
    this.requestUpdate('rdv');
  };

  override connectedCallback() {
    super.connectedCallback();
    addEventListener('hashchange', this.onHash);
  }

  override disconnectedCallback() {
    super.disconnectedCallback();
    removeEventListener('hashchange', this.onHash);
  }

  protected override willUpdate(changed: PropertyValues) {
    const lang = this.locale();
    const key = this.api + '|' + lang;
    if (key != this.clientKey) {
      this.clientKey = key;
      this.client = createClient(this.api, lang);
    }
    if (!this.hasUpdated || ['organisation', 'motif', 'lieu', 'service', 'rdv', 'token'].some((k) => changed.has(k))) {
      this.attempt++;
      const hash = new URLSearchParams(location.hash.slice(1));
      this.ids = [this.rdv || hash.get('rdv') || '', this.token || hash.get('token') || ''];
      this.s = init({ motif: this.motif, lieu: this.lieu, service: this.service }, !!(this.ids[0] && this.ids[1]));
    }
    if (!hasLang(lang)) loadLang(lang).then(() => this.requestUpdate());
    const t = messages(lang, this.messages);
    const s = this.s;
    this.ctx = {
      s,
      t,
      dispatch: this.dispatch,
      api: this.client!,
      f: formatter(t, s.org?.timezone ?? s.rdv?.timezone ?? 'Europe/Paris'),
      progress: progress(s),
      announce: this.announce,
      fail: this.fail,
    };
  }

  protected override async updated() {
    const s = this.s;
    const prev = this.shown;
    if (prev && prev.step == s.step && prev.notice == s.notice) return;
    this.shown = s;
    const { t, progress: p } = this.ctx;
    if (prev?.step != s.step) emit(this, 'creneau-step-change', { step: s.step, index: p.index, total: p.total });
    // Announce and move the focus only after a user action: the first display never
    // interrupts a screen reader nor steals the host page's focus.
    if (!this.interacted) return;
    if (prev?.step != s.step) this.announce(t.stepAnnounce(p.index, p.total, titleOf(s, t)));
    if (s.notice && ERROR_NOTICES.includes(s.notice)) this.announce(errorText(t, s.notice), true);
    else if (s.notice) this.announce(t.notice[s.notice] ?? '');
    const step = this.renderRoot.querySelector<LitElement>('[data-step]');
    await step?.updateComplete;
    this.renderRoot.querySelector<HTMLElement>('h2')?.focus();
  }

  private step() {
    const c = this.ctx;
    const { t, s } = c;
    switch (s.step) {
      case 'loading':
        return html`<section part="step" aria-busy="true"><p>${t.loading}</p></section>`;
      case 'error':
        return shell(
          c,
          html`${/network|origine/.test(s.error?.code ?? '') ? html`<p>${t.errors.networkHelp}</p>` : nothing}
            <button part="button" @click=${() => this.dispatch({ type: 'retry' })}>${t.retry}</button>`,
          false
        );
      default:
        // One element per step, created when the step changes (its tag is `creneau-<step>-step`).
        if (this.stepEl?.localName != `creneau-${s.step}-step`) {
          this.stepEl = document.createElement(`creneau-${s.step}-step`);
          this.stepEl.dataset.step = '';
        }
        (this.stepEl as StepBase).c = c;
        return this.stepEl;
    }
  }

  protected override render() {
    return html`<div class="root" part="root" lang=${this.ctx.t.locale.slice(0, 2)}>
      <div class="sr" role="status"></div>
      <div class="sr" role="alert"></div>
      ${this.step()}
    </div>`;
  }
}

define('creneau-prise-rdv', CreneauPriseRdv);

declare global {
  interface HTMLElementTagNameMap {
    'creneau-prise-rdv': CreneauPriseRdv;
  }
}
