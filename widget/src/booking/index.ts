/**
 * Public entry of the booking widget: `<script type="module" src=".../widget/creneau.js">`
 * defines <creneau-prise-rdv> and its steps.
 */
export { CreneauPriseRdv } from './creneau-prise-rdv.js';
export { reduce, init, resolve, plan, progress } from './machine.js';
export type { State, Action, Step, WhoForm, Preset } from './machine.js';
export type * from './events.js';
export type * from '../api/types.js';
export type { Messages, MessageOverrides } from '../i18n/index.js';
