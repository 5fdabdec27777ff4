import { html, nothing } from 'lit';
import { state } from 'lit/decorators.js';
import { alert, field } from '../../ui/field.js';
import { define } from '../../ui/define.js';
import { errorSummary } from '../controls.js';
import { AdminPage, errorMessage } from '../page.js';

/** `https://exemple.fr/page` → `https://exemple.fr`; null when it is not a web address. */
export function toOrigin(input: string): string | null {
  const s = input.trim();
  if (!s) return null;
  try {
    const u = new URL(/^[a-z]+:\/\//i.test(s) ? s : 'https://' + s);
    if (u.protocol != 'https:' && !(u.protocol == 'http:' && /^(localhost|127\.0\.0\.1)$/.test(u.hostname))) return null;
    if (!u.hostname.includes('.') && u.hostname != 'localhost') return null;
    return u.origin;
  } catch {
    return null;
  }
}

/** Load the public widget bundle once (a module script from this server: allowed by the CSP). */
export function loadWidget(src: string): void {
  if (customElements.get('creneau-prise-rdv') || document.querySelector(`script[data-creneau-widget]`)) return;
  const s = document.createElement('script');
  s.type = 'module';
  s.src = src;
  s.dataset.creneauWidget = '';
  document.head.append(s);
}

/**
 * Embedding the widget (admins): the sites allowed to use it (CORS), the two lines to paste
 * with this organisation's id, and a live preview of the widget.
 */
export class IntegrationPage extends AdminPage {
  @state() origins: string[] = [];
  @state() saved: string[] = [];
  @state() adding = '';
  @state() loaded = false;
  @state() loadError = '';
  @state() message = '';
  @state() copied = '';

  /** Where the public widget is loaded from (same server as the API). */
  get server() {
    const api = this.ctx.api.session.api.replace(/\/+$/, '');
    return api || location.origin;
  }

  override connectedCallback() {
    super.connectedCallback();
    this.load();
    loadWidget(this.server + '/widget/creneau.js');
  }

  private async load() {
    try {
      const o = await this.ctx.api.organisation(this.org);
      this.origins = [...(o.allowedOrigins ?? [])];
      this.saved = [...this.origins];
    } catch (e) {
      this.loadError = errorMessage(e);
    } finally {
      this.loaded = true;
    }
  }

  private add(e: Event) {
    e.preventDefault();
    const origin = toOrigin(this.adding);
    if (!origin) return void this.invalid({ adding: 'Indiquez l’adresse d’un site en https, par exemple https://www.exemple.fr.' });
    this.errors = {};
    if (!this.origins.includes(origin)) this.origins = [...this.origins, origin];
    this.adding = '';
    this.message = `${origin} sera autorisé après l’enregistrement.`;
  }

  private async saveOrigins() {
    this.message = '';
    const ok = await this.save(async () => {
      const o = await this.ctx.api.updateOrganisation(this.org, { allowedOrigins: this.origins });
      this.origins = [...(o?.allowedOrigins ?? this.origins)];
      this.saved = [...this.origins];
    }, ['allowedOrigins'], () => 'allowedOrigins');
    if (ok) this.message = this.origins.length ? 'Les sites autorisés sont enregistrés.' : 'Aucun site n’est autorisé : le module ne fonctionne sur aucun site extérieur.';
  }

  private snippet() {
    return `<script type="module" src="${this.server}/widget/creneau.js"></script>\n<creneau-prise-rdv api="${this.server}" organisation="${this.org}"></creneau-prise-rdv>`;
  }

  private async copy() {
    const text = this.snippet();
    try {
      await navigator.clipboard.writeText(text);
      this.copied = 'Le code est copié. Collez-le dans la page de votre site.';
    } catch {
      const range = document.createRange();
      const code = this.renderRoot.querySelector('#snippet')!;
      range.selectNodeContents(code);
      const sel = getSelection();
      sel?.removeAllRanges();
      sel?.addRange(range);
      this.copied = 'Le code est sélectionné : copiez-le avec Ctrl+C (ou Cmd+C).';
    }
  }

  private originsForm() {
    const dirty = this.origins.join() != this.saved.join();
    return html`<h2>Sites autorisés</h2>
      <p>Le module de prise de rendez-vous ne fonctionne que sur les sites listés ici. Ajoutez l’adresse de chaque site (par exemple celui du département ou de la mairie).</p>
      ${errorSummary(this.errors.allowedOrigins ? { allowedOrigins: this.errors.allowedOrigins } : {}, { allowedOrigins: 'Sites autorisés' }, () => this.shadowRoot, this.formError)}
      ${this.origins.length
        ? html`<ul class="list" aria-label="Sites autorisés" id="f-allowedOrigins" tabindex="-1">
            ${this.origins.map(
              (o) => html`<li class="card toolbar">
                <code class="grow">${o}</code>
                <button type="button" class="danger" aria-label="Retirer ${o}" @click=${() => (this.origins = this.origins.filter((x) => x != o))}>Retirer</button>
              </li>`
            )}
          </ul>`
        : html`<p class="empty">Aucun site autorisé pour le moment.</p>`}
      <form novalidate class="inline wide" @submit=${this.add}>
        ${field({ name: 'adding', label: 'Adresse du site à ajouter', hint: 'Par exemple https://www.pas-de-calais.fr', type: 'url', inputmode: 'url', value: this.adding, error: this.errors.adding, onInput: (x) => (this.adding = x) })}
        <div class="field"><button type="submit">Ajouter</button></div>
      </form>
      <div role="status">${alert(this.message, 'ok')}</div>
      <div class="actions">
        <button type="button" class="primary" ?disabled=${this.busy || !dirty} @click=${this.saveOrigins}>Enregistrer les sites autorisés</button>
      </div>`;
  }

  protected override render() {
    return html`<section>
      <h1 tabindex="-1">Intégration</h1>
      <p>Proposez la prise de rendez-vous en ligne sur votre propre site, sans iframe et sans cookie.</p>
      ${!this.loaded ? html`<p role="status">Chargement…</p>` : this.loadError ? alert(this.loadError) : this.originsForm()}
      <h2>Code à copier dans votre site</h2>
      <p>Collez ces deux lignes à l’endroit de la page où le module doit apparaître. L’identifiant de votre organisation est déjà rempli.</p>
      <pre><code id="snippet">${this.snippet()}</code></pre>
      <div class="actions"><button type="button" @click=${this.copy}>Copier le code</button></div>
      <div role="status">${this.copied ? alert(this.copied, 'ok') : nothing}</div>
      <h2>Aperçu</h2>
      <p>Le module tel que vos usagers le verront. Attention : les rendez-vous pris ici sont réels.</p>
      <div class="card" id="preview">
        <creneau-prise-rdv api=${this.ctx.api.session.api} organisation=${this.org}></creneau-prise-rdv>
      </div>
    </section>`;
  }
}
define('creneau-admin-integration', IntegrationPage);

declare global {
  interface HTMLElementTagNameMap {
    'creneau-admin-integration': IntegrationPage;
  }
}
