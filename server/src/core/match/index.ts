// An inverted index over passages and sentences: "which units nearly match this one" is
// answered by walking the postings of the query's rarer words, so the cost of a look-up grows
// with the number of units that share a word with the query, not with the size of the corpus.
import { normalise, type Normalised } from '../text/normalise';
import { compare, type Similarity } from './similarity';

export interface Unit<T> {
  id: number;
  text: string;
  norm: Normalised;
  /** What the unit is: a corpus sentence, a draft passage… */
  ref: T;
}

export interface Candidate<T> {
  unit: Unit<T>;
  similarity: Similarity;
}

/**
 * The keys a unit is found by: each pair of neighbouring content words. Near copies, clauses cut
 * from a passage and contradicting near-copies share many such pairs; passages that merely use the
 * same common words share few. Pairs are far rarer than single words, so their postings are short.
 */
export function keysOf(tokens: string[]): string[] {
  const keys = new Set<string>();
  for (let i = 1; i < tokens.length; i++) keys.add(`${tokens[i - 1]}\u0001${tokens[i]}`);
  return [...keys];
}

export class PassageIndex<T> {
  readonly units: Array<Unit<T>> = [];
  /** Units by word pair. */
  private readonly postings = new Map<string, number[]>();
  /** In how many units each word occurs, for weights. */
  private readonly df = new Map<string, number>();
  private readonly idfCache = new Map<string, number>();
  /** Scratch space for look-ups: one score per unit, reset after each look-up. */
  private scores = new Float64Array(0);
  private idfSize = 0;

  add(text: string, ref: T, norm: Normalised = normalise(text)): Unit<T> {
    const unit: Unit<T> = { id: this.units.length, text, norm, ref };
    this.units.push(unit);
    for (const token of new Set(norm.tokens)) this.df.set(token, (this.df.get(token) ?? 0) + 1);
    for (const key of keysOf(norm.tokens)) {
      let list = this.postings.get(key);
      if (!list) this.postings.set(key, (list = []));
      list.push(unit.id);
    }
    return unit;
  }

  get size(): number {
    return this.units.length;
  }

  /** Inverse document frequency: rare words weigh more. Unknown words weigh most. */
  readonly weigh = (token: string): number => {
    // Weights depend on the number of units: forget them when it changed.
    if (this.idfSize !== this.units.length) {
      this.idfCache.clear();
      this.idfSize = this.units.length;
    }
    let w = this.idfCache.get(token);
    if (w === undefined) {
      // Drafts bring words the corpus never had (typos, junk): do not keep those for ever.
      if (this.idfCache.size > 100_000) this.idfCache.clear();
      const df = this.df.get(token) ?? 0;
      w = Math.log((this.units.length + 1) / (df + 1)) + 1;
      this.idfCache.set(token, w);
    }
    return w;
  };

  /**
   * Units that share word pairs carrying at least `minShare` of the query's weight, compared in
   * full, best first. `accept` filters units before the full comparison (e.g. only earlier
   * passages of a draft). Pairs found in very many units weigh little and would make a look-up walk
   * a large part of the corpus: they nominate no candidates, though they count in the comparison.
   */
  lookup(query: Normalised, minShare = 0.15, limit = 15, accept?: (unit: Unit<T>) => boolean): Array<Candidate<T>> {
    return this.nominate(query, minShare, limit, accept).map((unit) => ({ unit, similarity: compare(query, unit.norm, this.weigh) }));
  }

  /** The units a look-up would compare, best first, without comparing them. */
  nominate(query: Normalised, minShare = 0.15, limit = 15, accept?: (unit: Unit<T>) => boolean): Array<Unit<T>> {
    const keys = keysOf(query.tokens);
    if (!keys.length) return [];
    const common = Math.max(2000, this.units.length * 0.05);
    if (this.scores.length < this.units.length) this.scores = new Float64Array(Math.max(this.units.length, this.scores.length * 2));
    const scores = this.scores;
    const touched: number[] = [];
    let total = 0;
    let unwalked = 0;
    for (const key of keys) {
      const sep = key.indexOf('\u0001');
      const w = this.weigh(key.slice(0, sep)) + this.weigh(key.slice(sep + 1));
      total += w;
      const list = this.postings.get(key);
      if (!list) continue;
      if (list.length > common) {
        unwalked += w;
        continue;
      }
      for (const id of list) {
        if (scores[id] === 0) touched.push(id);
        scores[id] += w;
      }
    }
    // A unit may hold the common pairs too: count them in its favour.
    const threshold = Math.max(minShare * total - unwalked, 1e-9);
    const ranked: Array<[number, number]> = [];
    for (const id of touched) {
      if (scores[id]! >= threshold && (!accept || accept(this.units[id]!))) ranked.push([id, scores[id]!]);
      scores[id] = 0;
    }
    ranked.sort((a, b) => b[1] - a[1]);
    return ranked.slice(0, limit).map(([id]) => this.units[id]!);
  }
}
