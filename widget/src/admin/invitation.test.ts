import { expect, waitUntil } from '@open-wc/testing';
import { expectAccessible } from '../test/a11y.js';
import { passwordHints } from './invitation.js';
import { $, click, fill, mountAdmin, page, restoreFetch, state, waitText } from './test-support/fake-admin-api.js';

describe('<creneau-admin>: invitation link', () => {
  afterEach(restoreFetch);

  it('lets the invited agent choose a password, checks it first, then logs in and forgets the link', async () => {
    const { el, api } = await mountAdmin('#/invitation/jeton-valide', state({ session: false }));
    expect(el.phase).to.equal('invitation');
    expect(api.calls).to.have.length(0); // no session resumed: the link is for the invited person
    const form = $(el, 'creneau-admin-invitation')!;
    await waitUntil(() => el.shadowRoot!.activeElement?.localName == 'h1');
    expect(el.shadowRoot!.activeElement!.textContent).to.equal('Bienvenue sur Créneau');
    await expectAccessible(el);

    fill(form, '#f-password', 'court');
    click(form, 'Activer mon compte');
    await waitText(form, 'Il manque : au moins 12 caractères, un chiffre, une majuscule');
    expect(form.shadowRoot!.activeElement).to.equal($(form, '#f-password'));
    await expectAccessible(el);
    fill(form, '#f-password', 'Un-Mot-De-Passe-Solide-1');
    fill(form, '#f-confirm', 'Un-Mot-De-Passe-Solide-2');
    click(form, 'Activer mon compte');
    await waitText(form, 'Les deux saisies sont différentes');
    fill(form, '#f-confirm', 'Un-Mot-De-Passe-Solide-1');
    click(form, 'Activer mon compte');
    await waitUntil(() => el.phase == 'app');
    const call = api.calls.find((c) => c.path == '/auth/token')!;
    expect(call.body).to.deep.equal({ grantType: 'invitation', invitationToken: 'jeton-valide', password: 'Un-Mot-De-Passe-Solide-1', session: true });
    expect(location.hash).not.to.contain('jeton-valide');
    await waitUntil(() => page(el)?.localName == 'creneau-admin-agenda');
  });

  it('explains an expired or used link', async () => {
    const { el } = await mountAdmin('#/invitation/jeton-perime', state({ session: false }));
    const form = $(el, 'creneau-admin-invitation')!;
    fill(form, '#f-password', 'Un-Mot-De-Passe-Solide-1');
    fill(form, '#f-confirm', 'Un-Mot-De-Passe-Solide-1');
    click(form, 'Activer mon compte');
    await waitText(form, 'Ce lien d’invitation n’est plus valable');
    await waitUntil(() => form.shadowRoot!.activeElement?.id == 'invitation-error');
    await expectAccessible(el);
  });

  it('lists every missing part of a weak password', () => {
    expect(passwordHints('abc')).to.have.length(4);
    expect(passwordHints('Abcdefghijk1!')).to.deep.equal([]);
  });
});
