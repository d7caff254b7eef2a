import { describe, expect, it } from 'vitest';
import fc from 'fast-check';
import {
  buildPostings,
  buildPostingsSteps,
  countOf,
  countWords,
  countWordsSteps,
  pairBucket,
  stepped,
  UNITS_PER_STEP,
  wordHash,
  type UnitWords,
} from './pair-postings';

const unitsOf = (units: number[][]): UnitWords => {
  const ends: number[] = [];
  let n = 0;
  for (const u of units) ends.push((n += u.length));
  return { words: Uint32Array.from(units.flat()), ends: Uint32Array.from(ends) };
};

// Units of up to 12 words from a small vocabulary, so pairs and words repeat within and across units.
const unitsArb = fc.array(fc.array(fc.integer({ min: 1, max: 40 }), { maxLength: 12 }), { maxLength: 60 });

describe('pair postings', () => {
  it('hashes a word the same way every time, and never to 0 (an empty slot)', () => {
    expect(wordHash('nurs')).toBe(wordHash('nurs'));
    expect(wordHash('nurs')).not.toBe(wordHash('nurse'));
    expect(wordHash('')).not.toBe(0);
  });

  it('posts each unit once under the bucket of every pair of neighbouring words it has, and under no other', () => {
    fc.assert(
      fc.property(unitsArb, (units) => {
        const { bits, offsets, postings } = buildPostings(unitsOf(units));
        const expected = new Map<number, number[]>();
        units.forEach((u, i) => {
          const buckets = new Set<number>();
          for (let k = 1; k < u.length; k++) buckets.add(pairBucket(u[k - 1]!, u[k]!, bits));
          for (const b of buckets) expected.set(b, [...(expected.get(b) ?? []), i]);
        });
        for (let b = 0; b < 1 << bits; b++)
          expect([...postings.subarray(offsets[b]!, offsets[b + 1]!)]).toEqual(expected.get(b) ?? []);
      }),
      { numRuns: 100 },
    );
  });

  it('counts the units that hold each word, a word repeated in a unit once', () => {
    fc.assert(
      fc.property(unitsArb, (units) => {
        const counts = countWords(unitsOf(units));
        for (let w = 1; w <= 40; w++) expect(countOf(counts, w)).toBe(units.filter((u) => u.includes(w)).length);
      }),
      { numRuns: 100 },
    );
  });

  it('keeps counting right as its table grows past its first size', () => {
    const units = Array.from({ length: 50 }, (_, i) =>
      Array.from({ length: 100 }, (_, k) => wordHash(`w${(i * 37 + k) % 3000}`)),
    );
    const counts = countWords(unitsOf(units));
    for (const w of [0, 1, 1500, 2999])
      expect(countOf(counts, wordHash(`w${w}`))).toBe(units.filter((u) => u.includes(wordHash(`w${w}`))).length);
    expect(countOf(counts, wordHash('never'))).toBe(0);
  });

  it('built in steps, lets other work in between and builds the same tables', async () => {
    const units = unitsOf(
      Array.from({ length: UNITS_PER_STEP * 2 + 7 }, (_, i) => [i % 50, (i * 7) % 50, (i * 13) % 50]),
    );
    let pauses = 0;
    const pause = async () => {
      pauses++;
    };
    expect(await stepped(buildPostingsSteps(units), pause)).toEqual(buildPostings(units));
    expect(await stepped(countWordsSteps(units), pause)).toEqual(countWords(units));
    // Two passes over the units for the postings, one for the counts: two pauses each.
    expect(pauses).toBe(6);
  });
});
