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

export class PassageIndex<T> {
  readonly units: Array<Unit<T>> = [];
  private readonly postings = new Map<string, number[]>();
  private readonly idfCache = new Map<string, number>();
  /** Scratch space for look-ups: one score per unit, reset after each look-up. */
  private scores = new Float64Array(0);
  private idfSize = 0;

  add(text: string, ref: T, norm: Normalised = normalise(text)): Unit<T> {
    const unit: Unit<T> = { id: this.units.length, text, norm, ref };
    this.units.push(unit);
    for (const token of new Set(norm.tokens)) {
      let list = this.postings.get(token);
      if (!list) this.postings.set(token, (list = []));
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
      const df = this.postings.get(token)?.length ?? 0;
      w = Math.log((this.units.length + 1) / (df + 1)) + 1;
      this.idfCache.set(token, w);
    }
    return w;
  };

  /**
   * Units that share at least `minShare` of the query's weight, compared in full, best first.
   * `accept` filters units before the full comparison (e.g. only earlier passages of a draft).
   * Words found in very many units ("care", "services" in a large health corpus) weigh little and
   * would make every look-up walk a large part of the corpus: they do not nominate candidates,
   * though they still count in the full comparison.
   */
  lookup(query: Normalised, minShare = 0.35, limit = 25, accept?: (unit: Unit<T>) => boolean): Array<Candidate<T>> {
    const tokens = [...new Set(query.tokens)];
    if (!tokens.length) return [];
    const common = Math.max(2000, this.units.length * 0.05);
    if (this.scores.length < this.units.length) this.scores = new Float64Array(Math.max(this.units.length, this.scores.length * 2));
    const scores = this.scores;
    const touched: number[] = [];
    let total = 0;
    let unwalked = 0;
    for (const token of tokens) {
      const w = this.weigh(token);
      total += w;
      const list = this.postings.get(token);
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
    // A unit may hold the common words too: count them in its favour.
    const threshold = minShare * total - unwalked;
    const ranked: Array<[number, number]> = [];
    for (const id of touched) {
      if (scores[id]! >= threshold && (!accept || accept(this.units[id]!))) ranked.push([id, scores[id]!]);
      scores[id] = 0;
    }
    ranked.sort((a, b) => b[1] - a[1]);
    return ranked.slice(0, limit).map(([id]) => {
      const unit = this.units[id]!;
      return { unit, similarity: compare(query, unit.norm, this.weigh) };
    });
  }
}
