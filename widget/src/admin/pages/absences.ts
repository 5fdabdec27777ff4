import { html, nothing } from 'lit';
import { state } from 'lit/decorators.js';
import { Task, TaskStatus } from '@lit/task';
import { alert, field } from '../../ui/field.js';
import { define } from '../../ui/define.js';
import { today } from '../../i18n/format.js';
import { agentName } from '../context.js';
import { checkbox, errorSummary, radios, select } from '../controls.js';
import { AdminPage, errorMessage } from '../page.js';
import { frDay, frTime, occurrences, parseRrule, summary, toRrule, type Recurrence } from '../recurrence.js';
import { RECURRENCE_LABELS, alignToFirstDay, checkRecurrence, recurrenceEditor, recurrencePreview } from '../recurrence-editor.js';
import { go, href } from '../router.js';
import type { Absence, AbsenceInput, Agent } from '../types.js';

type Kind = 'once' | 'multi' | 'recurring';
const LABELS: Record<string, string> = {
  agentId: 'Agent',
  title: 'Motif de l’absence',
  firstDay: 'Premier jour',
  startTime: 'Début',
  endDay: 'Dernier jour',
  endTime: 'Fin',
  ...RECURRENCE_LABELS,
};
const FIELDS = Object.keys(LABELS);

/** « Du lundi 29 mars 2027 à 9 h au mardi 30 mars 2027 à 18 h » or the recurrence summary. */
export function absenceSummary(a: Pick<Absence, 'firstDay' | 'startTime' | 'endDay' | 'endTime' | 'recurrence'>): string {
  const s = a.startTime.slice(0, 5);
  const e = a.endTime.slice(0, 5);
  if (a.endDay != a.firstDay) return `Du ${frDay(a.firstDay)} à ${frTime(s)} au ${frDay(a.endDay)} à ${frTime(e)}`;
  return summary(parseRrule(a.recurrence, a.firstDay), a.firstDay, s, e);
}

/** Absences of one agent: one-off, over several days, or recurring. */
export class AbsencesPage extends AdminPage {
  @state() kind: Kind = 'once';
  @state() v = { agentId: '', title: '', firstDay: '', startTime: '09:00', endDay: '', endTime: '17:00', allDay: false };
  @state() recurrence: Recurrence = { freq: 'weekly', interval: 1, days: [], until: null };
  @state() confirm: Absence | null = null;
  @state() message = '';
  private filledFor = '';

  private data = new Task(this, {
    task: async ([ctx, wanted, id]) => {
      // Basic agents manage their own absences only (the API answers 403 otherwise).
      const agents = await ctx.data.agents();
      const edited = id && id != 'nouveau' ? await ctx.api.absence(ctx.org.id, id) : null;
      const agent = agents.find((a) => a.id == (edited?.agentId ?? wanted)) ?? agents.find((a) => a.id == ctx.me.id) ?? agents[0];
      const absences = !id && agent ? (await ctx.api.absences(ctx.org.id, agent.id)).filter((a) => a.agentId == agent.id) : [];
      return { agents, agent, absences, edited };
    },
    args: () => [this.ctx, this.route.query.get('agent') ?? '', this.route.id] as const,
  });

  override willUpdate() {
    const d = this.data.value;
    const key = this.route.id + (d?.agent?.id ?? '');
    if (!d || !this.route.id || this.filledFor == key) return;
    this.filledFor = key;
    const a = d.edited;
    const t = today(this.ctx.timezone);
    if (!a) {
      this.v = { ...this.v, agentId: d.agent?.id ?? '', firstDay: t, endDay: t };
      return;
    }
    const r = parseRrule(a.recurrence, a.firstDay);
    this.kind = a.endDay != a.firstDay ? 'multi' : r.freq != 'none' ? 'recurring' : 'once';
    if (r.freq != 'none') this.recurrence = r;
    const s = a.startTime.slice(0, 5);
    const e = a.endTime.slice(0, 5);
    this.v = { agentId: a.agentId, title: a.title ?? '', firstDay: a.firstDay, startTime: s, endDay: a.endDay, endTime: e, allDay: s == '00:00' && e == '23:59' };
  }

  private set(k: keyof AbsencesPage['v'], x: string | boolean) {
    this.v = { ...this.v, [k]: x };
    if (k == 'firstDay') {
      if (this.kind != 'multi' || this.v.endDay < (x as string)) this.v = { ...this.v, endDay: x as string };
      const r = this.recurrence;
      this.recurrence = r.freq == 'weekly' && !r.days.length ? parseRrule('FREQ=WEEKLY', x as string) : alignToFirstDay(r, x as string);
    }
  }

  private body(): AbsenceInput & { endDay: string } {
    const v = this.v;
    const times = v.allDay ? { startTime: '00:00', endTime: '23:59' } : { startTime: v.startTime, endTime: v.endTime };
    const r = this.recurrence;
    const recurring = this.kind == 'recurring' && r.freq != 'none';
    return {
      agentId: v.agentId,
      title: v.title.trim() || null,
      firstDay: v.firstDay,
      endDay: this.kind == 'multi' ? v.endDay : v.firstDay,
      ...times,
      recurrence: recurring ? toRrule(!r.until ? { ...r, until: null } : r) : null,
    };
  }

  private async submit(e: Event) {
    e.preventDefault();
    const b = this.body();
    const errors: Record<string, string> = this.kind == 'recurring' ? checkRecurrence(this.recurrence, b.firstDay) : {};
    if (!b.agentId) errors.agentId = 'Choisissez l’agent.';
    if (!/^\d{4}-\d{2}-\d{2}$/.test(b.firstDay)) errors.firstDay = 'Indiquez le premier jour.';
    if (this.kind == 'multi' && !(b.endDay > b.firstDay)) errors.endDay = 'Le dernier jour doit être après le premier jour.';
    if (this.kind != 'multi' && !(b.endTime > b.startTime)) errors.endTime = 'L’heure de fin doit être après l’heure de début.';
    if (this.invalid(errors)) return;
    const id = this.route.id;
    const ok = await this.save(async () => {
      if (id == 'nouveau') await this.ctx.api.createAbsence(this.org, b);
      else await this.ctx.api.updateAbsence(this.org, id, b);
    }, FIELDS);
    if (ok) {
      this.notice('L’absence est enregistrée : les créneaux de cette période ne sont plus proposés.');
      go(href(this.org, 'absences', '', { agent: b.agentId }));
    }
  }

  private destroy(a: Absence) {
    return this.listAction(() => this.ctx.api.deleteAbsence(this.org, a.id), () => {
      this.confirm = null;
      this.message = 'L’absence est supprimée.';
      return this.data.run();
    });
  }

  private form(all: Agent[]) {
    const v = this.v;
    const agents = this.ctx.isAdmin ? all : all.filter((a) => a.id == this.ctx.me.id);
    const t = today(this.ctx.timezone);
    return html`<form novalidate @submit=${this.submit}>
      ${errorSummary(this.errors, LABELS, () => this.shadowRoot, this.formError)}
      <div class="cols">
        ${select({ name: 'agentId', label: 'Agent', value: v.agentId, options: agents.map((a) => ({ value: a.id, label: agentName(a) })), error: this.errors.agentId, onChange: (x) => this.set('agentId', x) })}
        ${field({ name: 'title', label: 'Motif de l’absence (facultatif)', hint: 'Par exemple « Formation » ou « Congés ». Il n’est pas montré aux usagers.', value: v.title, error: this.errors.title, onInput: (x) => this.set('title', x) })}
      </div>
      ${radios({
        name: 'kind',
        legend: 'Type d’absence',
        value: this.kind,
        options: [
          { value: 'once', label: 'Une journée ou une partie de journée' },
          { value: 'multi', label: 'Plusieurs jours de suite', hint: 'Congés, formation sur plusieurs jours…' },
          { value: 'recurring', label: 'Qui se répète', hint: 'Par exemple une réunion d’équipe chaque jeudi matin.' },
        ],
        onChange: (x) => ((this.kind = x as Kind), this.kind != 'multi' && this.set('endDay', v.firstDay)),
      })}
      <div class="inline">
        ${field({ name: 'firstDay', label: this.kind == 'multi' ? 'Premier jour' : 'Jour', type: 'date', required: true, value: v.firstDay, error: this.errors.firstDay, onInput: (x) => this.set('firstDay', x) })}
        ${this.kind == 'multi' ? field({ name: 'endDay', label: 'Dernier jour', type: 'date', required: true, value: v.endDay, error: this.errors.endDay, onInput: (x) => this.set('endDay', x) }) : nothing}
      </div>
      ${this.kind != 'multi' ? checkbox({ name: 'allDay', label: 'Toute la journée', checked: v.allDay, onChange: (c) => this.set('allDay', c) }) : nothing}
      ${this.kind == 'multi' || !v.allDay
        ? html`<div class="inline">
            ${field({ name: 'startTime', label: this.kind == 'multi' ? 'Heure de début, le premier jour' : 'De', type: 'time', value: v.startTime, error: this.errors.startTime, onInput: (x) => this.set('startTime', x) })}
            ${field({ name: 'endTime', label: this.kind == 'multi' ? 'Heure de fin, le dernier jour' : 'À', type: 'time', value: v.endTime, error: this.errors.endTime, onInput: (x) => this.set('endTime', x) })}
          </div>`
        : nothing}
      ${this.kind == 'recurring'
        ? html`<div class="cols">
            <div>${recurrenceEditor({ value: this.recurrence, firstDay: v.firstDay, errors: this.errors, update: (f) => (this.recurrence = f(this.recurrence, this.v.firstDay)) })}</div>
            <div>${recurrencePreview(this.recurrence, v.firstDay, this.body().startTime, this.body().endTime, t)}</div>
          </div>`
        : html`<p class="card summary" aria-live="polite">${absenceSummary({ ...this.body(), recurrence: null })}</p>`}
      <div class="actions">
        <button class="primary" ?disabled=${this.busy}>${this.route.id == 'nouveau' ? 'Créer l’absence' : 'Enregistrer'}</button>
        <a class="btn" href=${href(this.org, 'absences', '', { agent: v.agentId })}>Annuler</a>
      </div>
    </form>`;
  }

  private isCurrent(a: Absence, t: string) {
    if (a.endDay >= t) return true;
    return occurrences(parseRrule(a.recurrence, a.firstDay), a.firstDay, { from: t, limit: 1 }).length > 0;
  }

  private list(d: NonNullable<AbsencesPage['data']['value']>) {
    const t = today(this.ctx.timezone);
    const items = d.absences.filter((a) => this.isCurrent(a, t)).sort((a, b) => (a.firstDay < b.firstDay ? -1 : 1));
    const c = this.confirm;
    const mine = this.ctx.isAdmin || d.agent?.id == this.ctx.me.id;
    return html`${d.agents.length > 1
        ? html`<div class="toolbar">${select({ name: 'agent', label: 'Agent', value: d.agent?.id ?? '', options: d.agents.map((a) => ({ value: a.id, label: agentName(a) })), onChange: (x) => go(href(this.org, 'absences', '', { agent: x })) })}</div>`
        : nothing}
      ${c
        ? html`<div class="alert error" id="confirm" tabindex="-1" role="group" aria-labelledby="confirm-t">
            <p id="confirm-t"><strong>Supprimer l’absence « ${absenceSummary(c)} »\u00a0?</strong> Les créneaux de cette période seront de nouveau proposés.</p>
            <div class="actions">
              <button type="button" class="primary" @click=${() => this.destroy(c)}>Oui, supprimer</button>
              <button type="button" @click=${() => (this.confirm = null)}>Non, garder</button>
            </div>
          </div>`
        : nothing}
      ${mine ? html`<div class="toolbar"><a class="btn primary" href=${href(this.org, 'absences', 'nouveau', { agent: d.agent?.id })}>Déclarer une absence</a></div>` : nothing}
      ${items.length
        ? html`<ul class="list" aria-label="Absences en cours et à venir de ${agentName(d.agent)}">
            ${items.map(
              (a) => html`<li class="card">
                <p><strong>${a.title || 'Absence'}</strong> — ${absenceSummary(a)}</p>
                ${mine ? html`<div class="actions">
                  <a class="btn" href=${href(this.org, 'absences', a.id)} aria-label="Modifier l’absence du ${frDay(a.firstDay)}">Modifier</a>
                  <button type="button" class="danger" aria-label="Supprimer l’absence du ${frDay(a.firstDay)}" @click=${async () => {
                    this.confirm = a;
                    await this.updateComplete;
                    this.renderRoot.querySelector<HTMLElement>('#confirm')?.focus();
                  }}>Supprimer</button>
                </div>` : nothing}
              </li>`
            )}
          </ul>`
        : html`<p class="empty">Aucune absence en cours ou à venir pour ${agentName(d.agent)}.</p>`}`;
  }

  protected override render() {
    const id = this.route.id;
    const title = id == 'nouveau' ? 'Déclarer une absence' : id ? 'Modifier l’absence' : 'Absences';
    return html`<section aria-busy=${this.data.status == TaskStatus.PENDING ? 'true' : 'false'}>
      ${id ? html`<p><a href=${href(this.org, 'absences', '', { agent: this.v.agentId || undefined })}>← Retour aux absences</a></p>` : nothing}
      <h1 tabindex="-1">${title}</h1>
      ${id ? nothing : html`<p>Pendant une absence, l’agent ne reçoit pas de rendez-vous, dans toutes ses organisations.</p>`}
      <div role="status">${alert(this.message, 'ok')}</div>
      ${id ? nothing : html`<div role="alert">${alert(this.formError)}</div>`}
      ${this.data.render({
        pending: () => html`<p>Chargement…</p>`,
        complete: (d) => (id ? this.form(d.agents) : this.list(d)),
        error: (e) => alert(errorMessage(e)),
      })}
    </section>`;
  }
}
define('creneau-admin-absences', AbsencesPage);

declare global {
  interface HTMLElementTagNameMap {
    'creneau-admin-absences': AbsencesPage;
  }
}
