import { html, nothing } from 'lit';
import { state } from 'lit/decorators.js';
import { Task, TaskStatus } from '@lit/task';
import { alert } from '../../ui/field.js';
import { define } from '../../ui/define.js';
import { today } from '../../i18n/format.js';
import { agentName } from '../context.js';
import { select } from '../controls.js';
import { AdminPage, errorMessage } from '../page.js';
import { frShortDay, occurrences, parseRrule, summary } from '../recurrence.js';
import { go, href } from '../router.js';
import type { Agent, Plage } from '../types.js';

/**
 * Plages d'ouverture of one agent, each with its plain-French summary, lieu, motifs and next
 * date; create, edit, delete (with a confirmation).
 */
export class PlagesPage extends AdminPage {
  @state() confirm: Plage | null = null;
  @state() message = '';

  private data = new Task(this, {
    task: async ([ctx, wanted]) => {
      const [agents, lieux, motifs] = await Promise.all([ctx.data.agents(), ctx.data.lieux(), ctx.data.motifs()]);
      const agent = agents.find((a) => a.id == wanted) ?? agents.find((a) => a.id == ctx.me.id) ?? agents[0];
      const plages = agent ? await ctx.api.plages(ctx.org.id, agent.id) : [];
      return { agents, agent, lieux, motifs, plages: plages.filter((p) => p.agentId == agent?.id) };
    },
    args: () => [this.ctx, this.route.query.get('agent') ?? ''] as const,
  });

  private destroy(p: Plage) {
    return this.listAction(() => this.ctx.api.deletePlage(this.org, p.id), () => {
      this.confirm = null;
      this.message = 'La plage d’ouverture est supprimée.';
      return this.data.run();
    });
  }

  /** Admins manage every agent's plages; basic agents only their own (the API enforces it). */
  private canEdit(agentId?: string) {
    return this.ctx.isAdmin || agentId == this.ctx.me.id;
  }

  private async ask(p: Plage) {
    this.confirm = p;
    await this.updateComplete;
    this.renderRoot.querySelector<HTMLElement>('#confirm')?.focus();
  }

  private card(p: Plage, d: NonNullable<PlagesPage['data']['value']>) {
    const r = parseRrule(p.recurrence, p.firstDay);
    const next = occurrences(r, p.firstDay, { from: today(this.ctx.timezone), limit: 1 })[0];
    const lieu = d.lieux.find((l) => l.id == p.lieuId);
    const name = p.title || summary(r, p.firstDay, '', '');
    return html`<li class="card">
      <h2>${p.title || summary(r, p.firstDay, p.startTime.slice(0, 5), p.endTime.slice(0, 5))}</h2>
      ${p.title ? html`<p class="summary">${summary(r, p.firstDay, p.startTime.slice(0, 5), p.endTime.slice(0, 5))}</p>` : nothing}
      <dl class="meta">
        <dt>Lieu</dt>
        <dd>${lieu ? lieu.name : p.lieuId ? 'Lieu désactivé' : 'Aucun (téléphone, domicile, visioconférence)'}</dd>
        <dt>Motifs</dt>
        <dd>${p.motifIds.map((id) => html`<span class="tag">${d.motifs.find((m) => m.id == id)?.name ?? 'Motif archivé'}</span>`)}</dd>
        <dt>Prochaine date</dt>
        <dd>${next ? frShortDay(next) : 'Aucune : cette plage est terminée.'}</dd>
      </dl>
      ${this.canEdit(p.agentId)
        ? html`<div class="actions">
            <a class="btn" href=${href(this.org, 'plages', p.id)} aria-label="Modifier la plage ${name}">Modifier</a>
            <button type="button" class="danger" aria-label="Supprimer la plage ${name}" @click=${() => this.ask(p)}>Supprimer</button>
          </div>`
        : nothing}
    </li>`;
  }

  private content(d: NonNullable<PlagesPage['data']['value']>) {
    const c = this.confirm;
    return html`${d.agents.length > 1
        ? html`<div class="toolbar">
            ${select({
              name: 'agent',
              label: 'Agent',
              value: d.agent?.id ?? '',
              options: d.agents.map((a: Agent) => ({ value: a.id, label: agentName(a) })),
              onChange: (x) => go(href(this.org, 'plages', '', { agent: x })),
            })}
          </div>`
        : nothing}
      ${c
        ? html`<div class="alert error" id="confirm" tabindex="-1" role="group" aria-labelledby="confirm-t">
            <p id="confirm-t"><strong>Supprimer cette plage d’ouverture\u00a0?</strong> Ses créneaux ne seront plus proposés. Les rendez-vous déjà pris sont gardés.</p>
            <div class="actions">
              <button type="button" class="primary" @click=${() => this.destroy(c)}>Oui, supprimer</button>
              <button type="button" @click=${() => (this.confirm = null)}>Non, garder</button>
            </div>
          </div>`
        : nothing}
      ${this.canEdit(d.agent?.id)
        ? html`<div class="toolbar">
            <a class="btn primary" href=${href(this.org, 'plages', 'nouveau', { agent: d.agent?.id })}>Créer une plage d’ouverture</a>
          </div>`
        : nothing}
      ${d.plages.length
        ? html`<ul class="list" aria-label="Plages d’ouverture de ${agentName(d.agent)}">
            ${d.plages.map((p) => this.card(p, d))}
          </ul>`
        : html`<p class="empty">${agentName(d.agent)} n’a aucune plage d’ouverture.</p>`}`;
  }

  protected override render() {
    return html`<section aria-busy=${this.data.status == TaskStatus.PENDING ? 'true' : 'false'}>
      <h1 tabindex="-1">Plages d’ouverture</h1>
      <p>Les moments où un agent reçoit des rendez-vous, ponctuels ou répétés. Les créneaux proposés aux usagers en découlent, moins les absences, les jours fériés et les rendez-vous déjà pris.</p>
      <div role="status">${alert(this.message, 'ok')}</div>
      <div role="alert">${alert(this.formError)}</div>
      ${this.data.render({ pending: () => html`<p>Chargement…</p>`, complete: (d) => this.content(d), error: (e) => alert(errorMessage(e)) })}
    </section>`;
  }
}
define('creneau-admin-plages', PlagesPage);

declare global {
  interface HTMLElementTagNameMap {
    'creneau-admin-plages': PlagesPage;
  }
}
