import { expect, waitUntil } from '@open-wc/testing';
import { expectAccessible } from '../test/a11y.js';
import { $, $$, check, click, fill, json, mountAdmin, page, plage, problem, restoreFetch, state, text, waitText } from './test-support/fake-admin-api.js';

const nb = (s: string) => s.replace(/\u00a0/g, ' ');

describe('Plages d’ouverture', () => {
  afterEach(restoreFetch);

  it('lists an agent’s plages in plain French, switches agent, deletes one after confirmation', async () => {
    const s = state();
    s.plages.push(plage({ id: 'plage-2', agentId: 'agent-2', title: 'Permanence sociale', motifIds: ['motif-2'], lieuId: null, recurrence: 'FREQ=MONTHLY;BYDAY=2TU', firstDay: '2027-03-09' }));
    const { el, api } = await mountAdmin('#/org-1/plages', s);
    const p = page(el);
    await waitText(p, 'Permanence');
    expect(nb(text(p))).to.contain('Chaque semaine le lundi et le jeudi, de 9 h à 12 h');
    expect(text(p)).to.contain('MDS Lens centre');
    expect(text(p)).to.contain('Prochaine date');
    expect(api.calls.find((c) => c.path.endsWith('/plages-ouverture'))!.query.get('agentId')).to.equal('agent-1');
    await expectAccessible(el);
    fill(p, '#f-agent', 'agent-2');
    await waitText(p, 'Permanence sociale');
    expect(nb(text(p))).to.contain('Chaque mois le 2e mardi, de 9 h à 12 h');
    click(p, '[aria-label="Supprimer la plage Permanence sociale"]');
    await waitUntil(() => p.shadowRoot!.activeElement?.id == 'confirm');
    await expectAccessible(el);
    click(p, 'Oui, supprimer');
    await waitText(p, 'La plage d’ouverture est supprimée.');
    expect(api.calls.some((c) => c.method == 'DELETE' && c.path.endsWith('/plages-ouverture/plage-2'))).to.equal(true);
    expect(text(p)).to.contain('Paul Durand n’a aucune plage d’ouverture.');
  });

  it('creates a plage with the recurrence editor: summary, next dates, RRULE', async () => {
    const { el, api } = await mountAdmin('#/org-1/plages/nouveau?agent=agent-1');
    const p = page(el);
    await waitUntil(() => $(p, '#f-firstDay'));
    expect(text(p)).not.to.contain('Visite'); // only this organisation's motifs
    await expectAccessible(el);
    check(p, '#f-motifIds'); // Consultation PMI (sur place)
    fill(p, '#f-firstDay', '2027-03-01');
    fill(p, '#f-startTime', '09:00');
    fill(p, '#f-endTime', '12:00');
    check(p, '#f-recurrence-1'); // weekly
    await p.updateComplete;
    fill(p, '#f-recurrenceInterval', '2');
    check(p, '#f-recurrenceDays-3'); // Thursday (Monday comes from the first day)
    check(p, '#f-recurrenceHasUntil');
    await p.updateComplete;
    fill(p, '#f-recurrenceUntil', '2027-06-30');
    await p.updateComplete;
    expect(nb($(p, '#recurrence-summary')!.textContent!)).to.equal('Toutes les 2 semaines le lundi et le jeudi, de 9 h à 12 h, jusqu’au 30 juin 2027');
    expect($$(p, '.next li').length).to.be.greaterThan(0);
    await expectAccessible(el);
    click(p, 'Créer la plage');
    await waitUntil(() => location.hash.startsWith('#/org-1/plages?'));
    const post = api.calls.find((c) => c.method == 'POST' && c.path.endsWith('/plages-ouverture'))!;
    expect(post.body).to.deep.equal({
      agentId: 'agent-1', title: null, motifIds: ['motif-1'], lieuId: 'lieu-1', firstDay: '2027-03-01', startTime: '09:00', endTime: '12:00',
      recurrence: 'FREQ=WEEKLY;INTERVAL=2;BYDAY=MO,TH;UNTIL=20270630',
    });
    await waitText(el, 'La plage d’ouverture est enregistrée.');
  });

  it('shows the next dates of a monthly rule on the n-th weekday', async () => {
    const { el } = await mountAdmin('#/org-1/plages/nouveau');
    const p = page(el);
    await waitUntil(() => $(p, '#f-firstDay'));
    fill(p, '#f-firstDay', '2030-03-12');
    check(p, '#f-recurrence-2');
    await p.updateComplete;
    expect(nb($(p, '#recurrence-summary')!.textContent!)).to.equal('Chaque mois le 2e mardi, de 9 h à 12 h');
    expect($$(p, '.next li').map((li) => nb(li.textContent!))).to.deep.equal([
      'mardi 12 mars, 9 h – 12 h', 'mardi 9 avril, 9 h – 12 h', 'mardi 14 mai, 9 h – 12 h', 'mardi 11 juin, 9 h – 12 h', 'mardi 9 juillet, 9 h – 12 h', 'mardi 13 août, 9 h – 12 h',
    ]);
    await expectAccessible(el);
  });

  it('shows an overlap (409 chevauchement_plage) as a warning the agent may accept', async () => {
    let attempts = 0;
    const { el, api } = await mountAdmin('#/org-1/plages/nouveau', state(), {
      'POST ^/organisations/[^/]+/plages-ouverture$': (c) =>
        c.body.acceptWarnings
          ? undefined
          : (attempts++,
            json({ type: 'x', title: 'Avertissement à confirmer', status: 409, code: 'chevauchement_plage', warnings: [{ code: 'chevauchement_plage', message: 'Chevauche « Permanence » le lundi 1er mars 2027 de 9 h à 12 h.' }] }, 409)),
    });
    const p = page(el);
    await waitUntil(() => $(p, '#f-firstDay'));
    check(p, '#f-motifIds');
    fill(p, '#f-firstDay', '2027-03-01');
    click(p, 'Créer la plage');
    await waitUntil(() => $(p, '#overlap'));
    expect(attempts).to.equal(1);
    expect(text(p)).to.contain('cette plage chevauche une autre plage de Marie Curie');
    expect(text(p)).to.contain('Chevauche « Permanence » le lundi 1er mars 2027');
    expect(p.shadowRoot!.activeElement!.id).to.equal('overlap');
    await expectAccessible(el);
    click(p, 'Enregistrer quand même');
    await waitUntil(() => location.hash.startsWith('#/org-1/plages?'));
    const posts = api.calls.filter((c) => c.method == 'POST' && c.path.endsWith('/plages-ouverture'));
    expect(posts.map((c) => c.body.acceptWarnings)).to.deep.equal([undefined, true]);
  });

  it('checks the form and maps the API’s field errors', async () => {
    const { el } = await mountAdmin('#/org-1/plages/nouveau', state(), {
      'POST ^/organisations/[^/]+/plages-ouverture$': () => problem(422, 'validation_error', [{ field: 'startTime', message: 'Par pas de 5 minutes.' }]),
    });
    const p = page(el);
    await waitUntil(() => $(p, '#f-firstDay'));
    fill(p, '#f-endTime', '08:00');
    click(p, 'Créer la plage');
    await waitUntil(() => $(p, '#summary'));
    expect(text(p)).to.contain('Cochez au moins un motif.');
    expect(text(p)).to.contain('L’heure de fin doit être après l’heure de début');
    await expectAccessible(el);
    check(p, '#f-motifIds');
    fill(p, '#f-startTime', '09:03');
    fill(p, '#f-endTime', '12:00');
    click(p, 'Créer la plage');
    await waitText(p, 'Par pas de 5 minutes.');
    expect($(p, '#f-startTime')!.getAttribute('aria-invalid')).to.equal('true');
  });

  it('edits an existing plage', async () => {
    const { el, api } = await mountAdmin('#/org-1/plages/plage-1');
    const p = page(el);
    await waitUntil(() => ($(p, '#f-title') as HTMLInputElement | null)?.value == 'Permanence');
    expect(($(p, '#f-recurrenceDays') as HTMLInputElement).checked).to.equal(true); // lundi
    expect(($(p, '#f-recurrenceDays-3') as HTMLInputElement).checked).to.equal(true); // jeudi
    fill(p, '#f-endTime', '12:30');
    click(p, 'Enregistrer');
    await waitUntil(() => api.calls.some((c) => c.method == 'PATCH'));
    expect(api.calls.find((c) => c.method == 'PATCH')!.body).to.deep.include({ endTime: '12:30', recurrence: 'FREQ=WEEKLY;INTERVAL=1;BYDAY=MO,TH' });
  });

  it('lets a basic agent manage only their own plages', async () => {
    const s = state();
    s.me.organisations[0].role = 'basic';
    s.plages.push(plage({ id: 'plage-2', agentId: 'agent-2', title: 'Permanence sociale' }));
    const { el } = await mountAdmin('#/org-1/plages?agent=agent-2', s);
    let p = page(el);
    await waitText(p, 'Permanence sociale');
    expect(text(p)).not.to.contain('Modifier');
    expect(text(p)).not.to.contain('Créer une plage');
    fill(p, '#f-agent', 'agent-1');
    await waitText(p, 'Créer une plage');
    expect(text(p)).to.contain('Modifier');
    location.hash = '#/org-1/plages/nouveau?agent=agent-2';
    await waitUntil(() => $(page(el), '#f-agentId'));
    p = page(el);
    expect($$<HTMLOptionElement>(p, '#f-agentId option').map((o) => o.value)).to.deep.equal(['agent-1']);
  });
});
