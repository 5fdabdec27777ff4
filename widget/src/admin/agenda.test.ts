import { expect, waitUntil } from '@open-wc/testing';
import { expectAccessible } from '../test/a11y.js';
import { $, $$, MONDAY, check, click, fill, mountAdmin, page, paris, problem, rdv, restoreFetch, state, text, waitText } from './test-support/fake-admin-api.js';
import type { RdvDialog } from './pages/rdv-dialog.js';

const nb = (s: string) => s.replace(/\u00a0/g, ' ');
const week = '#/org-1/agenda?semaine=' + MONDAY;

describe('Agenda', () => {
  afterEach(restoreFetch);

  it('shows the week of all agents by day: RDVs, plages and absences', async () => {
    const { el, api } = await mountAdmin(week);
    const p = page(el);
    await waitText(p, 'Consultation PMI');
    const t = nb(text(p));
    expect(t).to.contain('9 h – 9 h 30 · Consultation PMI');
    expect(t).to.contain('Jeanne Martin · avec Marie Curie');
    expect(t).to.contain('Plage 9 h – 12 h · Permanence · MDS Lens centre · Marie Curie');
    expect(t).to.contain('Absence 14 h – 17 h · Formation');
    expect($$(p, 'h2').length).to.equal(5); // Monday to Friday; an empty weekend is not shown
    const list = api.calls.find((c) => c.path == '/organisations/org-1/rdvs')!;
    expect([list.query.get('from'), list.query.get('agentId')]).to.deep.equal([MONDAY, null]);
    await expectAccessible(el);
    click(p, 'Semaine suivante →');
    await waitUntil(() => location.hash.includes('semaine='));
    await waitText(page(el), 'aucun rendez-vous');
  });

  it('shows one agent’s week for a basic agent', async () => {
    const s = state();
    s.me.organisations[0].role = 'basic';
    const { el, api } = await mountAdmin(week, s);
    await waitText(page(el), 'Consultation PMI');
    expect(api.calls.find((c) => c.path == '/organisations/org-1/rdvs')!.query.get('agentId')).to.equal('agent-1');
    expect($$<HTMLOptionElement>(page(el), '#f-agent option').map((o) => o.textContent)).to.deep.equal(['Marie Curie', 'Paul Durand']);
  });

  it('opens a RDV, marks it seen (the API cascades) and shows « Aucun envoi » when receipts are not available', async () => {
    const { el, api } = await mountAdmin(week);
    const p = page(el);
    await waitText(p, 'Consultation PMI');
    const trigger = $<HTMLButtonElement>(p, 'button.rdv')!;
    trigger.focus();
    trigger.click();
    const d = $<RdvDialog>(p, 'creneau-admin-rdv')!;
    await waitUntil(() => $<HTMLDialogElement>(d, 'dialog')!.open);
    await waitText(d, 'Aucun envoi');
    expect(nb(text(d))).to.contain('Jeanne Martin');
    expect(text(d)).to.contain('l’usager, en ligne');
    await expectAccessible(el);
    check(d, '#f-status-1'); // seen
    await d.updateComplete;
    click(d, 'Enregistrer le statut');
    await waitText(d, 'Statut enregistré : Vu (honoré).');
    expect(api.calls.find((c) => c.method == 'PATCH')!.body).to.deep.equal({ status: 'seen' });
    click(d, 'Fermer');
    await waitUntil(() => !$<HTMLDialogElement>(d, 'dialog')!.open);
    expect(p.shadowRoot!.activeElement).to.equal(trigger);
    expect(text(p)).to.contain('Vu (honoré)');
  });

  it('lists the notification receipts of a RDV', async () => {
    const s = state({
      receipts: {
        'rdv-1': [
          { event: 'rdv_created', channel: 'sms', destination: '+33 6•• •• •• 78', result: 'delivered', providerMessageId: null, errorMessage: null, attempt: 1, createdAt: paris(MONDAY, '08:00') },
          { event: 'rdv_upcoming_reminder', channel: 'email', destination: 'j•••@exemple.fr', result: 'failure', providerMessageId: null, errorMessage: 'Adresse inconnue', attempt: 3, createdAt: paris(MONDAY, '08:30') },
        ],
      },
    });
    const { el } = await mountAdmin(week, s);
    const p = page(el);
    await waitText(p, 'Consultation PMI');
    $<HTMLButtonElement>(p, 'button.rdv')!.click();
    const d = $<RdvDialog>(p, 'creneau-admin-rdv')!;
    await waitText(d, 'Confirmation');
    expect(nb(text(d))).to.contain('SMS à +33 6•• •• •• 78');
    expect(text(d)).to.contain('Reçu');
    expect(text(d)).to.contain('Échec : Adresse inconnue');
    await expectAccessible(el);
  });

  it('opens the week and the dialog of the RDV of an agent e-mail link (?rdv=)', async () => {
    const { el } = await mountAdmin('#/org-1/agenda?rdv=rdv-1');
    await waitUntil(() => $<RdvDialog>(page(el), 'creneau-admin-rdv')?.shadowRoot?.querySelector('dialog[open]'), 'the dialog never opened', { timeout: 3000 });
    expect(location.hash).to.contain('semaine=' + MONDAY);
    expect(text(page(el))).to.contain('Consultation PMI');
  });

  it('says so when the RDV of a link is not found', async () => {
    const { el } = await mountAdmin('#/org-1/agenda?rdv=inconnu');
    await waitText(page(el), 'Ce rendez-vous est introuvable');
  });

  it('offers only the statuses of a collective RDV', async () => {
    const s = state({ rdvs: [rdv({ collectif: true, name: 'Atelier', participations: [] })] });
    const { el } = await mountAdmin(week, s);
    const p = page(el);
    await waitText(p, 'Atelier');
    $<HTMLButtonElement>(p, 'button.rdv')!.click();
    const d = $<RdvDialog>(p, 'creneau-admin-rdv')!;
    await waitUntil(() => $(d, '#f-status'));
    expect($$(d, 'input[name=status]').length).to.equal(3);
  });
});

describe('Booking a RDV from the agenda', () => {
  afterEach(restoreFetch);

  it('searches the créneaux, picks one, finds the usager and books', async () => {
    const { el, api } = await mountAdmin('#/org-1/agenda/rendez-vous');
    const p = page(el);
    await waitUntil(() => $$(p, '#f-motifId option').length > 1);
    fill(p, '#f-motifId', 'motif-1');
    await waitUntil(() => api.calls.some((c) => c.path.endsWith('/creneaux')));
    const search = api.calls.find((c) => c.path.endsWith('/creneaux'))!;
    expect(search.query.get('motifId')).to.equal('motif-1');
    expect(search.query.get('lieuId')).to.equal('lieu-1'); // the only lieu, chosen for a « sur place » motif
    // This week may be empty: jump to the next availability.
    if (!$$(p, '.times button').length) {
      await waitUntil(() => $$(p, 'button').some((b) => b.textContent!.startsWith('Voir la prochaine disponibilité')));
      click(p, $$(p, 'button').find((b) => b.textContent!.startsWith('Voir la prochaine disponibilité'))!.textContent!.trim());
    }
    await waitUntil(() => $$(p, '.times button').length == 2);
    const slot = $$<HTMLButtonElement>(p, '.times button')[1];
    expect(nb(slot.getAttribute('aria-label')!)).to.match(/^lundi .* à 10 h 30 avec Marie Curie$/);
    slot.click();
    await p.updateComplete;
    expect(slot.getAttribute('aria-pressed')).to.equal('true');
    fill(p, '#f-q', 'mart');
    await waitUntil(() => $(p, '#f-usagerId'));
    check(p, '#f-usagerId');
    await expectAccessible(el);
    click(p, 'Prendre le rendez-vous');
    await waitUntil(() => location.hash.startsWith('#/org-1/agenda?'));
    expect(api.calls.find((c) => c.method == 'POST' && c.path == '/organisations/org-1/rdvs')!.body).to.deep.equal({
      motifId: 'motif-1', lieuId: 'lieu-1', startsAt: paris(MONDAY, '10:30'), agentIds: ['agent-1'], usager: { id: 'usager-1' },
    });
    await waitText(el, 'Rendez-vous pris : Consultation PMI');
    await waitText(page(el), '10 h 30 – 11 h · Consultation PMI');
  });

  it('books for a new usager; when the créneau was just taken, says so and keeps the usager', async () => {
    let taken = true;
    const { el, api } = await mountAdmin('#/org-1/agenda/rendez-vous?agent=agent-1', state(), {
      'POST ^/organisations/[^/]+/rdvs$': () => (taken ? ((taken = false), problem(409, 'creneau_indisponible')) : undefined),
    });
    const p = page(el);
    await waitUntil(() => $$(p, '#f-motifId option').length > 1);
    expect(($(p, '#f-agentId') as HTMLSelectElement).value).to.equal('agent-1');
    click(p, 'Prendre le rendez-vous');
    await waitUntil(() => $(p, '#summary'));
    expect(text(p)).to.contain('Choisissez le motif.');
    fill(p, '#f-motifId', 'motif-1');
    await waitUntil(() => api.calls.some((c) => c.path.endsWith('/creneaux')));
    if (!$$(p, '.times button').length) {
      await waitUntil(() => $$(p, 'button').some((b) => b.textContent!.startsWith('Voir la prochaine disponibilité')));
      $$<HTMLButtonElement>(p, 'button').find((b) => b.textContent!.startsWith('Voir la prochaine disponibilité'))!.click();
    }
    await waitUntil(() => $$(p, '.times button').length == 2);
    $$<HTMLButtonElement>(p, '.times button')[0].click();
    check(p, '#f-who-1');
    await p.updateComplete;
    fill(p, '#f-firstName', 'Léa');
    fill(p, '#f-lastName', 'Petit');
    fill(p, '#f-phone', '06 11 22 33 44');
    click(p, 'Prendre le rendez-vous');
    await waitText(p, 'Ce créneau vient d’être pris. Choisissez-en un autre.');
    expect(($(p, '#f-firstName') as HTMLInputElement).value).to.equal('Léa');
    await expectAccessible(el);
    $$<HTMLButtonElement>(p, '.times button')[1].click();
    click(p, 'Prendre le rendez-vous');
    await waitUntil(() => location.hash.startsWith('#/org-1/agenda?'));
    const posts = api.calls.filter((c) => c.method == 'POST' && c.path == '/organisations/org-1/rdvs');
    expect(posts[1].body.usager).to.deep.equal({ firstName: 'Léa', lastName: 'Petit', phone: '06 11 22 33 44' });
  });
});
