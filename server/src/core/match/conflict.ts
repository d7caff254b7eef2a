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

const SIDE = new Map<string, { pair: number; side: 0 | 1 }>();
ANTONYMS.forEach(([a, b], pair) => {
  for (const w of a) SIDE.set(stemmer(w), { pair, side: 0 });
  for (const w of b) SIDE.set(stemmer(w), { pair, side: 1 });
});

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
  const ourWords = new Set(query.words);
  const theirWords = new Set(candidate.words);
  for (const w of ourWords) {
    const s = SIDE.get(w);
    if (!s || theirWords.has(w)) continue;
    for (const t of theirWords) {
      const o = SIDE.get(t);
      if (o && o.pair === s.pair && o.side !== s.side && !ourWords.has(t)) return { kind: 'antonym', ours: w, theirs: t };
    }
  }
  return undefined;
}
