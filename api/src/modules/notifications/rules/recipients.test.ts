import { describe, expect, it } from 'vitest';
import {
  isMobilePhone,
  recipientsFor,
  type NotificationEvent,
  type ParticipationInput,
  type RecipientsInput,
  type UsagerContact,
} from './recipients.js';

const NOW = Date.UTC(2027, 2, 1, 9);
const FUTURE = Date.UTC(2027, 2, 29, 7);

const usager = (id: string, patch: Partial<UsagerContact> = {}): UsagerContact => ({
  id,
  firstName: id,
  lastName: 'Dupont',
  email: `${id}@example.fr`,
  phone: '+33612345678',
  notifyByEmail: true,
  notifyBySms: true,
  ...patch,
});

const participation = (u: UsagerContact, patch: Partial<ParticipationInput> = {}): ParticipationInput => ({
  usager: u,
  status: 'unknown',
  sendLifecycleNotifications: true,
  sendReminderNotification: true,
  ...patch,
});

const input = (event: NotificationEvent, participations: ParticipationInput[], patch: Partial<RecipientsInput> = {}): RecipientsInput => ({
  event,
  rdv: { startsAt: FUTURE, status: 'unknown', motifVisibility: 'visible_and_notified' },
  participations,
  now: NOW,
  ...patch,
});

/** "id:channels" for compact table assertions. */
const summary = (i: RecipientsInput) => recipientsFor(i).map((r) => `${r.usager.id}:${r.channels.join('+')}`);

describe('recipientsFor', () => {
  const lea = usager('lea');

  it.each<[string, RecipientsInput, string[]]>([
    ['created: e-mail and SMS', input('rdv_created', [participation(lea)]), ['lea:email+sms']],
    ['updated', input('rdv_updated', [participation(lea)]), ['lea:email+sms']],
    ['reminder', input('rdv_upcoming_reminder', [participation(lea)]), ['lea:email+sms']],
    ['waiting-list offer', input('new_creneau_available', [participation(lea)]), ['lea:email+sms']],
    ['past RDV: nothing', input('rdv_created', [participation(lea)], { now: FUTURE + 1 }), []],
    ['RDV starting now: nothing', input('rdv_created', [participation(lea)], { now: FUTURE }), []],
    ['invisible motif: nothing, whatever the flags',
      input('rdv_created', [participation(lea)], { rdv: { startsAt: FUTURE, status: 'unknown', motifVisibility: 'invisible' } }), []],
    ['invisible motif: no cancellation either',
      input('rdv_cancelled', [participation(lea, { status: 'revoked' })], { cancelledBy: 'agent', rdv: { startsAt: FUTURE, status: 'revoked', motifVisibility: 'invisible' } }), []],
    ['lifecycle flag off (visible_and_not_notified default)',
      input('rdv_created', [participation(lea, { sendLifecycleNotifications: false })]), []],
    ['lifecycle flag off does not stop the reminder when its own flag is on',
      input('rdv_upcoming_reminder', [participation(lea, { sendLifecycleNotifications: false })]), ['lea:email+sms']],
    ['reminder flag off', input('rdv_upcoming_reminder', [participation(lea, { sendReminderNotification: false })]), []],
    ['no reminder for a cancelled RDV',
      input('rdv_upcoming_reminder', [participation(lea, { status: 'revoked' })], { rdv: { startsAt: FUTURE, status: 'revoked', motifVisibility: 'visible_and_notified' } }), []],
    ['no reminder for a participant who cancelled (collective RDV)',
      input('rdv_upcoming_reminder', [participation(lea, { status: 'excused' }), participation(usager('tom'))]), ['tom:email+sms']],
    ['cancelled by an agent: e-mail and SMS',
      input('rdv_cancelled', [participation(lea, { status: 'revoked', previousStatus: 'unknown' })], { cancelledBy: 'agent' }), ['lea:email+sms']],
    ['cancelled by the usager: e-mail only (they know)',
      input('rdv_cancelled', [participation(lea, { status: 'excused', previousStatus: 'unknown' })], { cancelledBy: 'usager' }), ['lea:email']],
    ['cancelled by the usager without e-mail: nobody to tell',
      input('rdv_cancelled', [participation(usager('sms', { email: null }), { status: 'excused' })], { cancelledBy: 'usager' }), []],
    ['already cancelled before: no second notice',
      input('rdv_cancelled', [participation(lea, { status: 'excused', previousStatus: 'excused' }), participation(usager('tom'), { status: 'revoked', previousStatus: 'unknown' })], { cancelledBy: 'agent' }),
      ['tom:email+sms']],
    ['no "created" for a cancelled RDV',
      input('rdv_created', [participation(lea)], { rdv: { startsAt: FUTURE, status: 'excused', motifVisibility: 'visible_and_notified' } }), []],
    ['SMS refused', input('rdv_created', [participation(usager('a', { notifyBySms: false }))]), ['a:email']],
    ['e-mail refused', input('rdv_created', [participation(usager('a', { notifyByEmail: false }))]), ['a:sms']],
    ['no e-mail address', input('rdv_created', [participation(usager('a', { email: '  ' }))]), ['a:sms']],
    ['landline: no SMS', input('rdv_created', [participation(usager('a', { phone: '+33321212121' }))]), ['a:email']],
    ['overseas mobile (La Réunion) gets SMS', input('rdv_created', [participation(usager('a', { phone: '+262692123456', email: null }))]), ['a:sms']],
    ['no channel at all: left out', input('rdv_created', [participation(usager('a', { phone: null, email: null }))]), []],
  ])('%s', (_name, i, expected) => {
    expect(summary(i)).toEqual(expected);
  });

  it('proches are replaced by their responsible, who gets one message for the whole family', () => {
    const mother = usager('mere', { phone: '+33698765432' });
    const child1 = usager('enfant1', { email: null, phone: null, notifyByEmail: false, responsible: mother });
    const child2 = usager('enfant2', { email: null, phone: null, responsible: mother });
    const out = recipientsFor(input('rdv_created', [participation(child1), participation(child2)]));
    expect(out).toHaveLength(1);
    expect(out[0]!.usager.id).toBe('mere');
    // The responsible's contact data and preferences, not the proche's.
    expect(out[0]!.channels).toEqual(['email', 'sms']);
    expect(out[0]!.participants.map((p) => p.id)).toEqual(['enfant1', 'enfant2']);
  });

  it('a responsible who opted out of SMS gets none for their proche', () => {
    const mother = usager('mere', { notifyBySms: false });
    const child = usager('enfant', { responsible: mother });
    expect(summary(input('rdv_created', [participation(child)]))).toEqual(['mere:email']);
  });
});

describe('isMobilePhone', () => {
  it.each([
    ['+33612345678', true],
    ['+33751234567', true],
    ['0612345678', true],
    ['+33321212121', false],
    ['+262692123456', true],
    ['+262262123456', false],
    ['+594694123456', true],
    ['+596696123456', true],
    ['+590690123456', true],
    ['+508551234', true],
    ['not a phone', false],
    [null, false],
  ])('%s → %s', (phone, mobile) => {
    expect(isMobilePhone(phone)).toBe(mobile);
  });
});
