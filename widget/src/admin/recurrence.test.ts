import { expect } from '@open-wc/testing';
import { buildWeek, wallDate, wallTime } from './agenda-model.js';
import { DEADLINES, MAX_DELAYS, MIN_DELAYS, humanMinutes, withValue } from './delays.js';
import { href, parseRoute } from './router.js';
import { dayList, frDate, isLastOfMonth, mondayOf, nthOf, occurrences, parseRrule, summary, toRrule, weekdayOf, type Recurrence } from './recurrence.js';

const nb = (s: string) => s.replace(/\u00a0/g, ' ');

describe('recurrence (pure)', () => {
  it('parses and writes the RRULEs the API stores', () => {
    const weekly = parseRrule('FREQ=WEEKLY;INTERVAL=2;BYDAY=TH,MO;UNTIL=20270630', '2027-03-01');
    expect(weekly).to.deep.equal({ freq: 'weekly', interval: 2, days: ['MO', 'TH'], until: '2027-06-30' });
    expect(toRrule(weekly)).to.equal('FREQ=WEEKLY;INTERVAL=2;BYDAY=MO,TH;UNTIL=20270630');
    const monthly = parseRrule('FREQ=MONTHLY;BYDAY=2TU', '2027-03-09');
    expect(monthly).to.deep.equal({ freq: 'monthly', interval: 1, nth: 2, day: 'TU', until: null });
    expect(toRrule(monthly)).to.equal('FREQ=MONTHLY;INTERVAL=1;BYDAY=2TU');
    expect(parseRrule('FREQ=MONTHLY;BYDAY=-1FR', '2027-03-26')).to.include({ nth: -1, day: 'FR' });
    expect(parseRrule('FREQ=WEEKLY', '2027-03-03')).to.deep.include({ days: ['WE'] });
    expect(parseRrule('FREQ=WEEKLY;UNTIL=20270630T215959Z', '2027-03-03')).to.include({ until: '2027-06-30' });
    expect(parseRrule(null, '2027-03-01')).to.deep.equal({ freq: 'none' });
    expect(toRrule({ freq: 'none' })).to.equal(null);
  });

  it('knows weekdays, Mondays and the n-th weekday of a date', () => {
    expect(weekdayOf('2027-03-29')).to.equal('MO');
    expect(weekdayOf('1970-01-01')).to.equal('TH');
    expect(mondayOf('2027-04-04')).to.equal('2027-03-29');
    expect(nthOf('2027-03-09')).to.equal(2);
    expect(isLastOfMonth('2027-03-26')).to.equal(true);
    expect(isLastOfMonth('2027-03-19')).to.equal(false);
  });

  it('computes the next occurrences: every 2 weeks on Monday and Thursday, until a date', () => {
    const r = parseRrule('FREQ=WEEKLY;INTERVAL=2;BYDAY=MO,TH;UNTIL=20270415', '2027-03-01');
    expect(occurrences(r, '2027-03-01', { limit: 10 })).to.deep.equal(['2027-03-01', '2027-03-04', '2027-03-15', '2027-03-18', '2027-03-29', '2027-04-01', '2027-04-12', '2027-04-15']);
    expect(occurrences(r, '2027-03-01', { from: '2027-03-20', limit: 2 })).to.deep.equal(['2027-03-29', '2027-04-01']);
    // Starting on a Wednesday: the first week still counts.
    expect(occurrences(parseRrule('FREQ=WEEKLY;INTERVAL=2;BYDAY=MO,TH', '2027-03-03'), '2027-03-03', { limit: 3 })).to.deep.equal(['2027-03-04', '2027-03-15', '2027-03-18']);
  });

  it('computes monthly occurrences on the n-th and last weekday, skipping months without a 5th', () => {
    expect(occurrences(parseRrule('FREQ=MONTHLY;BYDAY=2TU', '2027-03-09'), '2027-03-09', { limit: 3 })).to.deep.equal(['2027-03-09', '2027-04-13', '2027-05-11']);
    expect(occurrences(parseRrule('FREQ=MONTHLY;INTERVAL=2;BYDAY=-1FR', '2027-01-29'), '2027-01-29', { limit: 3 })).to.deep.equal(['2027-01-29', '2027-03-26', '2027-05-28']);
    expect(occurrences(parseRrule('FREQ=MONTHLY;BYDAY=5MO', '2027-03-29'), '2027-03-29', { limit: 3 })).to.deep.equal(['2027-03-29', '2027-05-31', '2027-08-30']);
    expect(occurrences({ freq: 'none' }, '2027-03-29', { from: '2027-04-01' })).to.deep.equal([]);
  });

  it('says it in plain French', () => {
    const r = parseRrule('FREQ=WEEKLY;INTERVAL=2;BYDAY=MO,TH;UNTIL=20270630', '2027-03-01');
    expect(nb(summary(r, '2027-03-01', '09:00', '12:00'))).to.equal('Toutes les 2 semaines le lundi et le jeudi, de 9 h à 12 h, jusqu’au 30 juin 2027');
    expect(nb(summary(parseRrule('FREQ=WEEKLY;BYDAY=MO,TU,WE,TH,FR', '2027-03-01'), '2027-03-01', '14:00', '17:30'))).to.equal('Chaque semaine du lundi au vendredi, de 14 h à 17 h 30');
    expect(nb(summary(parseRrule('FREQ=MONTHLY;BYDAY=1TU;UNTIL=20270601', '2027-03-02'), '2027-03-02', '09:00', '12:00'))).to.equal('Chaque mois le 1er mardi, de 9 h à 12 h, jusqu’au 1er juin 2027');
    expect(nb(summary(parseRrule('FREQ=MONTHLY;INTERVAL=3;BYDAY=-1FR', '2027-03-26'), '2027-03-26', '09:00', '12:00'))).to.equal('Tous les 3 mois le dernier vendredi, de 9 h à 12 h');
    expect(nb(summary({ freq: 'none' }, '2027-03-01', '09:00', '12:00'))).to.equal('Le lundi 1er mars 2027, de 9 h à 12 h');
    expect(dayList(['MO', 'WE', 'FR'])).to.equal('le lundi, le mercredi et le vendredi');
    expect(frDate('2027-06-30')).to.equal('30 juin 2027');
  });
});

describe('delays, router, agenda model (pure)', () => {
  it('offers human delays and keeps an unusual current value', () => {
    expect(MIN_DELAYS.map((c) => c.label)).to.include.members(['30 min', '1 h', '2 h', '1 jour', '2 jours', '1 semaine', '1 mois']);
    expect(MAX_DELAYS.find((c) => c.value == 91)!.label).to.equal('3 mois');
    expect(DEADLINES.find((c) => c.value == 240)!.label).to.equal('4 h avant');
    expect(humanMinutes(90)).to.equal('1 h 30');
    expect(humanMinutes(2880)).to.equal('2 jours');
    expect(withValue(MIN_DELAYS, 45, humanMinutes).find((c) => c.value == 45)!.label).to.equal('45 min');
  });

  it('parses and builds hash routes', () => {
    const r = parseRoute('#/org-1/plages/nouveau?agent=a1');
    expect([r.org, r.page, r.id, r.query.get('agent')]).to.deep.equal(['org-1', 'plages', 'nouveau', 'a1']);
    expect(parseRoute('').page).to.equal('agenda');
    expect(parseRoute('#/o/inconnu').page).to.equal('agenda');
    expect(href('org 1', 'agenda', '', { agent: 'a', semaine: undefined })).to.equal('#/org%201/agenda?agent=a');
  });

  it('lays out a week: RDVs in the zone, plage occurrences, absences over several days', () => {
    const rdv = { id: 'r', startsAt: '2027-03-28T22:30:00Z', endsAt: '2027-03-28T23:00:00Z' } as any; // Monday 00:30 in Paris (summer time)
    expect(wallDate(rdv.startsAt, 'Europe/Paris')).to.equal('2027-03-29');
    expect(wallTime(rdv.startsAt, 'Europe/Paris')).to.equal('00:30');
    const days = buildWeek('2027-03-29', 'Europe/Paris', {
      rdvs: [rdv],
      plages: [{ id: 'p', agentId: 'a', lieuId: null, motifIds: [], title: 'P', firstDay: '2027-03-01', startTime: '09:00:00', endTime: '12:00:00', recurrence: 'FREQ=WEEKLY;BYDAY=MO,TH' } as any],
      absences: [{ id: 'x', agentId: 'a', title: null, firstDay: '2027-03-31', startTime: '14:00', endDay: '2027-04-02', endTime: '12:00', recurrence: null } as any],
    });
    const kinds = (i: number) => days[i].items.map((x) => `${x.kind} ${x.start}-${x.end}`);
    expect(kinds(0)).to.deep.equal(['rdv 00:30-01:00', 'plage 09:00-12:00']);
    expect(kinds(2)).to.deep.equal(['absence 14:00-23:59']);
    expect(kinds(3)).to.deep.equal(['absence 00:00-23:59', 'plage 09:00-12:00']);
    expect(kinds(4)).to.deep.equal(['absence 00:00-12:00']);
    expect(days[6].items).to.deep.equal([]);
  });
});

export type { Recurrence };
