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
  private idfCache = new Map<string, number>();

  add(text: string, ref: T, norm: Normalised = normalise(text)): Unit<T> {
    const unit: Unit<T> = { id: this.units.length, text, norm, ref };
    this.units.push(unit);
    for (const token of new Set(norm.tokens)) {
      let list = this.postings.get(token);
      if (!list) this.postings.set(token, (list = []));
      list.push(unit.id);
    }
    this.idfCache = new Map();
    return unit;
  }

  get size(): number {
    return this.units.length;
  }

  /** Inverse document frequency: rare words weigh more. Unknown words weigh most. */
  readonly weigh = (token: string): number => {
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
   */
  lookup(query: Normalised, minShare = 0.35, limit = 40, accept?: (unit: Unit<T>) => boolean): Array<Candidate<T>> {
    const tokens = [...new Set(query.tokens)];
    if (!tokens.length) return [];
    let total = 0;
    const score = new Map<number, number>();
    for (const token of tokens) {
      const w = this.weigh(token);
      total += w;
      const list = this.postings.get(token);
      if (!list) continue;
      for (const id of list) score.set(id, (score.get(id) ?? 0) + w);
    }
    const ranked = [...score.entries()]
      .filter(([id, s]) => s >= minShare * total && (!accept || accept(this.units[id]!)))
      .sort((a, b) => b[1] - a[1])
      .slice(0, limit);
    return ranked.map(([id]) => {
      const unit = this.units[id]!;
      return { unit, similarity: compare(query, unit.norm, this.weigh) };
    });
  }
}
