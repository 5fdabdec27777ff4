import { html, nothing } from 'lit';
import { state } from 'lit/decorators.js';
import { define } from '../../ui/define.js';
import { check, focusFirst } from '../../ui/field.js';
import { motifOf } from '../machine.js';
import { shell } from '../shell.js';
import { StepBase } from './base.js';

/** The motif's "instructions before": the usager must tick a box to go on. */
export class InstructionsStep extends StepBase {
  @state() accepted = false;
  @state() error = '';

  private submit(e: Event) {
    e.preventDefault();
    if (this.accepted) return this.c.dispatch({ type: 'accept' });
    this.error = this.c.t.instructionsRequired;
    this.c.announce(this.error, true);
    focusFirst(this, this);
  }

  protected override render() {
    const { s, t } = this.c;
    const m = motifOf(s)!;
    return shell(
      this.c,
      html`<p><strong>${m.name}</strong></p>
        <div class="alert"><p class="pre">${m.instructionsBefore}</p></div>
        <form novalidate @submit=${this.submit}>
          <div class="field" part="field">
            ${check({
              type: 'checkbox',
              name: 'accept',
              id: 'f-accept',
              label: t.instructionsAccept,
              checked: this.accepted,
              error: this.error,
              onChange: (v) => {
                this.accepted = v;
                if (v) this.error = '';
              },
            })}
            ${this.error ? html`<span class="err" id="f-accept-e" part="error">${this.error}</span>` : nothing}
          </div>
          <button class="primary" part="button primary">${t.next}</button>
        </form>`
    );
  }
}
define('creneau-instructions-step', InstructionsStep);
