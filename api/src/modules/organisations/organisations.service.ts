import type { AppContext } from '../../context.js';
import { emOf } from '../../context.js';
import { newId } from '../../db/columns.js';
import { exec } from '../../db/sql.js';
import { assertId, orgAccess } from '../../http/access.js';
import type { Principal } from '../../http/principal.js';
import { conflict, FieldErrors, forbidden, notFound } from '../../http/problem.js';
import { audit } from '../audit/audit.js';
import { assertTerritoireAdmin } from '../territoires/territoires.service.js';
import { TerritoireSchema } from '../territoires/territoire.entity.js';
import { checkEmail, checkOrigins, checkPhone, checkWebsite } from './contact.js';
import { OrganisationSchema, type Organisation } from './organisation.entity.js';
import { toOrganisationDto, type OrganisationDto, type OrganisationInput, type OrganisationPatch } from './organisation.dto.js';

export class OrganisationsService {
  constructor(private readonly ctx: AppContext, private readonly principal: Principal) {}

  private get em() {
    return emOf(this.ctx);
  }

  /** Validates and normalises the given fields (only those present); throws one 422 listing all. */
  private async normalise(territoireId: string, input: OrganisationPatch, selfId: string | null): Promise<OrganisationPatch> {
    const errors = new FieldErrors();
    const out: OrganisationPatch = {};
    if (input.name !== undefined) {
      out.name = input.name.trim();
      errors.check(out.name, 'name', 'Le nom est obligatoire.');
      if (out.name) {
        const same = await exec<{ id: string }[]>(this.em,
          'select id from organisation where territoire_id = ? and lower(name) = lower(?) and (?::uuid is null or id <> ?::uuid)',
          [territoireId, out.name, selfId, selfId]);
        errors.check(!same.length, 'name', 'Une organisation de ce territoire porte déjà ce nom.');
      }
    }
    const phone = checkPhone(errors, 'phone', input.phone);
    if (phone !== undefined) out.phone = phone;
    const email = checkEmail(errors, 'email', input.email);
    if (email !== undefined) out.email = email;
    const website = checkWebsite(errors, 'website', input.website);
    if (website !== undefined) out.website = website;
    if (input.horaires !== undefined) out.horaires = input.horaires?.trim() || null;
    const origins = checkOrigins(errors, 'allowedOrigins', input.allowedOrigins);
    if (origins !== undefined) out.allowedOrigins = origins;
    errors.throwIfAny();
    return out;
  }

  async listForTerritoire(territoireId: string): Promise<OrganisationDto[]> {
    assertTerritoireAdmin(this.principal, territoireId);
    const organisations = await this.em.find(OrganisationSchema, { territoire: territoireId }, { orderBy: { name: 'asc' } });
    return organisations.map(toOrganisationDto);
  }

  async create(territoireId: string, input: OrganisationInput): Promise<OrganisationDto> {
    assertTerritoireAdmin(this.principal, territoireId);
    if (!(await this.em.count(TerritoireSchema, { id: territoireId }))) throw notFound('Territoire');
    const fields = await this.normalise(territoireId, input, null);
    const organisation = this.em.create(OrganisationSchema, {
      id: newId(), territoire: territoireId, name: fields.name!, allowedOrigins: [], ...fields,
    });
    audit(this.em, this.principal, { entityType: 'organisation', entityId: organisation.id, action: 'create', organisationId: organisation.id, changes: { ...fields } });
    await this.em.flush();
    return toOrganisationDto(organisation);
  }

  private async find(organisationId: string): Promise<Organisation> {
    const organisation = await this.em.findOne(OrganisationSchema, { id: organisationId });
    if (!organisation) throw notFound('Organisation');
    return organisation;
  }

  async get(organisationId: string): Promise<OrganisationDto> {
    await orgAccess(this.ctx, this.principal, organisationId);
    return toOrganisationDto(await this.find(organisationId));
  }

  /** Returns true when the CORS allow-list changed (the caller then invalidates the origin cache). */
  async update(organisationId: string, patch: OrganisationPatch): Promise<{ organisation: OrganisationDto; originsChanged: boolean }> {
    await orgAccess(this.ctx, this.principal, organisationId, 'admin');
    const organisation = await this.find(organisationId);
    const fields = await this.normalise(organisation.territoire.id, patch, organisation.id);
    const originsChanged = fields.allowedOrigins !== undefined
      && fields.allowedOrigins.join('\n') !== (organisation.allowedOrigins ?? []).join('\n');
    this.em.assign(organisation, fields);
    audit(this.em, this.principal, { entityType: 'organisation', entityId: organisation.id, action: 'update', organisationId, changes: { ...fields } });
    await this.em.flush();
    return { organisation: toOrganisationDto(organisation), originsChanged };
  }

  /**
   * Territoire admins only; organisation admins get 403, strangers 404. Refused while RDVs exist
   * (they are the usagers' history); otherwise the organisation goes with its motifs, lieux,
   * plages, roles, API clients, webhooks and usager profiles.
   */
  async remove(organisationId: string): Promise<void> {
    assertId(organisationId, 'Organisation');
    const organisation = await this.em.findOne(OrganisationSchema, { id: organisationId });
    const isTerritoireAdmin = !!organisation && this.principal.kind === 'agent' && this.principal.territoireIds.has(organisation.territoire.id);
    if (!isTerritoireAdmin) {
      await orgAccess(this.ctx, this.principal, organisationId); // 404 for strangers
      throw forbidden('Seuls les administrateurs du territoire peuvent supprimer une organisation.');
    }
    await this.em.transactional(async (tem) => {
      // Lock the organisation so no RDV can be created for it while we check and delete.
      await exec(tem, 'select id from organisation where id = ? for update', [organisationId]);
      const [rdvs] = await exec<{ n: number }[]>(tem, 'select count(*)::int as n from rdv where organisation_id = ?', [organisationId]);
      if (rdvs!.n > 0) {
        throw conflict('organisation_avec_rdv', 'Organisation utilisée',
          'Cette organisation a des rendez-vous : elle ne peut pas être supprimée.');
      }
      await exec(tem, 'delete from plage_ouverture where organisation_id = ?', [organisationId]);
      await exec(tem, 'delete from motif where organisation_id = ?', [organisationId]);
      await exec(tem, 'delete from lieu where organisation_id = ?', [organisationId]);
      await exec(tem, 'delete from organisation where id = ?', [organisationId]);
      audit(tem, this.principal, { entityType: 'organisation', entityId: organisationId, action: 'delete', organisationId, changes: { name: organisation!.name } });
    });
  }
}
