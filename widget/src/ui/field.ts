import { html, nothing } from 'lit';

export interface FieldOptions {
  name: string;
  label: string;
  value: string;
  onInput: (value: string) => void;
  type?: string;
  hint?: string;
  error?: string;
  required?: boolean;
  autocomplete?: string;
  inputmode?: string;
  maxlength?: number;
}

/**
 * A labelled input with its hint and error in the same shadow root:
 * the error is linked with aria-describedby and flagged with aria-invalid.
 * Ids are deterministic (`f-<name>`): one form is shown at a time.
 */
export function field(o: FieldOptions) {
  const id = 'f-' + o.name;
  const desc = [o.hint && id + '-h', o.error && id + '-e'].filter(Boolean).join(' ');
  return html`<div class="field" part="field">
    <label for=${id} part="label">${o.label}</label>
    ${o.hint ? html`<span class="hint" id=${id + '-h'}>${o.hint}</span>` : nothing}
    <input
      id=${id}
      name=${o.name}
      part="input"
      type=${o.type ?? 'text'}
      .value=${o.value}
      ?required=${o.required}
      autocomplete=${o.autocomplete ?? nothing}
      inputmode=${o.inputmode ?? nothing}
      maxlength=${o.maxlength ?? nothing}
      aria-invalid=${o.error ? 'true' : nothing}
      aria-describedby=${desc || nothing}
      @input=${(e: Event) => o.onInput((e.target as HTMLInputElement).value)}
    />
    ${o.error ? html`<span class="err" id=${id + '-e'} part="error">${o.error}</span>` : nothing}
  </div>`;
}

/** A radio or checkbox with a 44 px tall label. */
export function check(o: {
  name: string;
  id: string;
  label: string;
  checked: boolean;
  onChange: (checked: boolean) => void;
  type?: 'radio' | 'checkbox';
  error?: string;
}) {
  return html`<label class="check" for=${o.id}>
    <input
      type=${o.type ?? 'radio'}
      id=${o.id}
      name=${o.name}
      part="input"
      .checked=${o.checked}
      aria-invalid=${o.error ? 'true' : nothing}
      aria-describedby=${o.error ? o.id + '-e' : nothing}
      @change=${(e: Event) => o.onChange((e.target as HTMLInputElement).checked)}
    />
    ${o.label}</label
  >`;
}

/** A message box. Announcing is done by the root's live regions. */
export const alert = (text: string | undefined, kind: 'error' | 'ok' | '' = 'error') =>
  text ? html`<div class="alert ${kind}" part=${kind == 'error' ? 'error' : 'alert'}><p>${text}</p></div>` : nothing;

/** Focus the first invalid control (or a selector) inside `root` after render. */
export async function focusFirst(host: { updateComplete: Promise<unknown> }, root: ParentNode, selector = '[aria-invalid=true]') {
  await host.updateComplete;
  (root.querySelector(selector) as HTMLElement | null)?.focus();
}
