import { html, nothing } from 'lit';
import { query, state } from 'lit/decorators.js';
import { Task, TaskStatus } from '@lit/task';
import { alert } from '../../ui/field.js';
import { define } from '../../ui/define.js';
import { today } from '../../i18n/format.js';
import { buildWeek, wallDate, type AgendaDay, type AgendaItem } from '../agenda-model.js';
import { agentName } from '../context.js';
import { select } from '../controls.js';
import { AdminPage, errorMessage } from '../page.js';
import { addDays, frDate, frShortDay, frTime, mondayOf } from '../recurrence.js';
import { go, href } from '../router.js';
import type { Agent, Lieu, Rdv } from '../types.js';
import './rdv-dialog.js';
import { statusLabel, type RdvDialog } from './rdv-dialog.js';

const ALL = 'tous';

/**
 * The week of one agent (or of all agents, for admins) as a list by day: RDVs, plages and
 * absences. A RDV opens in a dialog (status, notifications sent). `?rdv=<id>` (the link of the
 * agents' e-mails) opens the week of that RDV with its dialog.
 */
export class AgendaPage extends AdminPage {
  @query('creneau-admin-rdv') private dialog!: RdvDialog;
  @state() private linkError = '';
  private locating = false;
  private opened = '';

  private get week() {
    const w = this.route.query.get('semaine');
    return mondayOf(w && /^\d{4}-\d{2}-\d{2}$/.test(w) ? w : today(this.ctx.timezone));
  }

  private data = new Task(this, {
    task: async ([ctx, wanted, monday], { signal }) => {
      const [agents, lieux] = await Promise.all([ctx.data.agents(), ctx.data.lieux()]);
      const self = agents.find((a) => a.id == ctx.me.id);
      const agentId = wanted == ALL || (!wanted && ctx.isAdmin) ? '' : agents.find((a) => a.id == wanted)?.id ?? self?.id ?? agents[0]?.id ?? '';
      const sunday = addDays(monday, 6);
      const optional = <T>(p: Promise<T[]>) => p.catch(() => [] as T[]);
      const [rdvs, plages, absences] = await Promise.all([
        ctx.api.rdvs(ctx.org.id, { from: monday, to: sunday, agentId: agentId || undefined }, signal),
        optional(ctx.api.plages(ctx.org.id, agentId || undefined)),
        optional(ctx.api.absences(ctx.org.id, agentId || undefined)),
      ]);
      const mine = <T extends { agentId: string }>(l: T[]) => (agentId ? l.filter((x) => x.agentId == agentId) : l);
      return { agents, lieux, agentId, days: buildWeek(monday, ctx.timezone, { rdvs, plages: mine(plages), absences: mine(absences) }) };
    },
    args: () => [this.ctx, this.route.query.get('agent') ?? '', this.week] as const,
  });

  private goto(q: { agent?: string; semaine?: string }) {
    const agent = q.agent ?? this.route.query.get('agent') ?? undefined;
    go(href(this.org, 'agenda', '', { agent, semaine: q.semaine ?? this.route.query.get('semaine') ?? undefined }));
  }

  protected override updated() {
    const id = this.route.query.get('rdv');
    if (!id || this.opened == id) return;
    if (!this.route.query.get('semaine')) {
      if (!this.locating) void this.showWeekOf(id);
      this.locating = true;
      return;
    }
    if (this.data.status != TaskStatus.COMPLETE || !this.data.value) return;
    this.opened = id;
    const item = this.data.value.days.flatMap((d) => d.items).find((i) => i.kind == 'rdv' && i.rdv.id == id);
    if (item?.kind == 'rdv') void this.dialog.open(item.rdv, null);
  }

  /** A link without its week: find the RDV's day, then show that week (the dialog opens there). */
  private async showWeekOf(id: string) {
    try {
      const rdv = await this.ctx.api.rdv(this.org, id);
      const agent = this.route.query.get('agent') ?? (rdv.agentIds.includes(this.ctx.me.id) ? this.ctx.me.id : this.ctx.isAdmin ? ALL : undefined);
      history.replaceState(null, '', href(this.org, 'agenda', '', { agent, semaine: wallDate(rdv.startsAt, this.ctx.timezone), rdv: id }));
      window.dispatchEvent(new HashChangeEvent('hashchange'));
    } catch (e) {
      this.linkError = `Ce rendez-vous est introuvable : ${errorMessage(e)}`;
    }
  }

  private onUpdated(e: CustomEvent<Rdv>) {
    const d = this.data.value;
    if (!d) return;
    for (const day of d.days) for (const it of day.items) if (it.kind == 'rdv' && it.rdv.id == e.detail.id) it.rdv = e.detail;
    this.requestUpdate();
  }

  private item(it: AgendaItem, agents: Agent[], lieux: Lieu[], all: boolean) {
    const hours = `${frTime(it.start)} – ${frTime(it.end)}`;
    const who = (id: string) => (all ? ` · ${agentName(agents.find((a) => a.id == id))}` : '');
    if (it.kind == 'plage') {
      const lieu = lieux.find((l) => l.id == it.plage.lieuId);
      return html`<li class="card muted-item"><span class="tag">Plage</span> ${hours}${it.plage.title ? ` · ${it.plage.title}` : ''}${lieu ? ` · ${lieu.name}` : ''}${who(it.plage.agentId)}</li>`;
    }
    if (it.kind == 'absence') {
      return html`<li class="card absence"><span class="tag">Absence</span> ${hours}${it.absence.title ? ` · ${it.absence.title}` : ''}${who(it.absence.agentId)}</li>`;
    }
    const r = it.rdv;
    const people = r.participations.map((p) => `${p.firstName} ${p.lastName}`).join(', ') || (r.collectif ? r.name ?? 'Séance collective' : '');
    const agentsOf = all ? ` · avec ${r.agentIds.map((id) => agentName(agents.find((a) => a.id == id))).join(', ')}` : '';
    return html`<li>
      <button type="button" class="choice rdv" @click=${(e: Event) => this.dialog.open(r, e.currentTarget as HTMLElement)}>
        <strong>${hours} · ${r.motifName}</strong>
        ${people}${agentsOf} · <em>${statusLabel(r)}</em>
      </button>
    </li>`;
  }

  private day(d: AgendaDay, agents: Agent[], lieux: Lieu[], all: boolean) {
    const weekend = d.date >= addDays(this.week, 5);
    if (weekend && !d.items.length) return nothing;
    const rdvs = d.items.filter((i) => i.kind == 'rdv').length;
    return html`<section class="day" aria-labelledby=${'d-' + d.date}>
      <h2 id=${'d-' + d.date}>${frShortDay(d.date)} <span class="muted">· ${rdvs ? `${rdvs} rendez-vous` : 'aucun rendez-vous'}</span></h2>
      ${d.items.length ? html`<ul class="list">${d.items.map((it) => this.item(it, agents, lieux, all))}</ul>` : html`<p class="empty">Rien ce jour-là.</p>`}
    </section>`;
  }

  private content(d: NonNullable<AgendaPage['data']['value']>) {
    const all = !d.agentId;
    return html`${d.days.map((day) => this.day(day, d.agents, d.lieux, all))}
      <creneau-admin-rdv .ctx=${this.ctx} .route=${this.route} .agents=${d.agents} .lieux=${d.lieux} @rdv-updated=${this.onUpdated}></creneau-admin-rdv>`;
  }

  protected override render() {
    const monday = this.week;
    const d = this.data.value;
    const agentValue = d ? d.agentId || ALL : this.route.query.get('agent') ?? '';
    return html`<section aria-busy=${this.data.status == TaskStatus.PENDING ? 'true' : 'false'}>
      <h1 tabindex="-1">Agenda</h1>
      <div class="toolbar">
        ${d && (d.agents.length > 1 || this.ctx.isAdmin)
          ? select({
              name: 'agent',
              label: 'Agenda de',
              value: agentValue,
              options: [...(this.ctx.isAdmin ? [{ value: ALL, label: 'Tous les agents' }] : []), ...d.agents.map((a) => ({ value: a.id, label: agentName(a) }))],
              onChange: (x) => this.goto({ agent: x }),
            })
          : nothing}
        <span class="grow"></span>
        <a class="btn primary" href=${href(this.org, 'agenda', 'rendez-vous', { agent: d?.agentId || undefined })}>Prendre un rendez-vous</a>
      </div>
      <div class="toolbar" role="group" aria-label="Choix de la semaine">
        <button type="button" @click=${() => this.goto({ semaine: addDays(monday, -7) })}>← Semaine précédente</button>
        <button type="button" @click=${() => this.goto({ semaine: today(this.ctx.timezone) })}>Cette semaine</button>
        <button type="button" @click=${() => this.goto({ semaine: addDays(monday, 7) })}>Semaine suivante →</button>
      </div>
      ${this.linkError ? alert(this.linkError) : nothing}
      <p class="summary" aria-live="polite">Semaine du ${frShortDay(monday)} au ${frDate(addDays(monday, 6))}</p>
      ${this.data.render({ pending: () => html`<p>Chargement…</p>`, complete: (x) => this.content(x), error: (e) => alert(errorMessage(e)) })}
    </section>`;
  }
}
define('creneau-admin-agenda', AgendaPage);

declare global {
  interface HTMLElementTagNameMap {
    'creneau-admin-agenda': AgendaPage;
  }
}
