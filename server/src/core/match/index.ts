// An inverted index over the corpus's passages and sentences: "which units nearly match this
// one" is answered by walking the postings of the query's word pairs, so the cost of a look-up
// grows with the number of units that share a pair with the query, not with the size of the
// corpus. The index is made of parts (a corpus folder's segment each) whose tables are typed arrays
// (pair-postings.ts), not objects, so a corpus of 100 MB costs a few hundred MB of memory, loads
// from disk without being rebuilt, and makes little garbage; a unit becomes an object (text,
// normalised form) only when a look-up nominates it.
import { normalise, type Normalised } from '../text/normalise';
import { compare, type Similarity } from './similarity';
import { ownCopy, remembered } from '../cache';
import { countOf, pairBucket, wordHash, type PairPostings, type WordCounts } from './pair-postings';

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

/**
 * One part of the index (a corpus folder's segment): its tables, and how to get a unit's text and
 * what it is when nominated. Parts are numbered on: part k's unit i is unit base(k) + i.
 */
export interface IndexPart<T> {
  count: number;
  postings: PairPostings;
  df: WordCounts;
  text(i: number): string;
  ref(i: number): T;
  /** Units that no longer count (their document changed or is listed earlier): 1. */
  dead?: Uint8Array;
  /**
   * Whether the unit is one sentence (a sentence of a passage, or a passage of one sentence): the units claims are read
   * from.
   */
  isSentence?(i: number): boolean;
}

/** The most postings a look-up walks for one word pair. */
export const MAX_WALKED = 500;

/** Nominated units made objects, kept for the next look-ups (the same passages come up again and again). */
const MATERIALISED_UNITS = 20_000;

/** The least share of a query's weight a unit's shared word pairs must carry to be a candidate of a look-up. */
export const LOOKUP_MIN_SHARE = 0.15;
/** How many candidates a look-up returns at most. */
export const LOOKUP_LIMIT = 15;

export class PassageIndex<T> {
  private readonly unitCount: number;
  /** Part k's units are numbered from bases[k]. */
  private readonly bases: number[] = [];
  private readonly idfCache = new Map<string, number>();
  private readonly materialised = new Map<number, Unit<T>>();
  /** Normalised forms by text: a passage repeated across an archive is normalised once. */
  private readonly normalised = remembered(normalise, MATERIALISED_UNITS);
  /** Scratch space for look-ups: one score per unit, reset after each look-up. */
  private readonly scores: Float64Array;

  constructor(private readonly parts: Array<IndexPart<T>>) {
    let n = 0;
    for (const part of parts) {
      this.bases.push(n);
      n += part.count;
    }
    this.unitCount = n;
    this.scores = new Float64Array(n);
  }

  get size(): number {
    return this.unitCount;
  }

  /** The id and text of every live unit that is one sentence, in corpus order. */
  *sentences(): Generator<[id: number, text: string]> {
    for (const [k, part] of this.parts.entries()) {
      for (let i = 0; i < part.count; i++) {
        if (part.dead?.[i] || !(part.isSentence?.(i) ?? true)) continue;
        yield [this.bases[k]! + i, part.text(i)];
      }
    }
  }

  /** Whether the unit is one sentence: a sentence of a passage, or a passage of one sentence. */
  isSentence(id: number): boolean {
    const [part, i] = this.partOf(id);
    return part.isSentence?.(i) ?? true;
  }

  /** The part holding unit `id`, and the unit's number within it. */
  private partOf(id: number): [IndexPart<T>, number] {
    let k = this.parts.length - 1;
    while (this.bases[k]! > id) k--;
    return [this.parts[k]!, id - this.bases[k]!];
  }

  /** The unit as an object: its text, normalised on first use. */
  unit(id: number): Unit<T> {
    let unit = this.materialised.get(id);
    if (!unit) {
      const [part, i] = this.partOf(id);
      const text = part.text(i);
      unit = { id, text, norm: this.normalised(text), ref: part.ref(i) };
      if (this.materialised.size >= MATERIALISED_UNITS)
        this.materialised.delete(this.materialised.keys().next().value!);
      this.materialised.set(id, unit);
    }
    return unit;
  }

  /** Inverse document frequency: rare words weigh more. Unknown words weigh most. */
  readonly weigh = (token: string): number => {
    let w = this.idfCache.get(token);
    if (w === undefined) {
      // Drafts bring words the corpus never had (typos, junk): do not keep those for ever.
      if (this.idfCache.size > 100_000) this.idfCache.clear();
      const hash = wordHash(token);
      let df = 0;
      for (const part of this.parts) df += countOf(part.df, hash);
      w = Math.log((this.unitCount + 1) / (df + 1)) + 1;
      this.idfCache.set(ownCopy(token), w);
    }
    return w;
  };

  /**
   * Units that share word pairs carrying at least `minShare` of the query's weight, compared in
   * full, best first. Pairs found in very many units weigh little and would make a look-up walk
   * a large part of the corpus: they nominate no candidates, though they count in the comparison.
   * A pair held by more than MAX_WALKED units (a passage repeated across an archive) is walked for
   * its first MAX_WALKED only, in corpus order: any of its copies serves as well as another, and a
   * look-up's cost then has a bound that does not grow with the corpus.
   */
  lookup(query: Normalised, minShare = LOOKUP_MIN_SHARE, limit = LOOKUP_LIMIT): Array<Candidate<T>> {
    // Copies of one passage across an archive share a normalised form (unit()): each is compared once.
    const compared = new Map<Normalised, Similarity>();
    return this.nominate(query, minShare, limit).map((unit) => {
      let similarity = compared.get(unit.norm);
      if (!similarity) compared.set(unit.norm, (similarity = compare(query, unit.norm, this.weigh)));
      return { unit, similarity };
    });
  }

  /** The units a look-up would compare, best first, without comparing them. */
  nominate(query: Normalised, minShare = LOOKUP_MIN_SHARE, limit = LOOKUP_LIMIT): Array<Unit<T>> {
    const tokens = query.tokens;
    if (tokens.length < 2) return [];
    const hashes = tokens.map(wordHash);
    const common = Math.max(2000, this.unitCount * 0.05);
    const scores = this.scores;
    const touched: number[] = [];
    const seenPairs = new Set<string>();
    // Buckets walked, per part: two pairs of the query in one bucket count its units once.
    const walked = this.parts.map(() => new Set<number>());
    let total = 0;
    let unwalked = 0;
    for (let t = 1; t < tokens.length; t++) {
      const pair = `${tokens[t - 1]}\u0001${tokens[t]}`;
      if (seenPairs.has(pair)) continue;
      seenPairs.add(pair);
      const w = this.weigh(tokens[t - 1]!) + this.weigh(tokens[t]!);
      total += w;
      const ranges: number[] = [];
      let length = 0;
      this.parts.forEach((part, k) => {
        // A part that lacks either word holds no unit with the pair (its bucket may hold other pairs).
        if (!countOf(part.df, hashes[t - 1]!) || !countOf(part.df, hashes[t]!)) return;
        const bucket = pairBucket(hashes[t - 1]!, hashes[t]!, part.postings.bits);
        if (walked[k]!.has(bucket)) return;
        walked[k]!.add(bucket);
        const from = part.postings.offsets[bucket]!;
        const to = part.postings.offsets[bucket + 1]!;
        if (to > from) ranges.push(k, from, to);
        length += to - from;
      });
      // Units past the walk's end may hold the pair too: like a common pair, it then counts for all.
      if (length > MAX_WALKED) unwalked += w;
      if (length > common) continue;
      let budget = MAX_WALKED;
      for (let r = 0; r < ranges.length && budget > 0; r += 3) {
        const part = this.parts[ranges[r]!]!;
        const base = this.bases[ranges[r]!]!;
        const { postings } = part.postings;
        const dead = part.dead;
        const end = Math.min(ranges[r + 2]!, ranges[r + 1]! + budget);
        budget -= end - ranges[r + 1]!;
        for (let p = ranges[r + 1]!; p < end; p++) {
          const local = postings[p]!;
          if (dead && dead[local]) continue;
          const id = base + local;
          if (scores[id] === 0) touched.push(id);
          scores[id] += w;
        }
      }
    }
    // A unit may hold the common pairs (and those walked in part) too: count them in its favour.
    const threshold = Math.max(minShare * total - unwalked, 1e-9);
    // The best `limit`, highest score first (ties: corpus order), kept as they come: no sort of every unit touched.
    const best: number[] = [];
    const bestScores: number[] = [];
    for (const id of touched) {
      const score = scores[id]!;
      scores[id] = 0;
      if (score < threshold) continue;
      let at = best.length;
      while (at > 0 && (bestScores[at - 1]! < score || (bestScores[at - 1] === score && best[at - 1]! > id))) at--;
      if (at >= limit) continue;
      best.splice(at, 0, id);
      bestScores.splice(at, 0, score);
      if (best.length > limit) {
        best.pop();
        bestScores.pop();
      }
    }
    return best.map((id) => this.unit(id));
  }
}
