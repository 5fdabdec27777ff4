import { localDayDifference } from './zoned-time.js';

/** Agent preference `rdv_notifications_level` (reference §1.13). */
export type AgentNotificationLevel = 'all' | 'others' | 'soon' | 'none';

export interface AgentChange {
  /** The agent receiving the notification made the change themself. */
  changedBySelf: boolean;
  /** RDV start (new start for a move). */
  startsAt: number;
  /** Start before a move, if it moved: `soon` also looks at the old date. */
  previousStartsAt?: number | null;
  now: number;
  /** Territoire zone: "today" and "tomorrow" are local calendar days. */
  timezone: string;
}

/**
 * Whether an agent gets the "RDV ajouté / modifié / annulé sur votre agenda" e-mail (§4.1):
 * `none` never; `all` always; `others` only for changes made by someone else; `soon` changes by
 * someone else when the (old or new) date is today or tomorrow in the territoire's zone.
 */
export function shouldNotifyAgent(level: AgentNotificationLevel, change: AgentChange): boolean {
  switch (level) {
    case 'none':
      return false;
    case 'all':
      return true;
    case 'others':
      return !change.changedBySelf;
    case 'soon': {
      if (change.changedBySelf) return false;
      const dates = [change.startsAt, change.previousStartsAt].filter((d): d is number => d != null);
      return dates.some((d) => {
        const days = localDayDifference(change.now, d, change.timezone);
        return days === 0 || days === 1;
      });
    }
  }
}

export interface AgentContact {
  id: string;
  /** Null for intervenants (no login, no e-mail): they never receive anything. */
  email?: string | null;
  notificationLevel: AgentNotificationLevel;
}

/** Agents of a RDV to e-mail about a change made by `authorAgentId` (null: usager, partner, system). */
export function agentsToNotify<A extends AgentContact>(
  agents: readonly A[],
  change: Omit<AgentChange, 'changedBySelf'> & { authorAgentId?: string | null },
): A[] {
  // Same "future only" rule as the usager side: no mail about a RDV already over.
  const latest = Math.max(change.startsAt, change.previousStartsAt ?? -Infinity);
  if (latest <= change.now) return [];
  return agents.filter(
    (a) => !!a.email && shouldNotifyAgent(a.notificationLevel, { ...change, changedBySelf: a.id === change.authorAgentId }),
  );
}
