import { html } from 'lit';
import { state } from 'lit/decorators.js';
import { ProblemError, uuid } from '../../api/client.js';
import type { Verification } from '../../api/types.js';
import { define } from '../../ui/define.js';
import { alert, field, focusFirst } from '../../ui/field.js';
import { destination, mapServerErrors, rdvRequest } from '../form.js';
import { shell } from '../shell.js';
import { StepBase } from './base.js';

const CONFLICTS = ['creneau_indisponible', 'complet'];
const NEW_CODE = ['verification_expiree', 'trop_de_tentatives'];

/** Step 5: the one-time code, then the booking itself. */
export class CodeStep extends StepBase {
  @state() code = '';
  @state() error = '';
  @state() info = '';
  @state() left = 0;
  @state() busy = false;
  private ver?: Verification;
  private timer?: number;
  /** The Idempotency-Key is kept while the same submission is retried. */
  private key = '';
  private sent = '';

  protected override willUpdate() {
    const v = this.c.s.verification;
    if (v && v != this.ver) {
      this.ver = v;
      this.countdown(v.resendAfterSeconds ?? 30);
    }
  }

  private countdown(seconds: number) {
    clearInterval(this.timer);
    this.left = seconds;
    this.timer = window.setInterval(() => {
      if (--this.left <= 0) clearInterval(this.timer);
    }, 1000);
  }

  override disconnectedCallback() {
    super.disconnectedCallback();
    clearInterval(this.timer);
  }

  private show(text: string) {
    this.error = text;
    this.info = '';
    this.c.announce(text, true);
    focusFirst(this, this);
  }

  private async submit(e: Event) {
    e.preventDefault();
    if (this.busy) return;
    const { s, t, api, dispatch } = this.c;
    const code = this.code.replace(/\D/g, '');
    if (code.length != 6) return this.show(t.invalidCode);
    const body = rdvRequest(s, code);
    const json = JSON.stringify(body);
    if (json != this.sent) {
      this.sent = json;
      this.key = uuid();
    }
    this.busy = true;
    try {
      const r = await api.createRdv(body, this.key);
      dispatch({ type: 'booked', rdv: r.rdv, manageToken: r.manageToken });
    } catch (err) {
      const text = this.c.fail(err) ?? '';
      const p = err as ProblemError;
      if (CONFLICTS.includes(p.code)) return dispatch({ type: 'conflict', code: p.code });
      const fields = p.errors?.length ? mapServerErrors(p.errors, s.form) : {};
      if (Object.keys(fields).some((k) => k != 'form')) return dispatch({ type: 'invalid', errors: fields });
      if (NEW_CODE.includes(p.code)) this.left = 0;
      this.show(text);
    } finally {
      this.busy = false;
    }
  }

  private async resend() {
    const { s, t, api, dispatch } = this.c;
    try {
      const verification = await api.verification({ channel: s.form.channel, destination: destination(s.form) });
      dispatch({ type: 'sent', form: s.form, verification });
      this.error = '';
      this.code = '';
      this.info = t.resent;
      this.c.announce(t.resent);
    } catch (err) {
      this.show(this.c.fail(err) ?? '');
    }
  }

  protected override render() {
    const { s, t } = this.c;
    const sms = s.form.channel == 'sms';
    return shell(
      this.c,
      html`<p>${t.codeSent(sms, sms ? s.form.phone : s.form.email)}</p>
        ${alert(this.info, 'ok')}
        <form novalidate @submit=${this.submit}>
          ${field({
            name: 'code',
            label: t.code,
            hint: t.codeHint,
            value: this.code,
            error: this.error,
            inputmode: 'numeric',
            autocomplete: 'one-time-code',
            required: true,
            onInput: (v) => (this.code = v),
          })}
          <button class="primary" part="button primary" ?disabled=${this.busy}>${t.confirm}</button>
        </form>
        <p>
          ${this.left > 0
            ? html`<span class="muted">${t.resendIn(this.left)}</span>`
            : html`<button type="button" part="button" @click=${this.resend}>${t.resend}</button>`}
        </p>`
    );
  }
}
define('creneau-code-step', CodeStep);
