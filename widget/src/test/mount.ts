/** Component test helpers: mount the widget on a fake API and drive it. */
import { fixture, waitUntil } from '@open-wc/testing';
import type { LitElement } from 'lit';
import '../booking/index.js';
import type { CreneauPriseRdv } from '../booking/creneau-prise-rdv.js';
import { fakeApi } from './fake-api.js';

export let api: ReturnType<typeof fakeApi> | undefined;

export function restore() {
  api?.restore();
  api = undefined;
}

/** Mount <creneau-prise-rdv> with attributes, on a fake API with route overrides. */
export async function mount(attrs = 'organisation="org-1"', routes: Parameters<typeof fakeApi>[0] = {}, opts: Parameters<typeof fakeApi>[1] = {}) {
  api = fakeApi(routes, opts);
  const el = await fixture<CreneauPriseRdv>(`<creneau-prise-rdv api="" ${attrs}></creneau-prise-rdv>`);
  return el;
}

export const $ = <T extends Element = HTMLElement>(el: Element, sel: string) => el.shadowRoot!.querySelector<T>(sel);
export const $$ = <T extends Element = HTMLElement>(el: Element, sel: string) => [...el.shadowRoot!.querySelectorAll<T>(sel)];
export const text = (el: Element) => (el.shadowRoot!.querySelector('.root')?.textContent ?? '').replace(/[ \t\r\n]+/g, ' ');

/** The button whose visible text contains `label`. */
export function button(el: Element, label: string | RegExp) {
  const b = $$<HTMLButtonElement>(el, 'button, a').find((x) =>
    typeof label == 'string' ? x.textContent!.includes(label) : label.test(x.textContent!)
  );
  if (!b) throw new Error(`no button "${label}" in: ${text(el)}`);
  return b;
}

/** Wait until the step element is rendered (and, for créneaux, loaded). */
export async function step(el: CreneauPriseRdv, name: string) {
  await waitUntil(() => $(el, `creneau-${name}-step`), `step ${name} not shown; got: ${text(el)}`, { timeout: 3000 });
  const s = $<LitElement>(el, `creneau-${name}-step`)!;
  await s.updateComplete;
  if (name == 'creneau') await waitUntil(() => !$(el, '[aria-busy=true]'), 'créneaux still loading', { timeout: 3000 });
  await s.updateComplete;
  return s;
}

/** Wait for a step's heading to get the focus. */
export const focused = (el: Element) => el.shadowRoot!.activeElement as HTMLElement | null;

export async function settle(el: CreneauPriseRdv) {
  await el.updateComplete;
  await new Promise((r) => setTimeout(r, 0));
  const s = $<LitElement>(el, '[data-step]');
  await s?.updateComplete;
}

/** Type into an input of the shadow root. */
export function type(el: Element, name: string, value: string) {
  const input = $<HTMLInputElement>(el, `[name=${name}]`);
  if (!input) throw new Error(`no input ${name}`);
  input.value = value;
  input.dispatchEvent(new Event('input', { bubbles: true, composed: true }));
}

export function choose(el: Element, id: string) {
  const input = $<HTMLInputElement>(el, '#' + id)!;
  input.click();
}
