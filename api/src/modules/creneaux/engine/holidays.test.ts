import { describe, expect, it } from 'vitest';
import { formatIsoDate } from './days.js';
import { easterSunday, publicHolidays } from './holidays.js';

describe('easterSunday', () => {
  it.each([
    [1818, '1818-03-22'], // earliest possible
    [1943, '1943-04-25'], // latest possible
    [2000, '2000-04-23'],
    [2019, '2019-04-21'],
    [2024, '2024-03-31'],
    [2025, '2025-04-20'],
    [2026, '2026-04-05'],
    [2027, '2027-03-28'],
    [2038, '2038-04-25'],
    [2285, '2285-03-22'],
  ])('%i → %s', (year, expected) => {
    expect(formatIsoDate(easterSunday(year))).toBe(expected);
  });
});

const METROPOLE_2027 = ['2027-01-01', '2027-03-29', '2027-05-01', '2027-05-06', '2027-05-08', '2027-05-17', '2027-07-14',
  '2027-08-15', '2027-11-01', '2027-11-11', '2027-12-25'];

describe('publicHolidays', () => {
  it('metropolitan list for 2027 (Easter Monday 29 March, Ascension 6 May, Whit Monday 17 May)', () => {
    expect(publicHolidays(2027, '62')).toEqual(METROPOLE_2027);
  });

  it.each(['57', '67', '68'])('Alsace-Moselle (%s) adds Good Friday and 26 December', (dep) => {
    expect(publicHolidays(2027, dep)).toEqual([...METROPOLE_2027, '2027-03-26', '2027-12-26'].sort());
  });

  it.each([
    ['971', '2027-05-27'], ['972', '2027-05-22'], ['973', '2027-06-10'], ['974', '2027-12-20'], ['976', '2027-04-27'],
  ])('%s adds the abolition of slavery day %s', (dep, day) => {
    expect(publicHolidays(2027, dep)).toEqual([...METROPOLE_2027, day].sort());
  });

  it.each(['62', '75', '2A', '975', '69'])('%s has no extra day', (dep) => {
    expect(publicHolidays(2027, dep)).toEqual(METROPOLE_2027);
  });

  it('Ascension on 1 May is listed once (2008)', () => {
    const days = publicHolidays(2008, '62');
    expect(days.filter((d) => d === '2008-05-01')).toHaveLength(1);
    expect(days).toHaveLength(10);
  });

  it('works beyond the original hard-coded 2023–2026 list', () => {
    expect(publicHolidays(2031, '62')).toContain('2031-04-14'); // Easter Monday 2031
    expect(publicHolidays(2099, '62')).toHaveLength(11);
  });
});
