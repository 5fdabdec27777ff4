/**
 * The agenda's week as data: for each day, the RDVs, the plages' occurrences and the
 * absences of the shown agents, sorted by start. Pure, so it is tested without a browser.
 */
import { addDays, occurrences, parseRrule } from './recurrence.js';
import type { Absence, Plage, Rdv } from './types.js';

export type AgendaItem =
  | { kind: 'rdv'; start: string; end: string; rdv: Rdv }
  | { kind: 'plage'; start: string; end: string; plage: Plage }
  | { kind: 'absence'; start: string; end: string; absence: Absence };

export interface AgendaDay {
  date: string;
  items: AgendaItem[];
}

/** `HH:MM` of an instant in a time zone. */
export function wallTime(iso: string, timeZone: string): string {
  const p = new Intl.DateTimeFormat('en-GB', { timeZone, hour: '2-digit', minute: '2-digit', hourCycle: 'h23' }).formatToParts(new Date(iso));
  return `${p.find((x) => x.type == 'hour')!.value}:${p.find((x) => x.type == 'minute')!.value}`;
}

/** `YYYY-MM-DD` of an instant in a time zone. */
export function wallDate(iso: string, timeZone: string): string {
  const p = new Intl.DateTimeFormat('en-CA', { timeZone, year: 'numeric', month: '2-digit', day: '2-digit' }).formatToParts(new Date(iso));
  const v = (t: string) => p.find((x) => x.type == t)!.value;
  return `${v('year')}-${v('month')}-${v('day')}`;
}

export function buildWeek(monday: string, timeZone: string, data: { rdvs: Rdv[]; plages: Plage[]; absences: Absence[] }): AgendaDay[] {
  const sunday = addDays(monday, 6);
  const days: AgendaDay[] = Array.from({ length: 7 }, (_, i) => ({ date: addDays(monday, i), items: [] }));
  const at = (d: string) => days.find((x) => x.date == d);
  for (const rdv of data.rdvs) {
    at(wallDate(rdv.startsAt, timeZone))?.items.push({ kind: 'rdv', start: wallTime(rdv.startsAt, timeZone), end: wallTime(rdv.endsAt, timeZone), rdv });
  }
  for (const plage of data.plages) {
    const dates = occurrences(parseRrule(plage.recurrence, plage.firstDay), plage.firstDay, { from: monday, to: sunday, limit: 7 });
    for (const d of dates) at(d)?.items.push({ kind: 'plage', start: plage.startTime.slice(0, 5), end: plage.endTime.slice(0, 5), plage });
  }
  for (const absence of data.absences) {
    const s = absence.startTime.slice(0, 5);
    const e = absence.endTime.slice(0, 5);
    if (absence.endDay != absence.firstDay) {
      for (const day of days) {
        if (day.date < absence.firstDay || day.date > absence.endDay) continue;
        day.items.push({ kind: 'absence', start: day.date == absence.firstDay ? s : '00:00', end: day.date == absence.endDay ? e : '23:59', absence });
      }
      continue;
    }
    const dates = occurrences(parseRrule(absence.recurrence, absence.firstDay), absence.firstDay, { from: monday, to: sunday, limit: 7 });
    for (const d of dates) at(d)?.items.push({ kind: 'absence', start: s, end: e, absence });
  }
  const order = { absence: 0, plage: 1, rdv: 2 };
  for (const day of days) day.items.sort((a, b) => a.start.localeCompare(b.start) || order[a.kind] - order[b.kind]);
  return days;
}
