/**
 * A tiny hash router: `#/<organisationId>/<page>[/<id>][?query]`.
 * The hash keeps the server out of routing (it serves the same page at /admin).
 */
export const PAGES = ['agenda', 'motifs', 'lieux', 'plages', 'absences', 'agents', 'integration', 'envois'] as const;
export type Page = (typeof PAGES)[number];

export interface Route {
  org: string;
  page: Page;
  /** `new`, an object id, or '' for the list. */
  id: string;
  query: URLSearchParams;
}

export function parseRoute(hash: string): Route {
  const [path, qs = ''] = hash.replace(/^#\/?/, '').split('?');
  const [org = '', page = '', id = ''] = path.split('/').map((s) => decodeURIComponent(s));
  return {
    org,
    page: (PAGES as readonly string[]).includes(page) ? (page as Page) : 'agenda',
    id,
    query: new URLSearchParams(qs),
  };
}

export function href(org: string, page: Page, id = '', query?: Record<string, string | undefined>): string {
  const q = new URLSearchParams();
  for (const [k, v] of Object.entries(query ?? {})) if (v) q.set(k, v);
  const qs = q.toString();
  return `#/${encodeURIComponent(org)}/${page}${id ? '/' + encodeURIComponent(id) : ''}${qs ? '?' + qs : ''}`;
}

/** Go to a route (a hashchange event follows). */
export const go = (hash: string) => {
  if (location.hash != hash) location.hash = hash;
};
