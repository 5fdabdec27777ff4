import { html, nothing, type TemplateResult } from 'lit';
import { alert } from '../ui/field.js';
import { titleOf, type BookingContext } from './context.js';

const OK = ['cancelled', 'moved'];

/**
 * The frame of every step: progress, the focusable heading, the current
 * notice, the body and the back button.
 */
export function shell(c: BookingContext, body: unknown, back = true): TemplateResult {
  const { s, t, progress } = c;
  const n = s.notice;
  const canBack = back && (s.mode == 'manage' ? s.step != 'manage' : progress.index > 1);
  return html`<section part="step" aria-labelledby="h">
    ${progress.index ? html`<p class="muted" part="progress">${t.step(progress.index, progress.total)}</p>` : nothing}
    <h2 id="h" tabindex="-1" part="heading">${titleOf(s, t)}</h2>
    ${n ? alert(OK.includes(n) ? t.notice[n] : t.errors[n] ?? t.errors.unknown, OK.includes(n) ? 'ok' : 'error') : nothing}
    ${body}
    ${canBack
      ? html`<p><button type="button" part="button back" @click=${() => c.dispatch({ type: 'back' })}>${t.back}</button></p>`
      : nothing}
  </section>`;
}
