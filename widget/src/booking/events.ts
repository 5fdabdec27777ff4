import type { Step } from './machine.js';

/**
 * DOM events of <creneau-prise-rdv>. All bubble, are composed (they cross the
 * shadow root) and carry ids and times only, never personal data.
 */
export interface CreneauStepChangeDetail {
  /** loading, error, motif, instructions, lieu, creneau, who, code, confirmation, manage */
  step: Step;
  /** 1-based position among the numbered steps; 0 outside them (loading, error, confirmation, manage). */
  index: number;
  total: number;
}
export interface CreneauCreneauSelectedDetail {
  motifId: string;
  lieuId: string | null;
  startsAt: string;
}
export interface CreneauRdvConfirmedDetail {
  rdvId: string;
}
export interface CreneauRdvCancelledDetail {
  rdvId: string;
}
export interface CreneauRdvMovedDetail {
  rdvId: string;
  startsAt: string;
}
export interface CreneauErrorDetail {
  /** The problem code (`creneau_indisponible`, `network`…). */
  code: string;
  /** HTTP status, 0 for a network failure or CORS refusal. */
  status: number;
}

export interface CreneauEventDetails {
  'creneau-step-change': CreneauStepChangeDetail;
  'creneau-creneau-selected': CreneauCreneauSelectedDetail;
  'creneau-rdv-confirmed': CreneauRdvConfirmedDetail;
  'creneau-rdv-cancelled': CreneauRdvCancelledDetail;
  'creneau-rdv-moved': CreneauRdvMovedDetail;
  'creneau-error': CreneauErrorDetail;
}

export type CreneauStepChangeEvent = CustomEvent<CreneauStepChangeDetail>;
export type CreneauCreneauSelectedEvent = CustomEvent<CreneauCreneauSelectedDetail>;
export type CreneauRdvConfirmedEvent = CustomEvent<CreneauRdvConfirmedDetail>;
export type CreneauRdvCancelledEvent = CustomEvent<CreneauRdvCancelledDetail>;
export type CreneauRdvMovedEvent = CustomEvent<CreneauRdvMovedDetail>;
export type CreneauErrorEvent = CustomEvent<CreneauErrorDetail>;

declare global {
  interface HTMLElementEventMap {
    'creneau-step-change': CreneauStepChangeEvent;
    'creneau-creneau-selected': CreneauCreneauSelectedEvent;
    'creneau-rdv-confirmed': CreneauRdvConfirmedEvent;
    'creneau-rdv-cancelled': CreneauRdvCancelledEvent;
    'creneau-rdv-moved': CreneauRdvMovedEvent;
    'creneau-error': CreneauErrorEvent;
  }
}

export function emit<K extends keyof CreneauEventDetails>(el: EventTarget, type: K, detail: CreneauEventDetails[K]) {
  el.dispatchEvent(new CustomEvent(type, { detail, bubbles: true, composed: true }));
}
