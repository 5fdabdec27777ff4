import { describe, expect, it } from 'vitest';
import { agentsToNotify, shouldNotifyAgent, type AgentNotificationLevel } from './agents.js';
import { epochFromWallClock } from './zoned-time.js';

const tz = 'Europe/Paris';
const at = (day: number, hour: number) => epochFromWallClock({ year: 2027, month: 3, day, hour, minute: 0 }, tz);
const NOW = at(26, 17); // Friday 26 March 2027, 17:00

describe('shouldNotifyAgent (reference §1.13)', () => {
  it.each<[AgentNotificationLevel, boolean, number, number | null, boolean]>([
    // level, changedBySelf, startsAt, previousStartsAt, expected
    ['none', false, at(26, 18), null, false],
    ['all', true, at(26, 18), null, true],
    ['all', false, at(30, 9), null, true],
    ['others', true, at(26, 18), null, false],
    ['others', false, at(30, 9), null, true],
    ['soon', true, at(26, 18), null, false],
    ['soon', false, at(26, 18), null, true], // today
    ['soon', false, at(27, 23), null, true], // tomorrow, late
    ['soon', false, at(28, 0), null, false], // the day after tomorrow, just after midnight
    ['soon', false, at(30, 9), at(27, 9), true], // moved away from tomorrow
    ['soon', false, at(27, 9), at(30, 9), true], // moved to tomorrow
    ['soon', false, at(31, 9), at(30, 9), false],
  ])('%s, by self %s, starts %s, previous %s → %s', (level, changedBySelf, startsAt, previousStartsAt, expected) => {
    expect(shouldNotifyAgent(level, { changedBySelf, startsAt, previousStartsAt, now: NOW, timezone: tz })).toBe(expected);
  });

  it('"tomorrow" is a local calendar day: 23:30 Paris on the 26th is already the 27th in La Réunion', () => {
    const now = Date.UTC(2027, 2, 26, 21, 30); // 22:30 Paris, 01:30 on the 27th in La Réunion
    const startsAt = Date.UTC(2027, 2, 28, 6); // 08:00 Paris on the 28th = 10:00 Réunion on the 28th
    expect(shouldNotifyAgent('soon', { changedBySelf: false, startsAt, now, timezone: 'Europe/Paris' })).toBe(false);
    expect(shouldNotifyAgent('soon', { changedBySelf: false, startsAt, now, timezone: 'Indian/Reunion' })).toBe(true);
  });
});

describe('agentsToNotify', () => {
  const agents = [
    { id: 'a', email: 'a@x.fr', notificationLevel: 'others' as const },
    { id: 'b', email: 'b@x.fr', notificationLevel: 'all' as const },
    { id: 'c', email: null, notificationLevel: 'all' as const }, // intervenant
    { id: 'd', email: 'd@x.fr', notificationLevel: 'none' as const },
  ];
  it('applies each level, skips agents without e-mail, and the author when "others"', () => {
    const ids = (authorAgentId: string | null) =>
      agentsToNotify(agents, { authorAgentId, startsAt: at(30, 9), now: NOW, timezone: tz }).map((a) => a.id);
    expect(ids('a')).toEqual(['b']);
    expect(ids(null)).toEqual(['a', 'b']);
  });
  it('nothing about a RDV already over', () => {
    expect(agentsToNotify(agents, { authorAgentId: null, startsAt: at(26, 9), now: NOW, timezone: tz })).toEqual([]);
    // …unless it moved from the future.
    expect(agentsToNotify(agents, { authorAgentId: null, startsAt: at(26, 9), previousStartsAt: at(30, 9), now: NOW, timezone: tz })).toHaveLength(2);
  });
});
