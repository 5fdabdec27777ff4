import { html, nothing } from 'lit';
import { state } from 'lit/decorators.js';
import { ProblemError } from '../../api/client.js';
import type { PublicRdv } from '../../api/types.js';
import { define } from '../../ui/define.js';
import { alert, focusFirst } from '../../ui/field.js';
import { shell } from '../shell.js';
import { RdvStep } from './rdv-step.js';

/** Manage mode: the RDV, with cancel (after a confirmation) and move. */
export class ManageStep extends RdvStep {
  @state() confirming = false;
  @state() busy = false;
  @state() error = '';

  private async act(call: () => Promise<PublicRdv>, done: (r: PublicRdv) => void) {
    if (this.busy) return;
    this.busy = true;
    this.error = '';
    try {
      done(await call());
      this.confirming = false;
    } catch (e) {
      const code = (e as ProblemError).code;
      const text = this.c.fail(e) ?? '';
      if (code == 'creneau_indisponible' || code == 'complet') return this.c.dispatch({ type: 'conflict', code });
      this.error = text;
      this.c.announce(text, true);
    } finally {
      this.busy = false;
    }
  }

  private ask() {
    this.confirming = true;
    focusFirst(this, this, '#q');
  }

  protected override render() {
    const { s, t, f, api, dispatch } = this.c;
    const r = s.rdv!;
    const token = s.manageToken!;
    const status = t.status[r.status];
    const active = !status;
    const pending = s.pendingMove;
    const two = (q: string, yes: string, onYes: () => void, no: string, onNo: () => void) =>
      html`<div class="alert" role="group" aria-labelledby="q">
        <p id="q" tabindex="-1"><strong>${q}</strong></p>
        <div class="row">
          <button class="primary" part="button primary" ?disabled=${this.busy} @click=${onYes}>${yes}</button>
          <button part="button" @click=${onNo}>${no}</button>
        </div>
      </div>`;
    return shell(
      this.c,
      html`${status ? html`<p><strong>${status}</strong></p>` : nothing} ${this.summary(r)}
        ${active ? this.icsLink() : nothing} ${alert(this.error)}
        ${pending
          ? two(
              t.moveQuestion(f.full(pending)),
              t.moveYes,
              () => this.act(() => api.move(r.id, token, pending), (rdv) => dispatch({ type: 'moved', rdv })),
              t.moveOther,
              () => dispatch({ type: 'cancelMove' })
            )
          : this.confirming
          ? two(
              t.cancelQuestion,
              t.cancelYes,
              () => this.act(() => api.cancel(r.id, token), (rdv) => dispatch({ type: 'cancelled', rdv })),
              t.cancelNo,
              () => {
                this.confirming = false;
                focusFirst(this, this, '#cancel');
              }
            )
          : active && (r.movable || r.cancellable)
          ? html`<div class="row">
              ${r.movable ? html`<button part="button" @click=${() => dispatch({ type: 'move' })}>${t.move}</button>` : nothing}
              ${r.cancellable ? html`<button id="cancel" part="button" @click=${this.ask}>${t.cancel}</button>` : nothing}
            </div>`
          : nothing}`,
      false
    );
  }
}
define('creneau-manage-step', ManageStep);
