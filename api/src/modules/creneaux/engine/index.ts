// Pure créneau engine: no ORM, no I/O. Callers load plages, absences and busy periods, then
// call computeCreneaux; the helpers below are what the API needs around it.

export type { IsoDate, WallTime } from './days.js';
export type { BusyPeriod, ComputeCreneauxInput, Creneau, EngineAbsence, EnginePlage } from './types.js';
export { computeCreneaux } from './compute.js';
export { formatInstant, instantToLocal, localDateOf, zonedToInstant, type LocalTime } from './zone.js';
export { easterSunday, publicHolidays } from './holidays.js';
export { isValidRecurrence, recurrenceError, RecurrenceError, parseRecurrence, type ParsedRule } from './recurrence.js';
export { expandOccurrences, nextOccurrences, type RecurringRule } from './expand.js';
