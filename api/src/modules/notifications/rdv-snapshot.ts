import type { EntityManager } from '@mikro-orm/postgresql';
import { exec, uuidArray } from '../../db/sql.js';
import type { RdvNotificationLevel } from '../agents/agent.entity.js';
import type { LocationType, VisibilityType } from '../motifs/motif.entity.js';
import type { CreatedByType, RdvStatus } from '../rdvs/rdv.entity.js';
import type { UsagerContact } from './rules/recipients.js';

/** Everything the notification rules and templates need about one RDV, loaded in 3 queries. */
export interface RdvSnapshot {
  id: string;
  organisationId: string;
  organisationName: string;
  organisationPhone: string | null;
  timezone: string;
  smsSender: string | null;
  startsAt: Date;
  endsAt: Date;
  status: RdvStatus;
  name: string | null;
  createdByType: CreatedByType;
  sequence: number;
  lieu: { id: string; name: string; address: string; phone: string | null } | null;
  motif: {
    name: string;
    locationType: LocationType;
    collectif: boolean;
    instructionsAfter: string | null;
    cancellableByUsager: boolean;
    movableByUsager: boolean;
    visibilityType: VisibilityType;
    serviceShortName: string | null;
  };
  agents: AgentOfRdv[];
  participations: ParticipationOfRdv[];
}

export interface AgentOfRdv {
  id: string;
  firstName: string;
  lastName: string;
  email: string | null;
  notificationLevel: RdvNotificationLevel;
  /** Linked to the RDV now (false: removed by the change being notified). */
  linked: boolean;
}

export interface ParticipationOfRdv {
  id: string;
  status: RdvStatus;
  sendLifecycleNotifications: boolean;
  sendReminderNotification: boolean;
  usager: UsagerContact & { address: string | null };
}

type Row = Record<string, unknown>;
const str = (v: unknown) => (v === null || v === undefined ? null : String(v));

function usagerFrom(r: Row, prefix: string): UsagerContact & { address: string | null } {
  return {
    id: String(r[`${prefix}id`]), firstName: String(r[`${prefix}first_name`]), lastName: String(r[`${prefix}last_name`]),
    email: str(r[`${prefix}email`]), phone: str(r[`${prefix}phone`]),
    notifyByEmail: Boolean(r[`${prefix}notify_by_email`]), notifyBySms: Boolean(r[`${prefix}notify_by_sms`]),
    address: str(r[`${prefix}address`]),
  };
}

/**
 * Loads a RDV for notifications. `extraAgentIds`: agents removed from the RDV by the change (they
 * get a cancellation) — no longer linked, so loaded by id.
 */
export async function loadRdvSnapshot(em: EntityManager, rdvId: string, extraAgentIds: string[] = []): Promise<RdvSnapshot | null> {
  const rows = await exec<Row[]>(em,
    `select r.id, r.organisation_id, o.name as organisation_name, o.phone as organisation_phone, t.timezone, t.sms_sender,
            r.starts_at, r.ends_at, r.status, r.name, r.created_by_type, r.sequence,
            l.id as lieu_id, l.name as lieu_name, l.address as lieu_address, l.phone as lieu_phone,
            m.name as motif_name, m.location_type, m.collectif, m.instructions_after, m.cancellable_by_usager, m.movable_by_usager,
            m.visibility_type, s.short_name as service_short_name
       from rdv r
       join motif m on m.id = r.motif_id
       left join service s on s.id = m.service_id
       join organisation o on o.id = r.organisation_id
       join territoire t on t.id = o.territoire_id
       left join lieu l on l.id = r.lieu_id
      where r.id = ?`, [rdvId]);
  const r = rows[0];
  if (!r) return null;
  const agents = await exec<Row[]>(em,
    `select a.id, a.first_name, a.last_name, a.email, a.rdv_notification_level, (ar.id is not null) as linked
       from agent a left join agent_rdv ar on ar.agent_id = a.id and ar.rdv_id = ?
      where a.deleted_at is null and (ar.id is not null or a.id = any(?::uuid[]))
      order by a.last_name, a.first_name, a.id`, [rdvId, uuidArray(extraAgentIds)]);
  const parts = await exec<Row[]>(em,
    `select p.id as p_id, p.status as p_status, p.send_lifecycle_notifications, p.send_reminder_notification,
            u.id as u_id, u.first_name as u_first_name, u.last_name as u_last_name, u.email as u_email, u.phone as u_phone,
            u.notify_by_email as u_notify_by_email, u.notify_by_sms as u_notify_by_sms, u.address as u_address,
            g.id as g_id, g.first_name as g_first_name, g.last_name as g_last_name, g.email as g_email, g.phone as g_phone,
            g.notify_by_email as g_notify_by_email, g.notify_by_sms as g_notify_by_sms, g.address as g_address
       from participation p
       join usager u on u.id = p.usager_id
       left join usager g on g.id = u.responsible_id and g.deleted_at is null
      where p.rdv_id = ? and u.deleted_at is null
      order by p.created_at, p.id`, [rdvId]);
  return {
    id: String(r.id), organisationId: String(r.organisation_id), organisationName: String(r.organisation_name),
    organisationPhone: str(r.organisation_phone), timezone: String(r.timezone), smsSender: str(r.sms_sender),
    startsAt: new Date(String(r.starts_at)), endsAt: new Date(String(r.ends_at)), status: r.status as RdvStatus, name: str(r.name),
    createdByType: r.created_by_type as CreatedByType, sequence: Number(r.sequence),
    lieu: r.lieu_id ? { id: String(r.lieu_id), name: String(r.lieu_name), address: String(r.lieu_address), phone: str(r.lieu_phone) } : null,
    motif: {
      name: String(r.motif_name), locationType: r.location_type as LocationType, collectif: Boolean(r.collectif),
      instructionsAfter: str(r.instructions_after), cancellableByUsager: Boolean(r.cancellable_by_usager),
      movableByUsager: Boolean(r.movable_by_usager), visibilityType: r.visibility_type as VisibilityType,
      serviceShortName: str(r.service_short_name),
    },
    agents: agents.map((a) => ({
      id: String(a.id), firstName: String(a.first_name), lastName: String(a.last_name), email: str(a.email),
      notificationLevel: a.rdv_notification_level as RdvNotificationLevel, linked: Boolean(a.linked),
    })),
    participations: parts.map((p) => {
      const usager = usagerFrom(p, 'u_');
      if (p.g_id) usager.responsible = usagerFrom(p, 'g_');
      return {
        id: String(p.p_id), status: p.p_status as RdvStatus, usager,
        sendLifecycleNotifications: Boolean(p.send_lifecycle_notifications), sendReminderNotification: Boolean(p.send_reminder_notification),
      };
    }),
  };
}
