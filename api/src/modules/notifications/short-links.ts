import { createHmac, timingSafeEqual } from 'node:crypto';
import express, { type Router } from 'express';
import type { Config } from '../../config.js';
import type { AppContext } from '../../context.js';
import { exec } from '../../db/sql.js';
import { sendProblem } from '../../http/error-handler.js';
import { notFound } from '../../http/problem.js';
import { manageUrlFor, offerUrlFor } from './links.js';

/**
 * Short manage links for SMS (one 160-character segment cannot carry the full signed link):
 * `${publicUrl}/r/<code>` where the code is a kind letter, the RDV (or seat) id in base64url and a
 * 60-bit HMAC — 33 characters. GET /r/<code> answers 302 to the full manage link.
 */

const MAC_CHARS = 10;

function mac(config: Config, payload: string): string {
  return createHmac('sha256', config.manageTokenSecret).update(`short:${payload}`).digest('base64url').slice(0, MAC_CHARS);
}

const uuidToB64 = (uuid: string) => Buffer.from(uuid.replace(/-/g, ''), 'hex').toString('base64url');
function b64ToUuid(b64: string): string | null {
  const hex = Buffer.from(b64, 'base64url').toString('hex');
  if (hex.length !== 32) return null;
  return `${hex.slice(0, 8)}-${hex.slice(8, 12)}-${hex.slice(12, 16)}-${hex.slice(16, 20)}-${hex.slice(20)}`;
}

/** `r…` for a RDV, `p…` for one seat (participation) of a collective RDV. */
export function shortCodeFor(config: Config, rdvId: string, participationId?: string | null): string {
  const payload = participationId ? `p${uuidToB64(participationId)}` : `r${uuidToB64(rdvId)}`;
  return `${payload}${mac(config, payload)}`;
}

export function shortManageUrlFor(config: Config, rdvId: string, participationId?: string | null): string {
  return `${config.publicUrl}/r/${shortCodeFor(config, rdvId, participationId)}`;
}

/** The waiting-list offer: same short link, the créneau in epoch minutes (base 36). */
export function shortOfferUrlFor(config: Config, rdvId: string, offerStartsAt: Date, participationId?: string | null): string {
  return `${shortManageUrlFor(config, rdvId, participationId)}?c=${Math.round(offerStartsAt.getTime() / 60_000).toString(36)}`;
}

export function parseShortCode(config: Config, code: string): { kind: 'r' | 'p'; id: string } | null {
  if (!/^[rp][A-Za-z0-9_-]{22}[A-Za-z0-9_-]{10}$/.test(code)) return null;
  const payload = code.slice(0, 23);
  const given = Buffer.from(code.slice(23));
  const expected = Buffer.from(mac(config, payload));
  if (given.length !== expected.length || !timingSafeEqual(given, expected)) return null;
  const id = b64ToUuid(payload.slice(1));
  return id ? { kind: payload[0] as 'r' | 'p', id } : null;
}

/** GET /r/:code → 302 to the manage page. Mounted at the server root (outside /api/v1). */
export function shortLinksRouter(ctx: AppContext): Router {
  const router = express.Router();
  router.get('/r/:code', async (req, res, next) => {
    try {
      const parsed = parseShortCode(ctx.config, req.params.code);
      if (!parsed) return sendProblem(res, notFound('Lien'));
      let rdvId = parsed.id;
      let participationId: string | null = null;
      if (parsed.kind === 'p') {
        const rows = await exec<{ rdv_id: string }[]>(ctx.orm.em.fork(), 'select rdv_id from participation where id = ?', [parsed.id]);
        if (!rows[0]) return sendProblem(res, notFound('Lien'));
        rdvId = rows[0].rdv_id;
        participationId = parsed.id;
      }
      const offer = typeof req.query.c === 'string' && /^[0-9a-z]{1,10}$/.test(req.query.c) ? new Date(parseInt(req.query.c, 36) * 60_000) : null;
      res.setHeader('Cache-Control', 'no-store');
      res.redirect(302, offer ? offerUrlFor(ctx.config, rdvId, offer, participationId) : manageUrlFor(ctx.config, rdvId, participationId));
    } catch (error) {
      next(error);
    }
  });
  return router;
}
