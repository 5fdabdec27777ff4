import { describe, expect, it } from 'vitest';
import { allowedStatus, cascadeToParticipations, statusFromParticipations } from './status-cascade.js';

describe('RDV → participations', () => {
  it('unknown resets every participation', () => {
    expect(cascadeToParticipations('unknown', ['seen', 'excused', 'noshow'])).toEqual(['unknown', 'unknown', 'unknown']);
  });
  it('revoked and excused apply to participations not already cancelled', () => {
    expect(cascadeToParticipations('revoked', ['unknown', 'excused', 'seen'])).toEqual(['revoked', 'excused', 'revoked']);
    expect(cascadeToParticipations('excused', ['unknown', 'revoked'])).toEqual(['excused', 'revoked']);
  });
  it('seen and noshow apply only to participations still unknown', () => {
    expect(cascadeToParticipations('seen', ['unknown', 'excused', 'noshow'])).toEqual(['seen', 'excused', 'noshow']);
    expect(cascadeToParticipations('noshow', ['unknown', 'seen'])).toEqual(['noshow', 'seen']);
  });
});

describe('participations → RDV', () => {
  it('any seen participation makes the RDV seen', () => {
    expect(statusFromParticipations(true, false, ['unknown', 'seen'])).toBe('seen');
    expect(statusFromParticipations(false, false, ['excused', 'seen'])).toBe('seen');
  });
  it('an individual RDV takes the status all its participations share', () => {
    expect(statusFromParticipations(false, false, ['excused', 'excused'])).toBe('excused');
    expect(statusFromParticipations(false, false, ['revoked'])).toBe('revoked');
    expect(statusFromParticipations(false, false, ['noshow', 'noshow'])).toBe('noshow');
    expect(statusFromParticipations(false, false, ['noshow', 'excused'])).toBe('unknown');
  });
  it('a past collective RDV with nobody seen and no unknown left is revoked', () => {
    expect(statusFromParticipations(true, true, ['excused', 'noshow'])).toBe('revoked');
    expect(statusFromParticipations(true, false, ['excused', 'noshow'])).toBe('unknown');
    expect(statusFromParticipations(true, true, ['unknown', 'excused'])).toBe('unknown');
  });
  it('collective sessions only take unknown, seen or revoked', () => {
    expect(allowedStatus(true, 'excused')).toBe(false);
    expect(allowedStatus(true, 'noshow')).toBe(false);
    expect(allowedStatus(true, 'revoked')).toBe(true);
    expect(allowedStatus(false, 'excused')).toBe(true);
  });
});
