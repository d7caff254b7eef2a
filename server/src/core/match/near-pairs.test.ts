import { describe, expect, it } from 'vitest';
import { NearPairs } from './near-pairs';
import { normalise } from '../text/normalise';
import { compare } from './similarity';

const weigh = () => 1;
/** Judges every pair it is asked about: a copy when the query covers 80% of the candidate's words. */
const pairsOf = () =>
  new NearPairs<number>(weigh, (q, c) => {
    const s = compare(q.norm, c.norm, weigh);
    return s.queryCovered >= 0.8 && s.candidateCovered >= 0.8 ? s.queryCovered : null;
  });
const add = (pairs: NearPairs<number>, text: string) => pairs.add(text, normalise(text));

const A = 'We will recruit more district nurses for rural areas next year.';
const A2 = 'We will recruit more district nurses for rural area next year!';
const B = 'The council will publish its housing strategy in the spring.';
const C = 'Members noted the minutes of the previous meeting without comment.';

describe('NearPairs', () => {
  it('finds near copies in both directions, and a repeated text as its own copy', () => {
    const pairs = pairsOf();
    for (const t of [A, B, C, A2]) add(pairs, t);
    expect([...(pairs.of(A2)?.keys() ?? [])].sort()).toEqual([A, A2].sort());
    expect([...(pairs.of(A)?.keys() ?? [])].sort()).toEqual([A, A2].sort());
    expect(pairs.of(B)?.has(A)).toBeFalsy();
  });

  it('an added text is judged only against texts that share a word pair with it (counted)', () => {
    const pairs = pairsOf();
    for (const t of [A, B, C]) add(pairs, t);
    pairs.judgements = 0;
    add(pairs, A2);
    // A2 against itself, and A2 and A against each other: B and C share no pair with it.
    expect(pairs.judgements).toBe(3);
    pairs.judgements = 0;
    add(pairs, A2);
    expect(pairs.judgements).toBe(0);
  });

  it('forgets a text that is gone, and every judgement that named it', () => {
    const pairs = pairsOf();
    for (const t of [A, B, A2]) add(pairs, t);
    pairs.retain(new Set([A, B]));
    expect(pairs.size).toBe(2);
    expect(pairs.of(A)?.has(A2)).toBe(false);
    expect(pairs.of(A2)).toBeUndefined();
    // Added again, it is judged afresh.
    add(pairs, A2);
    expect(pairs.of(A)?.has(A2)).toBe(true);
  });
});
