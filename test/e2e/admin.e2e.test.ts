// The admin UI end to end, in Chromium against the real server on a fresh demo database:
// the demo admin logs in at /admin, creates a motif and a weekly plage with the recurrence
// editor, sees the plage's créneaux in the public créneaux endpoint, books one for a new usager
// from the agenda and marks it seen. A basic agent then sees only what their role allows.
import { describe, expect, it } from 'vitest';
import { createRequire } from 'node:module';
import type { Locator, Page } from 'playwright-core';
import { useServerAndBrowser } from './fixture.js';

const e2e = useServerAndBrowser();

const nb = (s: string | null) => (s ?? '').replace(/\u00a0/g, ' ');
const parisDay = (d = new Date()) => new Intl.DateTimeFormat('en-CA', { timeZone: 'Europe/Paris' }).format(d);
const addDays = (ymd: string, n: number) => new Date(Date.parse(ymd + 'T12:00:00Z') + n * 86_400_000).toISOString().slice(0, 10);
const parisTime = (iso: string) => new Intl.DateTimeFormat('fr-FR', { timeZone: 'Europe/Paris', hour: '2-digit', minute: '2-digit' }).format(new Date(iso));

async function api<T>(path: string, token?: string): Promise<T> {
  const res = await fetch(`${e2e.server.url}/api/v1${path}`, { headers: token ? { Authorization: `Bearer ${token}` } : {} });
  expect(res.status, path).toBe(200);
  return (await res.json()) as T;
}

async function tokenOf(email: string): Promise<string> {
  const res = await fetch(`${e2e.server.url}/api/v1/auth/token`, {
    method: 'POST',
    headers: { 'Content-Type': 'application/json' },
    body: JSON.stringify({ grantType: 'password', email, password: 'creneau-demo' }),
  });
  return ((await res.json()) as { accessToken: string }).accessToken;
}

/** Opens /admin and logs in; returns the page and the <creneau-admin> locator (Playwright pierces shadow roots). */
async function login(email: string, viewport = { width: 1024, height: 900 }): Promise<{ page: Page; admin: Locator; errors: string[] }> {
  // bypassCSP only lets the accessibility test inject axe-core; the admin itself runs under the strict CSP.
  const page = await e2e.browser.newPage({ viewport, bypassCSP: true });
  const errors: string[] = [];
  page.on('pageerror', (e) => errors.push(String(e)));
  page.on('response', (r) => {
    // Expected failures: resuming without a session cookie on first load; no receipts for a RDV yet;
    // the 409 that turns an overlapping plage into a warning the admin accepts.
    const path = new URL(r.url()).pathname;
    const expected =
      (path == '/api/v1/auth/token' && [401, 422].includes(r.status())) ||
      (path.endsWith('/receipts') && r.status() == 404) ||
      (path.endsWith('/plages-ouverture') && r.request().method() == 'POST' && r.status() == 409);
    if (r.status() >= 400 && !expected) errors.push(`${r.request().method()} ${path} → ${r.status()}`);
  });
  await page.goto(`${e2e.server.url}/admin`);
  const admin = page.locator('creneau-admin');
  await admin.getByLabel('Adresse e-mail').fill(email);
  await admin.getByLabel('Mot de passe').fill('creneau-demo');
  await admin.getByRole('button', { name: 'Se connecter' }).click();
  await admin.getByRole('heading', { level: 1, name: 'Agenda' }).waitFor({ timeout: 30_000 });
  return { page, admin, errors };
}

describe('admin UI (/admin)', () => {
  it('logs in, creates a motif and a weekly plage, whose créneaux are public, books one from the agenda and marks it seen', async () => {
    const { page, admin, errors } = await login('admin@demo.creneau.fr');
    const stamp = Date.now().toString(36);
    const motifName = `Atelier numérique ${stamp}`;
    const lieuName = 'MDS d\'Arras — centre';

    // The territoire admin sees both organisations; work in Arras.
    await admin.getByLabel('Organisation').selectOption({ label: 'MDS d\'Arras' });
    await admin.getByRole('navigation').getByRole('link', { name: 'Motifs' }).click();
    await admin.getByRole('link', { name: 'Créer un motif' }).click();
    await admin.getByLabel('Nom du motif').fill(motifName);
    await admin.getByLabel('Durée, en minutes').fill('30');
    await admin.getByLabel('Tout le monde, en ligne').check();
    await admin.getByLabel('Délai minimum avant le rendez-vous').selectOption({ label: '30 min' });
    await admin.getByLabel('Délai maximum de réservation').selectOption({ label: '1 mois' });
    await admin.getByRole('button', { name: 'Créer le motif' }).click();
    await admin.getByText(`Le motif « ${motifName} » est enregistré.`).waitFor();
    await admin.getByRole('rowheader', { name: motifName }).waitFor();

    // A weekly plage for Julien Martin, Monday to Friday 14 h – 16 h, with the recurrence editor.
    await admin.getByRole('navigation').getByRole('link', { name: 'Plages d’ouverture' }).click();
    await admin.getByLabel('Agent').selectOption({ label: 'Julien Martin' });
    await admin.getByRole('link', { name: 'Créer une plage d’ouverture' }).click();
    await admin.getByLabel('Nom de la plage (facultatif)').fill(`Plage ${stamp}`);
    await admin.getByLabel(`${motifName} (sur place, 30 min)`).check();
    await admin.getByLabel('Lieu', { exact: true }).selectOption({ label: lieuName });
    await admin.getByLabel('De', { exact: true }).fill('14:00');
    await admin.getByLabel('À', { exact: true }).fill('16:00');
    await admin.getByLabel('Chaque semaine ou toutes les N semaines').check();
    for (const day of ['lundi', 'mardi', 'mercredi', 'jeudi', 'vendredi']) await admin.getByLabel(day, { exact: true }).check();
    await expect.poll(async () => nb(await admin.locator('#recurrence-summary').textContent())).toBe('Chaque semaine du lundi au vendredi, de 14 h à 16 h');
    expect(await admin.locator('.next li').count()).toBeGreaterThan(0);
    await admin.getByRole('button', { name: 'Créer la plage' }).click();
    await admin.getByText('La plage d’ouverture est enregistrée.').waitFor();
    await admin.getByRole('heading', { level: 2, name: `Plage ${stamp}` }).waitFor();

    // A second plage overlapping it on Mondays: the API's 409 is a warning the admin accepts.
    await admin.getByRole('link', { name: 'Créer une plage d’ouverture' }).click();
    await admin.getByLabel('Nom de la plage (facultatif)').fill(`Lundi ${stamp}`);
    await admin.getByLabel('Consultation PMI nourrisson (sur place, 30 min)').check();
    await admin.getByLabel('Lieu', { exact: true }).selectOption({ label: lieuName });
    await admin.getByLabel('De', { exact: true }).fill('15:00');
    await admin.getByLabel('À', { exact: true }).fill('17:00');
    await admin.getByLabel('Chaque semaine ou toutes les N semaines').check();
    for (const day of ['mardi', 'mercredi', 'jeudi', 'vendredi', 'samedi', 'dimanche']) await admin.getByLabel(day, { exact: true }).uncheck();
    await admin.getByLabel('lundi', { exact: true }).check();
    await admin.getByRole('button', { name: 'Créer la plage' }).click();
    const accept = admin.getByRole('button', { name: 'Enregistrer quand même' });
    await accept.waitFor();
    expect(await admin.locator('#overlap').textContent()).toContain('chevauche une autre plage de Julien Martin');
    await accept.click();
    await admin.getByText('La plage d’ouverture est enregistrée.').waitFor();
    await admin.getByRole('heading', { level: 2, name: `Lundi ${stamp}` }).waitFor();

    // Its créneaux are public (what the widget shows usagers).
    const token = await tokenOf('admin@demo.creneau.fr');
    const me = await api<{ organisations: { id: string; name: string }[] }>('/me', token);
    const org = me.organisations.find((o) => o.name == 'MDS d\'Arras')!.id;
    const motif = (await api<{ items: { id: string; name: string }[] }>(`/organisations/${org}/motifs`, token)).items.find((m) => m.name == motifName)!;
    const lieu = (await api<{ items: { id: string; name: string }[] }>(`/organisations/${org}/lieux`, token)).items.find((l) => l.name == lieuName)!;
    const from = parisDay();
    const pub = await api<{ days: { date: string; creneaux: { startsAt: string }[] }[] }>(
      `/public/creneaux?motifId=${motif.id}&lieuId=${lieu.id}&from=${from}&to=${addDays(from, 13)}`
    );
    const starts = pub.days.flatMap((d) => d.creneaux.map((c) => c.startsAt));
    expect(starts.length).toBeGreaterThan(10);
    for (const s of starts) expect(['14:00', '14:30', '15:00', '15:30']).toContain(parisTime(s));

    // Book one from the agenda, for a new usager.
    await admin.getByRole('navigation').getByRole('link', { name: 'Agenda' }).click();
    await admin.getByRole('link', { name: 'Prendre un rendez-vous' }).click();
    await admin.getByLabel('Motif', { exact: true }).selectOption({ label: motifName });
    await admin.getByLabel('Lieu', { exact: true }).selectOption({ label: lieuName });
    await admin.getByLabel('Agent', { exact: true }).selectOption({ label: 'Julien Martin' });
    const slots = admin.locator('.times button');
    const next = admin.getByRole('button', { name: /^Voir la prochaine disponibilité/ });
    await slots.first().or(next).waitFor();
    if (await next.isVisible()) await next.click();
    const slot = slots.first();
    await slot.waitFor();
    const slotName = nb(await slot.getAttribute('aria-label'));
    expect(slotName).toMatch(/ à 1[45] h [03]0 avec Julien Martin$/);
    await slot.click();
    await expect.poll(() => slot.getAttribute('aria-pressed')).toBe('true');
    await admin.getByLabel('Un nouvel usager').check();
    await admin.getByLabel('Prénom').fill('Élise');
    await admin.getByLabel('Nom', { exact: true }).fill(`Essai ${stamp}`);
    await admin.getByLabel('Téléphone portable (facultatif)').fill('06 12 34 56 78');
    await admin.getByRole('button', { name: 'Prendre le rendez-vous' }).click();
    await admin.getByText(`Rendez-vous pris : ${motifName}`).waitFor();

    // The agenda shows it; open it and mark it seen.
    const rdv = admin.getByRole('button', { name: new RegExp(`${motifName}.*Élise Essai ${stamp}`) });
    await rdv.waitFor();
    await rdv.click();
    const dialog = admin.getByRole('dialog');
    await dialog.waitFor();
    await dialog.getByText(/Aucun envoi|Confirmation/).first().waitFor();
    await dialog.getByLabel('Vu (honoré)').check();
    await dialog.getByRole('button', { name: 'Enregistrer le statut' }).click();
    await dialog.getByText('Statut enregistré : Vu (honoré).').waitFor();
    await dialog.getByRole('button', { name: 'Fermer' }).click();
    await expect.poll(() => rdv.textContent()).toContain('Vu (honoré)');

    // The API agrees: the RDV and its participation are seen, booked by an agent.
    const day = parisDay(new Date(Date.parse(starts[0])));
    const list = await api<{ items: { motifId: string; status: string; createdBy: { type: string }; participations: { status: string; lastName: string }[] }[] }>(
      `/organisations/${org}/rdvs?from=${from}&to=${addDays(day, 31)}`,
      token
    );
    const booked = list.items.find((r) => r.motifId == motif.id)!;
    expect(booked).toMatchObject({ status: 'seen', createdBy: { type: 'agent' } });
    expect(booked.participations).toEqual([expect.objectContaining({ lastName: `Essai ${stamp}`, status: 'seen' })]);
    expect(errors).toEqual([]);

    // Log out: the session cookie is revoked, a reload shows the login form.
    await admin.getByRole('button', { name: 'Se déconnecter' }).click();
    await admin.getByLabel('Mot de passe').waitFor();
    await page.reload();
    await admin.getByLabel('Mot de passe').waitFor({ timeout: 30_000 });
    await page.close();
  });

  it('keeps the session across a reload (httpOnly cookie) and shows a basic agent only what their role allows', async () => {
    const { page, admin } = await login('puericultrice.arras@demo.creneau.fr');
    const menu = admin.getByRole('navigation').getByRole('link');
    expect(await menu.allTextContents()).toEqual(['Agenda', 'Motifs', 'Lieux', 'Plages d’ouverture', 'Absences']);
    expect(await page.evaluate(() => document.cookie)).toBe(''); // the refresh token is httpOnly, scoped to /api/v1/auth
    await page.reload();
    await admin.getByRole('heading', { level: 1, name: 'Agenda' }).waitFor({ timeout: 30_000 });
    await admin.getByRole('navigation').getByRole('link', { name: 'Motifs' }).click();
    await admin.getByRole('heading', { level: 1, name: 'Motifs' }).waitFor();
    await admin.getByText(/Motifs actifs/).waitFor();
    expect(await admin.getByRole('link', { name: 'Créer un motif' }).count()).toBe(0);
    expect(await admin.getByRole('button', { name: /^Archiver/ }).count()).toBe(0);
    await page.close();
  });

  it('has no axe-core violation and no horizontal scrolling on any screen, at tablet width', async () => {
    const { page, admin, errors } = await login('admin@demo.creneau.fr', { width: 768, height: 1024 });
    await page.addScriptTag({ path: createRequire(import.meta.url).resolve('axe-core/axe.min.js') });
    const audit = async (what: string) => {
      await admin.getByRole('heading', { level: 1 }).waitFor();
      await page.waitForFunction(() => !document.querySelector('creneau-admin')!.shadowRoot!.textContent!.includes('Chargement…'), undefined, { timeout: 30_000 });
      const violations = await page.evaluate(async () => {
        const r = await (window as any).axe.run(document, { runOnly: { type: 'tag', values: ['wcag2a', 'wcag2aa', 'wcag21a', 'wcag21aa'] }, resultTypes: ['violations'] });
        return r.violations.map((v: any) => `${v.id}: ${v.nodes.map((n: any) => n.target.join(' ')).join(', ')}`);
      });
      expect(violations, what).toEqual([]);
      expect(await page.evaluate(() => document.documentElement.scrollWidth - window.innerWidth), `${what}: horizontal scroll`).toBeLessThanOrEqual(0);
    };
    const org = new URL(page.url()).hash.split('/')[1];
    for (const [path, what] of [
      ['agenda', 'agenda'], ['agenda/rendez-vous', 'prise de rendez-vous'], ['motifs', 'motifs'], ['motifs/nouveau', 'nouveau motif'],
      ['lieux', 'lieux'], ['lieux/nouveau', 'nouveau lieu'], ['plages', 'plages'], ['plages/nouveau', 'nouvelle plage'],
      ['absences', 'absences'], ['absences/nouveau', 'nouvelle absence'], ['agents', 'agents'], ['agents/nouveau', 'inviter un agent'], ['integration', 'intégration'], ['envois', 'envois en échec'],
    ]) {
      await page.evaluate((h) => (location.hash = h), `#/${org}/${path}`);
      await audit(what);
    }
    // A RDV dialog, on the week of the first demo RDV.
    await page.evaluate((h) => (location.hash = h), `#/${org}/agenda`);
    const rdv = admin.locator('button.rdv').first();
    for (let i = 0; i < 8 && !(await rdv.isVisible().catch(() => false)); i++) {
      await admin.getByRole('button', { name: 'Semaine suivante →' }).click();
      await page.waitForTimeout(300);
    }
    if (await rdv.isVisible()) {
      await rdv.click();
      await admin.getByRole('dialog').getByText(/Aucun envoi|Confirmation|Rappel/).first().waitFor();
      await audit('rendez-vous');
    }
    expect(errors).toEqual([]);
    await page.close();
  });

  it('invites an agent, who opens the e-mailed link, chooses a password and lands on the agenda', async () => {
    const { page, admin, errors } = await login('admin@demo.creneau.fr');
    const email = `invite.${Date.now().toString(36)}@exemple.fr`;
    await admin.getByLabel('Organisation').selectOption({ label: 'MDS d\'Arras' });
    await admin.getByRole('navigation').getByRole('link', { name: 'Agents' }).click();
    await admin.getByRole('link', { name: 'Inviter un agent' }).click();
    await admin.getByLabel('Adresse e-mail').fill(email);
    await admin.getByLabel('Prénom').fill('Awa');
    await admin.getByLabel('Nom', { exact: true }).fill('Diallo');
    await admin.getByRole('button', { name: 'Inviter l’agent' }).click();
    await admin.getByText(`un e-mail d’invitation est parti à ${email}`).waitFor();
    expect(errors).toEqual([]);
    await page.close();

    // The e-mail, as the development outbox shows it.
    let link = '';
    for (let i = 0; i < 60 && !link; i++) {
      const items = ((await (await fetch(`${e2e.server.url}/dev/outbox`)).json()) as { items: { to: string; subject: string; text: string }[] }).items;
      const mail = items.find((m) => m.to == email);
      link = mail?.text.match(/http\S+\/admin#\/invitation\/[A-Za-z0-9_-]+/)?.[0] ?? '';
      if (!link) await new Promise((r) => setTimeout(r, 500));
    }
    expect(link).toMatch(/\/admin#\/invitation\//);

    const invited = await e2e.browser.newPage({ viewport: { width: 390, height: 844 } });
    await invited.goto(link.replace(/^http:\/\/localhost:\d+/, e2e.server.url));
    const app = invited.locator('creneau-admin');
    await app.getByRole('heading', { level: 1, name: 'Bienvenue sur Créneau' }).waitFor({ timeout: 30_000 });
    await app.getByLabel('Nouveau mot de passe').fill('Awa-Diallo-2027!');
    await app.getByLabel('Confirmez le mot de passe').fill('Awa-Diallo-2027!');
    await app.getByRole('button', { name: 'Activer mon compte' }).click();
    await app.getByRole('heading', { level: 1, name: 'Agenda' }).waitFor({ timeout: 30_000 });
    expect(await invited.evaluate(() => location.hash)).not.toContain('invitation');
    await invited.close();
  });

  it('works with the keyboard alone: log in, reach the menu, open a page', async () => {
    const page = await e2e.browser.newPage({ viewport: { width: 1024, height: 900 } });
    await page.goto(`${e2e.server.url}/admin`);
    const admin = page.locator('creneau-admin');
    await admin.getByLabel('Adresse e-mail').waitFor();
    await page.keyboard.press('Tab');
    await page.keyboard.type('admin@demo.creneau.fr');
    await page.keyboard.press('Tab');
    await page.keyboard.type('creneau-demo');
    await page.keyboard.press('Enter');
    await admin.getByRole('heading', { level: 1, name: 'Agenda' }).waitFor({ timeout: 30_000 });
    // From the top: skip link, then the header, then the menu.
    const focused = () => page.evaluate(() => {
      let el: Element | null = document.activeElement;
      while (el?.shadowRoot?.activeElement) el = el.shadowRoot.activeElement;
      return `${el?.localName} ${el?.textContent?.trim()}`;
    });
    await page.evaluate(() => (document.activeElement as HTMLElement | null)?.blur());
    for (let i = 0; i < 40 && !(await focused()).startsWith('a Lieux'); i++) await page.keyboard.press('Tab');
    expect(await focused()).toBe('a Lieux');
    await page.keyboard.press('Enter');
    await admin.getByRole('heading', { level: 1, name: 'Lieux' }).waitFor();
    expect(await focused()).toBe('h1 Lieux');
    await page.close();
  });
});
