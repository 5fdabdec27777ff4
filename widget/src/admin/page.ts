import { LitElement } from 'lit';
import { property, state } from 'lit/decorators.js';
import { tokens } from '../theme/tokens.js';
import { styles } from '../ui/styles.js';
import type { AdminCtx } from './context.js';
import type { Route } from './router.js';
import { ApiError } from './session.js';
import { adminStyles } from './styles.js';

/** Sentence for an API failure (the API's own French detail when it has one). */
export function errorMessage(e: unknown): string {
  if (!(e instanceof ApiError)) return 'Une erreur inattendue est survenue. Réessayez.';
  if (e.code == 'network') return 'Le serveur ne répond pas. Vérifiez votre connexion, puis réessayez.';
  if (e.status == 403) return e.detail || 'Votre rôle ne vous permet pas de faire cela.';
  if (e.status == 404) return e.detail || 'Introuvable : cet élément a peut-être été supprimé.';
  if (e.status == 422 && !e.detail) return 'Certaines informations sont à corriger.';
  if (e.status >= 500) return 'Une erreur est survenue sur le serveur. Réessayez dans un instant.';
  return e.detail || e.title || 'La demande a échoué.';
}

/**
 * Base of every admin page: receives the context and the route, renders in its own shadow
 * root with the shared styles, announces changes through <creneau-admin>'s live region and
 * maps 422 problem fields onto its form fields.
 */
export class AdminPage extends LitElement {
  static override styles = [tokens, styles, adminStyles];

  @property({ attribute: false }) ctx!: AdminCtx;
  @property({ attribute: false }) route!: Route;

  /** Field name → message, from client checks or the API's 422. */
  @state() errors: Record<string, string> = {};
  /** A failure that is not about one field. */
  @state() formError = '';
  @state() busy = false;

  get org() {
    return this.ctx.org.id;
  }

  /** Tell the agent something happened (polite live region of the root). */
  notice(text: string) {
    this.dispatchEvent(new CustomEvent('admin-notice', { detail: text, bubbles: true, composed: true }));
  }

  /** Focus the page heading (after navigation). */
  async focusHeading() {
    await this.updateComplete;
    this.renderRoot.querySelector<HTMLElement>('h1')?.focus();
  }

  /**
   * Run a save: clears errors, shows the API's field errors next to the fields
   * (`fieldOf` maps API paths such as `usager.phone` onto field names), focuses the summary.
   */
  protected async save(fn: () => Promise<void>, fields: string[], fieldOf: (f: string) => string = (f) => f): Promise<boolean> {
    this.busy = true;
    this.formError = '';
    this.errors = {};
    try {
      await fn();
      return true;
    } catch (e) {
      this.showError(e, fields, fieldOf);
      return false;
    } finally {
      this.busy = false;
    }
  }

  protected showError(e: unknown, fields: string[] = [], fieldOf: (f: string) => string = (f) => f) {
    const errors: Record<string, string> = {};
    const other: string[] = [];
    if (e instanceof ApiError) {
      for (const fe of e.errors) {
        const name = fieldOf(fe.field);
        if (fields.includes(name)) errors[name] = errors[name] ? errors[name] + ' ' + fe.message : fe.message;
        else other.push(fe.message);
      }
    }
    this.errors = errors;
    this.formError = other.length ? other.join(' ') : Object.keys(errors).length ? '' : errorMessage(e);
    this.focusSummary();
  }

  /**
   * Run an action confirmed from a list (delete, disable…): `then` updates the page (message,
   * reload) and focus returns to the heading; a refusal shows the API's reason instead.
   */
  protected async listAction(action: () => Promise<unknown>, then: () => Promise<unknown>): Promise<void> {
    this.formError = '';
    try {
      await action();
      await then();
      this.renderRoot.querySelector<HTMLElement>('h1')?.focus();
    } catch (e) {
      this.formError = errorMessage(e);
    }
  }

  /** Client-side validation failed: show and focus. */
  protected invalid(errors: Record<string, string>): boolean {
    this.errors = errors;
    this.formError = '';
    if (Object.keys(errors).length) this.focusSummary();
    return Object.keys(errors).length > 0;
  }

  protected async focusSummary() {
    await this.updateComplete;
    this.renderRoot.querySelector<HTMLElement>('#summary, [role=alert]')?.focus();
  }
}
