import { html } from 'lit';
import { define } from '../../ui/define.js';
import { shell } from '../shell.js';
import { RdvStep } from './rdv-step.js';

/** The manage link: this page, with the RDV id and its token in the fragment (never sent to a server). */
export const manageLink = (rdvId: string, token: string) =>
  location.href.split('#')[0] + '#rdv=' + encodeURIComponent(rdvId) + '&token=' + encodeURIComponent(token);

/** Step 6: the RDV is booked. */
export class ConfirmationStep extends RdvStep {
  protected override render() {
    const { s, t } = this.c;
    const r = s.rdv!;
    return shell(
      this.c,
      html`${this.summary(r)} ${this.icsLink()}
        <p>${t.manageInfo}<br /><a href=${manageLink(r.id, s.manageToken!)} part="link">${t.manageLink}</a></p>`,
      false
    );
  }
}
define('creneau-confirmation-step', ConfirmationStep);
