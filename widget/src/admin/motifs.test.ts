import { expect, waitUntil } from '@open-wc/testing';
import { expectAccessible } from '../test/a11y.js';
import { $, $$, check, click, fill, mountAdmin, motif, page, problem, restoreFetch, state, text, waitText } from './test-support/fake-admin-api.js';

describe('Motifs', () => {
  afterEach(restoreFetch);

  it('lists active and archived motifs, archives and restores one', async () => {
    const s = state({ motifs: [motif(), motif({ id: 'motif-old', name: 'Ancien motif', archivedAt: '2027-01-02T00:00:00Z' })] });
    const { el, api } = await mountAdmin('#/org-1/motifs', s);
    const p = page(el);
    await waitText(p, 'Motifs actifs (1)');
    expect(text(p)).to.contain('30 min');
    expect(text(p)).to.contain('Sur place');
    expect(text(p)).to.contain('Tout le monde, en ligne');
    await expectAccessible(el);
    click(p, '[aria-label="Archiver le motif Consultation PMI"]');
    await waitText(p, 'est archivé');
    expect(api.calls.some((c) => c.method == 'DELETE' && c.path == '/organisations/org-1/motifs/motif-1')).to.equal(true);
    click(p, 'Archivés');
    await waitText(p, 'Motifs archivés (2)');
    click(p, '[aria-label="Restaurer le motif Ancien motif"]');
    await waitText(p, 'est restauré');
    expect(api.calls.some((c) => c.method == 'POST' && c.path == '/organisations/org-1/motifs/motif-old/restauration')).to.equal(true);
    await expectAccessible(el);
  });

  it('creates a motif with every rule explained in plain French', async () => {
    const { el, api } = await mountAdmin('#/org-1/motifs/nouveau');
    const p = page(el);
    await waitUntil(() => $(p, '#f-name'));
    for (const help of ['Tel que l’usager le verra', 'Les créneaux proposés s’enchaînent', 'L’agent appelle l’usager', 'Le motif n’apparaît pas en ligne', 'ne peut pas réserver un créneau qui commence dans moins de', 'Plusieurs usagers participent', 'cocher une case avant de choisir', 'Avec le lien reçu par SMS'])
      expect(text(p), help).to.contain(help);
    expect($$<HTMLOptionElement>(p, '#f-minBookingDelayMinutes option').map((o) => o.textContent)).to.include.members(['30 min', '1 h', '2 h', '1 jour', '2 jours', '1 semaine']);
    expect($$<HTMLOptionElement>(p, '#f-maxBookingDelayDays option').map((o) => o.textContent)).to.include.members(['1 semaine', '1 mois', '3 mois']);
    await expectAccessible(el);
    fill(p, '#f-name', 'Atelier portage');
    fill(p, '#f-serviceId', 'svc-pmi');
    fill(p, '#f-durationMinutes', '60');
    check(p, '#f-locationType-1'); // phone
    check(p, '#f-bookableBy-1'); // agents and prescripteurs
    fill(p, '#f-minBookingDelayMinutes', '1440');
    fill(p, '#f-maxBookingDelayDays', '30');
    fill(p, '#f-instructionsBefore', 'Apportez le carnet de santé.');
    check(p, '#f-movableByUsager', false);
    await p.updateComplete;
    expect($(p, '#f-moveDeadlineMinutes')).to.equal(null);
    click(p, 'Créer le motif');
    await waitUntil(() => location.hash == '#/org-1/motifs');
    const post = api.calls.find((c) => c.method == 'POST' && c.path == '/organisations/org-1/motifs')!;
    expect(post.body).to.deep.include({
      name: 'Atelier portage', serviceId: 'svc-pmi', durationMinutes: 60, locationType: 'phone', bookableBy: 'agents_and_prescripteurs',
      minBookingDelayMinutes: 1440, maxBookingDelayDays: 30, instructionsBefore: 'Apportez le carnet de santé.', movableByUsager: false, cancellableByUsager: true,
    });
    await waitText(el, 'Le motif « Atelier portage » est enregistré.');
  });

  it('checks the form, then shows the API’s 422 errors next to the fields with a focused summary', async () => {
    const { el } = await mountAdmin('#/org-1/motifs/nouveau', state(), {
      'POST ^/organisations/[^/]+/motifs$': () =>
        problem(422, 'validation_error', [
          { field: 'name', message: 'Un motif porte déjà ce nom.' },
          { field: 'color', message: 'Couleur invalide.' },
        ]),
    });
    const p = page(el);
    await waitUntil(() => $(p, '#f-name'));
    fill(p, '#f-minBookingDelayMinutes', '43200');
    fill(p, '#f-maxBookingDelayDays', '7');
    click(p, 'Créer le motif');
    await waitUntil(() => $(p, '#summary'));
    expect(text(p)).to.contain('Indiquez le nom du motif.');
    expect(text(p)).to.contain('Le délai maximum doit être plus long que le délai minimum.');
    expect($(p, '#f-maxBookingDelayDays')!.getAttribute('aria-invalid')).to.equal('true');
    expect(p.shadowRoot!.activeElement!.id).to.equal('summary');
    await expectAccessible(el);
    // The summary's links move focus to the field.
    click(p, '#summary a[href="#f-name"]');
    expect(p.shadowRoot!.activeElement!.id).to.equal('f-name');
    expect(location.hash).to.equal('#/org-1/motifs/nouveau');
    fill(p, '#f-name', 'Consultation PMI');
    fill(p, '#f-maxBookingDelayDays', '91');
    click(p, 'Créer le motif');
    await waitText(p, 'Un motif porte déjà ce nom.');
    expect($(p, '#f-name')!.getAttribute('aria-describedby')).to.contain('f-name-e');
    expect($(p, '#f-name-e')!.textContent).to.equal('Un motif porte déjà ce nom.');
    expect($(p, '#f-color')!.getAttribute('aria-invalid')).to.equal('true');
    await expectAccessible(el);
  });

  it('edits a motif: only what changed is sent', async () => {
    const { el, api } = await mountAdmin('#/org-1/motifs/motif-1');
    const p = page(el);
    await waitUntil(() => ($(p, '#f-name') as HTMLInputElement | null)?.value == 'Consultation PMI');
    fill(p, '#f-durationMinutes', '45');
    fill(p, '#f-instructionsAfter', 'Deuxième étage.');
    click(p, 'Enregistrer');
    await waitUntil(() => location.hash == '#/org-1/motifs');
    expect(api.calls.find((c) => c.method == 'PATCH')!.body).to.deep.equal({ durationMinutes: 45, instructionsAfter: 'Deuxième étage.' });
  });
});
