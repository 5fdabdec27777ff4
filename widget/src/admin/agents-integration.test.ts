import { expect, waitUntil } from '@open-wc/testing';
import { expectAccessible } from '../test/a11y.js';
import '../booking/index.js';
import { toOrigin } from './pages/integration.js';
import { $, $$, agent, check, click, fill, mountAdmin, page, problem, restoreFetch, state, text, waitText } from './test-support/fake-admin-api.js';

describe('Agents', () => {
  afterEach(restoreFetch);

  it('lists agents with their role and services, invites one by e-mail', async () => {
    const s = state();
    s.agents.push(agent({ id: 'agent-3', firstName: 'Zoé', lastName: 'Roux', email: 'zoe@demo.fr', role: 'basic', invitationPending: true, serviceIds: [] }));
    const { el, api } = await mountAdmin('#/org-1/agents', s);
    let p = page(el);
    await waitText(p, 'Agents de l’organisation (3)');
    expect(text(p)).to.contain('Invitation envoyée');
    expect(text(p)).to.contain('Service social');
    expect($(p, '[aria-label="Retirer Marie Curie"]')).to.equal(null); // not oneself
    await expectAccessible(el);
    click(p, 'Inviter un agent');
    await waitUntil(() => $(page(el), '#f-firstName'));
    p = page(el);
    click(p, 'Inviter l’agent');
    await waitUntil(() => $(p, '#summary'));
    expect(text(p)).to.contain('Indiquez une adresse e-mail valide');
    await expectAccessible(el);
    fill(p, '#f-email', 'nouvelle@demo.fr');
    fill(p, '#f-firstName', 'Inès');
    fill(p, '#f-lastName', 'Leroy');
    check(p, '#f-role'); // admin
    check(p, '#f-serviceIds-1'); // Service social
    click(p, 'Inviter l’agent');
    await waitUntil(() => location.hash == '#/org-1/agents');
    expect(api.calls.find((c) => c.method == 'POST' && c.path.endsWith('/agents'))!.body).to.deep.equal({
      firstName: 'Inès', lastName: 'Leroy', role: 'admin', serviceIds: ['svc-social'], email: 'nouvelle@demo.fr',
    });
    await waitText(el, 'un e-mail d’invitation est parti à nouvelle@demo.fr');
  });

  it('adds an intervenant without e-mail, changes a role, removes an agent', async () => {
    const { el, api } = await mountAdmin('#/org-1/agents/nouveau', state(), {
      'DELETE ^/organisations/[^/]+/agents/agent-2$': () => new Response(null, { status: 204 }),
    });
    let p = page(el);
    await waitUntil(() => $(p, '#f-firstName'));
    check(p, '#f-role-2'); // intervenant
    await p.updateComplete;
    expect($(p, '#f-email')).to.equal(null);
    fill(p, '#f-firstName', 'Guichet');
    fill(p, '#f-lastName', 'Accueil');
    click(p, 'Ajouter l’intervenant');
    await waitUntil(() => location.hash == '#/org-1/agents');
    expect(api.calls.find((c) => c.method == 'POST' && c.path.endsWith('/agents'))!.body).not.to.have.property('email');
    location.hash = '#/org-1/agents/agent-2';
    await waitUntil(() => ($(page(el), '#f-firstName') as HTMLInputElement | null)?.value == 'Paul');
    p = page(el);
    expect($$(p, 'input[name=role]').length).to.equal(2); // admin / agent: never to or from intervenant
    check(p, '#f-role');
    click(p, 'Enregistrer');
    await waitUntil(() => location.hash == '#/org-1/agents');
    expect(api.calls.find((c) => c.method == 'PATCH')!.body).to.deep.include({ role: 'admin' });
    p = page(el);
    await waitUntil(() => $(p, '[aria-label="Retirer Paul Durand"]'));
    click(p, '[aria-label="Retirer Paul Durand"]');
    await waitUntil(() => $(p, '#confirm'));
    click(p, 'Oui, retirer');
    await waitText(p, 'ne fait plus partie de l’organisation');
  });

  it('shows the API’s conflict (last admin)', async () => {
    const { el } = await mountAdmin('#/org-1/agents/agent-2', state(), {
      'PATCH ^/organisations/[^/]+/agents/agent-2$': () =>
        new Response(JSON.stringify({ type: 'x', title: 'Dernier administrateur', status: 409, code: 'dernier_admin', detail: 'L’organisation doit garder au moins un administrateur.' }), { status: 409 }),
    });
    const p = page(el);
    await waitUntil(() => ($(p, '#f-firstName') as HTMLInputElement | null)?.value == 'Paul');
    click(p, 'Enregistrer');
    await waitText(p, 'L’organisation doit garder au moins un administrateur.');
  });
});

describe('Intégration', () => {
  afterEach(restoreFetch);

  it('normalises origins', () => {
    expect(toOrigin('https://www.pas-de-calais.fr/prendre-rdv?x=1')).to.equal('https://www.pas-de-calais.fr');
    expect(toOrigin('www.arras.fr')).to.equal('https://www.arras.fr');
    expect(toOrigin('http://localhost:8080/')).to.equal('http://localhost:8080');
    expect(toOrigin('http://www.arras.fr')).to.equal(null);
    expect(toOrigin('pas une adresse')).to.equal(null);
  });

  it('edits the allowed origins, gives the snippet with the organisation id and previews the widget', async () => {
    const { el, api } = await mountAdmin('#/org-1/integration');
    const p = page(el);
    await waitText(p, 'https://www.pas-de-calais.fr');
    const snippet = $(p, '#snippet')!.textContent!;
    expect(snippet).to.contain(`<script type="module" src="${location.origin}/widget/creneau.js"></script>`);
    expect(snippet).to.contain(`<creneau-prise-rdv api="${location.origin}" organisation="org-1"></creneau-prise-rdv>`);
    const preview = $(p, '#preview creneau-prise-rdv')!;
    expect(preview.getAttribute('organisation')).to.equal('org-1');
    expect(preview.getAttribute('api')).to.equal('');
    await expectAccessible(el);
    fill(p, '#f-adding', 'pas une adresse');
    click(p, 'Ajouter');
    await waitText(p, 'Indiquez l’adresse d’un site en https');
    fill(p, '#f-adding', 'https://www.arras.fr/rdv');
    click(p, 'Ajouter');
    await waitText(p, 'https://www.arras.fr sera autorisé');
    click(p, '[aria-label="Retirer https://www.pas-de-calais.fr"]');
    await p.updateComplete;
    click(p, 'Enregistrer les sites autorisés');
    await waitText(p, 'Les sites autorisés sont enregistrés.');
    expect(api.calls.find((c) => c.method == 'PATCH')!.body).to.deep.equal({ allowedOrigins: ['https://www.arras.fr'] });
    await expectAccessible(el);
  });

  it('shows the API’s validation of origins', async () => {
    const { el } = await mountAdmin('#/org-1/integration', state(), {
      'PATCH ^/organisations/([^/]+)$': () => problem(422, 'validation_error', [{ field: 'allowedOrigins[0]', message: 'Origine invalide.' }]),
    });
    const p = page(el);
    await waitText(p, 'https://www.pas-de-calais.fr');
    fill(p, '#f-adding', 'https://www.lens.fr');
    click(p, 'Ajouter');
    await p.updateComplete;
    click(p, 'Enregistrer les sites autorisés');
    await waitText(p, 'Origine invalide.');
    await expectAccessible(el);
  });
});
