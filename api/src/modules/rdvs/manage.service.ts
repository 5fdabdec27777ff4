import type { EntityManager } from '@mikro-orm/postgresql';
import { transactional } from '../../db/transaction.js';
import type { AppContext } from '../../context.js';
import { exec } from '../../db/sql.js';
import { assertId } from '../../http/access.js';
import { isExclusionViolation } from '../../http/error-handler.js';
import type { ManagePrincipal } from '../../http/principal.js';
import { conflict, HttpError, notFound } from '../../http/problem.js';
import type { PublicRdv } from './rdv.dto.js';
import type { RdvStatus } from './rdv.entity.js';
import { notifyRdvChange } from './rdv-notify.js';
import { loadRdvContext, selfServiceRules, toPublicRdv, type RdvContext } from './rdv-query.js';
import { freeAgentsAt, parseInstant, relinkAgents } from './rdv-writer.js';

/** A manage link stays valid until 30 days after the RDV (then it reads as unknown). */
const LINK_VALID_AFTER_RDV_MS = 30 * 86_400_000;

/** What a usager does from the link they received: see, cancel, move. No login, one RDV. */
export class ManageService {
  constructor(private readonly ctx: AppContext, private readonly em: EntityManager, private readonly principal: ManagePrincipal) {}

  private get now() {
    return this.ctx.now().getTime();
  }

  private async load(rdvId: string, em: EntityManager = this.em, lock = false): Promise<{ rdv: RdvContext; participationStatus?: RdvStatus }> {
    assertId(rdvId, 'Rendez-vous');
    // A token for another RDV, or an expired one, is indistinguishable from a RDV that does not exist.
    if (this.principal.rdvId !== rdvId) throw notFound('Rendez-vous');
    const rdv = await loadRdvContext(em, rdvId, lock);
    if (!rdv || rdv.endsAt.getTime() + LINK_VALID_AFTER_RDV_MS < this.now) throw notFound('Rendez-vous');
    if (!this.principal.participationId) return { rdv };
    const rows = await exec<{ status: RdvStatus }[]>(em, 'select status from participation where id = ? and rdv_id = ?', [this.principal.participationId, rdvId]);
    if (!rows[0]) throw notFound('Rendez-vous');
    return { rdv, participationStatus: rows[0].status };
  }

  async get(rdvId: string): Promise<{ view: PublicRdv; allowedOrigins: string[]; rdv: RdvContext }> {
    const { rdv, participationStatus } = await this.load(rdvId);
    return { view: toPublicRdv(rdv, this.now, participationStatus), allowedOrigins: rdv.allowedOrigins, rdv };
  }

  async cancel(rdvId: string): Promise<PublicRdv> {
    await transactional(this.em, async (tem) => {
      const { rdv, participationStatus } = await this.load(rdvId, tem, true);
      if (!selfServiceRules(rdv, this.now, participationStatus).cancellable) {
        throw conflict('annulation_impossible', 'Annulation impossible en ligne',
          `Ce rendez-vous ne peut plus être annulé en ligne. Appelez ${rdv.lieu?.phone ?? rdv.organisationPhone ?? 'le service'}.`);
      }
      if (this.principal.participationId) {
        // One seat of a collective RDV: only this participation is cancelled.
        await exec(tem, "update participation set status = 'excused' where id = ?", [this.principal.participationId]);
        await exec(tem, 'update rdv set users_count = greatest(users_count - 1, 0), updated_at = now() where id = ?', [rdv.id]);
      } else {
        await exec(tem, "update rdv set status = 'excused', cancelled_at = ?, sequence = sequence + 1, updated_at = now() where id = ?", [this.ctx.now(), rdv.id]);
        await exec(tem, "update participation set status = 'excused' where rdv_id = ? and status not in ('excused', 'revoked')", [rdv.id]);
        await exec(tem, 'update agent_rdv set cancelled = true where rdv_id = ?', [rdv.id]);
      }
      await notifyRdvChange(this.ctx, tem, { event: 'rdv_cancelled', rdvId: rdv.id, actor: this.principal, participationId: this.principal.participationId, previous: { status: participationStatus ?? rdv.status } });
    });
    return (await this.get(rdvId)).view;
  }

  async move(rdvId: string, startsAtInput: string): Promise<PublicRdv> {
    const startsAt = parseInstant(startsAtInput);
    const { rdv, participationStatus } = await this.load(rdvId);
    if (!selfServiceRules(rdv, this.now, participationStatus).movable) {
      throw conflict('deplacement_impossible', 'Déplacement impossible en ligne',
        `Ce rendez-vous ne peut plus être déplacé en ligne. Appelez ${rdv.lieu?.phone ?? rdv.organisationPhone ?? 'le service'}.`);
    }
    if (startsAt === rdv.startsAt.getTime()) return (await this.get(rdvId)).view;
    const { agentIds } = await freeAgentsAt(this.em, { motifId: rdv.motifId, lieuId: rdv.lieu?.id ?? null, startsAt, mode: 'public' }, this.now);
    const current = await exec<{ agent_id: string }[]>(this.em, 'select agent_id from agent_rdv where rdv_id = ?', [rdv.id]);
    // Keep the same agent when they are free: the usager keeps their social worker.
    const candidates = [...agentIds.filter((a) => current.some((c) => c.agent_id === a)), ...agentIds.filter((a) => !current.some((c) => c.agent_id === a))];
    const endsAt = startsAt + (rdv.endsAt.getTime() - rdv.startsAt.getTime());
    for (const agentId of candidates) {
      try {
        await transactional(this.em, async (tem) => {
          const locked = await this.load(rdvId, tem, true);
          if (locked.rdv.sequence !== rdv.sequence) throw new HttpError(409, 'rdv_modifie', 'Rendez-vous modifié', 'Ce rendez-vous vient d’être modifié. Rechargez la page.');
          await exec(tem, 'update rdv set starts_at = ?, ends_at = ?, sequence = sequence + 1, updated_at = now() where id = ?', [new Date(startsAt), new Date(endsAt), rdv.id]);
          await relinkAgents(tem, rdv.id, [agentId], new Date(startsAt), new Date(endsAt), false);
          await notifyRdvChange(this.ctx, tem, { event: 'rdv_updated', rdvId: rdv.id, actor: this.principal, previous: { startsAt: rdv.startsAt, agentIds: current.map((c) => c.agent_id) } });
        });
        return (await this.get(rdvId)).view;
      } catch (error) {
        if (!isExclusionViolation(error)) throw error;
      }
    }
    throw conflict('creneau_indisponible', 'Créneau indisponible', 'Ce créneau vient d’être pris. Choisissez-en un autre.');
  }
}
