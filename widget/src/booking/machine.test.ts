import { expect } from '@open-wc/testing';
import { init, plan, progress, reduce, type Action, type State } from './machine.js';
import { organisation, rdv, paris, MONDAY } from '../test/fake-api.js';
import type { PublicOrganisation } from '../api/types.js';

const run = (s: State, ...actions: Action[]) => actions.reduce(reduce, s);
const loaded = (preset = {}, org: PublicOrganisation = organisation()) => reduce(init(preset), { type: 'loaded', org });
const form = { ...init().form, firstName: 'Awa', lastName: 'Diallo', phone: '06 12 34 56 78' };
const verification = { id: 'ver-1', expiresAt: '2099-01-01T00:00:00Z', resendAfterSeconds: 30 };
const startsAt = paris(MONDAY, '09:00');

describe('booking state machine', () => {
  it('starts loading, in book or manage mode', () => {
    expect(init().step).to.equal('loading');
    expect(init().mode).to.equal('book');
    expect(init({}, true).mode).to.equal('manage');
  });

  it('goes to the motif step when there are several motifs', () => {
    const s = loaded();
    expect(s.step).to.equal('motif');
    expect(plan(s)).to.deep.equal(['motif', 'lieu', 'creneau', 'who', 'code']);
    expect(progress(s)).to.deep.equal({ index: 1, total: 5 });
  });

  it('walks motif → lieu → créneau → who → code → confirmation', () => {
    let s = loaded();
    s = reduce(s, { type: 'motif', motifId: 'motif-pmi' });
    expect(s.step).to.equal('lieu');
    expect(progress(s)).to.deep.equal({ index: 2, total: 5 });
    s = reduce(s, { type: 'lieu', lieuId: 'lieu-1' });
    expect(s.step).to.equal('creneau');
    s = reduce(s, { type: 'creneau', startsAt });
    expect(s.step).to.equal('who');
    s = reduce(s, { type: 'sent', form, verification });
    expect(s.step).to.equal('code');
    expect(progress(s)).to.deep.equal({ index: 5, total: 5 });
    s = reduce(s, { type: 'booked', rdv: rdv(), manageToken: 'tok' });
    expect(s.step).to.equal('confirmation');
    expect(progress(s).index).to.equal(0);
    expect(s.manageToken).to.equal('tok');
  });

  it('skips the motif step when the motif is preset', () => {
    const s = loaded({ motif: 'motif-pmi' });
    expect(s.step).to.equal('lieu');
    expect(s.motifId).to.equal('motif-pmi');
    expect(plan(s)).to.deep.equal(['lieu', 'creneau', 'who', 'code']);
    expect(progress(s)).to.deep.equal({ index: 1, total: 4 });
  });

  it('ignores an unknown preset motif', () => {
    expect(loaded({ motif: 'nope' }).step).to.equal('motif');
  });

  it('skips the motif step when only one motif is offered (service filter)', () => {
    const org = organisation();
    org.motifs = org.motifs.filter((m) => m.id != 'motif-home');
    const s = loaded({ service: 'svc-pmi' }, org);
    expect(s.motifId).to.equal('motif-pmi');
    expect(s.step).to.equal('lieu');
  });

  it('filters motifs by service', () => {
    const s = loaded({ service: 'svc-social' });
    expect(s.step).to.equal('motif');
    expect(plan(s)[0]).to.equal('motif');
  });

  it('skips the lieu step when the lieu is preset, or there is only one', () => {
    expect(loaded({ motif: 'motif-pmi', lieu: 'lieu-2' })).to.include({ step: 'creneau', lieuId: 'lieu-2' });
    const org = organisation({ lieux: [organisation().lieux[0]] });
    expect(loaded({ motif: 'motif-pmi' }, org)).to.include({ step: 'creneau', lieuId: 'lieu-1' });
  });

  it('skips the lieu step for phone, home and visio motifs (lieuId null)', () => {
    const s = reduce(loaded(), { type: 'motif', motifId: 'motif-tel' });
    expect(s.step).to.equal('creneau');
    expect(s.lieuId).to.equal(null);
    expect(plan(s)).to.deep.equal(['motif', 'creneau', 'who', 'code']);
  });

  it('asks to accept the instructions before going on', () => {
    let s = reduce(loaded(), { type: 'motif', motifId: 'motif-social' });
    expect(s.step).to.equal('instructions');
    expect(plan(s)).to.deep.equal(['motif', 'instructions', 'creneau', 'who', 'code']);
    s = reduce(s, { type: 'accept' });
    expect(s.step).to.equal('creneau'); // one lieu for this motif
    expect(s.lieuId).to.equal('lieu-1');
  });

  it('shows the instructions first when the motif is preset', () => {
    const s = loaded({ motif: 'motif-social' });
    expect(s.step).to.equal('instructions');
    expect(progress(s)).to.deep.equal({ index: 1, total: 4 });
    expect(reduce(s, { type: 'back' })).to.equal(s); // nothing before
  });

  it('goes back one visible step at a time, clearing the later answers but keeping the form', () => {
    let s = run(loaded(), { type: 'motif', motifId: 'motif-pmi' }, { type: 'lieu', lieuId: 'lieu-1' }, { type: 'creneau', startsAt }, { type: 'sent', form, verification });
    expect(s.step).to.equal('code');
    s = reduce(s, { type: 'back' });
    expect(s.step).to.equal('who');
    expect(s.verification).to.equal(undefined);
    expect(s.form.firstName).to.equal('Awa');
    s = reduce(s, { type: 'back' });
    expect(s.step).to.equal('creneau');
    expect(s.startsAt).to.equal(undefined);
    s = reduce(s, { type: 'back' });
    expect(s.step).to.equal('lieu');
    s = reduce(s, { type: 'back' });
    expect(s.step).to.equal('motif');
    expect(s.motifId).to.equal(undefined);
    expect(s.form.firstName).to.equal('Awa');
    expect(reduce(s, { type: 'back' })).to.equal(s);
  });

  it('goes back over skipped steps', () => {
    let s = run(loaded(), { type: 'motif', motifId: 'motif-tel' }, { type: 'creneau', startsAt });
    expect(s.step).to.equal('who');
    s = run(s, { type: 'back' }, { type: 'back' });
    expect(s.step).to.equal('motif');
    s = run(loaded({ motif: 'motif-pmi', lieu: 'lieu-1' }), { type: 'creneau', startsAt }, { type: 'back' });
    expect(s.step).to.equal('creneau');
    expect(reduce(s, { type: 'back' })).to.equal(s);
  });

  it('keeps the form with the form action', () => {
    const s = reduce(loaded(), { type: 'form', form });
    expect(s.form).to.equal(form);
  });

  it('on 409 creneau_indisponible, goes back to the créneaux with a notice and keeps the form', () => {
    let s = run(loaded({ motif: 'motif-pmi', lieu: 'lieu-1' }), { type: 'creneau', startsAt }, { type: 'sent', form, verification });
    s = reduce(s, { type: 'conflict', code: 'creneau_indisponible' });
    expect(s.step).to.equal('creneau');
    expect(s.notice).to.equal('creneau_indisponible');
    expect(s.startsAt).to.equal(undefined);
    expect(s.verification).to.equal(undefined);
    expect(s.form).to.deep.equal(form);
    expect(s.motifId).to.equal('motif-pmi');
    expect(s.lieuId).to.equal('lieu-1');
    // choosing another créneau clears the notice and comes back to the filled form
    s = reduce(s, { type: 'creneau', startsAt: paris(MONDAY, '09:30') });
    expect(s.step).to.equal('who');
    expect(s.notice).to.equal(undefined);
    expect(s.form.firstName).to.equal('Awa');
  });

  it('on 409 complet, also goes back to the créneaux', () => {
    const s = run(loaded({ motif: 'motif-tel' }), { type: 'creneau', startsAt }, { type: 'sent', form, verification }, { type: 'conflict', code: 'complet' });
    expect(s).to.include({ step: 'creneau', notice: 'complet' });
  });

  it('on 422 from the booking, goes back to the form with the field errors', () => {
    const s = run(loaded({ motif: 'motif-tel' }), { type: 'creneau', startsAt }, { type: 'sent', form, verification }, { type: 'invalid', errors: { phone: 'Numéro invalide' } });
    expect(s.step).to.equal('who');
    expect(s.errors).to.deep.equal({ phone: 'Numéro invalide' });
    expect(s.notice).to.equal('validation_error');
    expect(s.form).to.deep.equal(form);
  });

  it('fails and retries', () => {
    let s = reduce(init(), { type: 'fail', code: 'network', status: 0 });
    expect(s.step).to.equal('error');
    expect(s.error).to.deep.equal({ code: 'network', status: 0 });
    s = reduce(s, { type: 'retry' });
    expect(s.step).to.equal('loading');
    expect(s.error).to.equal(undefined);
  });

  it('shows an empty motif step when nothing can be booked', () => {
    const s = loaded({}, organisation({ motifs: [] }));
    expect(s.step).to.equal('motif');
  });

  describe('manage mode', () => {
    const managed = () => reduce(init({}, true), { type: 'loadedRdv', rdv: rdv(), token: 'tok' });

    it('shows the RDV', () => {
      const s = managed();
      expect(s).to.include({ step: 'manage', manageToken: 'tok' });
      expect(plan(s)).to.deep.equal([]);
      expect(progress(s)).to.deep.equal({ index: 0, total: 0 });
    });

    it('moves: créneau step, pending confirmation, moved', () => {
      let s = reduce(managed(), { type: 'move' });
      expect(s.step).to.equal('creneau');
      s = reduce(s, { type: 'creneau', startsAt: paris(MONDAY, '14:00') });
      expect(s).to.include({ step: 'manage', pendingMove: paris(MONDAY, '14:00') });
      s = reduce(s, { type: 'cancelMove' });
      expect(s).to.include({ step: 'creneau', pendingMove: undefined });
      s = run(s, { type: 'creneau', startsAt: paris(MONDAY, '14:00') }, { type: 'moved', rdv: rdv({ startsAt: paris(MONDAY, '14:00') }) });
      expect(s).to.include({ step: 'manage', notice: 'moved', pendingMove: undefined });
      expect(s.rdv!.startsAt).to.equal(paris(MONDAY, '14:00'));
    });

    it('back from the créneau step returns to the RDV', () => {
      const s = run(managed(), { type: 'move' }, { type: 'back' });
      expect(s.step).to.equal('manage');
    });

    it('does not move a RDV that is not movable', () => {
      const s = reduce(init({}, true), { type: 'loadedRdv', rdv: rdv({ movable: false }), token: 'tok' });
      expect(reduce(s, { type: 'move' })).to.equal(s);
    });

    it('a 409 while moving goes back to the créneaux', () => {
      const s = run(managed(), { type: 'move' }, { type: 'creneau', startsAt }, { type: 'conflict', code: 'creneau_indisponible' });
      expect(s).to.include({ step: 'creneau', notice: 'creneau_indisponible', pendingMove: undefined });
    });

    it('cancels', () => {
      const s = reduce(managed(), { type: 'cancelled', rdv: rdv({ status: 'excused', cancellable: false }) });
      expect(s).to.include({ step: 'manage', notice: 'cancelled' });
      expect(s.rdv!.status).to.equal('excused');
    });
  });
});
