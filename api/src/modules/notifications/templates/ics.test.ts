import { describe, expect, it } from 'vitest';
import { agentRdvCancelled, agentRdvCreated, agentRdvUpdated } from './agent.js';
import { buildRdvIcs, rdvUid, vtimezone } from './ics.js';
import { links, now, parisRdv, recipient, reunionRdv } from './test-fixtures.js';
import type { Attachment, RdvView } from './types.js';
import { rdvCreated, rdvExcused, rdvReminder, rdvUpdated } from './usager.js';

/** Unfold (RFC 5545 §3.1) and split into content lines. */
function lines(ics: string): string[] {
  expect(ics).toMatch(/\r\n$/);
  expect(ics.split('\r\n').every((l) => new TextEncoder().encode(l).length <= 75)).toBe(true);
  return ics.replace(/\r\n[ \t]/g, '').split('\r\n').filter(Boolean);
}
const prop = (ls: string[], name: string) => ls.filter((l) => l.startsWith(`${name}:`) || l.startsWith(`${name};`));
/** Lines of the VEVENT only (VTIMEZONE also has DTSTART lines). */
const vevent = (ls: string[]) => ls.slice(ls.indexOf('BEGIN:VEVENT'), ls.indexOf('END:VEVENT') + 1);
const ics = (a: Attachment[]) => {
  expect(a).toHaveLength(1);
  expect(a[0]!.name).toBe('rdv.ics');
  return lines(a[0]!.content);
};

const agentCtx = (rdv: RdvView) => ({
  rdv,
  agent: { firstName: 'Camille', lastName: 'Martin' },
  usagers: [{ firstName: 'Léa', lastName: 'Dupont' }],
  adminUrl: 'https://rdv.pasdecalais.fr/admin/rdvs/1',
  now,
});

describe('usager ICS (METHOD:PUBLISH)', () => {
  const created = rdvCreated({ rdv: parisRdv, recipient, links, now });
  const ls = ics(created.email.attachments);
  const ev = vevent(ls);

  it('is a calendar with PUBLISH, the event in the territoire zone and its VTIMEZONE', () => {
    expect(ls[0]).toBe('BEGIN:VCALENDAR');
    expect(ls.at(-1)).toBe('END:VCALENDAR');
    expect(ls).toContain('METHOD:PUBLISH');
    expect(created.email.attachments[0]!.contentType).toBe('text/calendar; charset=utf-8; method=PUBLISH');
    expect(ev).toContain('DTSTART;TZID=Europe/Paris:20270329T090000');
    expect(ev).toContain('DTEND;TZID=Europe/Paris:20270329T093000');
    expect(ev).toContain('DTSTAMP:20270301T100000Z');
    expect(ev).toContain(`UID:${rdvUid(parisRdv.id)}`);
    expect(ev).toContain('STATUS:CONFIRMED');
    expect(ev).toContain('SEQUENCE:0');
    const tz = ls.slice(ls.indexOf('BEGIN:VTIMEZONE'), ls.indexOf('END:VTIMEZONE') + 1);
    expect(tz).toContain('TZID:Europe/Paris');
    expect(tz).toContain('BEGIN:DAYLIGHT');
    expect(tz).toContain('BEGIN:STANDARD');
    expect(ls.indexOf('END:VTIMEZONE')).toBeLessThan(ls.indexOf('BEGIN:VEVENT'));
    expect(prop(ev, 'ORGANIZER')).toEqual([]);
    expect(prop(ev, 'ATTENDEE')).toEqual([]);
  });

  it('LOCATION is the lieu address; DESCRIPTION has the instructions and the manage link', () => {
    expect(ev).toContain('LOCATION:12 rue Émile Zola 62000 Arras');
    const description = prop(ev, 'DESCRIPTION')[0]!;
    expect(description).toContain('Apportez le carnet de santé');
    expect(description).toContain(`Gérer ce rendez-vous : ${links.manageUrl}`);
  });

  it('keeps one UID for the life of the RDV and carries the SEQUENCE given on updates', () => {
    const moved = { ...parisRdv, startsAt: parisRdv.startsAt + 3_600_000, endsAt: parisRdv.endsAt + 3_600_000, sequence: 3 };
    const upd = vevent(ics(rdvUpdated({ rdv: moved, recipient, links, now, previousStartsAt: parisRdv.startsAt }).email.attachments));
    const rem = vevent(ics(rdvReminder({ rdv: moved, recipient, links, now }).email.attachments));
    expect(prop(upd, 'UID')).toEqual(prop(ev, 'UID'));
    expect(prop(rem, 'UID')).toEqual(prop(ev, 'UID'));
    expect(upd).toContain('SEQUENCE:3');
    expect(upd).toContain('DTSTART;TZID=Europe/Paris:20270329T100000');
  });

  it('a cancellation keeps PUBLISH for usagers, with STATUS:CANCELLED', () => {
    const l = ics(rdvExcused({ rdv: { ...parisRdv, status: 'excused', sequence: 4 }, recipient, links, now }).email.attachments);
    expect(l).toContain('METHOD:PUBLISH');
    expect(vevent(l)).toContain('STATUS:CANCELLED');
    expect(vevent(l)).toContain('SEQUENCE:4');
  });
});

describe('agent ICS (REQUEST / CANCEL)', () => {
  it('REQUEST on create and update, CANCEL on cancellation, same UID', () => {
    const c = agentRdvCreated(agentCtx(reunionRdv));
    const u = agentRdvUpdated({ ...agentCtx({ ...reunionRdv, sequence: 1 }), previousStartsAt: reunionRdv.startsAt - 86_400_000 });
    const x = agentRdvCancelled(agentCtx({ ...reunionRdv, status: 'revoked', sequence: 2 }));
    expect(c.attachments[0]!.contentType).toBe('text/calendar; charset=utf-8; method=REQUEST');
    expect(x.attachments[0]!.contentType).toBe('text/calendar; charset=utf-8; method=CANCEL');
    const [lc, lu, lx] = [c, u, x].map((m) => ics(m.attachments));
    expect(lc).toContain('METHOD:REQUEST');
    expect(lu).toContain('METHOD:REQUEST');
    expect(lx).toContain('METHOD:CANCEL');
    expect(vevent(lx!)).toContain('STATUS:CANCELLED');
    expect(vevent(lx!)).toContain('SEQUENCE:2');
    for (const l of [lc!, lu!, lx!]) {
      expect(prop(vevent(l), 'UID')).toEqual([`UID:rdv-${reunionRdv.id}@creneau`]);
      expect(vevent(l)).toContain('DTSTART;TZID=Indian/Reunion:20270401T143000');
      expect(prop(vevent(l), 'ORGANIZER')[0]).toContain('mailto:ne-pas-repondre@creneau.invalid');
      // Agents with an e-mail are attendees; the one without (an intervenant) is not.
      expect(prop(vevent(l), 'ATTENDEE')).toHaveLength(1);
      expect(prop(vevent(l), 'ATTENDEE')[0]).toContain('jm.payet@cg974.fr');
      // No usager name in a calendar that may sync elsewhere.
      expect(l.join('\n')).not.toContain('Dupont');
      expect(l.join('\n')).not.toContain('Grondin');
    }
    // La Réunion has no DST: a single STANDARD block at +0400.
    const tz = lc!.slice(lc!.indexOf('BEGIN:VTIMEZONE'), lc!.indexOf('END:VTIMEZONE') + 1);
    expect(tz).toEqual([
      'BEGIN:VTIMEZONE',
      'TZID:Indian/Reunion',
      'BEGIN:STANDARD',
      'DTSTART:19700101T000000',
      'TZOFFSETFROM:+0400',
      'TZOFFSETTO:+0400',
      'TZNAME:+04',
      'END:STANDARD',
      'END:VTIMEZONE',
    ]);
  });

  it('home visits: no usager address in the agent calendar, but in the e-mail', () => {
    const rdv: RdvView = { ...parisRdv, lieu: null, homeAddress: '8 impasse des Lilas, 62000 Arras', motif: { ...parisRdv.motif, locationType: 'home' } };
    const m = agentRdvCreated(agentCtx(rdv));
    expect(vevent(ics(m.attachments))).toContain('LOCATION:À domicile');
    expect(m.text).toContain('Lieu : À domicile : 8 impasse des Lilas, 62000 Arras');
  });
});

describe('vtimezone', () => {
  it('Europe/Paris: last Sunday of March and October rules', () => {
    expect(vtimezone('Europe/Paris', 2027).split('\r\n')).toEqual([
      'BEGIN:VTIMEZONE',
      'TZID:Europe/Paris',
      'BEGIN:DAYLIGHT',
      'DTSTART:20260329T020000',
      'RRULE:FREQ=YEARLY;BYMONTH=3;BYDAY=-1SU',
      'TZOFFSETFROM:+0100',
      'TZOFFSETTO:+0200',
      'TZNAME:CEST',
      'END:DAYLIGHT',
      'BEGIN:STANDARD',
      'DTSTART:20261025T030000',
      'RRULE:FREQ=YEARLY;BYMONTH=10;BYDAY=-1SU',
      'TZOFFSETFROM:+0200',
      'TZOFFSETTO:+0100',
      'TZNAME:CET',
      'END:STANDARD',
      'END:VTIMEZONE',
    ]);
  });

  it('America/Miquelon (Saint-Pierre-et-Miquelon) follows nth-Sunday rules', () => {
    const v = vtimezone('America/Miquelon', 2027);
    expect(v).toContain('RRULE:FREQ=YEARLY;BYMONTH=3;BYDAY=2SU');
    expect(v).toContain('RRULE:FREQ=YEARLY;BYMONTH=11;BYDAY=1SU');
    expect(v).toContain('TZOFFSETTO:-0200');
  });

  it.each(['America/Cayenne', 'America/Martinique', 'America/Guadeloupe', 'Indian/Mayotte', 'Pacific/Noumea', 'Pacific/Tahiti'])(
    '%s has a fixed offset',
    (zone) => {
      const v = vtimezone(zone, 2027);
      expect(v).not.toContain('DAYLIGHT');
      expect(v.match(/BEGIN:STANDARD/g)).toHaveLength(1);
    },
  );

  it('does not depend on the server zone (DTSTART is computed with Intl, not Date#getHours)', () => {
    // The whole suite may run under any TZ; this RDV must still read 09:00 Paris time.
    const out = buildRdvIcs(parisRdv, { method: 'PUBLISH', summary: 's', description: 'd', stamp: now });
    expect(out).toContain('DTSTART;TZID=Europe/Paris:20270329T090000');
  });
});
