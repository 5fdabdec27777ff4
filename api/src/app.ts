import { readFileSync } from 'node:fs';
import { fileURLToPath } from 'node:url';
import express, { type Express } from 'express';
import { RequestContext } from '@mikro-orm/core';
import type { AppContext } from './context.js';
import { emOf } from './context.js';
import { RegisterRoutes } from './generated/routes.js';
import { corsForPublicApi, OriginRegistry } from './http/cors.js';
import { docsRouter } from './http/docs.js';
import { errorHandler, notFoundHandler } from './http/error-handler.js';
import { rateLimits } from './http/rate-limits.js';
import { staticSitesRouter } from './http/static-sites.js';
import { devRouter } from './modules/notifications/dev-outbox.router.js';

export const projectRoot = fileURLToPath(new URL('../..', import.meta.url));

/** Builds the HTTP application: what `server.ts` listens with and what tests import. */
export function createApp(ctx: AppContext): Express {
  const app = express();
  app.locals.ctx = ctx;
  app.locals.origins = new OriginRegistry(ctx);
  app.disable('x-powered-by');
  app.set('trust proxy', 'loopback');
  app.set('query parser', 'simple');

  app.use((_req, res, next) => {
    res.setHeader('X-Content-Type-Options', 'nosniff');
    res.setHeader('Referrer-Policy', 'no-referrer');
    next();
  });
  app.use(express.json({ limit: '100kb' }));
  // One entity manager per request (MikroORM identity map must never be shared across requests).
  app.use((_req, _res, next) => RequestContext.create(ctx.orm.em, next));

  app.get('/health', async (_req, res) => {
    let database = 'ok';
    try {
      await emOf(ctx).getConnection().execute('select 1');
    } catch {
      database = 'indisponible';
    }
    res.status(database === 'ok' ? 200 : 503).json({ status: database === 'ok' ? 'ok' : 'degrade', database: { kind: ctx.db.kind, status: database } });
  });

  const spec = readFileSync(new URL('../../openapi/openapi.json', import.meta.url), 'utf8');
  app.get(['/openapi.json', '/api/v1/openapi.json'], (_req, res) => res.type('json').send(spec));
  app.use(docsRouter());

  app.use('/api/v1/public', corsForPublicApi(app.locals.origins));
  rateLimits(app, ctx);

  const api = express.Router();
  RegisterRoutes(api);
  app.use(api);

  app.use(staticSitesRouter({
    root: projectRoot,
    demo: ctx.config.env !== 'production',
    demoOrganisationId: async () => {
      const rows = await emOf(ctx).getConnection().execute<{ id: string }[]>(
        "select id from organisation where name = 'MDS d''Arras' limit 1");
      return rows[0]?.id ?? null;
    },
  }));
  if (ctx.config.env !== 'production') app.use(devRouter(ctx));

  app.get('/', (_req, res) => res.redirect('/demo/'));
  app.use(notFoundHandler);
  app.use(errorHandler);
  return app;
}
