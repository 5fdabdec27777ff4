import type { ApiClient } from '../api/client.js';
import type { Messages } from '../i18n/fr.js';
import type { Format } from '../i18n/format.js';
import type { Action, State } from './machine.js';

/** What the root element gives to the steps (their `c` property). A new object on every change. */
export interface BookingContext {
  s: State;
  dispatch: (a: Action) => void;
  api: ApiClient;
  t: Messages;
  f: Format;
  progress: { index: number; total: number };
  /** Say something in the polite (or assertive) live region. */
  announce: (message: string, urgent?: boolean) => void;
  /** Report an error: emits `creneau-error` and returns its text (undefined for an abort). */
  fail: (e: unknown) => string | undefined;
}

/** The heading of each step. */
export function titleOf(s: State, t: Messages): string {
  switch (s.step) {
    case 'motif':
      return t.motifTitle;
    case 'instructions':
      return t.instructionsTitle;
    case 'lieu':
      return t.lieuTitle;
    case 'creneau':
      return s.mode == 'manage' ? t.moveTitle : t.creneauTitle;
    case 'who':
      return t.whoTitle;
    case 'code':
      return t.codeTitle;
    case 'confirmation':
      return t.doneTitle;
    case 'manage':
      return t.manageTitle;
    case 'error':
      return t.errors[s.error?.code ?? ''] ?? t.errors.unknown;
    default:
      return t.loading;
  }
}
