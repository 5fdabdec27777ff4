import { html, nothing } from 'lit';
import { Task } from '@lit/task';
import type { PublicRdv } from '../../api/types.js';
import { StepBase } from './base.js';

/** Shared by the confirmation and manage steps: the summary and the .ics link. */
export class RdvStep extends StepBase {
  private url = '';

  protected ics = new Task(this, {
    task: async ([id, token], { signal }) => {
      if (!id || !token) return '';
      const text = await this.c.api.ics(id, token, signal);
      this.revoke();
      return (this.url = URL.createObjectURL(new Blob([text], { type: 'text/calendar' })));
    },
    args: () => [this.c.s.rdv?.id, this.c.s.manageToken, this.c.s.rdv?.startsAt] as const,
  });

  private revoke() {
    if (this.url) URL.revokeObjectURL(this.url);
  }

  override disconnectedCallback() {
    super.disconnectedCallback();
    this.revoke();
  }

  protected icsLink() {
    return this.ics.render({
      complete: (url) =>
        url
          ? html`<p><a class="btn" href=${url} download="rendez-vous.ics" part="button ics">${this.c.t.ics}</a></p>`
          : nothing,
    });
  }

  protected summary(r: PublicRdv) {
    const { t, f } = this.c;
    const tel = (p: string | null) => (p ? html`<br /><a href="tel:${p.replace(/[^\d+]/g, '')}">${p}</a>` : nothing);
    const where: Record<string, string> = { phone: t.phoneRdv, home: t.homeRdv, visio: t.visioRdv };
    return html`<dl part="summary">
        <dt>${t.motif}</dt>
        <dd>${r.motif.name}</dd>
        <dt>${t.when}</dt>
        <dd>${f.full(r.startsAt)}</dd>
        <dt>${t.where}</dt>
        <dd>
          ${r.lieu
            ? html`${r.lieu.name}<br />${r.lieu.address}${tel(r.lieu.phone)}`
            : html`${t.location[r.motif.locationType]}. ${where[r.motif.locationType] ?? ''}`}
        </dd>
        <dt>${t.organisation}</dt>
        <dd>${r.organisation.name}${tel(r.organisation.phone)}</dd>
      </dl>
      ${r.motif.instructionsAfter
        ? html`<h3>${t.instructionsAfter}</h3>
            <p class="pre">${r.motif.instructionsAfter}</p>`
        : nothing}`;
  }
}
