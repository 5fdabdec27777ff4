import { html, nothing } from 'lit';
import { state } from 'lit/decorators.js';
import { Task } from '@lit/task';
import type { Creneau, CreneauxResponse } from '../../api/types.js';
import { ProblemError } from '../../api/client.js';
import { errorText } from '../../i18n/index.js';
import { addDays } from '../../i18n/format.js';
import { define } from '../../ui/define.js';
import { alert } from '../../ui/field.js';
import { motifOf } from '../machine.js';
import { shell } from '../shell.js';
import { StepBase } from './base.js';
import { nextOf } from './motif-step.js';

/**
 * Step 3: the créneau. One week at a time: the days with free créneaux, then
 * the times of the chosen day. Also used (manage mode) to move a RDV.
 */
export class CreneauStep extends StepBase {
  /** First day of the week shown (YYYY-MM-DD). */
  @state() from = '';
  @state() day = '';

  private target() {
    const { s } = this.c;
    const r = s.mode == 'manage' ? s.rdv : undefined;
    const lieuId = r ? r.lieu?.id ?? null : s.lieuId ?? null;
    const lieu = r ? r.lieu : s.org?.lieux.find((l) => l.id == lieuId);
    return {
      motifId: r ? r.motif.id : s.motifId ?? '',
      lieuId,
      phone: lieu?.phone ?? (r ? r.organisation.phone : s.org?.phone) ?? null,
    };
  }

  private task = new Task(this, {
    task: async ([motifId, lieuId, from], { signal }) => {
      try {
        return await this.c.api.creneaux({ motifId, lieuId, from, to: addDays(from, 6) }, signal);
      } catch (e) {
        this.c.fail(e);
        throw e;
      }
    },
    args: () => [this.target().motifId, this.target().lieuId, this.from] as const,
  });

  protected override willUpdate() {
    if (this.from) return;
    // Start at the first availability when known (one tap less), never before today.
    const today = this.c.f.today();
    const m = motifOf(this.c.s);
    const next = m && nextOf(m, this.c.s.lieuId ?? undefined);
    const first = next ? this.c.f.ymd(next) : today;
    this.from = first > today ? first : today;
  }

  private go(from: string, day = '') {
    this.from = from;
    this.day = day;
    const { t, f } = this.c;
    this.c.announce(t.period(f.date(from), f.date(addDays(from, 6))));
  }

  private week(r: CreneauxResponse) {
    const { t, f } = this.c;
    const days = r.days.filter((d) => d.creneaux.length);
    if (!days.length) {
      const next = r.nextAvailableAt;
      const phone = this.target().phone;
      return html`<div class="alert" part="empty">
        <p>${next ? t.emptyWeek : t.noneAtAll}</p>
        ${next
          ? html`<button
              class="primary"
              part="button primary"
              @click=${() => {
                this.go(f.ymd(next), f.ymd(next));
                // this button disappears: keep the focus in the step
                (this.querySelector('h2') as HTMLElement).focus();
              }}
            >
              ${t.jump(f.day(next))}
            </button>`
          : phone
          ? html`<p>${t.callUs(phone)}</p>`
          : nothing}
      </div>`;
    }
    const sel = days.find((d) => d.date == this.day) ?? days[0];
    const pick = (c: Creneau) => this.c.dispatch({ type: 'creneau', startsAt: c.startsAt });
    return html`<h3 id="dl">${t.daysLegend}</h3>
      <ul class="days" aria-labelledby="dl">
        ${days.map(
          (d) => html`<li>
            <button class="choice" part="button day" aria-pressed=${d == sel} @click=${() => (this.day = d.date)}>
              <strong>${f.date(d.date)}</strong> ${t.count(d.creneaux.length)}
            </button>
          </li>`
        )}
      </ul>
      <h3 id="tl">${t.timesOf(f.date(sel.date))}</h3>
      <ul class="times" aria-labelledby="tl">
        ${sel.creneaux.map(
          (c) => html`<li>
            <button part="button creneau" aria-label=${f.at(c.startsAt)} @click=${() => pick(c)}>${f.time(c.startsAt)}</button>
          </li>`
        )}
      </ul>`;
  }

  protected override render() {
    const { t, f } = this.c;
    const from = this.from;
    const today = f.today();
    const prev = addDays(from, -7);
    return shell(
      this.c,
      html`<p part="period">${t.period(f.date(from), f.date(addDays(from, 6)))}</p>
        <div class="row">
          <button part="button" ?disabled=${from <= today} @click=${() => this.go(prev < today ? today : prev)}>${t.previous}</button>
          <button part="button" @click=${() => this.go(addDays(from, 7))}>${t.following}</button>
        </div>
        <div aria-busy=${this.task.status < 2 ? 'true' : 'false'}>
          ${this.task.render({
            pending: () => html`<p>${t.loading}</p>`,
            complete: (r) => this.week(r),
            error: (e) =>
              html`${alert(errorText(t, (e as ProblemError).code ?? 'unknown'))}
                <button part="button" @click=${() => this.task.run()}>${t.retry}</button>`,
          })}
        </div>`
    );
  }
}
define('creneau-creneau-step', CreneauStep);
