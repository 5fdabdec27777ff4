import { expect } from '@open-wc/testing';
import { addDays, formatter, today } from './format.js';
import { fr } from './fr.js';
import { en } from './en.js';
import { messages, pickLang } from './index.js';

describe('date formatting (Intl, organisation time zone)', () => {
  const f = formatter(fr, 'Europe/Paris');

  it('says day and time in French', () => {
    expect(f.at('2027-03-29T09:00:00+02:00')).to.equal('lundi 29 mars à 9\u00a0h\u00a000');
    expect(f.time('2027-03-29T14:30:00+02:00')).to.equal('14\u00a0h\u00a030');
    expect(f.full('2027-03-29T09:00:00+02:00')).to.equal('lundi 29 mars 2027 à 9\u00a0h\u00a000');
    expect(f.date('2027-03-29')).to.equal('lundi 29 mars');
  });

  it('uses the organisation time zone across the DST change, not the browser one', () => {
    // 28 March 2027: Paris goes from +01:00 to +02:00 at 02:00
    expect(f.time('2027-03-28T00:30:00Z')).to.equal('1\u00a0h\u00a030');
    expect(f.time('2027-03-28T01:30:00Z')).to.equal('3\u00a0h\u00a030');
    expect(f.ymd('2027-03-28T23:30:00Z')).to.equal('2027-03-29');
    const reunion = formatter(fr, 'Indian/Reunion');
    expect(reunion.at('2027-03-29T09:00:00+04:00')).to.equal('lundi 29 mars à 9\u00a0h\u00a000');
    const cayenne = formatter(fr, 'America/Cayenne');
    expect(cayenne.time('2027-03-29T12:00:00Z')).to.equal('9\u00a0h\u00a000');
  });

  it('speaks English when asked', () => {
    const g = formatter(en, 'Europe/Paris');
    expect(g.at('2027-03-29T09:00:00+02:00')).to.equal('Monday 29 March at 9:00');
  });

  it('computes days', () => {
    expect(addDays('2027-03-27', 2)).to.equal('2027-03-29');
    expect(addDays('2027-01-01', -1)).to.equal('2026-12-31');
    expect(today('Europe/Paris', new Date('2027-03-28T23:30:00Z'))).to.equal('2027-03-29');
  });

  it('picks the language and merges overrides', () => {
    expect(pickLang('en-GB')).to.equal('en');
    expect(pickLang('fr')).to.equal('fr');
    expect(pickLang(undefined)).to.equal('fr');
    const t = messages('fr', { back: 'Précédent', errors: { network: 'Hors ligne' } });
    expect(t.back).to.equal('Précédent');
    expect(t.errors.network).to.equal('Hors ligne');
    expect(t.errors.complet).to.equal(fr.errors.complet);
    expect(fr.errors.complet).to.not.equal(undefined);
  });

  it('has every French message in English', () => {
    expect(Object.keys(en).sort()).to.deep.equal(Object.keys(fr).sort());
    expect(Object.keys(en.errors).sort()).to.deep.equal(Object.keys(fr.errors).sort());
  });
});
