import { LitElement, css, html, nothing } from 'lit';
import { property, query, state } from 'lit/decorators.js';
import { keyed } from 'lit/directives/keyed.js';
import { tokens } from '../theme/tokens.js';
import { alert } from '../ui/field.js';
import { styles } from '../ui/styles.js';
import { adminApi, type AdminApi } from './api.js';
import { OrgData, type AdminCtx } from './context.js';
import './invitation.js';
import './login.js';
import type { AdminPage } from './page.js';
import './pages/index.js';
import { PAGES, go, href, parseRoute, type Page, type Route } from './router.js';
import { Session } from './session.js';
import { adminStyles } from './styles.js';
import type { Me } from './types.js';

export const TITLES: Record<Page, string> = {
  agenda: 'Agenda',
  motifs: 'Motifs',
  lieux: 'Lieux',
  plages: 'Plages d’ouverture',
  absences: 'Absences',
  agents: 'Agents',
  integration: 'Intégration',
  envois: 'Envois en échec',
};
const ADMIN_ONLY: Page[] = ['agents', 'integration', 'envois'];
const ROLES = { admin: 'administrateur', basic: 'agent', intervenant: 'intervenant' };

/**
 * The admin single-page app, served by the API at /admin: `<creneau-admin api="">`.
 * Owns the session, the agent (`GET /me`), the current organisation and the hash route;
 * pages get them as a context object. When the session expires, a dialog asks for the
 * password again on top of the page, so nothing typed is lost.
 */
export class CreneauAdmin extends LitElement {
  static override styles = [
    tokens,
    styles,
    adminStyles,
    css`
      :host{min-height:100vh;--_max:none}
      .top{display:flex;flex-wrap:wrap;align-items:center;gap:.5rem 1.5rem;padding:.75rem var(--_space);border-bottom:1px solid var(--_border)}
      .brand{margin:0;font-size:1.25rem;font-weight:700}
      .top .field{margin:0;display:flex;align-items:center;gap:.5rem}
      .top select{width:auto;margin:0}
      .who{margin:0 0 0 auto}
      nav ul{display:flex;flex-wrap:wrap;gap:.25rem;margin:0;padding:.5rem var(--_space);border-bottom:1px solid var(--_border)}
      nav a{display:inline-block;padding:.5rem .75rem;min-height:2.75rem;border-radius:var(--_radius);text-decoration:none;font-weight:700}
      nav a[aria-current=page]{background:var(--_primary);color:var(--_on-primary)}
      main{padding:var(--_space);max-width:72rem}
      .skip{position:absolute;inset-inline-start:-100vw}
      .skip:focus{position:static;display:inline-block;margin:.5rem}
      .login{max-width:28rem;margin:2rem auto;padding:var(--_space)}
    `,
  ];

  /** Origin of the Créneau server; empty = same origin. */
  @property() api = '';
  @state() phase: 'loading' | 'login' | 'invitation' | 'app' = 'loading';
  @state() me: Me | null = null;
  @state() route: Route = parseRoute(location.hash);
  @state() notice = '';
  @state() expired = false;
  @query('#relogin') private dialog?: HTMLDialogElement;

  session!: Session;
  private client!: AdminApi;
  private contexts = new Map<string, AdminCtx>();
  private keepNotice = false;

  private onHash = () => {
    const before = this.route;
    this.route = parseRoute(location.hash);
    if (this.keepNotice) this.keepNotice = false;
    else this.notice = '';
    if (this.phase == 'app' && (before.page != this.route.page || before.id != this.route.id || before.org != this.route.org)) this.focusPage();
  };
  private onExpired = () => {
    this.expired = true;
    this.updateComplete.then(() => this.dialog && !this.dialog.open && this.dialog.showModal());
  };

  override connectedCallback() {
    super.connectedCallback();
    this.session ??= new Session(this.api);
    this.client ??= adminApi(this.session);
    this.session.addEventListener('expired', this.onExpired);
    window.addEventListener('hashchange', this.onHash);
    if (this.phase == 'loading') this.start();
  }

  override disconnectedCallback() {
    super.disconnectedCallback();
    this.session.removeEventListener('expired', this.onExpired);
    window.removeEventListener('hashchange', this.onHash);
    this.session.dispose();
  }

  /** The token of an invitation link (`#/invitation/<token>`), if the page was opened from one. */
  private invitationToken = '';

  private async start() {
    const invitation = /^#\/invitation\/([A-Za-z0-9_-]+)$/.exec(location.hash);
    if (invitation) {
      this.invitationToken = invitation[1]!;
      this.phase = 'invitation';
      await this.updateComplete;
      this.renderRoot.querySelector<HTMLElement>('h1')?.focus();
      return;
    }
    if (await this.session.resume()) await this.enter();
    else this.phase = 'login';
  }

  private async enter() {
    try {
      this.me = await this.client.me();
    } catch {
      this.phase = 'login';
      return;
    }
    this.phase = 'app';
    const orgs = this.me.organisations;
    if (!orgs.some((o) => o.id == this.route.org) && orgs[0]) {
      history.replaceState(null, '', href(orgs[0].id, this.route.page));
      this.route = parseRoute(location.hash);
    }
    this.focusPage();
  }

  private async loggedIn() {
    if (this.invitationToken) {
      // The link is used up: keep it out of the address bar and the history.
      this.invitationToken = '';
      history.replaceState(null, '', location.pathname + location.search);
      this.route = parseRoute('');
    }
    if (this.expired) {
      this.expired = false;
      this.dialog?.close();
      return;
    }
    await this.enter();
  }

  private toLogin(e: Event) {
    e.preventDefault();
    this.invitationToken = '';
    history.replaceState(null, '', location.pathname + location.search);
    this.phase = 'loading';
    void this.start();
  }

  private async logout() {
    this.dialog?.close();
    this.expired = false;
    await this.session.logout();
    this.contexts.clear();
    this.me = null;
    this.phase = 'login';
  }

  private ctx(): AdminCtx | null {
    const me = this.me;
    const org = me?.organisations.find((o) => o.id == this.route.org);
    if (!me || !org) return null;
    let c = this.contexts.get(org.id);
    if (!c) {
      const timezone = me.territoires.find((t) => t.id == org.territoireId)?.timezone ?? 'Europe/Paris';
      c = { api: this.client, me, org, timezone, isAdmin: org.role == 'admin', data: new OrgData(this.client, org.id, me) };
      this.contexts.set(org.id, c);
    }
    return c;
  }

  private async focusPage() {
    await this.updateComplete;
    const page = this.renderRoot.querySelector<AdminPage>('main > :last-child');
    const ctx = this.ctx();
    document.title = `${TITLES[this.route.page]}${ctx ? ' — ' + ctx.org.name : ''} — Créneau`;
    if (page && 'focusHeading' in page) await page.focusHeading();
  }

  private onNotice(e: CustomEvent<string>) {
    this.notice = e.detail;
    this.keepNotice = true; // survives the navigation that usually follows a save
  }

  private page(ctx: AdminCtx) {
    const { page } = this.route;
    if (ADMIN_ONLY.includes(page) && !ctx.isAdmin) {
      return html`<section><h1 tabindex="-1">${TITLES[page]}</h1>
        <p>Cette page est réservée aux administrateurs de l’organisation.</p></section>`;
    }
    const r = this.route;
    switch (page) {
      case 'motifs':
        return r.id ? html`<creneau-admin-motif-form .ctx=${ctx} .route=${r}></creneau-admin-motif-form>` : html`<creneau-admin-motifs .ctx=${ctx} .route=${r}></creneau-admin-motifs>`;
      case 'lieux':
        return html`<creneau-admin-lieux .ctx=${ctx} .route=${r}></creneau-admin-lieux>`;
      case 'plages':
        return r.id ? html`<creneau-admin-plage-form .ctx=${ctx} .route=${r}></creneau-admin-plage-form>` : html`<creneau-admin-plages .ctx=${ctx} .route=${r}></creneau-admin-plages>`;
      case 'absences':
        return html`<creneau-admin-absences .ctx=${ctx} .route=${r}></creneau-admin-absences>`;
      case 'agents':
        return html`<creneau-admin-agents .ctx=${ctx} .route=${r}></creneau-admin-agents>`;
      case 'integration':
        return html`<creneau-admin-integration .ctx=${ctx} .route=${r}></creneau-admin-integration>`;
      case 'envois':
        return html`<creneau-admin-envois .ctx=${ctx} .route=${r}></creneau-admin-envois>`;
      default:
        return r.id == 'rendez-vous'
          ? html`<creneau-admin-booking .ctx=${ctx} .route=${r}></creneau-admin-booking>`
          : html`<creneau-admin-agenda .ctx=${ctx} .route=${r}></creneau-admin-agenda>`;
    }
  }

  private app(me: Me) {
    const ctx = this.ctx();
    const org = ctx?.org;
    return html`<a class="skip btn" href="#contenu" @click=${(e: Event) => (e.preventDefault(), this.focusPage())}>Aller au contenu</a>
      <header class="top">
        <p class="brand">Créneau · administration</p>
        ${me.organisations.length > 1
          ? html`<div class="field">
              <label for="org">Organisation</label>
              <select id="org" @change=${(e: Event) => go(href((e.target as HTMLSelectElement).value, this.route.page))}>
                ${me.organisations.map((o) => html`<option value=${o.id} ?selected=${o.id == org?.id}>${o.name}</option>`)}
              </select>
            </div>`
          : html`<p class="org">${org?.name}</p>`}
        <p class="who">${me.firstName} ${me.lastName}${org ? html` <span class="muted">(${ROLES[org.role]})</span>` : nothing}</p>
        <button type="button" @click=${this.logout}>Se déconnecter</button>
      </header>
      ${org
        ? html`<nav aria-label="Menu de l’administration">
            <ul>
              ${PAGES.filter((p) => ctx!.isAdmin || !ADMIN_ONLY.includes(p)).map(
                (p) => html`<li><a href=${href(org.id, p)} aria-current=${p == this.route.page ? 'page' : nothing}>${TITLES[p]}</a></li>`
              )}
            </ul>
          </nav>`
        : nothing}
      <main id="contenu" @admin-notice=${this.onNotice}>
        <div role="status">${this.notice ? alert(this.notice, 'ok') : nothing}</div>
        ${ctx ? keyed(`${this.route.org}/${this.route.page}/${this.route.id}`, this.page(ctx)) : html`<h1 tabindex="-1">Aucune organisation</h1><p>Votre compte n’est rattaché à aucune organisation.</p>`}
      </main>
      <dialog id="relogin" aria-labelledby="relogin-t" @cancel=${(e: Event) => e.preventDefault()}>
        <h2 id="relogin-t">Votre session a expiré</h2>
        <p>Saisissez à nouveau votre mot de passe pour continuer. Ce que vous avez saisi est conservé et sera enregistré ensuite.</p>
        ${this.expired ? html`<creneau-admin-login .session=${this.session} fixedEmail=${me.email ?? ''} @admin-login=${this.loggedIn}></creneau-admin-login>` : nothing}
        <p><button type="button" class="link" @click=${this.logout}>Se déconnecter</button></p>
      </dialog>`;
  }

  protected override render() {
    if (this.phase == 'loading') return html`<div class="root" lang="fr"><p role="status" class="login">Chargement…</p></div>`;
    if (this.phase == 'invitation')
      return html`<div class="root" lang="fr">
        <main class="login">
          <h1 tabindex="-1">Bienvenue sur Créneau</h1>
          <p>Vous avez été invité(e) à rejoindre l’outil de prise de rendez-vous de votre organisation. Choisissez votre mot de passe pour activer votre compte.</p>
          <creneau-admin-invitation .session=${this.session} token=${this.invitationToken} @admin-login=${this.loggedIn}></creneau-admin-invitation>
          <p><a href="#" @click=${this.toLogin}>J’ai déjà un compte : me connecter</a></p>
        </main>
      </div>`;
    if (this.phase == 'login' || !this.me)
      return html`<div class="root" lang="fr">
        <main class="login">
          <h1 tabindex="-1">Administration de Créneau</h1>
          <p>Connectez-vous avec votre compte d’agent.</p>
          <creneau-admin-login .session=${this.session} @admin-login=${this.loggedIn}></creneau-admin-login>
        </main>
      </div>`;
    return html`<div class="root" lang="fr">${this.app(this.me)}</div>`;
  }
}
