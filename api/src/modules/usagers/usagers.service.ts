import type { AppContext } from '../../context.js';
import { emOf } from '../../context.js';
import { newId } from '../../db/columns.js';
import { exec, uuidArray } from '../../db/sql.js';
import { assertId, isUuid, orgAccess } from '../../http/access.js';
import type { Principal } from '../../http/principal.js';
import { FieldErrors, HttpError, notFound, type Problem } from '../../http/problem.js';
import { audit } from '../audit/audit.js';
import { normaliseEmail, normalisePhone } from '../phone/phone.js';
import { escapeLike, foldSql, nameTokens, queryKind } from './usager-search.js';
import { toUsagerDto, type UsagerDto, type UsagerExistantProblem, type UsagerInput, type UsagerList, type UsagerPatch } from './usager.dto.js';
import { UsagerProfileSchema, UsagerSchema, type Usager } from './usager.entity.js';

export const DEFAULT_PAGE_SIZE = 50;
export const MAX_PAGE_SIZE = 200;
const NAME_MAX = 100;
const ADDRESS_MAX = 255;
const NOTES_MAX = 5000;
const QUERY_MAX = 100;

/** 409 with the id of the usager who already has the contact, so the agent can open their file. */
export class UsagerExistantError extends HttpError {
  constructor(readonly existingUsagerId: string, field: 'phone' | 'email') {
    super(409, 'usager_existant', 'Usager déjà enregistré',
      `Un usager de l’organisation a déjà ${field === 'phone' ? 'ce numéro de téléphone' : 'cette adresse e-mail'}. `
      + 'Ouvrez sa fiche, ou confirmez la création d’un autre usager (allowDuplicate).');
  }

  override toProblem(): Problem {
    const problem: UsagerExistantProblem = { ...super.toProblem(), existingUsagerId: this.existingUsagerId };
    return problem;
  }
}

/** Values as stored: trimmed, NFC, inner whitespace collapsed; empty → null. */
const clean = (value: string | null | undefined): string | null | undefined => {
  if (value === undefined || value === null) return value;
  const v = value.normalize('NFC').replace(/\s+/g, ' ').trim();
  return v || null;
};

/** Today's date in France (birth dates are civil dates). */
const todayInFrance = (now: Date) => new Intl.DateTimeFormat('en-CA', { timeZone: 'Europe/Paris' }).format(now);

function isRealDate(value: string): boolean {
  if (!/^\d{4}-\d{2}-\d{2}$/.test(value)) return false;
  const d = new Date(`${value}T00:00:00Z`);
  return !Number.isNaN(d.getTime()) && d.toISOString().slice(0, 10) === value;
}

interface CleanUsager {
  firstName?: string;
  lastName?: string;
  birthName?: string | null;
  birthDate?: string | null;
  email?: string | null;
  phone?: string | null;
  address?: string | null;
  postCode?: string | null;
  notifyBySms?: boolean;
  notifyByEmail?: boolean;
  notes?: string | null;
}

/** Checks and normalises every provided field at once; 422 listing all invalid fields. */
function validate(input: UsagerPatch, now: Date, creating: boolean): CleanUsager {
  const errors = new FieldErrors();
  const out: CleanUsager = {};
  for (const field of ['firstName', 'lastName'] as const) {
    if (input[field] === undefined && !creating) continue;
    const v = clean(input[field]);
    if (!v) errors.add(field, field === 'firstName' ? 'Indiquez le prénom.' : 'Indiquez le nom.');
    else if (v.length > NAME_MAX) errors.add(field, `${NAME_MAX} caractères au plus.`);
    else out[field] = v;
  }
  if (input.birthName !== undefined) {
    const v = clean(input.birthName);
    if (v && v.length > NAME_MAX) errors.add('birthName', `${NAME_MAX} caractères au plus.`);
    else out.birthName = v ?? null;
  }
  if (input.birthDate !== undefined) {
    const v = clean(input.birthDate);
    if (v) {
      const today = todayInFrance(now);
      const oldest = `${Number(today.slice(0, 4)) - 130}${today.slice(4)}`;
      if (!isRealDate(v)) errors.add('birthDate', 'Date de naissance invalide (format AAAA-MM-JJ).');
      else if (v > today) errors.add('birthDate', 'La date de naissance ne peut pas être dans le futur.');
      else if (v <= oldest) errors.add('birthDate', 'Date de naissance invraisemblable (plus de 130 ans).');
      else out.birthDate = v;
    } else out.birthDate = null;
  }
  if (input.email !== undefined) {
    const v = clean(input.email);
    const email = v ? normaliseEmail(v) : null;
    if (v && !email) errors.add('email', 'Adresse e-mail invalide.');
    else out.email = email;
  }
  if (input.phone !== undefined) {
    const v = clean(input.phone);
    const phone = v ? normalisePhone(v) : null;
    if (v && !phone) errors.add('phone', 'Numéro de téléphone invalide. Exemple : 06 12 34 56 78.');
    else out.phone = phone?.e164 ?? null;
  }
  if (input.address !== undefined) {
    const v = clean(input.address);
    if (v && v.length > ADDRESS_MAX) errors.add('address', `${ADDRESS_MAX} caractères au plus.`);
    else out.address = v ?? null;
  }
  if (input.postCode !== undefined) {
    const v = clean(input.postCode)?.replace(/\s/g, '');
    if (v && !/^\d{5}$/.test(v)) errors.add('postCode', 'Code postal à 5 chiffres.');
    else out.postCode = v ?? null;
  }
  if (input.notes !== undefined) {
    const v = input.notes?.trim() || null;
    if (v && v.length > NOTES_MAX) errors.add('notes', `${NOTES_MAX} caractères au plus.`);
    else out.notes = v;
  }
  if (input.notifyBySms !== undefined) out.notifyBySms = input.notifyBySms;
  if (input.notifyByEmail !== undefined) out.notifyByEmail = input.notifyByEmail;
  if (input.responsibleId !== undefined && input.responsibleId !== null && !isUuid(input.responsibleId)) {
    errors.add('responsibleId', 'Usager responsable inconnu dans cette organisation.');
  }
  errors.throwIfAny();
  return out;
}

/** Audit: which fields changed, never the personal values themselves. */
function auditChanges(fields: CleanUsager & { responsibleId?: string | null }): Record<string, unknown> {
  const visible = new Set(['notifyBySms', 'notifyByEmail', 'responsibleId']);
  return Object.fromEntries(Object.entries(fields).map(([k, v]) => [k, visible.has(k) ? v : '[masqué]']));
}

export class UsagersService {
  constructor(private readonly ctx: AppContext, private readonly principal: Principal) {}

  private get em() {
    return emOf(this.ctx);
  }

  /**
   * Usagers with a profile in the organisation, ordered by name (accent- and case-insensitive),
   * keyset-paginated on (last name, first name, id). `q`: name words (prefixes of first, last or
   * birth name), a phone number (normalised, exact) or an e-mail address (exact; prefix when incomplete).
   * A proche is also found by the contact of their responsible.
   */
  async list(organisationId: string, params: { q?: string; cursor?: string; limit?: number }): Promise<UsagerList> {
    await orgAccess(this.ctx, this.principal, organisationId);
    const errors = new FieldErrors();
    const limit = params.limit ?? DEFAULT_PAGE_SIZE;
    errors.check(Number.isInteger(limit) && limit >= 1 && limit <= MAX_PAGE_SIZE, 'limit', `Entre 1 et ${MAX_PAGE_SIZE}.`);
    const q = params.q?.trim() ?? '';
    errors.check(q.length <= QUERY_MAX, 'q', `${QUERY_MAX} caractères au plus.`);
    let after: string | null = null;
    if (params.cursor) {
      after = Buffer.from(params.cursor, 'base64url').toString();
      errors.check(isUuid(after), 'cursor', 'Curseur invalide.');
    }
    errors.throwIfAny();

    const where: string[] = ['u.deleted_at is null'];
    const args: unknown[] = [organisationId];
    if (q) {
      const kind = queryKind(q);
      if (kind === 'phone') {
        const phone = normalisePhone(q);
        if (!phone) return { items: [] };
        where.push('(u.phone = ? or r.phone = ?)');
        args.push(phone.e164, phone.e164);
      } else if (kind === 'email') {
        const email = normaliseEmail(q);
        if (email) {
          where.push('(lower(u.email) = ? or lower(r.email) = ?)');
          args.push(email, email);
        } else {
          where.push(`lower(u.email) like ?`);
          args.push(`${escapeLike(q.toLowerCase())}%`);
        }
      } else {
        const tokens = nameTokens(q);
        if (!tokens.length) return { items: [] };
        for (const token of tokens) {
          const pattern = `% ${escapeLike(token)}%`;
          where.push(`((' ' || ${foldSql('u.first_name')}) like ? or (' ' || ${foldSql('u.last_name')}) like ?`
            + ` or (' ' || ${foldSql("coalesce(u.birth_name, '')")}) like ?)`);
          args.push(pattern, pattern, pattern);
        }
      }
    }
    const sortKey = `${foldSql('u.last_name')}, ${foldSql('u.first_name')}, u.id`;
    if (after) {
      where.push(`(${sortKey}) > (select ${foldSql('c.last_name')}, ${foldSql('c.first_name')}, c.id from usager c where c.id = ?)`);
      args.push(after);
    }
    args.push(limit + 1);
    const rows = await exec<{ id: string }[]>(this.em,
      `select u.id from usager u
         join usager_profile p on p.usager_id = u.id and p.organisation_id = ?
         left join usager r on r.id = u.responsible_id
        where ${where.join(' and ')}
        order by ${sortKey}
        limit ?`, args);
    const page = rows.slice(0, limit).map((r) => r.id);
    const usagers = page.length ? await this.em.find(UsagerSchema, { id: { $in: page } }) : [];
    const byId = new Map(usagers.map((u) => [u.id, u]));
    const items = page.map((id) => toUsagerDto(byId.get(id)!));
    return rows.length > limit ? { items, nextCursor: Buffer.from(page.at(-1)!).toString('base64url') } : { items };
  }

  async get(organisationId: string, usagerId: string): Promise<UsagerDto> {
    await orgAccess(this.ctx, this.principal, organisationId);
    return toUsagerDto(await this.find(organisationId, usagerId));
  }

  /** The proches of a usager who are themselves usagers of this organisation. */
  async proches(organisationId: string, usagerId: string): Promise<UsagerList> {
    await orgAccess(this.ctx, this.principal, organisationId);
    const usager = await this.find(organisationId, usagerId);
    const rows = await exec<{ id: string }[]>(this.em,
      `select u.id from usager u join usager_profile p on p.usager_id = u.id and p.organisation_id = ?
        where u.responsible_id = ? and u.deleted_at is null
        order by ${foldSql('u.first_name')}, ${foldSql('u.last_name')}, u.id`, [organisationId, usager.id]);
    const proches = rows.length ? await this.em.find(UsagerSchema, { id: { $in: rows.map((r) => r.id) } }) : [];
    const byId = new Map(proches.map((u) => [u.id, u]));
    return { items: rows.map((r) => toUsagerDto(byId.get(r.id)!)) };
  }

  /** Tenant isolation: a usager without a profile in the organisation does not exist here (404). */
  private async find(organisationId: string, usagerId: string, what = 'Usager'): Promise<Usager> {
    assertId(usagerId, what);
    const profile = await this.em.findOne(UsagerProfileSchema, { usager: usagerId, organisation: organisationId }, { populate: ['usager'] });
    if (!profile || profile.usager.deletedAt) throw notFound(what);
    return profile.usager;
  }

  /** The responsible of a proche: a usager of this organisation who is not a proche themselves. */
  private async responsible(organisationId: string, responsibleId: string, self: Usager | null): Promise<Usager> {
    const errors = new FieldErrors();
    let responsible: Usager | null = null;
    try {
      responsible = await this.find(organisationId, responsibleId);
    } catch (error) {
      if (!(error instanceof HttpError)) throw error;
      errors.add('responsibleId', 'Usager responsable inconnu dans cette organisation.');
    }
    if (responsible) {
      errors.check(!self || responsible.id !== self.id, 'responsibleId', 'Un usager ne peut pas être son propre responsable.');
      errors.check(!responsible.responsible, 'responsibleId',
        'Cet usager est lui-même le proche d’un autre usager : choisissez son responsable.');
      if (self) {
        const rows = await exec<{ n: number }[]>(this.em,
          'select count(*)::int as n from usager where responsible_id = ? and deleted_at is null', [self.id]);
        errors.check(rows[0]!.n === 0, 'responsibleId', 'Cet usager a lui-même des proches : il ne peut pas devenir le proche d’un autre usager.');
      }
    }
    errors.throwIfAny();
    return responsible!;
  }

  /** Another (non-proche) usager of the organisation with this phone or e-mail → 409. */
  private async assertNoDuplicate(organisationId: string, contact: { phone?: string | null; email?: string | null }, excluded: string[]): Promise<void> {
    for (const field of ['phone', 'email'] as const) {
      const value = contact[field];
      if (!value) continue;
      const rows = await exec<{ id: string }[]>(this.em,
        `select u.id from usager u join usager_profile p on p.usager_id = u.id and p.organisation_id = ?
          where u.deleted_at is null and u.responsible_id is null and not (u.id = any(?::uuid[]))
            and ${field === 'phone' ? 'u.phone = ?' : 'lower(u.email) = ?'}
          order by u.created_at limit 1`, [organisationId, uuidArray(excluded), value]);
      if (rows[0]) throw new UsagerExistantError(rows[0].id, field);
    }
  }

  async create(organisationId: string, input: UsagerInput): Promise<UsagerDto> {
    await orgAccess(this.ctx, this.principal, organisationId);
    const fields = validate(input, this.ctx.now(), true);
    const responsible = input.responsibleId ? await this.responsible(organisationId, input.responsibleId, null) : null;
    if (!input.allowDuplicate) {
      await this.assertNoDuplicate(organisationId, fields, responsible ? [responsible.id] : []);
    }
    const usager = this.em.create(UsagerSchema, {
      ...fields, id: newId(), firstName: fields.firstName!, lastName: fields.lastName!,
      responsible, createdThrough: this.principal.kind === 'api_client' ? 'api' : 'agent_creation',
    });
    this.em.create(UsagerProfileSchema, { id: newId(), usager, organisation: organisationId });
    audit(this.em, this.principal, {
      entityType: 'usager', entityId: usager.id, action: 'create', organisationId,
      changes: auditChanges({ ...fields, responsibleId: responsible?.id ?? null }),
    });
    await this.em.flush();
    return toUsagerDto(usager);
  }

  async update(organisationId: string, usagerId: string, patch: UsagerPatch): Promise<UsagerDto> {
    await orgAccess(this.ctx, this.principal, organisationId);
    const usager = await this.find(organisationId, usagerId);
    const fields = validate(patch, this.ctx.now(), false);
    let responsible: Usager | null | undefined;
    if (patch.responsibleId !== undefined && patch.responsibleId !== (usager.responsible?.id ?? null)) {
      responsible = patch.responsibleId ? await this.responsible(organisationId, patch.responsibleId, usager) : null;
    }
    const changedContact = {
      phone: fields.phone !== undefined && fields.phone !== usager.phone ? fields.phone : null,
      email: fields.email !== undefined && fields.email !== usager.email ? fields.email : null,
    };
    const isProche = responsible !== undefined ? responsible !== null : !!usager.responsible;
    if (!patch.allowDuplicate && (changedContact.phone || changedContact.email)) {
      const excluded = [usager.id];
      const responsibleId = responsible !== undefined ? responsible?.id : usager.responsible?.id;
      if (isProche && responsibleId) excluded.push(responsibleId);
      await this.assertNoDuplicate(organisationId, changedContact, excluded);
    }
    this.em.assign(usager, fields);
    if (responsible !== undefined) usager.responsible = responsible;
    const changes = auditChanges({ ...fields, ...(responsible !== undefined ? { responsibleId: responsible?.id ?? null } : {}) });
    audit(this.em, this.principal, { entityType: 'usager', entityId: usager.id, action: 'update', organisationId, changes });
    await this.em.flush();
    return toUsagerDto(usager);
  }
}
