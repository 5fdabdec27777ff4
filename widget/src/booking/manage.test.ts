import { expect, oneEvent, waitUntil } from '@open-wc/testing';
import { expectAccessible } from '../test/a11y.js';
import { $, $$, api, button, focused, mount, restore, settle, step, text } from '../test/mount.js';
import { paris, problem, rdv, MONDAY, json } from '../test/fake-api.js';
import { formatter } from '../i18n/format.js';
import { fr } from '../i18n/fr.js';

const f = formatter(fr, 'Europe/Paris');

/** In manage mode the créneaux start today: jump to the first availability. */
async function toFirstAvailability(el: Parameters<typeof step>[0]) {
  await step(el, 'creneau');
  if (!$(el, 'button[part~=creneau]')) {
    button(el, /Voir la prochaine disponibilité/).click();
    await step(el, 'creneau');
  }
}

describe('<creneau-prise-rdv> manage mode', () => {
  afterEach(() => {
    restore();
    history.replaceState(null, '', location.pathname + location.search);
  });

  it('shows the RDV from the rdv and token attributes (accessible)', async () => {
    const el = await mount('rdv="rdv-1" token="tok-1"');
    await step(el, 'manage');
    expect(api!.calls[0].path).to.equal('/rdvs/rdv-1');
    expect(api!.calls[0].headers.get('Authorization')).to.equal('Bearer tok-1');
    expect(text(el)).to.contain(fr.manageTitle);
    expect(text(el)).to.contain(f.full(paris(MONDAY, '09:00')));
    expect(text(el)).to.contain('MDS Lens centre');
    await waitUntil(() => $(el, 'a[download]'));
    expect(button(el, fr.cancel)).to.exist;
    expect(button(el, fr.move)).to.exist;
    await expectAccessible(el);
  });

  it('reads #rdv=…&token=… from the page URL', async () => {
    history.replaceState(null, '', '#rdv=rdv-1&token=tok-1');
    const el = await mount('organisation="org-1"');
    await step(el, 'manage');
    expect(api!.calls[0].headers.get('Authorization')).to.equal('Bearer tok-1');
  });

  it('opens the manage mode when the fragment changes (manage link of the same page)', async () => {
    const el = await mount('organisation="org-1"');
    await step(el, 'motif');
    location.hash = '#contenu'; // another anchor of the host page: nothing happens
    await settle(el);
    expect($(el, 'creneau-motif-step')).to.exist;
    location.hash = '#rdv=rdv-1&token=tok-1';
    await step(el, 'manage');
    await settle(el);
    expect(focused(el)?.textContent).to.equal(fr.manageTitle);
  });

  it('cancels after a confirmation', async () => {
    const el = await mount('rdv="rdv-1" token="tok-1"');
    await step(el, 'manage');
    button(el, fr.cancel).click();
    await settle(el);
    expect(text(el)).to.contain(fr.cancelQuestion);
    expect(focused(el)?.id).to.equal('q');
    await expectAccessible(el);
    button(el, fr.cancelNo).click();
    await settle(el);
    expect(text(el)).to.not.contain(fr.cancelQuestion);
    expect(focused(el)?.id).to.equal('cancel');
    expect(api!.calls.some((c) => c.path.endsWith('/annulation'))).to.equal(false);

    button(el, fr.cancel).click();
    await settle(el);
    const ev = oneEvent(el, 'creneau-rdv-cancelled');
    button(el, fr.cancelYes).click();
    expect((await ev).detail).to.deep.equal({ rdvId: 'rdv-1' });
    await settle(el);
    expect(text(el)).to.contain(fr.notice.cancelled);
    expect(text(el)).to.contain(fr.status.excused);
    expect($$(el, 'button').some((b) => b.textContent!.includes(fr.cancel))).to.equal(false);
    expect(focused(el)?.tagName).to.equal('H2');
    await expectAccessible(el);
  });

  it('moves through the créneau step', async () => {
    const el = await mount('rdv="rdv-1" token="tok-1"');
    await step(el, 'manage');
    button(el, fr.move).click();
    await toFirstAvailability(el);
    expect($(el, 'h2')!.textContent).to.equal(fr.moveTitle);
    const q = api!.calls.find((c) => c.path == '/creneaux')!.query;
    expect([q.get('motifId'), q.get('lieuId')]).to.deep.equal(['motif-pmi', 'lieu-1']);
    await expectAccessible(el);
    $$<HTMLButtonElement>(el, 'button[part~=creneau]')[2].click();
    await step(el, 'manage');
    const target = paris(MONDAY, '14:00');
    expect(text(el)).to.contain(fr.moveQuestion(f.full(target)));
    await expectAccessible(el);
    const ev = oneEvent(el, 'creneau-rdv-moved');
    button(el, fr.moveYes).click();
    expect((await ev).detail).to.deep.equal({ rdvId: 'rdv-1', startsAt: target });
    const call = api!.calls.find((c) => c.path.endsWith('/deplacement'))!;
    expect(call.body).to.deep.equal({ startsAt: target });
    expect(call.headers.get('Authorization')).to.equal('Bearer tok-1');
    await settle(el);
    expect(text(el)).to.contain(fr.notice.moved);
    expect(text(el)).to.contain(f.full(target));
  });

  it('goes back to the RDV from the créneau step', async () => {
    const el = await mount('rdv="rdv-1" token="tok-1"');
    await step(el, 'manage');
    button(el, fr.move).click();
    await step(el, 'creneau');
    button(el, fr.back).click();
    await step(el, 'manage');
  });

  it('explains a passed cut-off (annulation_impossible)', async () => {
    const el = await mount('rdv="rdv-1" token="tok-1"', { 'POST /rdvs/rdv-1/annulation': () => problem(409, 'annulation_impossible') });
    await step(el, 'manage');
    button(el, fr.cancel).click();
    await settle(el);
    const err = oneEvent(el, 'creneau-error');
    button(el, fr.cancelYes).click();
    expect((await err).detail).to.deep.equal({ code: 'annulation_impossible', status: 409 });
    await settle(el);
    expect(text(el)).to.contain(fr.errors.annulation_impossible);
    expect(text(el)).to.contain(fr.cancelNo); // the usager can step back
    await expectAccessible(el);
  });

  it('hides the actions the RDV does not allow', async () => {
    const el = await mount('rdv="rdv-1" token="tok-1"', {
      'GET /rdvs/rdv-1': () => json(rdv({ cancellable: false, movable: false, lieu: null, motif: { id: 'motif-tel', name: 'Entretien téléphonique', locationType: 'phone', instructionsAfter: null } })),
    });
    await step(el, 'manage');
    expect($$(el, 'button').map((b) => b.textContent)).to.deep.equal([]);
    expect(text(el)).to.contain(fr.phoneRdv);
  });

  it('says when the link is not valid any more', async () => {
    const el = await mount('rdv="rdv-1" token="bad"', { 'GET /rdvs/rdv-1': () => problem(404, 'not_found') });
    await waitUntil(() => text(el).includes(fr.errors.not_found), text(el));
    await expectAccessible(el);
  });

  it('a 409 while moving goes back to the créneaux', async () => {
    const el = await mount('rdv="rdv-1" token="tok-1"', { 'POST /rdvs/rdv-1/deplacement': () => problem(409, 'creneau_indisponible') });
    await step(el, 'manage');
    button(el, fr.move).click();
    await toFirstAvailability(el);
    $<HTMLButtonElement>(el, 'button[part~=creneau]')!.click();
    await step(el, 'manage');
    button(el, fr.moveYes).click();
    await step(el, 'creneau');
    expect(text(el)).to.contain(fr.errors.creneau_indisponible);
  });
});
