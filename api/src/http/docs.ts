import { createRequire } from 'node:module';
import { dirname } from 'node:path';
import express, { type Router } from 'express';

const require = createRequire(import.meta.url);

const page = `<!doctype html>
<html lang="fr">
<head>
  <meta charset="utf-8">
  <title>Créneau — documentation de l'API</title>
  <meta name="viewport" content="width=device-width, initial-scale=1">
  <link rel="stylesheet" href="/docs/assets/swagger-ui.css">
</head>
<body>
  <div id="swagger-ui"></div>
  <script src="/docs/assets/swagger-ui-bundle.js"></script>
  <script src="/docs/init.js"></script>
</body>
</html>`;

const init = `window.ui = SwaggerUIBundle({ url: '/openapi.json', dom_id: '#swagger-ui', deepLinking: true });`;

/** Interactive OpenAPI documentation at /docs (swagger-ui, served locally: no third-party request). */
export function docsRouter(): Router {
  const router = express.Router();
  const assets = dirname(require.resolve('swagger-ui-dist/package.json'));
  router.get(['/docs', '/docs/'], (_req, res) => res.type('html').send(page));
  router.get('/docs/init.js', (_req, res) => res.type('js').send(init));
  router.use('/docs/assets', express.static(assets, { index: false, maxAge: '1d' }));
  return router;
}
