import { LitElement, html, nothing } from 'lit';
import { property, state } from 'lit/decorators.js';
import { tokens } from '../theme/tokens.js';
import { alert, field, focusFirst } from '../ui/field.js';
import { styles } from '../ui/styles.js';
import { define } from '../ui/define.js';
import type { Session } from './session.js';
import { errorMessage } from './page.js';
import { ApiError } from './session.js';
import { adminStyles } from './styles.js';

const ERRORS: Record<string, string> = {
  identifiants_invalides: 'E-mail ou mot de passe incorrect.',
  invalid_grant: 'E-mail ou mot de passe incorrect.',
  rate_limited: 'Trop de tentatives. Attendez une minute, puis réessayez.',
};

/**
 * The login form: on the login page, and in the « session expirée » dialog where the
 * e-mail is fixed (the same agent logs in again, and the waiting requests go on).
 * @fires admin-login after a successful login
 */
export class CreneauAdminLogin extends LitElement {
  static override styles = [tokens, styles, adminStyles];

  @property({ attribute: false }) session!: Session;
  /** Fixed e-mail (re-login): only the password is asked. */
  @property() fixedEmail = '';
  @state() email = '';
  @state() password = '';
  @state() errors: Record<string, string> = {};
  @state() error = '';
  @state() busy = false;

  private async submit(e: Event) {
    e.preventDefault();
    const email = this.fixedEmail || this.email.trim();
    const errors: Record<string, string> = {};
    if (!email) errors.email = 'Indiquez votre adresse e-mail.';
    if (!this.password) errors.password = 'Indiquez votre mot de passe.';
    this.errors = errors;
    this.error = '';
    if (Object.keys(errors).length) return focusFirst(this, this.renderRoot);
    this.busy = true;
    try {
      await this.session.login(email, this.password);
      this.password = '';
      this.dispatchEvent(new CustomEvent('admin-login', { bubbles: true, composed: true }));
    } catch (err) {
      this.error = (err instanceof ApiError && ERRORS[err.code]) || (err instanceof ApiError && err.status == 401 ? ERRORS.invalid_credentials : errorMessage(err));
      await this.updateComplete;
      this.renderRoot.querySelector<HTMLElement>('#login-error')?.focus();
    } finally {
      this.busy = false;
    }
  }

  protected override render() {
    return html`<div role="alert">
        ${this.error ? html`<div id="login-error" tabindex="-1">${alert(this.error)}</div>` : nothing}
      </div>
      <form novalidate @submit=${this.submit}>
        ${this.fixedEmail
          ? html`<p>Compte\u00a0: <strong>${this.fixedEmail}</strong></p>`
          : field({
              name: 'email',
              label: 'Adresse e-mail',
              type: 'email',
              autocomplete: 'username',
              required: true,
              value: this.email,
              error: this.errors.email,
              onInput: (v) => (this.email = v),
            })}
        ${field({
          name: 'password',
          label: 'Mot de passe',
          type: 'password',
          autocomplete: 'current-password',
          required: true,
          value: this.password,
          error: this.errors.password,
          onInput: (v) => (this.password = v),
        })}
        <button class="primary" ?disabled=${this.busy} aria-busy=${this.busy ? 'true' : 'false'}>Se connecter</button>
      </form>`;
  }
}
define('creneau-admin-login', CreneauAdminLogin);

declare global {
  interface HTMLElementTagNameMap {
    'creneau-admin-login': CreneauAdminLogin;
  }
}
