import { expect } from '@open-wc/testing';
import { expectAccessible } from '../test/a11y.js';
import { $, $$, MONDAY, mountAdmin, page, paris, restoreFetch, state, text, waitText } from './test-support/fake-admin-api.js';

describe('Envois en échec', () => {
  afterEach(restoreFetch);

  it('lists the messages given up, newest first, with a link to their RDV', async () => {
    const s = state({
      failures: [
        { id: 'f-1', event: 'rdv_upcoming_reminder', channel: 'sms', destination: '+33 6•• •• •• 78', rdvId: 'rdv-1', lastError: 'Brevo 500 : internal_error', attempts: 15, failedAt: paris(MONDAY, '08:00') },
        { id: 'f-2', event: 'agent_invitation', channel: 'email', destination: 'c•••@exemple.fr', rdvId: null, lastError: 'Brevo 400 : invalid_parameter', attempts: 1, failedAt: paris(MONDAY, '07:00') },
      ],
    });
    const { el } = await mountAdmin('#/org-1/envois', s);
    const p = page(el);
    await waitText(p, 'Rappel');
    expect(text(p)).to.contain('SMS à +33 6•• •• •• 78');
    expect(text(p)).to.contain('Brevo 500 : internal_error (15 essais)');
    expect(text(p)).to.contain('Invitation d’un agent');
    expect($$(p, 'tbody tr')).to.have.length(2);
    expect($(p, 'tbody a')!.getAttribute('href')).to.equal('#/org-1/agenda?rdv=rdv-1');
    await expectAccessible(el);
  });

  it('says when everything left', async () => {
    const { el } = await mountAdmin('#/org-1/envois');
    await waitText(page(el), 'Aucun envoi en échec');
  });
});
