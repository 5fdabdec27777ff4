import type { AdminApi } from './api.js';
import type { Agent, Lieu, Me, MeOrganisation, Motif, Service } from './types.js';

/**
 * What every page receives from <creneau-admin> (properties down): the API, the agent,
 * the current organisation with the agent's role in it, its time zone, and the
 * organisation's reference data loaded once and shared by the pages.
 */
export interface AdminCtx {
  api: AdminApi;
  me: Me;
  org: MeOrganisation;
  /** IANA zone of the organisation's territoire. */
  timezone: string;
  isAdmin: boolean;
  data: OrgData;
}

export class OrgData {
  private cache = new Map<string, Promise<unknown>>();
  constructor(
    private readonly api: AdminApi,
    private readonly org: string,
    private readonly me: Me
  ) {}

  private once<T>(key: string, load: () => Promise<T>): Promise<T> {
    let p = this.cache.get(key) as Promise<T> | undefined;
    if (!p) {
      p = load();
      this.cache.set(key, p);
      p.catch(() => this.cache.delete(key));
    }
    return p;
  }

  /** Forget cached data after a change. */
  invalidate(...keys: ('agents' | 'lieux' | 'motifs' | 'services')[]) {
    for (const k of keys) this.cache.delete(k);
  }

  /** Agents of the organisation; just the caller when the list is not available to them. */
  agents(): Promise<Agent[]> {
    return this.once('agents', () =>
      this.api.agents(this.org).catch(() => {
        const role = this.me.organisations.find((o) => o.id == this.org)?.role ?? 'basic';
        const at = new Date(0).toISOString();
        const self: Agent = { id: this.me.id, firstName: this.me.firstName ?? '', lastName: this.me.lastName ?? '', email: this.me.email ?? null, role, serviceIds: [], invitationPending: false, createdAt: at, updatedAt: at };
        return [self];
      })
    );
  }
  lieux(): Promise<Lieu[]> {
    return this.once('lieux', () => this.api.lieux(this.org).catch(() => []));
  }
  motifs(): Promise<Motif[]> {
    return this.once('motifs', () => this.api.motifs(this.org));
  }
  services(): Promise<Service[]> {
    return this.once('services', () => this.api.services().catch(() => []));
  }
}

export const agentName = (a: { firstName: string; lastName: string } | undefined) => (a ? `${a.firstName} ${a.lastName}`.trim() : 'Agent inconnu');
export const isDisabledLieu = (l: Lieu) => l.availability == 'disabled';
