// How much of one passage another holds, weighted by how rare each word is. Two numbers, not
// one, because a duplicate may add a few words (the draft holds all of the source) or be a
// clause cut from a longer passage (the source holds all of the draft).
import { distance } from 'fastest-levenshtein';
import type { Normalised } from '../text/normalise';

export type Weigh = (token: string) => number;

export interface Similarity {
  /** Weighted share of the query's words found in the candidate. */
  queryCovered: number;
  /** Weighted share of the candidate's words found in the query. */
  candidateCovered: number;
  /** Share of matched query words that appear in the same order in the candidate. */
  order: number;
  /**
   * Matched words over the stretch of the candidate they lie in: near 1 when the query is a
   * contiguous clause of the candidate, low when its words are scattered through a long passage.
   */
  compactness: number;
  /** First and last index of the candidate's tokens that the query matched in order. */
  window: { first: number; last: number };
  /** Query words with no counterpart in the candidate. */
  unmatchedQuery: string[];
  /** Candidate words with no counterpart in the query. */
  unmatchedCandidate: string[];
}

// Passages are compared many times (a corpus passage with every draft sentence that nominates it,
// a draft sentence with every near passage): their sets of words and words' weights are worked out
// once per normalised text and weighing, not per comparison.
const tokenSets = new WeakMap<Normalised, Set<string>>();
function tokenSet(n: Normalised): Set<string> {
  let set = tokenSets.get(n);
  if (!set) tokenSets.set(n, (set = new Set(n.tokens)));
  return set;
}

interface Weights {
  weigh: Weigh;
  weights: Float64Array;
  total: number;
}
const weightCache = new WeakMap<Normalised, Weights>();
function weightsOf(n: Normalised, weigh: Weigh): Weights {
  let w = weightCache.get(n);
  if (!w || w.weigh !== weigh) {
    const weights = Float64Array.from(n.tokens, weigh);
    w = { weigh, weights, total: weights.reduce((a, b) => a + b, 0) };
    weightCache.set(n, w);
  }
  return w;
}

/** A typo is one edit in a word of four letters or more, or two in a long word. */
function nearSpelling(a: string, b: string): boolean {
  const longest = Math.max(a.length, b.length);
  if (Math.min(a.length, b.length) < 4 || Math.abs(a.length - b.length) > 2) return false;
  if (a[0] !== b[0] && longest < 8) return false;
  return distance(a, b) <= (longest >= 8 ? 2 : 1);
}

/**
 * For each word of `from`, the word of `to` it matches (same stem, or a typo of it judged on
 * the stems or on the words as written), or undefined.
 */
function align(from: Normalised, to: Normalised, typos: boolean): Array<string | undefined> {
  const exact = tokenSet(to);
  const words = from.tokens;
  const out = new Array<string | undefined>(words.length);
  // A typo is looked for among the words of `to` that `from` does not have as written: a word
  // both share exactly is not what a misspelt word stands for. Listed on the first word that needs them.
  let spare: number[] | undefined;
  for (let i = 0; i < words.length; i++) {
    const w = words[i]!;
    if (exact.has(w)) {
      out[i] = w;
      continue;
    }
    out[i] = undefined;
    if (!typos) continue;
    if (!spare) {
      const ours = tokenSet(from);
      spare = [];
      for (let k = 0; k < to.tokens.length; k++) if (!ours.has(to.tokens[k]!)) spare.push(k);
    }
    const written = from.surface[i] ?? w;
    for (const k of spare) {
      if (nearSpelling(w, to.tokens[k]!) || nearSpelling(written, to.surface[k] ?? to.tokens[k]!)) {
        out[i] = to.tokens[k];
        break;
      }
    }
  }
  return out;
}

/** Longest common subsequence of a and b: its length and the first and last index in b it uses. */
function lcs(a: string[], b: string[]): { length: number; first: number; last: number } {
  if (!a.length || !b.length) return { length: 0, first: 0, last: 0 };
  const table: number[][] = [new Array<number>(b.length + 1).fill(0)];
  for (let i = 1; i <= a.length; i++) {
    const prev = table[i - 1]!;
    const row = new Array<number>(b.length + 1).fill(0);
    for (let j = 1; j <= b.length; j++)
      row[j] = a[i - 1] === b[j - 1] ? prev[j - 1]! + 1 : Math.max(prev[j]!, row[j - 1]!);
    table.push(row);
  }
  // Backtrack from the earliest column that still holds the whole subsequence, taking each match as
  // late as it can: the window is then the tightest stretch of b, not one stretched to a later
  // repeat of its last word ("sustained … sustained investment").
  const length = table[a.length]![b.length]!;
  const lastRow = table[a.length]!;
  let j = b.length;
  while (j > 0 && lastRow[j - 1]! === length) j--;
  let i = a.length;
  let first = -1;
  let last = -1;
  while (i > 0 && j > 0) {
    if (a[i - 1] === b[j - 1]) {
      if (last < 0) last = j - 1;
      first = j - 1;
      i--;
      j--;
    } else if (table[i - 1]![j]! >= table[i]![j - 1]!) i--;
    else j--;
  }
  return { length, first: Math.max(first, 0), last: Math.max(last, 0) };
}

/** Weighted share of `n`'s words that found a counterpart, and the words that did not. */
function coverage(
  n: Normalised,
  aligned: Array<string | undefined>,
  weigh: Weigh,
): { share: number; unmatched: string[] } {
  const { weights, total } = weightsOf(n, weigh);
  let hit = 0;
  const unmatched: string[] = [];
  for (let i = 0; i < n.tokens.length; i++) {
    if (aligned[i] !== undefined) hit += weights[i]!;
    else unmatched.push(n.tokens[i]!);
  }
  return { share: total ? hit / total : 0, unmatched };
}

/** Weighted share of `a`'s words that `b` has, word for word. */
export function exactShare(a: Normalised, b: Normalised, weigh: Weigh): number {
  const set = tokenSet(b);
  const { weights, total } = weightsOf(a, weigh);
  let hit = 0;
  for (let i = 0; i < a.tokens.length; i++) if (set.has(a.tokens[i]!)) hit += weights[i]!;
  return total ? hit / total : 0;
}

/** Below this exact share in both directions, typos are not looked for. */
export const TYPO_SHARE = 0.5;

export function compare(query: Normalised, candidate: Normalised, weigh: Weigh): Similarity {
  return compareCovering(query, candidate, weigh, 0)!;
}

/**
 * compare(), or null as soon as it is known that less than `minQueryCovered` of the query is
 * covered: most pairs a check weighs fail there, before the other direction and the order are
 * worked out.
 */
export function compareCovering(
  query: Normalised,
  candidate: Normalised,
  weigh: Weigh,
  minQueryCovered: number,
): Similarity | null {
  const c = candidate.tokens;
  // Typos are looked for only between passages that already share most of their words exactly:
  // elsewhere they cannot make a copy, and looking costs a comparison of every pair of words.
  const typos = Math.max(exactShare(query, candidate, weigh), exactShare(candidate, query, weigh)) >= TYPO_SHARE;
  const qToC = align(query, candidate, typos);
  const ours = coverage(query, qToC, weigh);
  if (ours.share < minQueryCovered) return null;
  const cToQ = align(candidate, query, typos);
  const theirs = coverage(candidate, cToQ, weigh);
  const matched = qToC.filter((w): w is string => w !== undefined);
  const common = lcs(matched, c);
  const inOrder = matched.length ? common.length / matched.length : 0;
  return {
    queryCovered: ours.share,
    candidateCovered: theirs.share,
    order: inOrder,
    window: { first: common.first, last: common.last },
    compactness: common.length ? common.length / (common.last - common.first + 1) : 0,
    unmatchedQuery: ours.unmatched,
    unmatchedCandidate: theirs.unmatched,
  };
}
