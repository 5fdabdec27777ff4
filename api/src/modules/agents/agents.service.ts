import { createHash, randomBytes } from 'node:crypto';
import type { EntityManager } from '@mikro-orm/postgresql';
import type { AppContext } from '../../context.js';
import { emOf } from '../../context.js';
import { newId } from '../../db/columns.js';
import { exec, uuidArray } from '../../db/sql.js';
import { agentIdOf, assertId, isUuid, orgAccess } from '../../http/access.js';
import type { Principal } from '../../http/principal.js';
import { conflict, FieldErrors, notFound, validationError } from '../../http/problem.js';
import { audit } from '../audit/audit.js';
import { hashPassword, passwordProblem } from '../auth/password.js';
import { enqueueAgentInvitation } from '../notifications/events.js';
import { checkEmail } from '../organisations/contact.js';
import { ServiceSchema } from '../services/service.entity.js';
import { AgentRoleSchema, AgentTerritorialRoleSchema, type AgentRole } from './agent-role.entity.js';
import { AgentSchema, type Agent } from './agent.entity.js';
import { toAgentDto, type AgentDto, type AgentInput, type AgentPatch } from './agent.dto.js';

/** Invitations are valid one week (reference §1.13). */
export const INVITATION_TTL_MS = 7 * 24 * 3_600_000;

export const hashInvitationToken = (token: string) => createHash('sha256').update(token).digest('hex');

const INTERVENANT_RULE = 'Un intervenant n’a ni adresse e-mail ni mot de passe : il ne se connecte pas.';

export class AgentsService {
  constructor(private readonly ctx: AppContext, private readonly principal: Principal) {}

  private get em() {
    return emOf(this.ctx);
  }

  async list(organisationId: string): Promise<AgentDto[]> {
    await orgAccess(this.ctx, this.principal, organisationId);
    const roles = await this.em.find(AgentRoleSchema, { organisation: organisationId, agent: { deletedAt: null } }, {
      populate: ['agent', 'agent.services'], orderBy: { agent: { lastName: 'asc', firstName: 'asc' } },
    });
    return roles.map((r) => toAgentDto(r.agent, r.accessLevel));
  }

  async get(organisationId: string, agentId: string): Promise<AgentDto> {
    await orgAccess(this.ctx, this.principal, organisationId);
    const role = await this.findRole(this.em, organisationId, agentId);
    return toAgentDto(role.agent, role.accessLevel);
  }

  private async findRole(em: EntityManager, organisationId: string, agentId: string): Promise<AgentRole> {
    assertId(agentId, 'Agent');
    const role = await em.findOne(AgentRoleSchema, { organisation: organisationId, agent: { id: agentId, deletedAt: null } }, {
      populate: ['agent', 'agent.services'],
    });
    if (!role) throw notFound('Agent');
    return role;
  }

  private async checkServices(errors: FieldErrors, serviceIds: string[] | undefined): Promise<string[] | undefined> {
    if (serviceIds === undefined) return undefined;
    const ids = [...new Set(serviceIds)];
    const known = ids.every(isUuid)
      ? (await exec<{ id: string }[]>(this.em, 'select id from service where id = any(?::uuid[])', [uuidArray(ids)])).length
      : -1;
    errors.check(known === ids.length, 'serviceIds', 'Service inconnu.');
    return ids;
  }

  /** The organisation keeps at least one admin (reference §1.3). Admin rows are locked until commit. */
  private async assertAnotherAdmin(em: EntityManager, organisationId: string, agentId: string): Promise<void> {
    const admins = await exec<{ agent_id: string }[]>(em,
      "select agent_id from agent_role where organisation_id = ? and access_level = 'admin' for update", [organisationId]);
    if (!admins.some((a) => a.agent_id !== agentId)) {
      throw conflict('dernier_admin', 'Dernier administrateur',
        'L’organisation doit garder au moins un administrateur : nommez-en un autre d’abord.');
    }
  }

  /** The invitation e-mail is enqueued in the caller's transaction (sent after commit). */
  private async invite(em: EntityManager, agent: Agent, organisationId: string): Promise<void> {
    const token = randomBytes(32).toString('base64url');
    const expiresAt = new Date(this.ctx.now().getTime() + INVITATION_TTL_MS);
    agent.invitationTokenHash = hashInvitationToken(token);
    agent.invitationExpiresAt = expiresAt;
    await em.flush();
    await enqueueAgentInvitation(this.ctx, em, {
      agentId: agent.id, organisationId, email: agent.email!, token, expiresAt, invitedBy: agentIdOf(this.principal) ?? null,
    });
  }

  async create(organisationId: string, input: AgentInput): Promise<AgentDto> {
    await orgAccess(this.ctx, this.principal, organisationId, 'admin');
    const errors = new FieldErrors();
    const firstName = input.firstName.trim();
    const lastName = input.lastName.trim();
    errors.check(firstName, 'firstName', 'Le prénom est obligatoire.');
    errors.check(lastName, 'lastName', 'Le nom est obligatoire.');
    let email: string | null = null;
    if (input.role === 'intervenant') {
      errors.check(!input.email?.trim(), 'email', INTERVENANT_RULE);
      errors.check(input.password === undefined, 'password', INTERVENANT_RULE);
    } else {
      if (!input.email?.trim()) errors.add('email', 'L’adresse e-mail est obligatoire pour un agent qui se connecte.');
      else email = checkEmail(errors, 'email', input.email) ?? null;
      const weak = input.password === undefined ? null : passwordProblem(input.password);
      if (weak) errors.add('password', `Mot de passe trop faible : ${weak}`);
    }
    const serviceIds = (await this.checkServices(errors, input.serviceIds)) ?? [];
    errors.throwIfAny();
    // argon2 is slow: hash before the transaction opens.
    const passwordHash = input.password !== undefined && input.role !== 'intervenant' ? await hashPassword(input.password) : null;

    const { agent, role } = await this.em.transactional(async (tem) => {
      const found = email ? await exec<{ id: string }[]>(tem, 'select id from agent where lower(email) = ? for update', [email]) : [];
      let agent: Agent | null = found[0] ? await tem.findOneOrFail(AgentSchema, { id: found[0].id }, { populate: ['services'] }) : null;
      if (agent && !agent.deletedAt) {
        // One account per person: the existing agent receives the role (and the services).
        if (await tem.count(AgentRoleSchema, { agent, organisation: organisationId })) {
          throw conflict('agent_deja_membre', 'Agent déjà membre', 'Cet agent fait déjà partie de l’organisation.');
        }
        if (passwordHash) {
          throw validationError([{ field: 'password', message: 'Cet agent a déjà un compte : il garde son mot de passe.' }]);
        }
        const current = new Set(agent.services.getItems().map((s) => s.id));
        for (const id of serviceIds) if (!current.has(id)) agent.services.add(tem.getReference(ServiceSchema, id));
        if (!agent.passwordHash) await this.invite(tem, agent, organisationId);
      } else {
        if (agent) {
          // A removed agent comes back: a fresh account on the same e-mail.
          tem.assign(agent, { firstName, lastName, passwordHash, deletedAt: null, invitationTokenHash: null, invitationExpiresAt: null });
          agent.services.set(serviceIds.map((id) => tem.getReference(ServiceSchema, id)));
        } else {
          agent = tem.create(AgentSchema, {
            id: newId(), email, firstName, lastName, passwordHash,
            services: serviceIds.map((id) => tem.getReference(ServiceSchema, id)),
          });
        }
        audit(tem, this.principal, { entityType: 'agent', entityId: agent.id, action: 'create', organisationId, changes: { email, firstName, lastName, serviceIds } });
        if (email && !passwordHash) await this.invite(tem, agent, organisationId);
      }
      const role = tem.create(AgentRoleSchema, { id: newId(), agent, organisation: organisationId, accessLevel: input.role });
      audit(tem, this.principal, { entityType: 'agent_role', entityId: role.id, action: 'create', organisationId, changes: { agentId: agent.id, role: input.role } });
      return { agent, role };
    });
    return toAgentDto(agent, role.accessLevel);
  }

  async update(organisationId: string, agentId: string, patch: AgentPatch): Promise<AgentDto> {
    await orgAccess(this.ctx, this.principal, organisationId, 'admin');
    assertId(agentId, 'Agent');
    const errors = new FieldErrors();
    const firstName = patch.firstName?.trim();
    const lastName = patch.lastName?.trim();
    errors.check(firstName !== '', 'firstName', 'Le prénom est obligatoire.');
    errors.check(lastName !== '', 'lastName', 'Le nom est obligatoire.');
    const serviceIds = await this.checkServices(errors, patch.serviceIds);
    errors.throwIfAny();

    const role = await this.em.transactional(async (tem) => {
      const role = await this.findRole(tem, organisationId, agentId);
      const agent = role.agent;
      if (patch.role !== undefined && patch.role !== role.accessLevel) {
        if ((patch.role === 'intervenant') !== !agent.email) {
          throw validationError([{ field: 'role', message: patch.role === 'intervenant'
            ? 'Cet agent a une adresse e-mail : il ne peut pas devenir intervenant.'
            : 'Un intervenant n’a pas d’adresse e-mail : ajoutez-le comme nouvel agent avec son adresse.' }]);
        }
        if (role.accessLevel === 'admin') await this.assertAnotherAdmin(tem, organisationId, agentId);
        role.accessLevel = patch.role;
      }
      if (firstName !== undefined) agent.firstName = firstName;
      if (lastName !== undefined) agent.lastName = lastName;
      if (serviceIds !== undefined) agent.services.set(serviceIds.map((id) => tem.getReference(ServiceSchema, id)));
      audit(tem, this.principal, { entityType: 'agent', entityId: agent.id, action: 'update', organisationId, changes: { ...patch } });
      return role;
    });
    return toAgentDto(role.agent, role.accessLevel);
  }

  /**
   * Removes the agent's role in this organisation and their plages d'ouverture here (their RDVs
   * stay). An agent left without any organisation or territoire is deactivated.
   */
  async removeRole(organisationId: string, agentId: string): Promise<void> {
    await orgAccess(this.ctx, this.principal, organisationId, 'admin');
    assertId(agentId, 'Agent');
    await this.em.transactional(async (tem) => {
      const role = await this.findRole(tem, organisationId, agentId);
      if (agentIdOf(this.principal) === agentId) {
        throw conflict('retrait_de_soi', 'Action impossible sur soi-même',
          'Vous ne pouvez pas vous retirer vous-même de l’organisation : demandez-le à un autre administrateur.');
      }
      if (role.accessLevel === 'admin') await this.assertAnotherAdmin(tem, organisationId, agentId);
      await exec(tem, 'delete from plage_ouverture where organisation_id = ? and agent_id = ?', [organisationId, agentId]);
      const agent = role.agent;
      tem.remove(role);
      const others = await tem.count(AgentRoleSchema, { agent, organisation: { $ne: organisationId } })
        + await tem.count(AgentTerritorialRoleSchema, { agent });
      if (!others) {
        agent.deletedAt = this.ctx.now();
        agent.invitationTokenHash = null;
        agent.invitationExpiresAt = null;
      }
      audit(tem, this.principal, { entityType: 'agent_role', entityId: role.id, action: 'delete', organisationId, changes: { agentId, deactivated: !others } });
    });
  }
}
