import { newId } from '../../api/src/db/columns.js';
import { AgentSchema } from '../../api/src/modules/agents/agent.entity.js';
import { AgentRoleSchema } from '../../api/src/modules/agents/agent-role.entity.js';
import { LieuSchema } from '../../api/src/modules/lieux/lieu.entity.js';
import { MotifSchema } from '../../api/src/modules/motifs/motif.entity.js';
import { PlageOuvertureSchema } from '../../api/src/modules/plages/plage-ouverture.entity.js';
import { VerificationSchema } from '../../api/src/modules/verifications/verification.entity.js';
import { hashCode } from '../../api/src/modules/verifications/verifications.service.js';
import type { TestApp } from './test-app.js';

export interface BookingFixture {
  organisationId: string;
  lieuId: string;
  motifId: string;
  collectifMotifId: string;
  agentIds: string[];
}

/**
 * A motif served by `agents` agents on weekday mornings 09:00–12:00 (Europe/Paris), 30-minute
 * créneaux, bookable by everyone; plus a collective motif.
 */
export async function bookingFixture(t: TestApp, options: { agents?: number; firstDay: string; organisationId?: string }): Promise<BookingFixture> {
  const em = t.db.orm.em.fork();
  const organisationId = options.organisationId ?? t.organisationIds[0]!;
  const lieu = em.create(LieuSchema, { id: newId(), organisation: organisationId, name: 'Lieu de test', address: '1 place du Test, 62000 Arras' });
  const motif = em.create(MotifSchema, { id: newId(), organisation: organisationId, name: `Motif de test ${newId().slice(0, 6)}`, durationMinutes: 30, bookableBy: 'everyone' });
  const collectif = em.create(MotifSchema, { id: newId(), organisation: organisationId, name: `Atelier ${newId().slice(0, 6)}`, durationMinutes: 60, bookableBy: 'everyone', collectif: true });
  const agentIds: string[] = [];
  for (let i = 0; i < (options.agents ?? 1); i++) {
    const agent = em.create(AgentSchema, { id: newId(), email: `agent-${newId()}@test.creneau.fr`, firstName: 'Agent', lastName: `N°${i + 1}` });
    em.create(AgentRoleSchema, { id: newId(), agent, organisation: organisationId, accessLevel: 'basic' });
    em.create(PlageOuvertureSchema, {
      id: newId(), organisation: organisationId, agent, lieu, title: 'Matinées', firstDay: options.firstDay, startTime: '09:00', endTime: '12:00',
      recurrence: 'FREQ=WEEKLY;BYDAY=MO,TU,WE,TH,FR', recurrenceEndsOn: null, motifs: [motif],
    });
    agentIds.push(agent.id);
  }
  await em.flush();
  return { organisationId, lieuId: lieu.id, motifId: motif.id, collectifMotifId: collectif.id, agentIds };
}

/** A verification whose code is known (the code itself normally leaves by SMS or e-mail). */
export async function knownVerification(t: TestApp, destination = '+33612345678', channel: 'sms' | 'email' = 'sms', code = '123456'): Promise<{ id: string; code: string }> {
  const em = t.db.orm.em.fork();
  const id = newId();
  em.create(VerificationSchema, {
    id, channel, destination, codeHash: hashCode(t.ctx.config.manageTokenSecret, id, code),
    expiresAt: new Date(t.ctx.now().getTime() + 10 * 60_000),
  });
  await em.flush();
  return { id, code };
}
