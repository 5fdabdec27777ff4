/** Public surface of the notification templates (pure: view model in, messages out). */
export * from './types.js';
export { rdvCreated, rdvUpdated, rdvExcused, rdvRevoked, rdvCancelled, rdvReminder, oneTimeCode, creneauOffer } from './usager.js';
export { agentRdvCreated, agentRdvUpdated, agentRdvCancelled, agentInvitation, DEFAULT_ORGANIZER_EMAIL, type AgentInvitationContext } from './agent.js';
export { toGsm7, isGsm7, gsm7Length, fitSms, cutGsm7, SMS_MAX, type SmsPart } from './gsm7.js';
export { buildRdvIcs, icsAttachment, rdvUid, vtimezone, type IcsMethod, type RdvIcsOptions } from './ics.js';
export { escapeHtml, formatDate, formatDateTime, formatSmsDateTime, formatTime, formatDuration } from './format.js';
