import { describe, expect, it } from 'vitest';
import fc from 'fast-check';
import { normalise } from '../text/normalise';
import { compare, compareCovering } from './similarity';

// Sentences that share words, reorder them, misspell them and add or drop some.
const WORDS = [
  'fund',
  'funding',
  'fnuding',
  'nurses',
  'nursse',
  'social',
  'care',
  'homes',
  'councils',
  'councisl',
  'waiting',
  'times',
  'abolish',
  'retain',
  'the',
  'cap',
  'on',
  'costs',
  '500',
  'more',
  'by',
  '2027',
];
const sentence = fc
  .array(fc.constantFrom(...WORDS), { minLength: 1, maxLength: 12 })
  .map((w) => `We will ${w.join(' ')}.`);
const weigh = (t: string) => 1 + (t.length % 4);

describe('compareCovering', () => {
  it('is compare(), or null exactly when less than the asked share of the query is covered', () => {
    fc.assert(
      fc.property(sentence, sentence, fc.double({ min: 0, max: 1, noNaN: true }), (a, b, least) => {
        const full = compare(normalise(a), normalise(b), weigh);
        const covering = compareCovering(normalise(a), normalise(b), weigh, least);
        if (full.queryCovered < least) expect(covering).toBeNull();
        else expect(covering).toEqual(full);
      }),
      { numRuns: 500 },
    );
  });

  it('matches a misspelt word to its counterpart', () => {
    const s = compare(
      normalise('We will increase fundng for care homes.'),
      normalise('We will increase funding for care homes.'),
      () => 1,
    );
    expect(s.queryCovered).toBe(1);
    expect(s.unmatchedQuery).toEqual([]);
  });
});

describe('compare: compactness', () => {
  it('measures the tightest stretch, not one reaching a later repeat of the last word', () => {
    // "sustained" comes again at the end of the long passage: the clause copied is still contiguous.
    const s = compare(
      normalise('The workload carried by general practice is unsafe and cannot be sustained.'),
      normalise(
        'The workload carried by general practice is unsafe and cannot be sustained, more doctors are needed, ' +
          'and the meeting therefore calls for investment to be sustained.',
      ),
      () => 1,
    );
    expect(s.compactness).toBe(1);
    expect(s.window.first).toBe(0);
  });

  it('is low when the words are scattered through the passage', () => {
    const s = compare(
      normalise('Workload general practice sustained.'),
      normalise('Workload grows every year while general practice loses doctors and is not sustained.'),
      () => 1,
    );
    expect(s.compactness).toBeLessThan(0.6);
  });
});
