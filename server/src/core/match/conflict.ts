// What makes a near-copy say something else: a different figure, a negation, or the opposite
// action. Such a passage is a contradiction of its source, never a duplicate of it.
import { stemmer } from 'stemmer';
import { ANTONYMS } from '../text/lexicon';
import type { Normalised } from '../text/normalise';
import type { Similarity } from './similarity';

export type Conflict =
  | { kind: 'figure'; ours: string[]; theirs: string[] }
  | { kind: 'negation'; oursNegated: boolean }
  | { kind: 'antonym'; ours: string; theirs: string };

/** For each stemmed word, the antonym entries it belongs to and on which side. */
const SIDES = new Map<string, Array<{ pair: number; side: 0 | 1 }>>();
ANTONYMS.forEach(([a, b], pair) => {
  const add = (w: string, side: 0 | 1) => {
    const key = stemmer(w);
    SIDES.set(key, [...(SIDES.get(key) ?? []), { pair, side }]);
  };
  a.forEach((w) => add(w, 0));
  b.forEach((w) => add(w, 1));
});

/** A word of ours and a word of theirs on opposite sides of one antonym entry, if any. */
export function findAntonymSwap(ours: Iterable<string>, theirs: Iterable<string>): { ours: string; theirs: string } | undefined {
  const ourWords = new Set(ours);
  const theirWords = new Set(theirs);
  for (const w of ourWords) {
    if (theirWords.has(w)) continue;
    for (const s of SIDES.get(w) ?? []) {
      for (const t of theirWords) {
        if (ourWords.has(t)) continue;
        if ((SIDES.get(t) ?? []).some((o) => o.pair === s.pair && o.side !== s.side)) return { ours: w, theirs: t };
      }
    }
  }
  return undefined;
}

export function findConflict(query: Normalised, candidate: Normalised, sim: Similarity): Conflict | undefined {
  const theirNumbers = new Set(candidate.numbers);
  const ourNumbers = new Set(query.numbers);
  const missing = query.numbers.filter((n) => !theirNumbers.has(n));
  if (missing.length && (theirNumbers.size > 0 || sim.candidateCovered >= 0.7)) {
    return { kind: 'figure', ours: query.numbers, theirs: candidate.numbers.filter((n) => !ourNumbers.has(n)) };
  }
  // Where the candidate is much longer, its other clauses may hold negations of their own:
  // only those inside the stretch the draft matched count.
  const theirNegations =
    sim.candidateCovered >= 0.7 ? candidate.negations : candidate.negationAt.filter((k) => k >= sim.window.first && k <= sim.window.last).length;
  if (query.negations % 2 !== theirNegations % 2) {
    return { kind: 'negation', oursNegated: query.negations > theirNegations };
  }
  const swap = findAntonymSwap(query.words, candidate.words);
  return swap ? { kind: 'antonym', ...swap } : undefined;
}
