import { expect, waitUntil } from '@open-wc/testing';
import { expectAccessible } from '../test/a11y.js';
import { $, $$, MONDAY, click, fill, json, mountAdmin, page, problem, restoreFetch, state, text, waitText } from './test-support/fake-admin-api.js';

describe('<creneau-admin>: session, navigation, roles', () => {
  afterEach(restoreFetch);

  it('shows an accessible French login form, validates it, logs in and lands on the agenda', async () => {
    const { el, api } = await mountAdmin('#/org-1/agenda?semaine=' + MONDAY, state({ session: false }));
    const login = $(el, 'creneau-admin-login')!;
    expect($(login, 'label[for=f-email]')!.textContent).to.equal('Adresse e-mail');
    expect($(login, '#f-password')!.getAttribute('autocomplete')).to.equal('current-password');
    await expectAccessible(el);
    click(login, 'Se connecter');
    await waitUntil(() => $(login, '#f-email')?.getAttribute('aria-invalid') == 'true');
    expect(login.shadowRoot!.activeElement).to.equal($(login, '#f-email'));
    fill(login, '#f-email', 'admin@demo.creneau.fr');
    fill(login, '#f-password', 'mauvais');
    click(login, 'Se connecter');
    await waitText(login, 'E-mail ou mot de passe incorrect.');
    await expectAccessible(el);
    fill(login, '#f-password', 'creneau-demo');
    click(login, 'Se connecter');
    await waitUntil(() => el.phase == 'app');
    await waitText(page(el), 'Consultation PMI');
    const token = api.calls.find((c) => c.path == '/auth/token' && c.body.password == 'creneau-demo')!;
    expect(token.body).to.deep.equal({ grantType: 'password', email: 'admin@demo.creneau.fr', password: 'creneau-demo', session: true });
    expect(api.calls.find((c) => c.path == '/me')!.headers.get('Authorization')).to.equal('Bearer jwt-p');
    expect($$(el, 'nav a').map((a) => a.textContent)).to.deep.equal(['Agenda', 'Motifs', 'Lieux', 'Plages d’ouverture', 'Absences', 'Agents', 'Intégration', 'Envois en échec']);
    expect($(el, 'nav a[aria-current=page]')!.textContent).to.equal('Agenda');
    expect(document.title).to.equal('Agenda — MDS de Lens — Créneau');
    await expectAccessible(el);
  });

  it('resumes the session from the cookie, switches organisation and logs out', async () => {
    const { el, api } = await mountAdmin('#/org-1/motifs');
    expect(el.phase).to.equal('app');
    expect(api.calls[0].body).to.deep.equal({ grantType: 'refresh_token' });
    await waitText(page(el), 'Motifs actifs');
    fill(el, '#org', 'org-2');
    await waitUntil(() => location.hash == '#/org-2/motifs');
    await waitUntil(() => api.calls.some((c) => c.path == '/organisations/org-2/motifs'));
    click(el, 'Se déconnecter');
    await waitUntil(() => el.phase == 'login');
    expect(api.calls.at(-1)!.path).to.equal('/auth/logout');
    expect($(el, 'creneau-admin-login')).to.exist;
  });

  it('moves focus to the page heading on navigation and keeps the keyboard path through the menu', async () => {
    const { el } = await mountAdmin('#/org-1/agenda?semaine=' + MONDAY);
    await waitText(page(el), 'Consultation PMI');
    location.hash = '#/org-1/lieux';
    await waitUntil(() => page(el)?.localName == 'creneau-admin-lieux');
    await waitUntil(() => page(el).shadowRoot?.activeElement?.localName == 'h1');
    expect(page(el).shadowRoot!.activeElement!.textContent).to.equal('Lieux');
    expect($(el, '.skip')!.textContent).to.equal('Aller au contenu');
  });

  it('hides what a basic agent cannot do', async () => {
    const s = state();
    s.me.organisations[0].role = 'basic';
    const { el } = await mountAdmin('#/org-1/motifs', s);
    await waitText(page(el), 'Motifs actifs');
    expect($$(el, 'nav a').map((a) => a.textContent)).to.deep.equal(['Agenda', 'Motifs', 'Lieux', 'Plages d’ouverture', 'Absences']);
    expect(text(page(el))).not.to.contain('Créer un motif');
    expect(text(page(el))).not.to.contain('Archiver');
    expect(text(el)).to.contain('(agent)');
    location.hash = '#/org-1/agents';
    await waitUntil(() => text(el).includes('réservée aux administrateurs'));
    await expectAccessible(el);
  });

  it('never loses a form when the session expires: asks the password again, then saves what was typed', async () => {
    const s = state();
    let expired = false;
    const { el, api } = await mountAdmin('#/org-1/motifs/nouveau', s, {
      'POST ^/auth/token$': (c) => (expired && c.body.grantType == 'refresh_token' ? problem(401, 'session_expiree') : undefined),
      'POST ^/organisations/[^/]+/motifs$': () => (expired ? problem(401, 'unauthorized') : undefined),
    });
    const form = page(el);
    await waitUntil(() => $(form, '#f-name'));
    fill(form, '#f-name', 'Atelier portage');
    expired = true;
    click(form, 'Créer le motif');
    const dialog = () => $<HTMLDialogElement>(el, '#relogin')!;
    await waitUntil(() => dialog().open, 'the re-login dialog did not open');
    expect(text(el)).to.contain('Votre session a expiré');
    expect($<HTMLInputElement>(form, '#f-name')!.value).to.equal('Atelier portage');
    await expectAccessible(el);
    const login = $(el, '#relogin creneau-admin-login')!;
    expect(text(login)).to.contain('admin@demo.creneau.fr');
    fill(login, '#f-password', 'creneau-demo');
    expired = false;
    click(login, 'Se connecter');
    await waitUntil(() => location.hash == '#/org-1/motifs', 'not back to the list');
    expect(dialog().open).to.equal(false);
    expect(s.motifs.map((m) => m.name)).to.contain('Atelier portage');
    const posts = api.calls.filter((c) => c.method == 'POST' && c.path == '/organisations/org-1/motifs');
    expect(posts.at(-1)!.headers.get('Authorization')).to.equal('Bearer jwt-p');
    await waitText(el, 'Le motif « Atelier portage » est enregistré.');
  });

  it('tells the agent when the server does not answer', async () => {
    const { el } = await mountAdmin('#/org-1/motifs', state(), {
      'GET ^/organisations/[^/]+/motifs$': () => json({ title: 'boom' }, 500),
    });
    await waitText(page(el), 'Une erreur est survenue sur le serveur');
  });
});
