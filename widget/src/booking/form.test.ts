import { expect } from '@open-wc/testing';
import { fr } from '../i18n/fr.js';
import { emptyForm, init, reduce } from './machine.js';
import { destination, mapServerErrors, rdvRequest, validate, validPhone } from './form.js';
import { organisation, paris, MONDAY } from '../test/fake-api.js';

const motif = (id: string) => organisation().motifs.find((m) => m.id == id)!;
const TODAY = '2026-11-23';

describe('who form', () => {
  it('requires names and a phone by default', () => {
    expect(validate(emptyForm(), motif('motif-pmi'), fr, TODAY)).to.deep.equal({
      firstName: fr.required,
      lastName: fr.required,
      phone: fr.required,
    });
  });

  it('checks phone numbers (French, overseas, international)', () => {
    for (const ok of ['06 12 34 56 78', '0612345678', '+33 6 12 34 56 78', '0033612345678', '06.92.12.34.56', '+262 692 12 34 56', '+32 470 12 34 56'])
      expect(validPhone(ok), ok).to.equal(true);
    for (const bad of ['06 12 34', '12345678901234567', 'abc', '0012'])
      expect(validPhone(bad), bad).to.equal(false);
    const f = { ...emptyForm(), firstName: 'A', lastName: 'B', phone: '06 12' };
    expect(validate(f, motif('motif-pmi'), fr, TODAY)).to.deep.equal({ phone: fr.invalidPhone });
  });

  it('requires an e-mail when the code goes by e-mail, and still the phone for a phone motif', () => {
    const f = { ...emptyForm(), firstName: 'A', lastName: 'B', channel: 'email' as const, email: 'pas-un-mail' };
    expect(validate(f, motif('motif-pmi'), fr, TODAY)).to.deep.equal({ email: fr.invalidEmail });
    expect(validate(f, motif('motif-tel'), fr, TODAY)).to.deep.equal({ email: fr.invalidEmail, phone: fr.required });
  });

  it('requires the address for a home motif', () => {
    const f = { ...emptyForm(), firstName: 'A', lastName: 'B', phone: '0612345678' };
    expect(validate(f, motif('motif-home'), fr, TODAY)).to.deep.equal({ address: fr.required });
  });

  it('requires the proche names and a past birth date', () => {
    const f = { ...emptyForm(), forProche: true, firstName: 'A', lastName: 'B', phone: '0612345678', procheBirthDate: '2030-01-01' };
    expect(validate(f, motif('motif-pmi'), fr, TODAY)).to.deep.equal({
      procheFirstName: fr.required,
      procheLastName: fr.required,
      procheBirthDate: fr.invalidBirthDate,
    });
    expect(validate({ ...f, procheFirstName: 'C', procheLastName: 'D', procheBirthDate: '2020-05-04' }, motif('motif-pmi'), fr, TODAY)).to.deep.equal({});
  });

  it('maps 422 field errors onto the form', () => {
    const f = emptyForm();
    expect(
      mapServerErrors(
        [
          { field: 'usager.phone', message: 'Ce numéro ne reçoit pas de SMS.' },
          { field: '/proche/firstName', message: 'Trop long' },
          { field: 'body.usager.lastName', message: 'Obligatoire' },
          { field: 'destination', message: 'Numéro invalide' },
          { field: 'startsAt', message: 'Date invalide' },
        ],
        f
      )
    ).to.deep.equal({
      phone: 'Ce numéro ne reçoit pas de SMS.',
      procheFirstName: 'Trop long',
      lastName: 'Obligatoire',
      form: 'Date invalide',
    });
    expect(mapServerErrors([{ field: 'destination', message: 'x' }], { ...f, channel: 'email' })).to.deep.equal({ email: 'x' });
  });

  it('builds the booking request with only what is needed', () => {
    const form = { ...emptyForm(), firstName: ' Awa ', lastName: 'Diallo', phone: '06 12 34 56 78', email: 'ignored@example.org', address: 'ignored' };
    let s = reduce(init({ motif: 'motif-pmi', lieu: 'lieu-1' }), { type: 'loaded', org: organisation() });
    s = reduce(s, { type: 'creneau', startsAt: paris(MONDAY, '09:00') });
    s = reduce(s, { type: 'sent', form, verification: { id: 'ver-1', expiresAt: '', resendAfterSeconds: 30 } });
    expect(rdvRequest(s, '123456')).to.deep.equal({
      motifId: 'motif-pmi',
      lieuId: 'lieu-1',
      startsAt: paris(MONDAY, '09:00'),
      usager: { firstName: 'Awa', lastName: 'Diallo', phone: '0612345678', email: undefined, address: undefined },
      proche: undefined,
      verification: { id: 'ver-1', code: '123456' },
    });
    expect(destination(form)).to.equal('0612345678');
    expect(destination({ ...form, channel: 'email', email: ' a@b.fr ' })).to.equal('a@b.fr');
  });

  it('sends the proche and no lieu for a home motif', () => {
    const form = { ...emptyForm(), forProche: true, procheFirstName: 'Léo', procheLastName: 'Diallo', procheBirthDate: '2020-01-02', firstName: 'Awa', lastName: 'Diallo', channel: 'email' as const, email: 'awa@example.org', address: '3 rue X, Lens' };
    let s = reduce(init({ motif: 'motif-home' }), { type: 'loaded', org: organisation() });
    s = reduce(s, { type: 'creneau', startsAt: paris(MONDAY, '09:00') });
    s = reduce(s, { type: 'sent', form, verification: { id: 'v', expiresAt: '', resendAfterSeconds: 30 } });
    const r = rdvRequest(s, '000000');
    expect(r.lieuId).to.equal(undefined);
    expect(r.usager).to.deep.equal({ firstName: 'Awa', lastName: 'Diallo', phone: undefined, email: 'awa@example.org', address: '3 rue X, Lens' });
    expect(r.proche).to.deep.equal({ firstName: 'Léo', lastName: 'Diallo', birthDate: '2020-01-02' });
  });
});
