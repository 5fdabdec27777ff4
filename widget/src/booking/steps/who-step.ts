import { html, nothing } from 'lit';
import { state } from 'lit/decorators.js';
import { ProblemError } from '../../api/client.js';
import { define } from '../../ui/define.js';
import { alert, check, field, focusFirst, type FieldOptions } from '../../ui/field.js';
import { destination, mapServerErrors, needsPhone, validate } from '../form.js';
import { motifOf, type FieldErrors, type WhoForm } from '../machine.js';
import { shell } from '../shell.js';
import { StepBase } from './base.js';

/** Step 4: for whom, names and contact. The data stays in memory only. */
export class WhoStep extends StepBase {
  @state() form?: WhoForm;
  @state() errors: FieldErrors = {};
  @state() busy = false;

  protected override willUpdate() {
    if (!this.form) {
      this.form = { ...this.c.s.form };
      this.errors = { ...this.c.s.errors };
    }
  }

  private set<K extends keyof WhoForm>(k: K, v: WhoForm[K]) {
    this.form = { ...this.form!, [k]: v };
  }

  private input(name: keyof WhoForm, o: Partial<FieldOptions> & { label: string }) {
    return field({
      name,
      value: String(this.form![name]),
      error: this.errors[name],
      onInput: (v) => this.set(name, v as never),
      ...o,
    });
  }

  private async submit(e: Event) {
    e.preventDefault();
    if (this.busy) return;
    const { s, t, f, api, dispatch } = this.c;
    const form = this.form!;
    const errors = validate(form, motifOf(s), t, f.today());
    this.errors = errors;
    const n = Object.keys(errors).length;
    if (n) {
      this.c.announce(t.formErrors(n), true);
      return focusFirst(this, this);
    }
    this.busy = true;
    try {
      const verification = await api.verification({ channel: form.channel, destination: destination(form) });
      dispatch({ type: 'sent', form, verification });
    } catch (err) {
      const text = this.c.fail(err);
      const p = err as ProblemError;
      this.errors = p.errors?.length ? mapServerErrors(p.errors, form) : { form: text };
      this.c.announce(this.errors.form ?? t.formErrors(Object.keys(this.errors).length), true);
      focusFirst(this, this);
    } finally {
      this.busy = false;
    }
  }

  protected override render() {
    const { s, t } = this.c;
    const m = motifOf(s);
    const fm = this.form!;
    const radio = (name: 'forProche' | 'channel', id: string, label: string, on: boolean, v: unknown) =>
      check({ name, id, label, checked: on, onChange: () => this.set(name, v as never) });
    const names = html`${this.input('firstName', { label: t.firstName, autocomplete: 'given-name', required: true })}
    ${this.input('lastName', { label: t.lastName, autocomplete: 'family-name', required: true })}`;
    return shell(
      this.c,
      html`<form novalidate @submit=${this.submit}>
        <p class="muted">${t.requiredNote}</p>
        ${alert(this.errors.form)}
        <fieldset>
          <legend>${t.forWhom}</legend>
          ${radio('forProche', 'f-me', t.forMe, !fm.forProche, false)} ${radio('forProche', 'f-proche', t.forProche, fm.forProche, true)}
        </fieldset>
        ${fm.forProche
          ? html`<fieldset>
                <legend>${t.procheLegend}</legend>
                ${this.input('procheFirstName', { label: t.firstName, autocomplete: 'off', required: true })}
                ${this.input('procheLastName', { label: t.lastName, autocomplete: 'off', required: true })}
                ${this.input('procheBirthDate', { label: t.birthDate, type: 'date', autocomplete: 'off' })}
              </fieldset>
              <fieldset><legend>${t.youLegend}</legend>${names}</fieldset>`
          : names}
        <fieldset>
          <legend>${t.contactLegend}</legend>
          ${radio('channel', 'f-sms', t.bySms, fm.channel == 'sms', 'sms')} ${radio('channel', 'f-mail', t.byEmail, fm.channel == 'email', 'email')}
        </fieldset>
        ${needsPhone(fm, m)
          ? this.input('phone', {
              label: fm.channel == 'sms' ? t.phone : t.phoneCall,
              hint: t.phoneHint,
              type: 'tel',
              autocomplete: 'tel',
              required: true,
            })
          : nothing}
        ${fm.channel == 'email'
          ? this.input('email', { label: t.email, hint: t.emailHint, type: 'email', autocomplete: 'email', required: true })
          : nothing}
        ${m?.locationType == 'home'
          ? this.input('address', { label: t.address, hint: t.addressHint, autocomplete: 'street-address', required: true })
          : nothing}
        <button class="primary" part="button primary" ?disabled=${this.busy}>${t.sendCode}</button>
      </form>`
    );
  }

  override disconnectedCallback() {
    super.disconnectedCallback();
    // Keep what was typed when going back (memory only, never stored).
    const form = this.form;
    if (form) queueMicrotask(() => this.c.dispatch({ type: 'form', form }));
  }
}
define('creneau-who-step', WhoStep);
