import { describe, expect, it } from 'vitest';
import { useServerAndBrowser } from './fixture.js';

const e2e = useServerAndBrowser();

describe('npm start', () => {
  it('logs the database in use, where the data lives and the demo credentials', () => {
    expect(e2e.server.logs()).toMatch(/PGlite embarquée, données dans .*pglite/);
    expect(e2e.server.logs()).toContain('admin@demo.creneau.fr / creneau-demo');
  });

  it('answers /health, /docs, /demo/ and /admin', async () => {
    const health = await fetch(`${e2e.server.url}/health`);
    expect(await health.json()).toMatchObject({ status: 'ok', database: { kind: 'pglite', status: 'ok' } });
    for (const path of ['/docs', '/demo/', '/admin']) {
      const res = await fetch(`${e2e.server.url}${path}`);
      expect(res.status, path).toBe(200);
      expect(res.headers.get('content-type'), path).toMatch(/text\/html/);
    }
    const widget = await fetch(`${e2e.server.url}/widget/creneau.js`);
    expect(widget.status).toBe(200);
    expect(widget.headers.get('content-type')).toMatch(/javascript/);
  });

  it('renders the interactive API documentation in Chromium', async () => {
    const page = await e2e.browser.newPage();
    await page.goto(`${e2e.server.url}/docs`);
    await page.waitForSelector('.swagger-ui .info .title', { timeout: 30_000 });
    expect(await page.textContent('.swagger-ui .info .title')).toContain('Créneau API');
    await page.close();
  });

  it('renders the widget on the demo page and the admin login page', async () => {
    const page = await e2e.browser.newPage();
    await page.goto(`${e2e.server.url}/demo/departement.html`);
    await page.waitForFunction(() => {
      const el = document.querySelector('creneau-prise-rdv');
      return !!el?.shadowRoot && el.shadowRoot.textContent!.trim().length > 0;
    }, undefined, { timeout: 30_000 });
    await page.goto(`${e2e.server.url}/admin`);
    // Playwright locators pierce the shadow roots of <creneau-admin> and its login form.
    await page.locator('creneau-admin input[type="password"]').waitFor({ timeout: 30_000 });
    await page.close();
  });
});
