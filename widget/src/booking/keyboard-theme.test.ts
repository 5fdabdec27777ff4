import { expect, fixture, html } from '@open-wc/testing';
import { sendKeys, setViewport } from '@web/test-runner-commands';
import { expectAccessible } from '../test/a11y.js';
import { $, $$, api, focused, mount, restore, settle, step } from '../test/mount.js';
import { fakeApi } from '../test/fake-api.js';
import { fr } from '../i18n/fr.js';
import type { CreneauPriseRdv } from './creneau-prise-rdv.js';

const tab = () => sendKeys({ press: 'Tab' });

/** Press Tab until `pred(activeElement)`; fails after `max` presses. */
async function tabTo(el: Element, pred: (e: HTMLElement) => boolean, max = 15) {
  for (let i = 0; i < max; i++) {
    await tab();
    const a = focused(el);
    if (a && pred(a)) return a;
  }
  throw new Error('not reachable with Tab');
}

describe('<creneau-prise-rdv> keyboard', () => {
  afterEach(restore);

  it('books with the keyboard alone; focus goes to each heading', async () => {
    const el = await mount();
    await step(el, 'motif');
    (document.activeElement as HTMLElement | null)?.blur();

    await tabTo(el, (e) => e.textContent!.includes('Consultation PMI'));
    await sendKeys({ press: 'Enter' });
    await step(el, 'lieu');
    await settle(el);
    expect(focused(el)?.textContent).to.equal(fr.lieuTitle);

    await tab();
    expect(focused(el)?.textContent).to.contain('MDS Lens centre');
    await sendKeys({ press: 'Enter' });
    await step(el, 'creneau');
    await settle(el);
    expect(focused(el)?.textContent).to.equal(fr.creneauTitle);

    await tabTo(el, (e) => e.getAttribute('part') == 'button creneau');
    await sendKeys({ press: 'Enter' });
    await step(el, 'who');
    await settle(el);
    expect(focused(el)?.textContent).to.equal(fr.whoTitle);

    await tabTo(el, (e) => e.getAttribute('name') == 'firstName');
    await sendKeys({ type: 'Awa' });
    await tab();
    await sendKeys({ type: 'Diallo' });
    await tabTo(el, (e) => e.getAttribute('name') == 'phone');
    await sendKeys({ type: '0612345678' });
    await sendKeys({ press: 'Enter' });
    await step(el, 'code');
    await settle(el);
    expect(focused(el)?.textContent).to.equal(fr.codeTitle);

    await tab();
    expect(focused(el)?.getAttribute('name')).to.equal('code');
    await sendKeys({ type: '123456' });
    await sendKeys({ press: 'Enter' });
    await step(el, 'confirmation');
    await settle(el);
    expect(focused(el)?.textContent).to.equal(fr.doneTitle);
    expect(api!.calls.find((c) => c.path == '/rdvs')!.body.usager).to.deep.include({ firstName: 'Awa', lastName: 'Diallo', phone: '0612345678' });
  });

  it('reaches the back button and goes back with Space', async () => {
    const el = await mount('organisation="org-1" motif="motif-pmi"');
    await step(el, 'lieu');
    (document.activeElement as HTMLElement | null)?.blur();
    await tabTo(el, (e) => e.textContent!.includes('MDS Liévin'));
    await sendKeys({ press: 'Space' });
    await step(el, 'creneau');
    await tabTo(el, (e) => e.textContent == fr.back);
    await sendKeys({ press: 'Space' });
    await step(el, 'lieu');
  });
});

describe('<creneau-prise-rdv> theme and layout', () => {
  let other: ReturnType<typeof fakeApi> | undefined;
  afterEach(async () => {
    restore();
    other?.restore();
    other = undefined;
    await setViewport({ width: 800, height: 600 });
  });

  const primaryBg = (el: Element) => getComputedStyle($$(el, 'button[part~=choice]')[0]).borderColor;

  it('uses a neutral high-contrast theme by default', async () => {
    const el = await mount();
    await step(el, 'motif');
    expect(primaryBg(el)).to.equal('rgb(0, 0, 145)');
    expect(getComputedStyle(el).display).to.equal('block');
  });

  it('takes the host DSFR variables, and --creneau-* over them', async () => {
    other = fakeApi();
    const wrap = await fixture<HTMLElement>(html`<div style="--blue-france-sun-113-625: rgb(1, 2, 3); --text-default-grey: rgb(4, 5, 6)">
      <creneau-prise-rdv organisation="org-1"></creneau-prise-rdv>
    </div>`);
    const el = wrap.querySelector('creneau-prise-rdv') as CreneauPriseRdv;
    await step(el, 'motif');
    expect(primaryBg(el)).to.equal('rgb(1, 2, 3)');
    expect(getComputedStyle($(el, '.root')!).color).to.equal('rgb(4, 5, 6)');
    wrap.style.setProperty('--creneau-color-primary', 'rgb(7, 8, 9)');
    wrap.style.setProperty('--creneau-font-family', 'serif');
    expect(primaryBg(el)).to.equal('rgb(7, 8, 9)');
    expect(getComputedStyle($(el, '.root')!).fontFamily).to.equal('serif');
    el.remove();
  });

  it('stays readable on a dark-scheme host', async () => {
    other = fakeApi();
    const wrap = await fixture<HTMLElement>(html`<div style="color-scheme: dark; background: #000; color: #fff">
      <creneau-prise-rdv organisation="org-1"></creneau-prise-rdv>
    </div>`);
    const el = wrap.querySelector('creneau-prise-rdv') as CreneauPriseRdv;
    await step(el, 'motif');
    const root = getComputedStyle($(el, '.root')!);
    expect(root.backgroundColor).to.not.equal('rgb(255, 255, 255)');
    expect(root.color).to.not.equal('rgb(0, 0, 0)');
    await expectAccessible(el);
    el.remove();
  });

  it('can be styled with ::part', async () => {
    other = fakeApi();
    const wrap = await fixture<HTMLElement>(html`<div>
      <style>
        .themed::part(heading) { color: rgb(200, 0, 0); }
      </style>
      <creneau-prise-rdv class="themed" organisation="org-1"></creneau-prise-rdv>
    </div>`);
    const el = wrap.querySelector('creneau-prise-rdv') as CreneauPriseRdv;
    await step(el, 'motif');
    expect(getComputedStyle($(el, 'h2')!).color).to.equal('rgb(200, 0, 0)');
    el.remove();
  });

  it('works at 320 px wide with 44 px tap targets', async () => {
    await setViewport({ width: 320, height: 640 });
    const el = await mount('organisation="org-1" motif="motif-tel"');
    const check = () => {
      expect(el.scrollWidth, 'no horizontal scroll').to.be.at.most(el.clientWidth);
      for (const t of $$(el, 'button, input:not([type=radio]):not([type=checkbox]), label.check, a.btn')) {
        const r = t.getBoundingClientRect();
        expect(r.height, t.outerHTML).to.be.at.least(44);
        expect(r.width, t.outerHTML).to.be.at.least(44);
        expect(r.right, t.outerHTML).to.be.at.most(320);
      }
    };
    await step(el, 'creneau');
    check();
    $<HTMLButtonElement>(el, 'button[part~=creneau]')!.click();
    await step(el, 'who');
    $<HTMLInputElement>(el, '#f-proche')!.click();
    await settle(el);
    check();
    await expectAccessible(el);
  });
});
