/**
 * The recurrence editor of plages d'ouverture and absences, as template functions rendered in
 * the form's own shadow root (labels, hints and errors stay together): one-off, every N weeks
 * on chosen days, monthly on the n-th weekday of the first day, until a date. Beside it, a
 * plain-French summary and the next dates, computed here (recurrence.ts).
 */
import { html, nothing } from 'lit';
import { field } from '../ui/field.js';
import { checkbox, checkboxes, radios, select } from './controls.js';
import {
  WEEKDAYS,
  WEEKDAY_NAMES,
  frShortDay,
  frTime,
  isLastOfMonth,
  nthOf,
  occurrences,
  ordinal,
  summary,
  weekdayOf,
  type Recurrence,
} from './recurrence.js';

export const RECURRENCE_LABELS: Record<string, string> = {
  recurrence: 'Répétition',
  recurrenceDays: 'Jours',
  recurrenceUntil: 'Dernier jour',
};

/** Keep a monthly rule on the weekday of the first day (as the API expands it). */
export function alignToFirstDay(r: Recurrence, firstDay: string): Recurrence {
  if (r.freq != 'monthly' || !/^\d{4}-\d{2}-\d{2}$/.test(firstDay)) return r;
  const nth = r.nth < 0 && isLastOfMonth(firstDay) ? -1 : nthOf(firstDay);
  return { ...r, nth, day: weekdayOf(firstDay) };
}

/** Client checks; keys are field names of the editor. */
export function checkRecurrence(r: Recurrence, firstDay: string): Record<string, string> {
  const e: Record<string, string> = {};
  if (r.freq == 'weekly' && !r.days.length) e.recurrenceDays = 'Cochez au moins un jour.';
  if (r.freq != 'none' && r.until && r.until <= firstDay) e.recurrenceUntil = 'Le dernier jour doit être après le premier jour.';
  return e;
}

export function recurrenceEditor(o: {
  value: Recurrence;
  firstDay: string;
  errors: Record<string, string>;
  /** Receives an updater applied to the current rule and first day (never a stale copy). */
  update: (f: (r: Recurrence, firstDay: string) => Recurrence) => void;
  /** Absences over several days cannot repeat. */
  disabledReason?: string;
}) {
  const r = o.value;
  const ok = /^\d{4}-\d{2}-\d{2}$/.test(o.firstDay);
  const day = ok ? weekdayOf(o.firstDay) : 'MO';
  const set = (freq: string) =>
    o.update((r, firstDay) => {
      if (freq == 'none') return { freq: 'none' };
      const until = r.freq != 'none' ? r.until : null;
      const interval = r.freq != 'none' ? r.interval : 1;
      const first = /^\d{4}-\d{2}-\d{2}$/.test(firstDay) ? weekdayOf(firstDay) : 'MO';
      if (freq == 'weekly') return { freq: 'weekly', interval, days: r.freq == 'weekly' && r.days.length ? r.days : [first], until };
      return alignToFirstDay({ freq: 'monthly', interval, nth: 1, day: first, until }, firstDay);
    });
  /** Change fields of a repeating rule. */
  const patch = (p: Partial<{ interval: number; nth: number; until: string | null }>) =>
    o.update((r) => (r.freq == 'none' ? r : ({ ...r, ...p } as Recurrence)));
  if (o.disabledReason) return html`<p class="hint">${o.disabledReason}</p>`;
  const n = ok ? nthOf(o.firstDay) : 1;
  return html`${radios({
      name: 'recurrence',
      legend: 'Répétition',
      value: r.freq,
      error: o.errors.recurrence,
      options: [
        { value: 'none', label: 'Une seule fois' },
        { value: 'weekly', label: 'Chaque semaine ou toutes les N semaines', hint: 'Les jours de votre choix.' },
        {
          value: 'monthly',
          label: 'Chaque mois, le même jour de la semaine',
          hint: ok ? `Par exemple le ${ordinal(n)} ${WEEKDAY_NAMES[day]} du mois, d’après le premier jour.` : 'D’après le premier jour.',
        },
      ],
      onChange: set,
    })}
    ${r.freq == 'weekly'
      ? html`${select({
          name: 'recurrenceInterval',
          label: 'Fréquence',
          value: String(r.interval),
          options: [1, 2, 3, 4, 5].map((i) => ({ value: String(i), label: i == 1 ? 'Chaque semaine' : `Toutes les ${i} semaines` })),
          onChange: (x) => patch({ interval: +x }),
        })}
        ${checkboxes({
          name: 'recurrenceDays',
          legend: 'Les jours',
          inline: true,
          values: r.days,
          error: o.errors.recurrenceDays,
          options: WEEKDAYS.map((d) => ({ value: d, label: WEEKDAY_NAMES[d] })),
          onToggle: (d, c) => o.update((r) => (r.freq == 'weekly' ? { ...r, days: WEEKDAYS.filter((x) => (x == d ? c : r.days.includes(x))) } : r)),
        })}`
      : nothing}
    ${r.freq == 'monthly'
      ? html`${select({
          name: 'recurrenceInterval',
          label: 'Fréquence',
          value: String(r.interval),
          options: [1, 2, 3, 4, 5, 6].map((i) => ({ value: String(i), label: i == 1 ? 'Chaque mois' : `Tous les ${i} mois` })),
          onChange: (x) => patch({ interval: +x }),
        })}
        ${ok && isLastOfMonth(o.firstDay)
          ? radios({
              name: 'recurrenceNth',
              legend: 'Quel jour du mois\u00a0?',
              value: String(r.nth),
              options: [
                { value: String(n), label: `Le ${ordinal(n)} ${WEEKDAY_NAMES[day]} du mois` },
                { value: '-1', label: `Le dernier ${WEEKDAY_NAMES[day]} du mois` },
              ],
              onChange: (x) => patch({ nth: +x }),
            })
          : html`<p>Le ${ordinal(r.nth)} ${WEEKDAY_NAMES[r.day]} du mois.</p>`}`
      : nothing}
    ${r.freq != 'none'
      ? html`${checkbox({
          name: 'recurrenceHasUntil',
          label: 'Jusqu’à une date',
          hint: 'Sinon, la répétition continue sans fin.',
          checked: r.until != null,
          onChange: (c) => patch({ until: c ? '' : null }),
        })}
        ${r.until != null
          ? field({
              name: 'recurrenceUntil',
              label: 'Dernier jour',
              type: 'date',
              hint: 'Compris.',
              value: r.until,
              error: o.errors.recurrenceUntil,
              onInput: (x) => patch({ until: x }),
            })
          : nothing}`
      : nothing}`;
}

/** The plain-French summary and the next dates. */
export function recurrencePreview(r: Recurrence, firstDay: string, startTime: string, endTime: string, today: string) {
  if (!/^\d{4}-\d{2}-\d{2}$/.test(firstDay)) return html`<div class="card" aria-live="polite"><p>Choisissez le premier jour.</p></div>`;
  const rule = r.freq != 'none' && r.until === '' ? { ...r, until: null } : r;
  const next = occurrences(rule, firstDay, { from: today, limit: 6 });
  const hours = startTime && endTime ? `, ${frTime(startTime)} – ${frTime(endTime)}` : '';
  return html`<div class="card" aria-live="polite">
    <p class="summary" id="recurrence-summary">${summary(rule, firstDay, startTime, endTime)}</p>
    <p id="next-t">${next.length ? 'Prochaines dates\u00a0:' : 'Aucune date à venir.'}</p>
    ${next.length
      ? html`<ul aria-labelledby="next-t" class="next">
          ${next.map((d) => html`<li>${frShortDay(d)}${hours}</li>`)}
        </ul>`
      : nothing}
  </div>`;
}
