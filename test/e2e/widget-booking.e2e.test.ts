import { describe, expect, it } from 'vitest';
import AxeBuilder from './axe.js';
import type { Page } from 'playwright-core';
import { useServerAndBrowser } from './fixture.js';

// A usager books a real RDV on the demo département page against the running API (embedded
// PGlite, demo data), reads the one-time code from the development outbox, then cancels the RDV
// from the manage link. A second run does the same with the keyboard only, on the strict-CSP page.
const e2e = useServerAndBrowser();

async function latestCode(phoneSuffix: string): Promise<string> {
  const deadline = Date.now() + 30_000;
  while (Date.now() < deadline) {
    const outbox = await (await fetch(`${e2e.server.url}/dev/outbox`)).json() as { items: { to: string; text: string }[] };
    const sms = outbox.items.find((m) => m.to.replace(/\D/g, '').endsWith(phoneSuffix) && /\b\d{6}\b/.test(m.text));
    if (sms) return sms.text.match(/\b(\d{6})\b/)![1]!;
    await new Promise((r) => setTimeout(r, 300));
  }
  throw new Error('aucun code dans la boîte d’envoi de développement');
}

async function expectNoAxeViolations(page: Page, state: string) {
  const violations = await AxeBuilder(page);
  expect(violations, `${state}: ${violations.map((v) => v.id).join(', ')}`).toEqual([]);
}

describe('booking on the demo département page', () => {
  it('books a consultation, then cancels it from the manage link', async () => {
    const page = await e2e.browser.newPage({ viewport: { width: 390, height: 844 } });
    await page.goto(`${e2e.server.url}/demo/departement.html`);
    const widget = page.locator('creneau-prise-rdv');
    await widget.getByRole('button', { name: /Consultation PMI nourrisson/ }).click();
    await expect.poll(() => widget.getByRole('heading', { name: 'Choisissez un lieu' }).isVisible()).toBe(true);
    await expectNoAxeViolations(page, 'lieux');
    await widget.getByRole('button', { name: /MDS d'Arras — centre/ }).click();
    await widget.getByRole('heading', { name: 'Choisissez un créneau' }).waitFor();
    await widget.locator('[part~="day"]').first().click();
    const creneau = widget.locator('[part~="creneau"]').first();
    const chosen = await creneau.getAttribute('aria-label');
    expect(chosen).toMatch(/à \d{1,2}\s?h\s?\d{2}/);
    await expectNoAxeViolations(page, 'créneaux');
    await creneau.click();

    await widget.getByRole('heading', { name: 'Vos coordonnées' }).waitFor();
    await widget.getByLabel('Prénom').fill('Inès');
    await widget.getByLabel('Nom', { exact: true }).fill('Bouchard');
    await widget.getByLabel('Numéro de téléphone portable').fill('06 12 34 56 78');
    await widget.getByRole('button', { name: 'Recevoir le code' }).click();

    await widget.getByRole('heading', { name: 'Saisissez le code reçu' }).waitFor();
    await expectNoAxeViolations(page, 'code');
    const code = await latestCode('612345678');
    await widget.getByLabel('Code à 6 chiffres').fill(code);
    const confirmed = page.evaluate(() => new Promise<string>((resolve) => {
      document.addEventListener('creneau-rdv-confirmed', (e) => resolve((e as CustomEvent<{ rdvId: string }>).detail.rdvId), { once: true });
    }));
    await widget.getByRole('button', { name: 'Confirmer le rendez-vous' }).click();
    await widget.getByRole('heading', { name: 'Votre rendez-vous est confirmé' }).waitFor();
    const rdvId = await confirmed;
    expect(rdvId).toMatch(/^[0-9a-f-]{36}$/);
    await expectNoAxeViolations(page, 'confirmation');

    // The confirmation SMS/e-mail carries the manage link; the widget shows it too.
    const manageHref = await widget.getByRole('link', { name: 'Gérer mon rendez-vous' }).getAttribute('href');
    expect(manageHref).toContain(`rdv=${rdvId}`);
    await page.goto(new URL(manageHref!, e2e.server.url).toString());
    await widget.getByRole('heading', { name: 'Votre rendez-vous' }).waitFor();
    await widget.getByRole('button', { name: 'Annuler le rendez-vous' }).click();
    await widget.getByRole('button', { name: 'Oui, annuler' }).click();
    await expect.poll(() => widget.getByText('Votre rendez-vous est annulé.').isVisible()).toBe(true);

    const token = new URLSearchParams(new URL(manageHref!, e2e.server.url).hash.slice(1)).get('token');
    const check = await fetch(`${e2e.server.url}/api/v1/public/rdvs/${rdvId}`, { headers: { authorization: `Bearer ${token}` } });
    expect((await check.json()).status).toBe('excused');
    await page.close();
  });

  it('books with the keyboard alone on a page with a strict CSP (script-src self, no eval)', async () => {
    const page = await e2e.browser.newPage({ viewport: { width: 1024, height: 900 } });
    const cspErrors: string[] = [];
    page.on('console', (m) => { if (/Content Security Policy/i.test(m.text())) cspErrors.push(m.text()); });
    const res = await page.goto(`${e2e.server.url}/demo/csp.html`);
    expect(res!.headers()['content-security-policy']).toContain("script-src 'self'");
    const widget = page.locator('creneau-prise-rdv');
    await widget.getByRole('button', { name: /Pesée et conseils/ }).waitFor();
    // Tab until the motif button has focus, then Enter: no mouse from here on.
    const pressUntilFocused = async (name: RegExp, max = 40) => {
      for (let i = 0; i < max; i++) {
        const focused = await page.evaluate(() => {
          let el: Element | null = document.activeElement;
          while (el?.shadowRoot?.activeElement) el = el.shadowRoot.activeElement;
          return (el as HTMLElement | null)?.getAttribute('aria-label') ?? (el as HTMLElement | null)?.textContent ?? '';
        });
        if (name.test(focused.replace(/\s+/g, ' '))) return;
        await page.keyboard.press('Tab');
      }
      throw new Error(`focus jamais atteint : ${name}`);
    };
    await pressUntilFocused(/Pesée et conseils/);
    await page.keyboard.press('Enter');
    await widget.getByRole('heading', { name: 'Choisissez un lieu' }).waitFor();
    // Focus moved to the step heading.
    expect(await page.evaluate(() => document.querySelector('creneau-prise-rdv')!.shadowRoot!.activeElement?.tagName)).toMatch(/^H\d$/);
    await pressUntilFocused(/MDS d'Arras — centre/);
    await page.keyboard.press('Enter');
    await widget.getByRole('heading', { name: 'Choisissez un créneau' }).waitFor();
    await pressUntilFocused(/\d+ créneaux?/);
    await page.keyboard.press('Enter');
    await pressUntilFocused(/ à \d/);
    await page.keyboard.press('Enter');
    await widget.getByRole('heading', { name: 'Vos coordonnées' }).waitFor();
    await pressUntilFocused(/^$|Prénom/, 5).catch(() => undefined);
    await widget.getByLabel('Prénom').focus();
    await page.keyboard.type('Karim');
    await page.keyboard.press('Tab');
    await page.keyboard.type('Haddad');
    await widget.getByLabel('Numéro de téléphone portable').focus();
    await page.keyboard.type('0698765432');
    await page.keyboard.press('Enter');
    await widget.getByRole('heading', { name: 'Saisissez le code reçu' }).waitFor();
    const code = await latestCode('698765432');
    await widget.getByLabel('Code à 6 chiffres').focus();
    await page.keyboard.type(code);
    await page.keyboard.press('Enter');
    await widget.getByRole('heading', { name: 'Votre rendez-vous est confirmé' }).waitFor();
    expect(cspErrors).toEqual([]);
    await page.close();
  });
});
