import { LitElement, html, nothing } from 'lit';
import { property, state } from 'lit/decorators.js';
import { tokens } from '../theme/tokens.js';
import { alert, field, focusFirst } from '../ui/field.js';
import { styles } from '../ui/styles.js';
import { define } from '../ui/define.js';
import { errorMessage } from './page.js';
import { ApiError, type Session } from './session.js';
import { adminStyles } from './styles.js';

/** The API's rule (auth/password.ts), checked here first so the agent sees every missing part at once. */
export function passwordHints(password: string): string[] {
  const missing: string[] = [];
  if (password.length < 12) missing.push('au moins 12 caractères');
  if (!/\d/.test(password)) missing.push('un chiffre');
  if (!/[A-ZÀ-Ý]/.test(password)) missing.push('une majuscule');
  if (!/[^\p{L}\p{N}]/u.test(password)) missing.push('un caractère spécial (par exemple ! ? - ou #)');
  return missing;
}

/**
 * The page of the invitation link (`/admin#/invitation/<token>`): the invited agent chooses a
 * password and is logged in. The token never leaves the fragment except in this one request.
 * @fires admin-login after the password is set (the agent is logged in)
 */
export class CreneauAdminInvitation extends LitElement {
  static override styles = [tokens, styles, adminStyles];

  @property({ attribute: false }) session!: Session;
  @property() token = '';
  @state() password = '';
  @state() confirm = '';
  @state() errors: Record<string, string> = {};
  @state() error = '';
  @state() busy = false;

  private async submit(e: Event) {
    e.preventDefault();
    const errors: Record<string, string> = {};
    const missing = passwordHints(this.password);
    if (missing.length) errors.password = `Il manque : ${missing.join(', ')}.`;
    else if (this.confirm != this.password) errors.confirm = 'Les deux saisies sont différentes : retapez le même mot de passe.';
    this.errors = errors;
    this.error = '';
    if (Object.keys(errors).length) return focusFirst(this, this.renderRoot);
    this.busy = true;
    try {
      await this.session.acceptInvitation(this.token, this.password);
      this.password = this.confirm = '';
      this.dispatchEvent(new CustomEvent('admin-login', { bubbles: true, composed: true }));
    } catch (err) {
      const api = err instanceof ApiError ? err : null;
      const passwordError = api?.errors.find((f) => f.field == 'password');
      if (passwordError) {
        this.errors = { password: passwordError.message };
        return focusFirst(this, this.renderRoot);
      }
      this.error = api?.code == 'invitation_invalide'
        ? 'Ce lien d’invitation n’est plus valable (il sert une seule fois, pendant 7 jours). Demandez à un administrateur de votre organisation de vous inviter à nouveau.'
        : errorMessage(err);
      await this.updateComplete;
      this.renderRoot.querySelector<HTMLElement>('#invitation-error')?.focus();
    } finally {
      this.busy = false;
    }
  }

  protected override render() {
    return html`<div role="alert">
        ${this.error ? html`<div id="invitation-error" tabindex="-1">${alert(this.error)}</div>` : nothing}
      </div>
      <form novalidate @submit=${this.submit}>
        ${field({
          name: 'password',
          label: 'Nouveau mot de passe',
          hint: 'Au moins 12 caractères, avec un chiffre, une majuscule et un caractère spécial.',
          type: 'password',
          autocomplete: 'new-password',
          required: true,
          value: this.password,
          error: this.errors.password,
          onInput: (v) => (this.password = v),
        })}
        ${field({
          name: 'confirm',
          label: 'Confirmez le mot de passe',
          type: 'password',
          autocomplete: 'new-password',
          required: true,
          value: this.confirm,
          error: this.errors.confirm,
          onInput: (v) => (this.confirm = v),
        })}
        <button class="primary" ?disabled=${this.busy} aria-busy=${this.busy ? 'true' : 'false'}>Activer mon compte</button>
      </form>`;
  }
}
define('creneau-admin-invitation', CreneauAdminInvitation);

declare global {
  interface HTMLElementTagNameMap {
    'creneau-admin-invitation': CreneauAdminInvitation;
  }
}
