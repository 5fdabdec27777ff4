import { expect, oneEvent, waitUntil } from '@open-wc/testing';
import { expectAccessible } from '../test/a11y.js';
import { $, $$, api, button, choose, focused, mount, restore, settle, step, text, type } from '../test/mount.js';
import { json, organisation, paris, problem, MONDAY, WEDNESDAY } from '../test/fake-api.js';
import { addDays, formatter } from '../i18n/format.js';
import { fr } from '../i18n/fr.js';
import type { CreneauPriseRdv } from './creneau-prise-rdv.js';

const f = formatter(fr, 'Europe/Paris');
const live = (el: Element) => $(el, '[role=status]')!.textContent!.trim();
const alertText = (el: Element) => $(el, '[role=alert]')!.textContent!.trim();

/** Book up to the who step for the PMI motif at lieu-1, Monday 9:00. */
async function toWho(el: CreneauPriseRdv) {
  await step(el, 'motif');
  button(el, 'Consultation PMI').click();
  await step(el, 'lieu');
  button(el, 'MDS Lens centre').click();
  await step(el, 'creneau');
  $<HTMLButtonElement>(el, 'button[part~=creneau]')!.click();
  return step(el, 'who');
}

async function fillWho(el: CreneauPriseRdv) {
  type(el, 'firstName', 'Awa');
  type(el, 'lastName', 'Diallo');
  type(el, 'phone', '06 12 34 56 78');
  await settle(el);
}

async function toCode(el: CreneauPriseRdv) {
  await toWho(el);
  await fillWho(el);
  button(el, fr.sendCode).click();
  return step(el, 'code');
}

describe('<creneau-prise-rdv>', () => {
  afterEach(restore);

  it('shows a loading state while the organisation loads (accessible)', async () => {
    const el = await mount('organisation="org-1"', {}, { delay: 300 });
    expect(text(el)).to.contain(fr.loading);
    expect($(el, '[aria-busy=true]')).to.exist;
    await expectAccessible(el);
  });

  it('lists the motifs grouped by service, with their next availability (accessible)', async () => {
    const el = await mount();
    await step(el, 'motif');
    const groups = $$(el, 'h3').map((h) => h.textContent);
    expect(groups).to.deep.equal(['PMI', 'Service social']);
    expect(text(el)).to.contain('Étape 1 sur 5');
    expect(text(el)).to.contain(fr.nextAvailable(f.day(paris(MONDAY, '09:00'))));
    expect(text(el)).to.contain(fr.noAvailability); // the home visit
    expect(api!.calls[0].path).to.equal('/organisations/org-1');
    await expectAccessible(el);
  });

  it('does not steal the focus on first display', async () => {
    const el = await mount();
    await step(el, 'motif');
    expect(focused(el)).to.equal(null);
  });

  it('moves focus to the heading and announces the step on change', async () => {
    const el = await mount();
    await step(el, 'motif');
    const ev = oneEvent(el, 'creneau-step-change');
    button(el, 'Consultation PMI').click();
    const { detail } = await ev;
    expect(detail).to.deep.equal({ step: 'lieu', index: 2, total: 5 });
    await step(el, 'lieu');
    await settle(el);
    expect(focused(el)?.tagName).to.equal('H2');
    expect(focused(el)?.textContent).to.equal(fr.lieuTitle);
    await waitUntil(() => live(el) == 'Étape 2 sur 5\u00a0: Choisissez un lieu', live(el));
  });

  it('lists the lieux with address and next availability (accessible)', async () => {
    const el = await mount();
    await step(el, 'motif');
    button(el, 'Consultation PMI').click();
    await step(el, 'lieu');
    expect(text(el)).to.contain('1 rue de la Gare, 62300 Lens');
    expect(text(el)).to.contain('MDS Liévin');
    await expectAccessible(el);
  });

  it('asks to accept the instructions before booking', async () => {
    const el = await mount();
    await step(el, 'motif');
    button(el, 'Premier rendez-vous').click();
    await step(el, 'instructions');
    expect(text(el)).to.contain('avis d’imposition');
    button(el, fr.next).click();
    await settle(el);
    const box = $<HTMLInputElement>(el, '#f-accept')!;
    expect(box.getAttribute('aria-invalid')).to.equal('true');
    expect(box.getAttribute('aria-describedby')).to.equal('f-accept-e');
    expect($(el, '#f-accept-e')!.textContent).to.equal(fr.instructionsRequired);
    await expectAccessible(el);
    box.click();
    button(el, fr.next).click();
    await step(el, 'creneau'); // a single lieu: skipped
  });

  it('skips the lieu step for a phone motif', async () => {
    const el = await mount();
    await step(el, 'motif');
    button(el, 'Entretien téléphonique').click();
    await step(el, 'creneau');
    const q = api!.calls.find((c) => c.path == '/creneaux')!.query;
    expect(q.get('motifId')).to.equal('motif-tel');
    expect(q.has('lieuId')).to.equal(false);
  });

  it('skips the motif step when preset, and the lieu when preset', async () => {
    const el = await mount('organisation="org-1" motif="motif-pmi" lieu="lieu-1"');
    await step(el, 'creneau');
    expect(text(el)).to.contain('Étape 1 sur 3');
    expect($(el, 'button[part~=back]')).to.equal(null);
  });

  it('shows the days, then the times of a day, each named with day and time (accessible)', async () => {
    const el = await mount('organisation="org-1" motif="motif-pmi" lieu="lieu-1"');
    await step(el, 'creneau');
    const q = api!.calls.find((c) => c.path == '/creneaux')!.query;
    expect(q.get('from')).to.equal(MONDAY); // starts at the first availability
    expect(q.get('to')).to.equal(addDays(MONDAY, 6));
    const days = $$(el, 'button[part~=day]');
    expect(days.map((d) => d.getAttribute('aria-pressed'))).to.deep.equal(['true', 'false']);
    const times = $$(el, 'button[part~=creneau]');
    expect(times.map((b) => b.getAttribute('aria-label'))).to.deep.equal([
      f.at(paris(MONDAY, '09:00')),
      f.at(paris(MONDAY, '09:30')),
      f.at(paris(MONDAY, '14:00')),
    ]);
    expect(times[0].getAttribute('aria-label')).to.match(/^lundi \d+ \S+ à 9\u00a0h\u00a000$/);
    expect(times[0].textContent!.trim()).to.equal('9\u00a0h\u00a000');
    await expectAccessible(el);
    days[1].click();
    await settle(el);
    expect($$(el, 'button[part~=creneau]').map((b) => b.getAttribute('aria-label'))).to.deep.equal([f.at(paris(WEDNESDAY, '10:00'))]);
  });

  it('dispatches creneau-selected with ids and time only', async () => {
    const el = await mount('organisation="org-1" motif="motif-pmi" lieu="lieu-1"');
    await step(el, 'creneau');
    const ev = oneEvent(el, 'creneau-creneau-selected');
    $<HTMLButtonElement>(el, 'button[part~=creneau]')!.click();
    const e = await ev;
    expect(e.detail).to.deep.equal({ motifId: 'motif-pmi', lieuId: 'lieu-1', startsAt: paris(MONDAY, '09:00') });
    expect(e.bubbles && e.composed).to.equal(true);
  });

  it('navigates weeks and jumps to the next availability', async () => {
    const el = await mount('organisation="org-1" motif="motif-pmi" lieu="lieu-1"', {
      'GET /creneaux': (c) => {
        const from = c.query.get('from')!;
        const to = c.query.get('to')!;
        const days = [{ date: from, creneaux: from > MONDAY ? [{ startsAt: paris(from, '11:00'), endsAt: paris(from, '11:30') }] : [] }];
        return json({ timezone: 'Europe/Paris', days, nextAvailableAt: from <= MONDAY ? paris(addDays(MONDAY, 7), '11:00') : null, to });
      },
    });
    await step(el, 'creneau');
    expect(text(el)).to.contain(fr.emptyWeek);
    await expectAccessible(el);
    button(el, /Voir la prochaine disponibilité/).click();
    expect(focused(el)?.tagName, 'focus stays in the step').to.equal('H2');
    await step(el, 'creneau');
    expect(api!.calls.at(-1)!.query.get('from')).to.equal(addDays(MONDAY, 7));
    expect($$(el, 'button[part~=creneau]')).to.have.length(1);
    button(el, fr.previous).click();
    await step(el, 'creneau');
    expect(api!.calls.at(-1)!.query.get('from')).to.equal(MONDAY);
    button(el, fr.following).click();
    await step(el, 'creneau');
    expect(api!.calls.at(-1)!.query.get('from')).to.equal(addDays(MONDAY, 7));
  });

  it('shows an honest empty state with the phone number (accessible)', async () => {
    const el = await mount('organisation="org-1" motif="motif-pmi" lieu="lieu-1"', {
      'GET /creneaux': (c) => json({ timezone: 'Europe/Paris', days: [{ date: c.query.get('from'), creneaux: [] }], nextAvailableAt: null }),
    });
    await step(el, 'creneau');
    expect(text(el)).to.contain(fr.noneAtAll);
    expect(text(el)).to.contain(fr.callUs('03 21 11 11 11'));
    await expectAccessible(el);
  });

  it('validates the form, links errors to fields and announces them (accessible)', async () => {
    const el = await mount();
    await toWho(el);
    await expectAccessible(el);
    button(el, fr.sendCode).click();
    await settle(el);
    const first = $<HTMLInputElement>(el, '[name=firstName]')!;
    expect(first.getAttribute('aria-invalid')).to.equal('true');
    expect(first.getAttribute('aria-describedby')).to.equal('f-firstName-e');
    expect($(el, '#f-firstName-e')!.textContent).to.equal(fr.required);
    const phone = $<HTMLInputElement>(el, '[name=phone]')!;
    expect(phone.getAttribute('aria-describedby')).to.equal('f-phone-h f-phone-e');
    expect(focused(el)).to.equal(first);
    await waitUntil(() => alertText(el) == fr.formErrors(3), alertText(el));
    expect(api!.calls.some((c) => c.path == '/verifications')).to.equal(false);
    await expectAccessible(el);
  });

  it('asks the proche names, and the address for a home motif', async () => {
    const el = await mount('organisation="org-1" motif="motif-home"', {
      'GET /creneaux': (c) => json({ timezone: 'Europe/Paris', days: [{ date: c.query.get('from'), creneaux: [{ startsAt: paris(c.query.get('from')!, '10:00'), endsAt: paris(c.query.get('from')!, '11:00') }] }], nextAvailableAt: null }),
    });
    await step(el, 'creneau');
    $<HTMLButtonElement>(el, 'button[part~=creneau]')!.click();
    await step(el, 'who');
    expect($(el, '[name=address]')).to.exist;
    expect($(el, '[name=procheFirstName]')).to.equal(null);
    choose(el, 'f-proche');
    await settle(el);
    expect($(el, '[name=procheFirstName]')).to.exist;
    expect($(el, '[name=procheBirthDate]')!.getAttribute('type')).to.equal('date');
    choose(el, 'f-mail');
    await settle(el);
    expect($(el, '[name=email]')).to.exist;
    expect($(el, '[name=phone]')).to.equal(null);
    await expectAccessible(el);
  });

  it('shows the server 422 messages next to the fields', async () => {
    const el = await mount('organisation="org-1"', {
      'POST /verifications': () => problem(422, 'validation_error', [{ field: 'destination', message: 'Ce numéro ne peut pas recevoir de SMS.' }]),
    });
    await toWho(el);
    await fillWho(el);
    const err = oneEvent(el, 'creneau-error');
    button(el, fr.sendCode).click();
    expect((await err).detail).to.deep.equal({ code: 'validation_error', status: 422 });
    await settle(el);
    await waitUntil(() => $(el, '#f-phone-e'));
    expect($(el, '#f-phone-e')!.textContent).to.equal('Ce numéro ne peut pas recevoir de SMS.');
    expect($(el, '[name=phone]')!.getAttribute('aria-invalid')).to.equal('true');
    await expectAccessible(el);
  });

  it('sends the code, then books with an Idempotency-Key (accessible code step)', async () => {
    let attempts = 0;
    const el = await mount('organisation="org-1"', {
      'POST /rdvs': () => (++attempts == 1 ? problem(400, 'verification_invalide') : undefined!),
    });
    await toCode(el);
    const ver = api!.calls.find((c) => c.path == '/verifications')!;
    expect(ver.body).to.deep.equal({ channel: 'sms', destination: '0612345678' });
    expect(text(el)).to.contain(fr.codeSent(true, '06 12 34 56 78'));
    expect(text(el)).to.contain(fr.resendIn(30));
    const input = $<HTMLInputElement>(el, '[name=code]')!;
    expect(input.getAttribute('inputmode')).to.equal('numeric');
    expect(input.getAttribute('autocomplete')).to.equal('one-time-code');
    await expectAccessible(el);

    type(el, 'code', '12');
    button(el, fr.confirm).click();
    await settle(el);
    expect($(el, '#f-code-e')!.textContent).to.equal(fr.invalidCode);

    type(el, 'code', '000 000');
    button(el, fr.confirm).click();
    await waitUntil(() => $(el, '#f-code-e')?.textContent == fr.errors.verification_invalide);
    await expectAccessible(el);

    const confirmed = oneEvent(el, 'creneau-rdv-confirmed');
    type(el, 'code', '123456');
    button(el, fr.confirm).click();
    expect((await confirmed).detail).to.deep.equal({ rdvId: 'rdv-1' });
    const posts = api!.calls.filter((c) => c.path == '/rdvs');
    expect(posts).to.have.length(2);
    expect(posts[1].body).to.deep.include({ motifId: 'motif-pmi', lieuId: 'lieu-1', startsAt: paris(MONDAY, '09:00') });
    expect(posts[1].body.verification).to.deep.equal({ id: 'ver-1', code: '123456' });
    const k1 = posts[0].headers.get('Idempotency-Key');
    const k2 = posts[1].headers.get('Idempotency-Key');
    expect(k1).to.match(/^[0-9a-f-]{36}$/);
    expect(k2).to.not.equal(k1); // another submission (another code)
  });

  it('retries the same submission with the same Idempotency-Key', async () => {
    let attempts = 0;
    const el = await mount('organisation="org-1"', {
      'POST /rdvs': () => {
        if (++attempts == 1) throw new TypeError('Failed to fetch');
        return undefined!;
      },
    });
    await toCode(el);
    type(el, 'code', '123456');
    button(el, fr.confirm).click();
    await waitUntil(() => $(el, '#f-code-e'));
    expect($(el, '#f-code-e')!.textContent).to.equal(fr.errors.network);
    button(el, fr.confirm).click();
    await step(el, 'confirmation');
    const posts = api!.calls.filter((c) => c.path == '/rdvs');
    expect(posts[0].headers.get('Idempotency-Key')).to.equal(posts[1].headers.get('Idempotency-Key'));
  });

  it('resends the code after the countdown', async () => {
    const el = await mount('organisation="org-1"', {
      'POST /verifications': () => json({ id: 'ver-' + api!.calls.length, expiresAt: '', resendAfterSeconds: 1 }, 201),
    });
    await toCode(el);
    expect(text(el)).to.contain(fr.resendIn(1));
    await waitUntil(() => text(el).includes(fr.resend), 'no resend button', { timeout: 3000 });
    button(el, fr.resend).click();
    await waitUntil(() => text(el).includes(fr.resent));
    expect(api!.calls.filter((c) => c.path == '/verifications')).to.have.length(2);
    expect(text(el)).to.contain(fr.resendIn(1));
  });

  it('confirms with a summary, the .ics and the manage link (accessible)', async () => {
    const el = await mount();
    await toCode(el);
    type(el, 'code', '123456');
    button(el, fr.confirm).click();
    await step(el, 'confirmation');
    await waitUntil(() => $(el, 'a[download]'), 'no ics link');
    const ics = $<HTMLAnchorElement>(el, 'a[download]')!;
    expect(ics.href).to.match(/^blob:/);
    expect(ics.getAttribute('download')).to.equal('rendez-vous.ics');
    const icsCall = api!.calls.find((c) => c.path == '/rdvs/rdv-1/ics')!;
    expect(icsCall.headers.get('Authorization')).to.equal('Bearer tok-1');
    const manage = $<HTMLAnchorElement>(el, 'a[part~=link]')!;
    expect(manage.href).to.equal(location.href.split('#')[0] + '#rdv=rdv-1&token=tok-1');
    expect(text(el)).to.contain(fr.doneTitle);
    expect(text(el)).to.contain(f.full(paris(MONDAY, '09:00')));
    expect(text(el)).to.contain('Apportez le carnet de santé.');
    expect(focused(el)?.textContent).to.equal(fr.doneTitle);
    await expectAccessible(el);
  });

  it('on 409 goes back to the créneaux with a message, keeping the form (accessible)', async () => {
    const el = await mount('organisation="org-1"', { 'POST /rdvs': () => problem(409, 'creneau_indisponible') });
    await toCode(el);
    type(el, 'code', '123456');
    const err = oneEvent(el, 'creneau-error');
    button(el, fr.confirm).click();
    expect((await err).detail).to.deep.equal({ code: 'creneau_indisponible', status: 409 });
    await step(el, 'creneau');
    expect(text(el)).to.contain(fr.errors.creneau_indisponible);
    await waitUntil(() => alertText(el) == fr.errors.creneau_indisponible, alertText(el));
    await settle(el);
    expect(focused(el)?.tagName).to.equal('H2');
    await expectAccessible(el);
    $$<HTMLButtonElement>(el, 'button[part~=creneau]')[1].click();
    await step(el, 'who');
    expect($<HTMLInputElement>(el, '[name=firstName]')!.value).to.equal('Awa');
    expect($<HTMLInputElement>(el, '[name=phone]')!.value).to.equal('06 12 34 56 78');
  });

  it('keeps what was typed when going back', async () => {
    const el = await mount();
    await toWho(el);
    type(el, 'firstName', 'Awa');
    await settle(el);
    button(el, fr.back).click();
    await step(el, 'creneau');
    $<HTMLButtonElement>(el, 'button[part~=creneau]')!.click();
    await step(el, 'who');
    expect($<HTMLInputElement>(el, '[name=firstName]')!.value).to.equal('Awa');
  });

  it('explains when the site is not authorised (network / CORS) and retries', async () => {
    const el = await mount('organisation="org-1"', {
      'GET /organisations/org-1': () => {
        throw new TypeError('Failed to fetch');
      },
    });
    await waitUntil(() => text(el).includes(fr.errors.network), text(el));
    expect(text(el)).to.contain("Le site doit être autorisé");
    await expectAccessible(el);
    api!.restore();
    const { fakeApi } = await import('../test/fake-api.js');
    const again = fakeApi();
    try {
      button(el, fr.retry).click();
      await step(el, 'motif');
    } finally {
      again.restore();
    }
  });

  it('explains a refused origin (403 origine_non_autorisee)', async () => {
    const el = await mount('organisation="org-1"', { 'GET /organisations/org-1': () => problem(403, 'origine_non_autorisee') });
    await waitUntil(() => text(el).includes(fr.errors.origine_non_autorisee), text(el));
    expect(text(el)).to.contain(fr.errors.networkHelp);
  });

  it('emits creneau-error with code and status for a load failure', async () => {
    const { fakeApi } = await import('../test/fake-api.js');
    const a = fakeApi({ 'GET /organisations/org-1': () => problem(404, 'not_found') });
    try {
      const el = document.createElement('creneau-prise-rdv');
      el.setAttribute('organisation', 'org-1');
      const ev = oneEvent(el, 'creneau-error');
      document.body.append(el);
      expect((await ev).detail).to.deep.equal({ code: 'not_found', status: 404 });
      el.remove();
    } finally {
      a.restore();
    }
  });

  it('speaks English with lang="en", and takes message overrides', async () => {
    const el = await mount('organisation="org-1" lang="en"');
    await step(el, 'motif');
    expect(text(el)).to.contain('Choose the reason for your appointment');
    expect($(el, '.root')!.getAttribute('lang')).to.equal('en');
    expect(api!.calls[0].headers.get('Accept-Language')).to.equal('en');
    el.messages = { motifTitle: 'What do you need?' };
    await settle(el);
    expect($(el, 'h2')!.textContent).to.equal('What do you need?');
  });

  it('shows only the motifs of the service attribute', async () => {
    const el = await mount('organisation="org-1" service="svc-social"');
    await step(el, 'motif');
    expect($$(el, 'button[part~=choice]').map((b) => b.querySelector('strong')!.textContent)).to.deep.equal([
      'Premier rendez-vous assistante sociale',
      'Entretien téléphonique',
    ]);
  });

  it('says so when nothing can be booked', async () => {
    const el = await mount('organisation="org-1"', { 'GET /organisations/org-1': () => json(organisation({ motifs: [] })) });
    await step(el, 'motif');
    expect(text(el)).to.contain(fr.motifNone);
    expect(text(el)).to.contain(fr.callUs('03 21 00 00 00'));
    await expectAccessible(el);
  });
});
