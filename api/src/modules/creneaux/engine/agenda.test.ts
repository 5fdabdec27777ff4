import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { mergePairs, sortPairs } from './agenda.js';

const pairsArb = fc.array(
  fc.tuple(
    // clustered starts: many in the same minute, some before 1970, some off the minute grid
    fc.oneof(fc.integer({ min: -3, max: 3 }).map((m) => 1_800_000_000_000 + m * 60_000), fc.integer({ min: -5e12, max: 5e12 })),
    fc.integer({ min: 0, max: 59_999 }),
    fc.integer({ min: 1, max: 3_600_000 }),
  ).map(([minute, ms, length]) => [minute + ms, minute + ms + length] as const),
  { maxLength: 300 },
);

describe('sortPairs / mergePairs', () => {
  it('sorts by start like a plain comparator sort, inside the slice only', () => {
    fc.assert(fc.property(pairsArb, fc.integer({ min: 0, max: 3 }), (pairs, pad) => {
      const flat = [...Array(2 * pad).fill(-1), ...pairs.flat(), ...Array(2 * pad).fill(-2)];
      sortPairs(flat, 2 * pad, 2 * pad + 2 * pairs.length);
      const got = flat.slice(2 * pad, 2 * pad + 2 * pairs.length);
      expect(flat.slice(0, 2 * pad)).toEqual(Array(2 * pad).fill(-1));
      expect(flat.slice(2 * pad + 2 * pairs.length)).toEqual(Array(2 * pad).fill(-2));
      // same multiset of pairs, starts non-decreasing
      const asPairs = (f: number[]) => Array.from({ length: f.length / 2 }, (_, i) => `${f[2 * i]}:${f[2 * i + 1]}`).sort();
      expect(asPairs(got)).toEqual(asPairs(pairs.flat()));
      for (let i = 2; i < got.length; i += 2) expect(got[i]).toBeGreaterThanOrEqual(got[i - 2]!);
    }), { numRuns: 300 });
  });

  it('merges overlapping and touching intervals, keeps the gaps', () => {
    const flat = [0, 10, 5, 12, 12, 20, 30, 40, 35, 36, 41, 50];
    const end = mergePairs(flat, 0, flat.length);
    expect(flat.slice(0, end)).toEqual([0, 20, 30, 40, 41, 50]);
  });
});
