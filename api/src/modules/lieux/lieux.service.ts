import type { AppContext } from '../../context.js';
import { emOf } from '../../context.js';
import { newId } from '../../db/columns.js';
import { assertId, orgAccess } from '../../http/access.js';
import type { Principal } from '../../http/principal.js';
import { FieldErrors, notFound } from '../../http/problem.js';
import { audit } from '../audit/audit.js';
import { checkPhone } from '../organisations/contact.js';
import { LieuSchema, type Lieu } from './lieu.entity.js';
import { toLieuDto, type LieuAvailability, type LieuDto, type LieuInput, type LieuPatch } from './lieu.dto.js';

/** Cross-field rules and normalisation (trimmed texts, phone in national format). */
function normalise(input: LieuPatch, current: Lieu | null): LieuPatch {
  const errors = new FieldErrors();
  const out: LieuPatch = {};
  if (input.name !== undefined) {
    out.name = input.name.trim();
    errors.check(out.name, 'name', 'Le nom est obligatoire.');
  }
  if (input.address !== undefined) {
    out.address = input.address.trim();
    errors.check(out.address, 'address', 'L’adresse est obligatoire.');
  }
  const phone = checkPhone(errors, 'phone', input.phone);
  if (phone !== undefined) out.phone = phone;
  if (input.latitude !== undefined) out.latitude = input.latitude;
  if (input.longitude !== undefined) out.longitude = input.longitude;
  const latitude = out.latitude !== undefined ? out.latitude : current?.latitude ?? null;
  const longitude = out.longitude !== undefined ? out.longitude : current?.longitude ?? null;
  if ((latitude === null) !== (longitude === null)) {
    errors.add(latitude === null ? 'latitude' : 'longitude', 'La latitude et la longitude vont ensemble.');
  }
  if (input.availability !== undefined) {
    errors.check(current?.availability !== 'single_use', 'availability', 'Un lieu ponctuel ne peut être ni activé ni désactivé.');
    out.availability = input.availability;
  }
  errors.throwIfAny();
  return out;
}

export class LieuxService {
  constructor(private readonly ctx: AppContext, private readonly principal: Principal) {}

  private get em() {
    return emOf(this.ctx);
  }

  async list(organisationId: string, availability: LieuAvailability = 'enabled'): Promise<LieuDto[]> {
    await orgAccess(this.ctx, this.principal, organisationId);
    const lieux = await this.em.find(LieuSchema, { organisation: organisationId, availability }, { orderBy: { name: 'asc' } });
    return lieux.map(toLieuDto);
  }

  private async find(organisationId: string, lieuId: string): Promise<Lieu> {
    assertId(lieuId, 'Lieu');
    const lieu = await this.em.findOne(LieuSchema, { id: lieuId, organisation: organisationId });
    if (!lieu) throw notFound('Lieu');
    return lieu;
  }

  async get(organisationId: string, lieuId: string): Promise<LieuDto> {
    await orgAccess(this.ctx, this.principal, organisationId);
    return toLieuDto(await this.find(organisationId, lieuId));
  }

  async create(organisationId: string, input: LieuInput): Promise<LieuDto> {
    await orgAccess(this.ctx, this.principal, organisationId, 'admin');
    const fields = normalise(input, null);
    const lieu = this.em.create(LieuSchema, {
      id: newId(), organisation: organisationId, name: fields.name!, address: fields.address!, ...fields,
    });
    audit(this.em, this.principal, { entityType: 'lieu', entityId: lieu.id, action: 'create', organisationId, changes: { ...fields } });
    await this.em.flush();
    return toLieuDto(lieu);
  }

  async update(organisationId: string, lieuId: string, patch: LieuPatch): Promise<LieuDto> {
    await orgAccess(this.ctx, this.principal, organisationId, 'admin');
    const lieu = await this.find(organisationId, lieuId);
    const fields = normalise(patch, lieu);
    this.em.assign(lieu, fields);
    audit(this.em, this.principal, { entityType: 'lieu', entityId: lieu.id, action: 'update', organisationId, changes: { ...fields } });
    await this.em.flush();
    return toLieuDto(lieu);
  }

  /** Soft delete: the lieu is disabled, its past RDVs keep pointing at it. */
  async disable(organisationId: string, lieuId: string): Promise<void> {
    await orgAccess(this.ctx, this.principal, organisationId, 'admin');
    const lieu = await this.find(organisationId, lieuId);
    if (lieu.availability !== 'disabled') lieu.availability = 'disabled';
    audit(this.em, this.principal, { entityType: 'lieu', entityId: lieu.id, action: 'delete', organisationId });
    await this.em.flush();
  }
}
