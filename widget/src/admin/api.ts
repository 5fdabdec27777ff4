/**
 * The agent API as the admin uses it: one function per call, typed, all through the
 * session (token, refresh, re-login). Paths and bodies follow openapi/openapi.json.
 */
import type { Session } from './session.js';
import type {
  Absence,
  AbsenceInput,
  Agent,
  AgentCreneaux,
  AgentInput,
  AgentPatch,
  AbsencePatch,
  AgentRdvCreate,
  Lieu,
  LieuInput,
  LieuPatch,
  List,
  Me,
  Motif,
  MotifInput,
  Organisation,
  OrganisationPatch,
  Plage,
  PlageInput,
  PlagePatch,
  PlageSaved,
  Rdv,
  RdvStatus,
  Receipt,
  DeliveryFailure,
  Service,
  Usager,
} from './types.js';

const enc = encodeURIComponent;
const qs = (q: Record<string, string | undefined>) => {
  const p = new URLSearchParams();
  for (const [k, v] of Object.entries(q)) if (v) p.set(k, v);
  const s = p.toString();
  return s ? '?' + s : '';
};

export type AdminApi = ReturnType<typeof adminApi>;

export function adminApi(s: Session) {
  const get = <T>(path: string, signal?: AbortSignal) => s.request<T>('GET', path, { signal });
  const post = <T>(path: string, body?: unknown) => s.request<T>('POST', path, { body: body ?? {} });
  const patch = <T>(path: string, body: unknown) => s.request<T>('PATCH', path, { body });
  const del = (path: string) => s.request<void>('DELETE', path);
  /** Every page of a `{items, nextCursor}` list. */
  async function all<T>(path: string, signal?: AbortSignal): Promise<T[]> {
    const items: T[] = [];
    let cursor: string | undefined;
    for (let i = 0; i < 50; i++) {
      const page = await get<List<T>>(path + (cursor ? (path.includes('?') ? '&' : '?') + 'cursor=' + enc(cursor) : ''), signal);
      items.push(...page.items);
      cursor = page.nextCursor;
      if (!cursor) break;
    }
    return items;
  }
  const o = (org: string) => '/organisations/' + enc(org);

  return {
    session: s,
    me: () => get<Me>('/me'),
    services: () => all<Service>('/services'),
    organisation: (org: string) => get<Organisation>(o(org)),
    updateOrganisation: (org: string, body: OrganisationPatch) => patch<Organisation>(o(org), body),

    motifs: (org: string, archived = false) => all<Motif>(o(org) + '/motifs' + (archived ? '?archived=true' : '')),
    motif: (org: string, id: string) => get<Motif>(o(org) + '/motifs/' + enc(id)),
    createMotif: (org: string, body: MotifInput) => post<Motif>(o(org) + '/motifs', body),
    updateMotif: (org: string, id: string, body: Partial<MotifInput>) => patch<Motif>(o(org) + '/motifs/' + enc(id), body),
    archiveMotif: (org: string, id: string) => del(o(org) + '/motifs/' + enc(id)),
    restoreMotif: (org: string, id: string) => post<Motif>(o(org) + '/motifs/' + enc(id) + '/restauration'),

    lieux: (org: string, availability?: 'disabled') => all<Lieu>(o(org) + '/lieux' + qs({ availability })),
    lieu: (org: string, id: string) => get<Lieu>(o(org) + '/lieux/' + enc(id)),
    createLieu: (org: string, body: LieuInput) => post<Lieu>(o(org) + '/lieux', body),
    updateLieu: (org: string, id: string, body: LieuPatch) =>
      patch<Lieu>(o(org) + '/lieux/' + enc(id), body),
    disableLieu: (org: string, id: string) => del(o(org) + '/lieux/' + enc(id)),

    agents: (org: string) => all<Agent>(o(org) + '/agents'),
    createAgent: (org: string, body: AgentInput) => post<Agent>(o(org) + '/agents', body),
    updateAgent: (org: string, id: string, body: AgentPatch) => patch<Agent>(o(org) + '/agents/' + enc(id), body),
    removeAgent: (org: string, id: string) => del(o(org) + '/agents/' + enc(id)),

    plages: (org: string, agentId?: string) => all<Plage>(o(org) + '/plages-ouverture' + qs({ agentId })),
    plage: (org: string, id: string) => get<Plage>(o(org) + '/plages-ouverture/' + enc(id)),
    createPlage: (org: string, body: PlageInput) => post<PlageSaved>(o(org) + '/plages-ouverture', body),
    updatePlage: (org: string, id: string, body: PlagePatch) => patch<PlageSaved>(o(org) + '/plages-ouverture/' + enc(id), body),
    deletePlage: (org: string, id: string) => del(o(org) + '/plages-ouverture/' + enc(id)),

    absences: (org: string, agentId?: string) => all<Absence>(o(org) + '/absences' + qs({ agentId })),
    absence: (org: string, id: string) => get<Absence>(o(org) + '/absences/' + enc(id)),
    createAbsence: (org: string, body: AbsenceInput) => post<Absence>(o(org) + '/absences', body),
    updateAbsence: (org: string, id: string, body: AbsencePatch) => patch<Absence>(o(org) + '/absences/' + enc(id), body),
    deleteAbsence: (org: string, id: string) => del(o(org) + '/absences/' + enc(id)),

    rdvs: (org: string, q: { from: string; to: string; agentId?: string }, signal?: AbortSignal) =>
      all<Rdv>(o(org) + '/rdvs' + qs(q), signal),
    rdv: (org: string, id: string) => get<Rdv>(o(org) + '/rdvs/' + enc(id)),
    setRdvStatus: (org: string, id: string, status: RdvStatus) => patch<Rdv>(o(org) + '/rdvs/' + enc(id), { status }),
    createRdv: (org: string, body: AgentRdvCreate) => post<Rdv>(o(org) + '/rdvs', body),
    receipts: (org: string, id: string) => get<List<Receipt>>(o(org) + '/rdvs/' + enc(id) + '/receipts'),
    deliveryFailures: (org: string) => get<List<DeliveryFailure>>(o(org) + '/notifications/echecs'),
    creneaux: (org: string, q: { motifId: string; lieuId?: string; agentId?: string; from: string; to: string }, signal?: AbortSignal) =>
      get<AgentCreneaux>(o(org) + '/creneaux' + qs(q), signal),
    usagers: (org: string, q: string, signal?: AbortSignal) => get<List<Usager>>(o(org) + '/usagers' + qs({ q }), signal),
  };
}
