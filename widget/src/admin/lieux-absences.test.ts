import { expect, waitUntil } from '@open-wc/testing';
import { expectAccessible } from '../test/a11y.js';
import { $, MONDAY, absence, check, click, fill, mountAdmin, page, problem, restoreFetch, state, text, waitText } from './test-support/fake-admin-api.js';
import { addDays } from './recurrence.js';

const nb = (s: string) => s.replace(/\u00a0/g, ' ');

describe('Lieux', () => {
  afterEach(restoreFetch);

  it('lists, creates, edits, disables and re-enables lieux', async () => {
    const { el, api } = await mountAdmin('#/org-1/lieux');
    let p = page(el);
    await waitText(p, 'Lieux actifs (1)');
    expect(text(p)).to.contain('1 rue de la Gare, 62300 Lens');
    await expectAccessible(el);
    click(p, 'Créer un lieu');
    await waitUntil(() => location.hash == '#/org-1/lieux/nouveau' && $(page(el), '#f-name'));
    p = page(el);
    click(p, 'Créer le lieu');
    await waitUntil(() => $(p, '#summary'));
    expect(text(p)).to.contain('Indiquez l’adresse');
    await expectAccessible(el);
    fill(p, '#f-name', 'MDS Liévin');
    fill(p, '#f-address', '2 place de la Mairie, 62800 Liévin');
    click(p, 'Créer le lieu');
    await waitUntil(() => location.hash == '#/org-1/lieux');
    expect(api.calls.find((c) => c.method == 'POST' && !c.path.startsWith('/auth'))!.body).to.deep.equal({ name: 'MDS Liévin', address: '2 place de la Mairie, 62800 Liévin', phone: null });
    p = page(el);
    await waitText(p, 'Lieux actifs (2)');
    location.hash = '#/org-1/lieux/lieu-1';
    await waitUntil(() => ($(page(el), '#f-name') as HTMLInputElement | null)?.value == 'MDS Lens centre');
    p = page(el);
    fill(p, '#f-phone', '03 21 00 00 00');
    click(p, 'Enregistrer');
    await waitUntil(() => location.hash == '#/org-1/lieux');
    expect(api.calls.find((c) => c.method == 'PATCH')!.body).to.deep.equal({ name: 'MDS Lens centre', address: '1 rue de la Gare, 62300 Lens', phone: '03 21 00 00 00' });
    p = page(el);
    await waitText(p, 'Lieux actifs (2)');
    click(p, '[aria-label="Désactiver le lieu MDS Liévin"]');
    await waitUntil(() => p.shadowRoot!.activeElement?.id == 'confirm');
    click(p, 'Oui, désactiver');
    await waitText(p, 'est désactivé');
    click(p, 'Désactivés');
    await waitText(p, 'Lieux désactivés (2)');
    click(p, '[aria-label="Réactiver le lieu Ancienne antenne"]');
    await waitText(p, 'est réactivé');
    expect(api.calls.at(-2)!.body).to.deep.equal({ availability: 'enabled' });
    await expectAccessible(el);
  });
});

describe('Absences', () => {
  afterEach(restoreFetch);

  it('lists current absences and declares a one-off absence for the whole day', async () => {
    const { el, api } = await mountAdmin('#/org-1/absences');
    let p = page(el);
    await waitText(p, 'Formation');
    expect(nb(text(p))).to.contain('de 14 h à 17 h');
    await expectAccessible(el);
    click(p, 'Déclarer une absence');
    await waitUntil(() => $(page(el), '#f-firstDay'));
    p = page(el);
    fill(p, '#f-title', 'Réunion');
    fill(p, '#f-firstDay', '2030-04-02');
    check(p, '#f-allDay');
    await p.updateComplete;
    expect($(p, '#f-startTime')).to.equal(null);
    await expectAccessible(el);
    click(p, 'Créer l’absence');
    await waitUntil(() => location.hash.startsWith('#/org-1/absences?'));
    expect(api.calls.find((c) => c.method == 'POST' && !c.path.startsWith('/auth'))!.body).to.deep.equal({
      agentId: 'agent-1', title: 'Réunion', firstDay: '2030-04-02', endDay: '2030-04-02', startTime: '00:00', endTime: '23:59', recurrence: null,
    });
  });

  it('declares an absence over several days, and a recurring one', async () => {
    const { el, api } = await mountAdmin('#/org-1/absences/nouveau?agent=agent-2');
    const p = page(el);
    await waitUntil(() => $(p, '#f-firstDay'));
    expect(($(p, '#f-agentId') as HTMLSelectElement).value).to.equal('agent-2');
    check(p, '#f-kind-1');
    await p.updateComplete;
    fill(p, '#f-firstDay', '2030-07-01');
    fill(p, '#f-endDay', '2030-07-12');
    fill(p, '#f-startTime', '08:00');
    fill(p, '#f-endTime', '18:00');
    await p.updateComplete;
    expect(nb(text(p))).to.contain('Du lundi 1er juillet 2030 à 8 h au vendredi 12 juillet 2030 à 18 h');
    await expectAccessible(el);
    click(p, 'Créer l’absence');
    await waitUntil(() => api.calls.some((c) => c.method == 'POST' && !c.path.startsWith('/auth')));
    expect(api.calls.find((c) => c.method == 'POST' && !c.path.startsWith('/auth'))!.body).to.deep.include({ agentId: 'agent-2', firstDay: '2030-07-01', endDay: '2030-07-12', startTime: '08:00', endTime: '18:00', recurrence: null });

    location.hash = '#/org-1/absences/nouveau';
    await waitUntil(() => $(page(el), '#f-kind-2'));
    const q = page(el);
    check(q, '#f-kind-2');
    await q.updateComplete;
    fill(q, '#f-firstDay', '2030-03-07'); // a Thursday
    await q.updateComplete;
    expect(nb($(q, '#recurrence-summary')!.textContent!)).to.equal('Chaque semaine le jeudi, de 9 h à 17 h');
    click(q, 'Créer l’absence');
    await waitUntil(() => api.calls.filter((c) => c.method == 'POST' && !c.path.startsWith('/auth')).length == 2);
    expect(api.calls.filter((c) => c.method == 'POST' && !c.path.startsWith('/auth'))[1].body).to.deep.include({ firstDay: '2030-03-07', endDay: '2030-03-07', recurrence: 'FREQ=WEEKLY;INTERVAL=1;BYDAY=TH' });
  });

  it('deletes an absence after confirmation and shows API errors', async () => {
    const s = state({ absences: [absence(), absence({ id: 'abs-2', title: 'Congés', firstDay: addDays(MONDAY, 7), endDay: addDays(MONDAY, 11), startTime: '00:00', endTime: '23:59' })] });
    const { el, api } = await mountAdmin('#/org-1/absences', s, {
      'DELETE ^/organisations/[^/]+/absences/abs-2$': () => problem(403, 'forbidden'),
    });
    const p = page(el);
    await waitText(p, 'Congés');
    click(p, `[aria-label^="Supprimer l’absence du"]`);
    await waitUntil(() => $(p, '#confirm'));
    click(p, 'Oui, supprimer');
    await waitText(p, 'L’absence est supprimée.');
    expect(api.calls.some((c) => c.method == 'DELETE' && c.path.endsWith('/abs-1'))).to.equal(true);
    click(p, `[aria-label^="Supprimer l’absence du"]`);
    await waitUntil(() => $(p, '#confirm'));
    click(p, 'Oui, supprimer');
    await waitText(p, 'Votre rôle ne vous permet pas de faire cela.');
    await expectAccessible(el);
  });
});
