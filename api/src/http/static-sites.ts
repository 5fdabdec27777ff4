import { existsSync, readFileSync } from 'node:fs';
import { join } from 'node:path';
import express, { type Router } from 'express';
import { notFound } from './problem.js';

export interface StaticSitesOptions {
  root: string;
  /** Organisation shown on the demo pages (non-production only). */
  demoOrganisationId: () => Promise<string | null>;
  demo: boolean;
}

const STRICT_CSP = "default-src 'self'; script-src 'self'; style-src 'self' 'unsafe-inline'; connect-src 'self'; img-src 'self' data:; frame-ancestors 'none'";

const adminPage = `<!doctype html>
<html lang="fr">
<head>
  <meta charset="utf-8">
  <meta name="viewport" content="width=device-width, initial-scale=1">
  <title>Créneau — administration</title>
  <style>body{margin:0;font-family:system-ui,-apple-system,"Segoe UI",Roboto,sans-serif;background:#f6f6f6;color:#161616}</style>
  <script type="module" src="/admin/creneau-admin.js"></script>
</head>
<body>
  <creneau-admin api=""></creneau-admin>
  <noscript>L'administration de Créneau nécessite JavaScript.</noscript>
</body>
</html>`;

/** The widget bundle, the admin single-page app and the demo host pages, all same-origin. */
export function staticSitesRouter(options: StaticSitesOptions): Router {
  const router = express.Router();
  const dist = join(options.root, 'dist');
  router.use('/widget', express.static(join(dist, 'widget'), {
    index: false,
    setHeaders: (res) => {
      // The bundle is public and embeddable anywhere: any origin may load it as a module script.
      res.setHeader('Access-Control-Allow-Origin', '*');
      res.setHeader('Cache-Control', 'public, max-age=300');
    },
  }));
  router.use('/admin', express.static(join(dist, 'admin'), { index: false }));
  router.get(['/admin', '/admin/', '/admin/*path'], (_req, res) => {
    res.setHeader('Content-Security-Policy', STRICT_CSP);
    res.type('html').send(adminPage);
  });
  if (options.demo) {
    const demoDir = join(options.root, 'demo');
    router.get(['/demo', '/demo/'], (_req, res) => res.redirect(301, '/demo/index.html'));
    router.get('/demo/:page', async (req, res, next) => {
      const page = req.params.page;
      const file = join(demoDir, page);
      if (!/^[a-z0-9-]+\.(html|js|css)$/.test(page) || !existsSync(file)) return next(notFound('Page'));
      if (!page.endsWith('.html')) return res.sendFile(file);
      const orgId = (await options.demoOrganisationId()) ?? '';
      const html = readFileSync(file, 'utf8').replaceAll('__DEMO_ORGANISATION_ID__', orgId);
      if (page === 'csp.html') res.setHeader('Content-Security-Policy', STRICT_CSP);
      res.type('html').send(html);
    });
  }
  return router;
}
