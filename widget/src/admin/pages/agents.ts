import { html, nothing } from 'lit';
import { state } from 'lit/decorators.js';
import { Task, TaskStatus } from '@lit/task';
import { alert, field } from '../../ui/field.js';
import { define } from '../../ui/define.js';
import { agentName } from '../context.js';
import { checkboxes, errorSummary, radios } from '../controls.js';
import { ROLES, label } from '../labels.js';
import { AdminPage, errorMessage } from '../page.js';
import { go, href } from '../router.js';
import type { Agent, AgentInput, Role } from '../types.js';

const LABELS: Record<string, string> = { email: 'E-mail', firstName: 'Prénom', lastName: 'Nom', role: 'Rôle', serviceIds: 'Services' };
const FIELDS = Object.keys(LABELS);
const fieldOf = (f: string) => f.replace(/\[\d+\]$|\.\d+$/, '');

/** Agents of the organisation (admins): invite by e-mail, role, services, remove. */
export class AgentsPage extends AdminPage {
  @state() v = { email: '', firstName: '', lastName: '', role: 'basic' as Role, serviceIds: [] as string[] };
  @state() confirm: Agent | null = null;
  @state() message = '';
  private filled = '';

  private data = new Task(this, {
    task: async ([ctx]) => {
      ctx.data.invalidate('agents');
      const [agents, services] = await Promise.all([ctx.api.agents(ctx.org.id), ctx.data.services()]);
      return { agents, services };
    },
    args: () => [this.ctx] as const,
  });

  private get edited() {
    return this.data.value?.agents.find((a) => a.id == this.route.id);
  }

  override willUpdate() {
    const a = this.edited;
    if (a && this.filled != a.id) {
      this.filled = a.id;
      this.v = { email: a.email ?? '', firstName: a.firstName, lastName: a.lastName, role: a.role, serviceIds: a.serviceIds ?? [] };
    }
  }

  private async submit(e: Event) {
    e.preventDefault();
    const isNew = this.route.id == 'nouveau';
    const v = { ...this.v, email: this.v.email.trim(), firstName: this.v.firstName.trim(), lastName: this.v.lastName.trim() };
    const errors: Record<string, string> = {};
    if (!v.firstName) errors.firstName = 'Indiquez le prénom.';
    if (!v.lastName) errors.lastName = 'Indiquez le nom.';
    if (isNew && v.role != 'intervenant' && !/^[^\s@]+@[^\s@]+\.[^\s@]+$/.test(v.email)) errors.email = 'Indiquez une adresse e-mail valide, par exemple nom@exemple.fr : l’invitation y sera envoyée.';
    if (this.invalid(errors)) return;
    const body: AgentInput = { firstName: v.firstName, lastName: v.lastName, role: v.role, serviceIds: v.serviceIds };
    if (isNew && v.role != 'intervenant') body.email = v.email;
    const ok = await this.save(async () => {
      if (isNew) await this.ctx.api.createAgent(this.org, body);
      else await this.ctx.api.updateAgent(this.org, this.route.id, { firstName: body.firstName, lastName: body.lastName, role: body.role, serviceIds: body.serviceIds });
    }, FIELDS, fieldOf);
    if (ok) {
      this.ctx.data.invalidate('agents');
      this.notice(isNew && body.email ? `${v.firstName} ${v.lastName} est invité(e) : un e-mail d’invitation est parti à ${body.email}.` : `${v.firstName} ${v.lastName} est enregistré(e).`);
      go(href(this.org, 'agents'));
    }
  }

  private destroy(a: Agent) {
    return this.listAction(() => this.ctx.api.removeAgent(this.org, a.id), () => {
      this.confirm = null;
      this.message = `${agentName(a)} ne fait plus partie de l’organisation.`;
      return this.data.run();
    });
  }

  private form(services: { id: string; name: string }[]) {
    const isNew = this.route.id == 'nouveau';
    if (!isNew && !this.edited) return alert('Cet agent est introuvable.');
    const v = this.v;
    // An intervenant (no account) cannot become an agent with a login, nor the reverse.
    const roles = isNew ? ROLES : this.edited!.role == 'intervenant' ? ROLES.filter((r) => r.value == 'intervenant') : ROLES.filter((r) => r.value != 'intervenant');
    return html`<form novalidate @submit=${this.submit}>
      ${errorSummary(this.errors, LABELS, () => this.shadowRoot, this.formError)}
      ${radios({ name: 'role', legend: 'Rôle dans l’organisation', value: v.role, options: roles, error: this.errors.role, onChange: (x) => (this.v = { ...this.v, role: x as Role }) })}
      ${isNew && v.role != 'intervenant'
        ? field({ name: 'email', label: 'Adresse e-mail', hint: 'L’agent y reçoit une invitation pour choisir son mot de passe.', type: 'email', autocomplete: 'off', required: true, value: v.email, error: this.errors.email, onInput: (x) => (this.v = { ...this.v, email: x }) })
        : !isNew && v.email
          ? html`<p>E-mail\u00a0: <strong>${v.email}</strong></p>`
          : nothing}
      <div class="cols">
        ${field({ name: 'firstName', label: 'Prénom', required: true, autocomplete: 'off', value: v.firstName, error: this.errors.firstName, onInput: (x) => (this.v = { ...this.v, firstName: x }) })}
        ${field({ name: 'lastName', label: 'Nom', required: true, autocomplete: 'off', value: v.lastName, error: this.errors.lastName, onInput: (x) => (this.v = { ...this.v, lastName: x }) })}
      </div>
      ${checkboxes({
        name: 'serviceIds',
        legend: 'Services',
        hint: 'Les services dans lesquels l’agent travaille : il voit les rendez-vous de leurs motifs.',
        values: v.serviceIds,
        options: services.map((s) => ({ value: s.id, label: s.name })),
        error: this.errors.serviceIds,
        empty: 'Aucun service disponible.',
        onToggle: (id, c) => (this.v = { ...this.v, serviceIds: c ? [...this.v.serviceIds.filter((x) => x != id), id] : this.v.serviceIds.filter((x) => x != id) }),
      })}
      <div class="actions">
        <button class="primary" ?disabled=${this.busy}>${isNew ? (v.role == 'intervenant' ? 'Ajouter l’intervenant' : 'Inviter l’agent') : 'Enregistrer'}</button>
        <a class="btn" href=${href(this.org, 'agents')}>Annuler</a>
      </div>
    </form>`;
  }

  private list(d: NonNullable<AgentsPage['data']['value']>) {
    const c = this.confirm;
    const services = (ids: string[]) => ids.map((id) => d.services.find((s) => s.id == id)?.name).filter(Boolean).join(', ') || '—';
    return html`${c
        ? html`<div class="alert error" id="confirm" tabindex="-1" role="group" aria-labelledby="confirm-t">
            <p id="confirm-t"><strong>Retirer ${agentName(c)} de l’organisation\u00a0?</strong> Son compte reste actif dans ses autres organisations.</p>
            <div class="actions">
              <button type="button" class="primary" @click=${() => this.destroy(c)}>Oui, retirer</button>
              <button type="button" @click=${() => (this.confirm = null)}>Non, garder</button>
            </div>
          </div>`
        : nothing}
      <div class="toolbar"><a class="btn primary" href=${href(this.org, 'agents', 'nouveau')}>Inviter un agent</a></div>
      <table>
        <caption>Agents de l’organisation (${d.agents.length})</caption>
        <thead>
          <tr><th scope="col">Nom</th><th scope="col">E-mail</th><th scope="col">Rôle</th><th scope="col">Services</th><th scope="col">Actions</th></tr>
        </thead>
        <tbody>
          ${d.agents.map(
            (a) => html`<tr>
              <th scope="row">${agentName(a)}</th>
              <td>${a.email ?? '—'}${a.invitationPending ? html`<br /><span class="tag">Invitation envoyée</span>` : nothing}</td>
              <td>${label(ROLES, a.role)}</td>
              <td>${services(a.serviceIds ?? [])}</td>
              <td>
                <div class="actions">
                  <a class="btn" href=${href(this.org, 'agents', a.id)} aria-label="Modifier ${agentName(a)}">Modifier</a>
                  ${a.id == this.ctx.me.id
                    ? nothing
                    : html`<button type="button" class="danger" aria-label="Retirer ${agentName(a)}" @click=${async () => {
                        this.confirm = a;
                        await this.updateComplete;
                        this.renderRoot.querySelector<HTMLElement>('#confirm')?.focus();
                      }}>Retirer</button>`}
                </div>
              </td>
            </tr>`
          )}
        </tbody>
      </table>`;
  }

  protected override render() {
    const id = this.route.id;
    return html`<section aria-busy=${this.data.status == TaskStatus.PENDING ? 'true' : 'false'}>
      ${id ? html`<p><a href=${href(this.org, 'agents')}>← Retour aux agents</a></p>` : nothing}
      <h1 tabindex="-1">${id == 'nouveau' ? 'Inviter un agent' : id ? 'Modifier l’agent' : 'Agents'}</h1>
      ${id ? nothing : html`<p>Les personnes qui reçoivent des rendez-vous ou gèrent l’organisation, et leur rôle.</p>`}
      <div role="status">${alert(this.message, 'ok')}</div>
      ${id ? nothing : html`<div role="alert">${alert(this.formError)}</div>`}
      ${this.data.render({ pending: () => html`<p>Chargement…</p>`, complete: (d) => (id ? this.form(d.services) : this.list(d)), error: (e) => alert(errorMessage(e)) })}
    </section>`;
  }
}
define('creneau-admin-agents', AgentsPage);

declare global {
  interface HTMLElementTagNameMap {
    'creneau-admin-agents': AgentsPage;
  }
}
