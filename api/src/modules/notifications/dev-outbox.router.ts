import express, { type Router } from 'express';
import type { AppContext } from '../../context.js';
import { emOf } from '../../context.js';

interface OutboxRow {
  id: string; channel: 'sms' | 'email'; to: string; subject: string | null; text: string;
  attachment_names: string[]; created_at: Date;
}

const escape = (s: string) => s.replace(/[&<>"']/g, (c) => `&#${c.charCodeAt(0)};`);

/** Development outbox (no BREVO_API_KEY): what would have been sent. Absent in production. */
export function devRouter(ctx: AppContext): Router {
  // Strict: /dev/outbox (JSON) and /dev/outbox/ (page) are two routes.
  const router = express.Router({ strict: true });
  const list = () => emOf(ctx).getConnection().execute<OutboxRow[]>(
    'select id, channel, "to", subject, text, attachment_names, created_at from dev_outbox_message order by created_at desc, id desc limit 200');
  router.get('/dev/outbox', async (_req, res, next) => {
    try {
      const rows = await list();
      res.json({ items: rows.map((r) => ({ id: r.id, channel: r.channel, to: r.to, subject: r.subject, text: r.text, attachments: r.attachment_names, createdAt: new Date(r.created_at).toISOString() })) });
    } catch (error) { next(error); }
  });
  router.get('/dev/outbox/', async (_req, res, next) => {
    try {
      const rows = await list();
      const items = rows.map((r) => `<li><article><h2>${r.channel === 'sms' ? 'SMS' : 'E-mail'} à ${escape(r.to)}</h2>
        <p><time datetime="${new Date(r.created_at).toISOString()}">${new Date(r.created_at).toLocaleString('fr-FR', { timeZone: 'Europe/Paris' })}</time></p>
        ${r.subject ? `<p><strong>${escape(r.subject)}</strong></p>` : ''}<pre>${escape(r.text)}</pre>
        ${r.attachment_names.length ? `<p>Pièces jointes : ${r.attachment_names.map(escape).join(', ')}</p>` : ''}</article></li>`).join('');
      res.type('html').send(`<!doctype html><html lang="fr"><head><meta charset="utf-8"><meta name="viewport" content="width=device-width, initial-scale=1">
        <title>Boîte d'envoi de développement — Créneau</title>
        <style>body{font-family:system-ui,sans-serif;max-width:48rem;margin:2rem auto;padding:0 1rem;color:#161616}li{list-style:none;border-bottom:1px solid #ddd;padding:1rem 0}pre{white-space:pre-wrap;font:inherit}</style></head>
        <body><h1>Boîte d'envoi de développement</h1><p>Messages qui auraient été envoyés (aucune clé Brevo configurée), du plus récent au plus ancien.</p>
        ${rows.length ? `<ul>${items}</ul>` : '<p>Aucun message pour le moment.</p>'}</body></html>`);
    } catch (error) { next(error); }
  });
  return router;
}
