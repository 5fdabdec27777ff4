/**
 * Form controls of the admin, beside ui/field.ts's text input: select, textarea,
 * checkbox, radio group and the error summary. Same conventions: label, hint and error
 * in the caller's shadow root, ids `f-<name>`, errors linked with aria-describedby and
 * flagged with aria-invalid, never colour alone.
 */
import { html, nothing } from 'lit';

const describedBy = (id: string, hint?: string, error?: string) =>
  [hint && id + '-h', error && id + '-e'].filter(Boolean).join(' ') || nothing;
const hintOf = (id: string, hint?: string) => (hint ? html`<span class="hint" id=${id + '-h'}>${hint}</span>` : nothing);
const errorOf = (id: string, error?: string) => (error ? html`<span class="err" id=${id + '-e'}>${error}</span>` : nothing);

export interface Option {
  value: string;
  label: string;
  hint?: string;
}

export function select(o: {
  name: string;
  label: string;
  value: string;
  options: Option[];
  onChange: (v: string) => void;
  hint?: string;
  error?: string;
  required?: boolean;
}) {
  const id = 'f-' + o.name;
  return html`<div class="field">
    <label for=${id}>${o.label}</label>
    ${hintOf(id, o.hint)}
    <select
      id=${id}
      name=${o.name}
      ?required=${o.required}
      aria-invalid=${o.error ? 'true' : nothing}
      aria-describedby=${describedBy(id, o.hint, o.error)}
      @change=${(e: Event) => o.onChange((e.target as HTMLSelectElement).value)}
    >
      ${o.options.map((x) => html`<option value=${x.value} ?selected=${x.value == o.value}>${x.label}</option>`)}
    </select>
    ${errorOf(id, o.error)}
  </div>`;
}

export function textarea(o: {
  name: string;
  label: string;
  value: string;
  onInput: (v: string) => void;
  hint?: string;
  error?: string;
  maxlength?: number;
}) {
  const id = 'f-' + o.name;
  return html`<div class="field">
    <label for=${id}>${o.label}</label>
    ${hintOf(id, o.hint)}
    <textarea
      id=${id}
      name=${o.name}
      maxlength=${o.maxlength ?? nothing}
      aria-invalid=${o.error ? 'true' : nothing}
      aria-describedby=${describedBy(id, o.hint, o.error)}
      .value=${o.value}
      @input=${(e: Event) => o.onInput((e.target as HTMLTextAreaElement).value)}
    ></textarea>
    ${errorOf(id, o.error)}
  </div>`;
}

/** A checkbox (or a radio with `type`) with its hint under the label. */
export function checkbox(o: {
  name: string;
  label: string;
  checked: boolean;
  onChange: (checked: boolean) => void;
  hint?: string;
  error?: string;
  id?: string;
  type?: 'checkbox' | 'radio';
  value?: string;
  /** In a group: flagged invalid, described by the group's error (shown once, by the group). */
  groupError?: string;
}) {
  const id = o.id ?? 'f-' + o.name;
  const desc = [o.hint && id + '-h', o.error && id + '-e', o.groupError].filter(Boolean).join(' ') || nothing;
  return html`<div class="field">
    <label class="check" for=${id}>
      <input
        type=${o.type ?? 'checkbox'}
        id=${id}
        name=${o.name}
        value=${o.value ?? nothing}
        .checked=${o.checked}
        aria-invalid=${o.error || o.groupError ? 'true' : nothing}
        aria-describedby=${desc}
        @change=${(e: Event) => o.onChange((e.target as HTMLInputElement).checked)}
      />
      ${o.label}</label
    >
    ${o.hint ? html`<span class="hint check-hint" id=${id + '-h'}>${o.hint}</span>` : nothing} ${errorOf(id, o.error)}
  </div>`;
}

/** Radios in a fieldset; the error goes after the legend, the first radio carries `f-<name>` (summary links). */
export function radios(o: {
  name: string;
  legend: string;
  value: string;
  options: Option[];
  onChange: (v: string) => void;
  hint?: string;
  error?: string;
}) {
  const id = 'f-' + o.name;
  const g = id + '-g';
  return html`<fieldset class="group" aria-describedby=${describedBy(g, o.hint, o.error)}>
    <legend>${o.legend}</legend>
    ${hintOf(g, o.hint)} ${errorOf(g, o.error)}
    ${o.options.map((x, i) =>
      checkbox({
        type: 'radio',
        name: o.name,
        id: i ? `${id}-${i}` : id,
        value: x.value,
        label: x.label,
        hint: x.hint,
        checked: x.value == o.value,
        groupError: i == 0 && o.error ? g + '-e' : undefined,
        onChange: (c) => c && o.onChange(x.value),
      })
    )}
  </fieldset>`;
}

/** Checkboxes for a set of ids. */
export function checkboxes(o: {
  name: string;
  legend: string;
  values: string[];
  options: Option[];
  /** One box changed (callers update their current list: no stale copy). */
  onToggle: (value: string, checked: boolean) => void;
  hint?: string;
  error?: string;
  empty?: string;
  /** Short labels side by side (days of the week). */
  inline?: boolean;
}) {
  const id = 'f-' + o.name;
  const g = id + '-g';
  return html`<fieldset class="group ${o.inline ? 'inline-choices' : ''}" aria-describedby=${describedBy(g, o.hint, o.error)}>
    <legend>${o.legend}</legend>
    ${hintOf(g, o.hint)} ${errorOf(g, o.error)}
    ${o.options.length ? nothing : html`<p class="empty">${o.empty ?? 'Aucun choix possible.'}</p>`}
    ${o.options.map((x, i) =>
      checkbox({
        name: o.name,
        id: i ? `${id}-${i}` : id,
        value: x.value,
        label: x.label,
        hint: x.hint,
        checked: o.values.includes(x.value),
        groupError: i == 0 && o.error ? g + '-e' : undefined,
        onChange: (c) => o.onToggle(x.value, c),
      })
    )}
  </fieldset>`;
}

/**
 * The summary shown above a form after a failed submit: focusable, it lists each error
 * with a link that moves focus to the field (without touching the hash router).
 */
export function errorSummary(errors: Record<string, string>, labels: Record<string, string>, root: () => ShadowRoot | null, general = '') {
  const entries = Object.entries(errors);
  if (!entries.length && !general) return nothing;
  const n = entries.length;
  const focus = (e: Event, name: string) => {
    e.preventDefault();
    root()?.getElementById('f-' + name)?.focus();
  };
  return html`<div class="alert error" id="summary" tabindex="-1" role="group" aria-labelledby="summary-t">
    <p id="summary-t"><strong>${general || `Le formulaire contient ${n} ${n > 1 ? 'erreurs' : 'erreur'}.`}</strong></p>
    ${n
      ? html`<ul>
          ${entries.map(
            ([k, v]) => html`<li><a href=${'#f-' + k} @click=${(e: Event) => focus(e, k)}>${labels[k] ? labels[k] + '\u00a0: ' : ''}${v}</a></li>`
          )}
        </ul>`
      : nothing}
  </div>`;
}
