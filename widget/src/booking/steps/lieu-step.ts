import { html } from 'lit';
import { define } from '../../ui/define.js';
import { lieuxOf, motifOf } from '../machine.js';
import { shell } from '../shell.js';
import { StepBase } from './base.js';
import { nextOf } from './motif-step.js';

/** Step 2: the lieu, with its address and next availability. */
export class LieuStep extends StepBase {
  protected override render() {
    const { s, t, f } = this.c;
    const m = motifOf(s)!;
    return shell(
      this.c,
      html`<p><strong>${m.name}</strong></p>
        <ul>
          ${lieuxOf(s, m).map((l) => {
            const next = nextOf(m, l.id);
            return html`<li>
              <button class="choice" part="button choice" @click=${() => this.c.dispatch({ type: 'lieu', lieuId: l.id })}>
                <strong>${l.name}</strong>
                ${l.address}<br />
                ${next ? t.nextAvailable(f.day(next)) : t.noAvailability}
              </button>
            </li>`;
          })}
        </ul>`
    );
  }
}
define('creneau-lieu-step', LieuStep);
