import { describe, expect, it } from 'vitest';
import { formatPhoneFr, normaliseEmail, normalisePhone } from './phone.js';

describe('normalisePhone', () => {
  it.each([
    ['06 12 34 56 78', '+33612345678', true],
    ['0612345678', '+33612345678', true],
    ['06.12.34.56.78', '+33612345678', true],
    ['06-12-34-56-78', '+33612345678', true],
    ['07 81 23 45 67', '+33781234567', true],
    ['+33 6 12 34 56 78', '+33612345678', true],
    ['+33 (0)6 12 34 56 78', '+33612345678', true],
    ['+330612345678', '+33612345678', true],
    ['0033 6 12 34 56 78', '+33612345678', true],
    ['612345678', '+33612345678', true],
    ['03 21 21 62 62', '+33321216262', false],
    ['01 40 20 50 50', '+33140205050', false],
    ['09 72 10 11 12', '+33972101112', false],
  ])('metropolitan %s → %s (mobile %s)', (input, e164, mobile) => {
    expect(normalisePhone(input)).toEqual({ e164, mobile });
  });

  it.each([
    // National format of an overseas department resolves to its own calling code.
    ['0692 12 34 56', '+262692123456', true], // Réunion mobile
    ['06 93 12 34 56', '+262693123456', true], // Réunion mobile
    ['0262 20 12 34', '+262262201234', false], // Réunion landline
    ['0639 69 12 34', '+262639691234', true], // Mayotte mobile
    ['0269 61 12 34', '+262269611234', false], // Mayotte landline
    ['0690 12 34 56', '+590690123456', true], // Guadeloupe mobile
    ['0691 12 34 56', '+590691123456', true], // Guadeloupe mobile (range newer than the metadata)
    ['0590 82 12 34', '+590590821234', false], // Guadeloupe landline
    ['0590 27 12 34', '+590590271234', false], // Saint-Barthélemy landline
    ['0596 60 12 34', '+596596601234', false], // Martinique landline: not mobile
    ['0696 12 34 56', '+596696123456', true], // Martinique mobile
    ['0697 12 34 56', '+596697123456', true], // Martinique mobile
    ['0694 12 34 56', '+594694123456', true], // Guyane mobile
    ['0594 29 12 34', '+594594291234', false], // Guyane landline
    ['+262 692 12 34 56', '+262692123456', true],
    ['+33 6 92 12 34 56', '+262692123456', true], // a Réunion mobile written with +33
    ['00262692123456', '+262692123456', true],
    ['+508 55 12 34', '+508551234', true], // Saint-Pierre-et-Miquelon
    ['+687 75 12 34', '+687751234', true], // Nouvelle-Calédonie
    ['87 12 34 56', '+68987123456', true], // Polynésie, 8 digits: unambiguous
  ])('overseas %s → %s (mobile %s)', (input, e164, mobile) => {
    expect(normalisePhone(input)).toEqual({ e164, mobile });
  });

  it.each([
    [''], ['   '], ['abc'], ['06 12 34'], ['06 12 34 56 78 90'], ['07 00 00 00 00'], ['00 00 00 00 00'],
    ['+33 6 12'], ['06 12 34 56 7a'], ['0612345678; drop table usager'], ['+44 20 7946 0958'], ['+32 470 12 34 56'],
    ['1'.repeat(50)],
  ])('refuses %j', (input) => {
    expect(normalisePhone(input)).toBeNull();
  });
});

describe('formatPhoneFr', () => {
  it('formats metropolitan and overseas numbers the French way', () => {
    expect(formatPhoneFr('+33612345678')).toBe('06 12 34 56 78');
    expect(formatPhoneFr('+33321216262')).toBe('03 21 21 62 62');
    expect(formatPhoneFr('+262692123456')).toBe('0692 12 34 56');
    expect(formatPhoneFr('+596596601234')).toBe('0596 60 12 34');
  });
  it('returns what it cannot parse unchanged', () => {
    expect(formatPhoneFr('n/a')).toBe('n/a');
  });
});

describe('normaliseEmail', () => {
  it.each([
    ['Jean.Dupont@Example.FR', 'jean.dupont@example.fr'],
    ['  marie@laposte.net ', 'marie@laposte.net'],
    ['jean..dupont@gmail.com', 'jean.dupont@gmail.com'],
    ['jean.@gmail.com', 'jean@gmail.com'],
    ['jean@.gmail.com', 'jean@gmail.com'],
    ['jean@gmail..com', 'jean@gmail.com'],
    ['jean@gmail,com', 'jean@gmail.com'],
    ['jean@gmail.com.', 'jean@gmail.com'],
    ['mailto:jean@gmail.com', 'jean@gmail.com'],
    ['prenom+rdv@orange.fr', 'prenom+rdv@orange.fr'],
    ['agent@pas-de-calais.gouv.fr', 'agent@pas-de-calais.gouv.fr'],
  ])('%j → %j', (input, expected) => {
    expect(normaliseEmail(input)).toBe(expected);
  });

  it.each([[''], ['jean'], ['jean@'], ['@gmail.com'], ['jean@gmail'], ['jean dupont@gmail.com'], ['jean@@gmail.com'], ['jean@gmail.c'], ['jean@-gmail.com'], [`${'a'.repeat(65)}@gmail.com`]])(
    'refuses %j', (input) => {
      expect(normaliseEmail(input)).toBeNull();
    });
});
