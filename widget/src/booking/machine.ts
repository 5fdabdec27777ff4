/**
 * The booking state machine: pure functions, no DOM, no fetch.
 *
 * Booking mode works like RDV-Solidarités' funnel: the current step is the
 * first unmet condition (motif → instructions → lieu → créneau → who → code →
 * confirmation). Presets and single choices are resolved automatically, so
 * their steps are skipped. Manage mode shows one RDV, and reuses the créneau
 * step to move it.
 */
import type { PublicMotif, PublicOrganisation, PublicRdv, Verification, Channel } from '../api/types.js';

export type Step =
  | 'loading'
  | 'error'
  | 'motif'
  | 'instructions'
  | 'lieu'
  | 'creneau'
  | 'who'
  | 'code'
  | 'confirmation'
  | 'manage';

/** The numbered steps of a booking, in order. */
export const FLOW: Step[] = ['motif', 'instructions', 'lieu', 'creneau', 'who', 'code'];

export interface WhoForm {
  forProche: boolean;
  firstName: string;
  lastName: string;
  procheFirstName: string;
  procheLastName: string;
  procheBirthDate: string;
  channel: Channel;
  phone: string;
  email: string;
  address: string;
}

export const emptyForm = (): WhoForm => ({
  forProche: false,
  firstName: '',
  lastName: '',
  procheFirstName: '',
  procheLastName: '',
  procheBirthDate: '',
  channel: 'sms',
  phone: '',
  email: '',
  address: '',
});

export type FieldErrors = Partial<Record<keyof WhoForm | 'form', string>>;

export interface Preset {
  motif?: string | null;
  lieu?: string | null;
  service?: string | null;
}

export interface State {
  mode: 'book' | 'manage';
  step: Step;
  preset: Preset;
  org?: PublicOrganisation;
  motifId?: string;
  accepted: boolean;
  /** undefined = not chosen yet; null = no lieu (phone, home, visio). */
  lieuId?: string | null;
  startsAt?: string;
  form: WhoForm;
  /** Server-side (422) errors to show on the who step. */
  errors?: FieldErrors;
  verification?: Verification;
  rdv?: PublicRdv;
  manageToken?: string;
  /** manage mode: the créneau chosen to move to, waiting for confirmation. */
  pendingMove?: string;
  /** A message code shown on the current step (e.g. creneau_indisponible, cancelled). */
  notice?: string;
  /** error step */
  error?: { code: string; status: number };
}

export type Action =
  | { type: 'loaded'; org: PublicOrganisation }
  | { type: 'loadedRdv'; rdv: PublicRdv; token: string }
  | { type: 'fail'; code: string; status: number }
  | { type: 'retry' }
  | { type: 'motif'; motifId: string }
  | { type: 'accept' }
  | { type: 'lieu'; lieuId: string }
  | { type: 'creneau'; startsAt: string }
  | { type: 'form'; form: WhoForm }
  | { type: 'sent'; form: WhoForm; verification: Verification }
  | { type: 'booked'; rdv: PublicRdv; manageToken: string }
  | { type: 'conflict'; code: string }
  | { type: 'invalid'; errors: FieldErrors }
  | { type: 'back' }
  | { type: 'move' }
  | { type: 'cancelMove' }
  | { type: 'moved'; rdv: PublicRdv }
  | { type: 'cancelled'; rdv: PublicRdv };

export function init(preset: Preset = {}, manage = false): State {
  return { mode: manage ? 'manage' : 'book', step: 'loading', preset, accepted: false, form: emptyForm() };
}

/** Motifs offered (filtered by the `service` preset when it matches something). */
export function motifsOf(s: State): PublicMotif[] {
  const all = s.org?.motifs ?? [];
  const svc = s.preset.service;
  const some = svc ? all.filter((m) => m.serviceId == svc) : all;
  return some.length ? some : all;
}

export const motifOf = (s: State) => s.org?.motifs.find((m) => m.id == s.motifId);

/** The lieux where a motif can be booked: its availability entries with a lieu. */
export function lieuxOf(s: State, m = motifOf(s)) {
  if (!m || m.locationType != 'public_office' || !s.org) return [];
  const lieux = s.org.lieux;
  const ids = m.availability.map((a) => a.lieuId);
  const some = lieux.filter((l) => ids.includes(l.id));
  return some.length ? some : lieux;
}

function autoMotif(s: State): string | undefined {
  const ms = motifsOf(s);
  return ms.find((m) => m.id == s.preset.motif)?.id ?? (ms.length == 1 ? ms[0].id : undefined);
}

function autoLieu(s: State, m: PublicMotif): string | null | undefined {
  if (m.locationType != 'public_office') return null;
  const ls = lieuxOf(s, m);
  return ls.find((l) => l.id == s.preset.lieu)?.id ?? (ls.length == 1 ? ls[0].id : undefined);
}

/** Booking mode: fill automatic choices, then go to the first unmet condition. */
export function resolve(s: State): State {
  if (s.mode == 'manage' || !s.org) return s;
  const motifId = s.motifId ?? autoMotif(s);
  const m = s.org.motifs.find((x) => x.id == motifId);
  if (!m) return { ...s, motifId: undefined, step: 'motif' };
  const n: State = { ...s, motifId };
  if (m.instructionsBefore && !n.accepted) return { ...n, step: 'instructions' };
  if (n.lieuId === undefined) n.lieuId = autoLieu(n, m);
  if (n.lieuId === undefined) return { ...n, step: 'lieu' };
  if (!n.startsAt) return { ...n, step: 'creneau' };
  if (!n.verification) return { ...n, step: 'who' };
  if (!n.rdv) return { ...n, step: 'code' };
  return { ...n, step: 'confirmation' };
}

/** The numbered steps the usager will see, given what is known so far. */
export function plan(s: State): Step[] {
  if (s.mode == 'manage' || !s.org) return [];
  const m = motifOf(s);
  const steps: Step[] = [];
  if (!autoMotif(s)) steps.push('motif');
  if (m?.instructionsBefore) steps.push('instructions');
  const manyLieux = m
    ? autoLieu({ ...s }, m) === undefined
    : s.org.lieux.length > 1 && motifsOf(s).some((x) => x.locationType == 'public_office');
  if (manyLieux) steps.push('lieu');
  steps.push('creneau', 'who', 'code');
  return steps;
}

/** Position of the current step: index is 1-based, 0 outside the numbered steps. */
export function progress(s: State): { index: number; total: number } {
  const p = plan(s);
  return { index: p.indexOf(s.step) + 1, total: p.length };
}

/** Forget the answer of `step` and of every step after it (the form is kept). */
function clearFrom(s: State, step: Step): State {
  const i = FLOW.indexOf(step);
  const n = { ...s, notice: undefined, errors: undefined };
  if (i <= 0) n.motifId = undefined;
  if (i <= 1) n.accepted = false;
  if (i <= 2) n.lieuId = undefined;
  if (i <= 3) n.startsAt = undefined;
  if (i <= 4) n.verification = undefined;
  return n;
}

export function reduce(s: State, a: Action): State {
  switch (a.type) {
    case 'loaded':
      return resolve({ ...s, org: a.org, error: undefined });
    case 'loadedRdv':
      return { ...s, rdv: a.rdv, manageToken: a.token, step: 'manage', error: undefined };
    case 'fail':
      return { ...s, step: 'error', error: { code: a.code, status: a.status } };
    case 'retry':
      return { ...s, step: 'loading', error: undefined };
    case 'back': {
      if (s.mode == 'manage') return { ...s, step: 'manage', pendingMove: undefined, notice: undefined };
      const p = plan(s);
      const prev = p[p.indexOf(s.step) - 1];
      return prev ? resolve(clearFrom(s, prev)) : s;
    }
    case 'motif':
      return resolve({ ...clearFrom(s, 'motif'), motifId: a.motifId });
    case 'accept':
      return resolve({ ...s, accepted: true, notice: undefined });
    case 'lieu':
      return resolve({ ...clearFrom(s, 'lieu'), lieuId: a.lieuId });
    case 'creneau':
      if (s.mode == 'manage') return { ...s, step: 'manage', pendingMove: a.startsAt, notice: undefined };
      return resolve({ ...clearFrom(s, 'creneau'), startsAt: a.startsAt });
    case 'form':
      return { ...s, form: a.form };
    case 'sent':
      return resolve({ ...s, form: a.form, verification: a.verification, errors: undefined, notice: undefined });
    case 'booked':
      return resolve({ ...s, rdv: a.rdv, manageToken: a.manageToken, notice: undefined });
    case 'conflict':
      // The créneau was taken (or the session is full): choose another one, keep the form.
      if (s.mode == 'manage') return { ...s, step: 'creneau', pendingMove: undefined, notice: a.code };
      return { ...resolve(clearFrom(s, 'creneau')), notice: a.code };
    case 'invalid':
      return { ...resolve({ ...s, verification: undefined }), errors: a.errors, notice: 'validation_error' };
    case 'move':
      return s.rdv?.movable ? { ...s, step: 'creneau', pendingMove: undefined, notice: undefined } : s;
    case 'cancelMove':
      return { ...s, step: 'creneau', pendingMove: undefined };
    case 'moved':
      return { ...s, rdv: a.rdv, step: 'manage', pendingMove: undefined, notice: 'moved' };
    case 'cancelled':
      return { ...s, rdv: a.rdv, step: 'manage', notice: 'cancelled' };
  }
}
