import { expect, fixture, html } from '@open-wc/testing';
import { expectAccessible } from './a11y.js';

describe('axe harness', () => {
  it('finds violations inside a shadow root', async () => {
    const host = await fixture(html`<div></div>`);
    host.attachShadow({ mode: 'open' }).innerHTML = '<input type="text"><button></button>';
    const result = await expectAccessible(host).then(
      () => 'no violation',
      (e) => String(e)
    );
    expect(result).to.contain('label');
    expect(result).to.contain('button-name');
  });
});
