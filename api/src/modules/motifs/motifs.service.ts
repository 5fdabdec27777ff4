import type { EntityManager } from '@mikro-orm/postgresql';
import type { AppContext } from '../../context.js';
import { emOf } from '../../context.js';
import { assertId, isUuid, orgAccess } from '../../http/access.js';
import type { Principal } from '../../http/principal.js';
import { FieldErrors, notFound } from '../../http/problem.js';
import { audit } from '../audit/audit.js';
import { newId } from '../../db/columns.js';
import { ServiceSchema } from '../services/service.entity.js';
import { MotifSchema, type Motif } from './motif.entity.js';
import { toMotifDto, type MotifDto, type MotifInput, type MotifPatch } from './motif.dto.js';

/** Cross-field rules tsoa's schema validation cannot express. */
async function validateMotif(em: EntityManager, merged: Required<Pick<MotifInput, 'locationType' | 'collectif' | 'minBookingDelayMinutes' | 'maxBookingDelayDays'>> & MotifInput): Promise<void> {
  const errors = new FieldErrors();
  errors.check(merged.minBookingDelayMinutes < merged.maxBookingDelayDays * 1440, 'maxBookingDelayDays',
    'Le délai maximum doit être plus long que le délai minimum.');
  errors.check(!merged.collectif || merged.locationType === 'public_office', 'collectif',
    'Un RDV collectif a lieu sur place : choisissez le type de lieu « Sur place ».');
  errors.check(!(merged.followUp && merged.forSecretariat), 'followUp', 'Un RDV de suivi ne peut pas être ouvert au secrétariat.');
  if (merged.serviceId) {
    const exists = isUuid(merged.serviceId) && (await em.count(ServiceSchema, { id: merged.serviceId })) > 0;
    errors.check(exists, 'serviceId', 'Service inconnu.');
  }
  errors.throwIfAny();
}

function assign(motif: Motif, input: MotifPatch, em: EntityManager): void {
  const { serviceId, ...fields } = input;
  em.assign(motif, fields);
  if (serviceId !== undefined) motif.service = serviceId ? em.getReference(ServiceSchema, serviceId) : null;
}

export class MotifsService {
  constructor(private readonly ctx: AppContext, private readonly principal: Principal) {}

  private get em() {
    return emOf(this.ctx);
  }

  async list(organisationId: string, archived = false): Promise<MotifDto[]> {
    await orgAccess(this.ctx, this.principal, organisationId);
    const motifs = await this.em.find(MotifSchema,
      { organisation: organisationId, deletedAt: archived ? { $ne: null } : null },
      { orderBy: { name: 'asc' } });
    return motifs.map(toMotifDto);
  }

  async get(organisationId: string, motifId: string): Promise<MotifDto> {
    await orgAccess(this.ctx, this.principal, organisationId);
    return toMotifDto(await this.find(organisationId, motifId));
  }

  private async find(organisationId: string, motifId: string): Promise<Motif> {
    assertId(motifId, 'Motif');
    const motif = await this.em.findOne(MotifSchema, { id: motifId, organisation: organisationId });
    if (!motif) throw notFound('Motif');
    return motif;
  }

  async create(organisationId: string, input: MotifInput): Promise<MotifDto> {
    await orgAccess(this.ctx, this.principal, organisationId, 'admin');
    await validateMotif(this.em, {
      locationType: 'public_office', collectif: false, minBookingDelayMinutes: 30, maxBookingDelayDays: 91, ...input,
    });
    const motif = this.em.create(MotifSchema, { id: newId(), organisation: organisationId, name: input.name });
    assign(motif, input, this.em);
    audit(this.em, this.principal, { entityType: 'motif', entityId: motif.id, action: 'create', organisationId, changes: { ...input } });
    await this.em.flush();
    return toMotifDto(motif);
  }

  async update(organisationId: string, motifId: string, patch: MotifPatch): Promise<MotifDto> {
    await orgAccess(this.ctx, this.principal, organisationId, 'admin');
    const motif = await this.find(organisationId, motifId);
    const current = toMotifDto(motif);
    await validateMotif(this.em, { ...current, ...patch });
    const hasRdvs = await this.em.getConnection().execute<{ n: number }[]>('select count(*)::int as n from rdv where motif_id = ?', [motif.id]);
    const errors = new FieldErrors();
    if (hasRdvs[0]!.n > 0) {
      // As the original: the nature of a motif cannot change once RDVs exist.
      errors.check(patch.locationType === undefined || patch.locationType === motif.locationType, 'locationType',
        'Le type de lieu ne peut plus changer : des RDV existent pour ce motif.');
      errors.check(patch.collectif === undefined || patch.collectif === motif.collectif, 'collectif',
        'Ce réglage ne peut plus changer : des RDV existent pour ce motif.');
    }
    errors.throwIfAny();
    assign(motif, patch, this.em);
    audit(this.em, this.principal, { entityType: 'motif', entityId: motif.id, action: 'update', organisationId, changes: { ...patch } });
    await this.em.flush();
    return toMotifDto(motif);
  }

  /** Archives the motif (soft delete): its RDVs stay, it can no longer be booked. */
  async archive(organisationId: string, motifId: string): Promise<void> {
    await orgAccess(this.ctx, this.principal, organisationId, 'admin');
    const motif = await this.find(organisationId, motifId);
    if (!motif.deletedAt) motif.deletedAt = this.ctx.now();
    audit(this.em, this.principal, { entityType: 'motif', entityId: motif.id, action: 'delete', organisationId });
    await this.em.flush();
  }

  async restore(organisationId: string, motifId: string): Promise<MotifDto> {
    await orgAccess(this.ctx, this.principal, organisationId, 'admin');
    const motif = await this.find(organisationId, motifId);
    motif.deletedAt = null;
    audit(this.em, this.principal, { entityType: 'motif', entityId: motif.id, action: 'update', organisationId, changes: { archivedAt: null } });
    await this.em.flush();
    return toMotifDto(motif);
  }
}
