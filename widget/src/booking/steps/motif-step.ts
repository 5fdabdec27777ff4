import { html, nothing } from 'lit';
import type { PublicMotif } from '../../api/types.js';
import { define } from '../../ui/define.js';
import { motifsOf } from '../machine.js';
import { shell } from '../shell.js';
import { StepBase } from './base.js';

/** Earliest next availability of a motif (or of one of its lieux). */
export const nextOf = (m: PublicMotif, lieuId?: string) =>
  m.availability
    .filter((a) => a.nextAvailableAt && (lieuId === undefined || a.lieuId == lieuId))
    .map((a) => a.nextAvailableAt!)
    .sort((a, b) => Date.parse(a) - Date.parse(b))[0];

/** Step 1: the motif, grouped by service. */
export class MotifStep extends StepBase {
  protected override render() {
    const { s, t, f } = this.c;
    const org = s.org!;
    const motifs = motifsOf(s);
    const groups = [...org.services, { id: null, name: t.otherMotifs }]
      .map((g) => ({ ...g, motifs: motifs.filter((m) => (m.serviceId ?? null) == g.id || (!g.id && !org.services.some((x) => x.id == m.serviceId))) }))
      .filter((g) => g.motifs.length);
    const item = (m: PublicMotif) => {
      const next = nextOf(m);
      return html`<li>
        <button class="choice" part="button choice" @click=${() => this.c.dispatch({ type: 'motif', motifId: m.id })}>
          <strong>${m.name}</strong>
          ${t.location[m.locationType]} ·
          ${next ? t.nextAvailable(f.day(next)) : t.noAvailability}
        </button>
      </li>`;
    };
    const list = (ms: PublicMotif[]) => html`<ul>${ms.map(item)}</ul>`;
    return shell(
      this.c,
      motifs.length
        ? groups.length > 1
          ? groups.map((g) => html`<h3>${g.name}</h3>${list(g.motifs)}`)
          : list(motifs)
        : html`<p>${t.motifNone}</p>${org.phone ? html`<p>${t.callUs(org.phone)}</p>` : nothing}`
    );
  }
}
define('creneau-motif-step', MotifStep);
