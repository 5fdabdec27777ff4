import type { EntityManager } from '@mikro-orm/postgresql';
import { transactional } from '../../db/transaction.js';
import { UniqueConstraintViolationException } from '@mikro-orm/core';
import type { AppContext } from '../../context.js';
import { exec } from '../../db/sql.js';
import { newId } from '../../db/columns.js';
import { assertId } from '../../http/access.js';
import { isExclusionViolation } from '../../http/error-handler.js';
import { conflict, FieldErrors, notFound } from '../../http/problem.js';
import { signManageToken } from '../auth/tokens.js';
import { isIsoDate } from '../creneaux/dates.js';
import { VerificationsService } from '../verifications/verifications.service.js';
import { checkKey, findAnswer, requestHash, storeAnswer, type StoredAnswer } from './idempotency.js';
import { manageUrlFor } from './manage-url.js';
import type { PublicRdvCreate, PublicRdvCreated } from './rdv.dto.js';
import { notifyRdvChange } from './rdv-notify.js';
import { loadRdvContext, toPublicRdv } from './rdv-query.js';
import { ensureProfiles, freeAgentsAt, insertRdv, parseInstant, shuffled } from './rdv-writer.js';
import { findOrCreateUsager, normaliseUsager } from './usager-matching.js';

const SCOPE = 'public_rdv';

function validateProche(body: PublicRdvCreate, now: Date): void {
  if (!body.proche?.birthDate) return;
  const errors = new FieldErrors();
  const d = body.proche.birthDate;
  const ok = isIsoDate(d) && d <= now.toISOString().slice(0, 10) && Number(d.slice(0, 4)) > now.getUTCFullYear() - 130;
  errors.check(ok, 'proche.birthDate', 'Date de naissance invalide (format AAAA-MM-JJ).');
  errors.throwIfAny();
}

/**
 * The widget's booking path: verified contact, recomputed créneau, a free agent chosen at random,
 * usager found or created, everything (RDV, idempotency answer, notifications) in one transaction.
 * The EXCLUDE constraint decides races: a lost race tries the next free agent, then answers 409.
 */
export class PublicBookingService {
  constructor(private readonly ctx: AppContext, private readonly em: EntityManager) {}

  async create(body: PublicRdvCreate, idempotencyKey: string | undefined, assertOrigin: (allowed: string[]) => void): Promise<StoredAnswer> {
    const key = checkKey(idempotencyKey);
    const hash = requestHash(body);
    const now = this.ctx.now();
    const previous = await findAnswer(this.em, SCOPE, key, hash, now);
    if (previous) return previous;

    assertId(body.motifId, 'Motif');
    if (body.lieuId) assertId(body.lieuId, 'Lieu');
    const startsAt = parseInstant(body.startsAt);
    validateProche(body, now);
    const verified = await new VerificationsService(this.ctx).check(this.em, body.verification);

    const { motif, agentIds } = await freeAgentsAt(this.em, { motifId: body.motifId, lieuId: body.lieuId ?? null, startsAt, mode: 'public' }, now.getTime());
    assertOrigin(motif.allowedOrigins);
    const usager = normaliseUsager(body.usager, verified, { phone: motif.locationType === 'phone', address: motif.locationType === 'home' });

    const attempt = async (book: (tem: EntityManager, participantIds: { usagerId: string; participantId: string }) => Promise<{ rdvId: string; participationId?: string }>) => {
      try {
        return await transactional(this.em, async (tem) => {
          const who = await findOrCreateUsager(tem, usager, verified, body.proche, now);
          await ensureProfiles(tem, motif.organisationId, [who.usagerId, who.participantId]);
          const booked = await book(tem, who);
          await tem.flush();
          const rdv = (await loadRdvContext(tem, booked.rdvId))!;
          const manageToken = signManageToken(this.ctx.config, rdv.id, booked.participationId);
          const answer: StoredAnswer = {
            status: 201,
            body: { rdv: toPublicRdv(rdv, now.getTime()), manageToken, manageUrl: manageUrlFor(this.ctx.config, rdv.id, manageToken) } satisfies PublicRdvCreated,
          };
          await storeAnswer(tem, SCOPE, key, hash, answer, now);
          await notifyRdvChange(this.ctx, tem, { event: 'rdv_created', rdvId: rdv.id, actor: null, participationId: booked.participationId ?? null });
          return answer;
        });
      } catch (error) {
        // The same key committed meanwhile by a concurrent identical request: answer like it did.
        if (error instanceof UniqueConstraintViolationException && String(error.message).includes('idempotency_record')) {
          const replay = await findAnswer(this.em, SCOPE, key, hash, now);
          if (replay) return replay;
        }
        throw error;
      }
    };

    if (motif.collectif) {
      return attempt(async (tem, who) => this.joinCollective(tem, motif.motifId, body.lieuId ?? null, startsAt, who.participantId));
    }
    for (const agentId of shuffled(agentIds)) {
      try {
        return await attempt(async (tem, who) => {
          const rdv = insertRdv(tem, {
            organisationId: motif.organisationId, motifId: motif.motifId, lieuId: body.lieuId ?? null,
            startsAt: new Date(startsAt), endsAt: new Date(startsAt + motif.durationMinutes * 60_000),
            agentIds: [agentId], usagerIds: [who.participantId], createdBy: { type: 'usager', id: who.usagerId },
          });
          return { rdvId: rdv.id };
        });
      } catch (error) {
        if (!isExclusionViolation(error)) throw error;
        // Another usager took this agent at this time: try the next free agent.
      }
    }
    throw conflict('creneau_indisponible', 'Créneau indisponible', 'Ce créneau vient d’être pris. Choisissez-en un autre.');
  }

  /** A seat on the collective RDV, counted under a row lock so the last seat is given once. */
  private async joinCollective(tem: EntityManager, motifId: string, lieuId: string | null, startsAt: number, usagerId: string): Promise<{ rdvId: string; participationId: string }> {
    const sessions = await exec<{ id: string; max_participants_count: number | null; users_count: number }[]>(tem,
      `select id, max_participants_count, users_count from rdv
        where motif_id = ? and starts_at = ? and status in ('unknown', 'seen') and (?::uuid is null or lieu_id = ?::uuid)
        order by id limit 1 for update`, [motifId, new Date(startsAt), lieuId, lieuId]);
    const session = sessions[0];
    if (!session) throw notFound('Séance');
    const already = await exec<{ id: string; status: string }[]>(tem,
      'select id, status from participation where rdv_id = ? and usager_id = ?', [session.id, usagerId]);
    if (already[0] && (already[0].status === 'unknown' || already[0].status === 'seen')) {
      throw conflict('deja_inscrit', 'Déjà inscrit', 'Vous êtes déjà inscrit à cette séance.');
    }
    if (session.max_participants_count !== null && session.users_count >= session.max_participants_count) {
      throw conflict('complet', 'Séance complète', 'Il n’y a plus de place pour cette séance. Choisissez une autre date.');
    }
    let participationId = already[0]?.id;
    if (participationId) {
      await exec(tem, "update participation set status = 'unknown' where id = ?", [participationId]);
    } else {
      participationId = newId();
      await exec(tem,
        `insert into participation (id, rdv_id, usager_id, status, send_lifecycle_notifications, send_reminder_notification, created_by_type, created_by_id, created_at)
         values (?, ?, ?, 'unknown', true, true, 'usager', ?, now())`, [participationId, session.id, usagerId, usagerId]);
    }
    await exec(tem, 'update rdv set users_count = users_count + 1, updated_at = now() where id = ?', [session.id]);
    return { rdvId: session.id, participationId };
  }
}

export { isExclusionViolation };
