// An inverted index over the corpus's passages and sentences: "which units nearly match this
// one" is answered by walking the postings of the query's word pairs, so the cost of a look-up
// grows with the number of units that share a pair with the query, not with the size of the
// corpus. Everything per unit is kept in typed arrays (word ids, postings), not in objects, so a
// corpus of 100 MB costs a few hundred MB of memory and little garbage-collection time; a unit
// becomes an object (text, normalised form) only when a look-up nominates it.
import { normalise, type Normalised } from '../text/normalise';
import { compare, type Similarity } from './similarity';
import { vocabulary } from '../text/vocabulary';

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

/** One unit to index: its content words (ids of the process's vocabulary), and how to get its text and what it is when nominated. */
export interface IndexSource<T> {
  count: number;
  wordIds(i: number): ArrayLike<number>;
  text(i: number): string;
  ref(i: number): T;
}

/** Pair of word ids -> posting bucket. Distinct pairs may share a bucket: a look-up then counts a few extra units, which the full comparison drops. */
function bucketOf(a: number, b: number, bits: number): number {
  return (Math.imul(a + 1, 0x9e3779b1) ^ Math.imul(b + 0x7f4a7c15, 0x85ebca77)) >>> (32 - bits);
}

/** Nominated units made objects, kept for the next look-ups (the same passages come up again and again). */
const MATERIALISED_UNITS = 20_000;

export class PassageIndex<T> {
  /** How many units hold each word, by word id. */
  private df = new Uint32Array(1024);
  private readonly unitCount: number;
  private readonly bits: number;
  /** Bucket b's units are postings[offsets[b] .. offsets[b + 1]). */
  private readonly offsets: Uint32Array;
  private readonly postings: Uint32Array;
  private readonly idfCache = new Map<string, number>();
  private readonly materialised = new Map<number, Unit<T>>();
  /** Scratch space for look-ups: one score per unit, reset after each look-up. */
  private readonly scores: Float64Array;

  constructor(private readonly source: IndexSource<T>) {
    const n = source.count;
    this.unitCount = n;
    // Every unit's word ids, one after another: unit i's are words[starts[i] .. starts[i + 1]).
    let words = new Uint32Array(1 << 16);
    const starts = new Uint32Array(n + 1);
    let used = 0;
    let lastSeen = new Uint32Array(this.df.length);
    for (let i = 0; i < n; i++) {
      const ids = source.wordIds(i);
      if (used + ids.length > words.length) {
        const grown = new Uint32Array(Math.max(words.length * 2, used + ids.length));
        grown.set(words);
        words = grown;
      }
      for (let k = 0; k < ids.length; k++) {
        const id = ids[k]!;
        words[used++] = id;
        if (id >= this.df.length) {
          const size = Math.max(this.df.length * 2, id + 1);
          const df = new Uint32Array(size);
          df.set(this.df);
          this.df = df;
          const stamps = new Uint32Array(size);
          stamps.set(lastSeen);
          lastSeen = stamps;
        }
        // Counted once per unit: lastSeen[word] is the last unit counted for it, plus one.
        if (lastSeen[id] !== i + 1) {
          lastSeen[id] = i + 1;
          this.df[id]!++;
        }
      }
      starts[i + 1] = used;
    }
    this.bits = Math.min(24, Math.max(10, Math.ceil(Math.log2(Math.max(used, 1) * 2))));
    const buckets = 1 << this.bits;
    // Postings by bucket, counted first so that they fit one array exactly.
    const counts = new Uint32Array(buckets + 1);
    // A unit that repeats a pair is posted once: lastUnit[bucket] is the last unit posted there, plus one.
    const lastUnit = new Uint32Array(buckets);
    const eachBucket = (i: number, visit: (bucket: number) => void) => {
      for (let k = starts[i]! + 1; k < starts[i + 1]!; k++) {
        const bucket = bucketOf(words[k - 1]!, words[k]!, this.bits);
        if (lastUnit[bucket] === i + 1) continue;
        lastUnit[bucket] = i + 1;
        visit(bucket);
      }
    };
    for (let i = 0; i < n; i++) eachBucket(i, (bucket) => counts[bucket + 1]!++);
    for (let bucket = 0; bucket < buckets; bucket++) counts[bucket + 1]! += counts[bucket]!;
    lastUnit.fill(0);
    this.offsets = counts;
    this.postings = new Uint32Array(counts[buckets]!);
    const fill = counts.slice(0, buckets);
    for (let i = 0; i < n; i++) eachBucket(i, (bucket) => (this.postings[fill[bucket]!++] = i));
    this.scores = new Float64Array(n);
  }

  get size(): number {
    return this.unitCount;
  }

  /** The unit as an object: its text, normalised on first use. */
  unit(id: number): Unit<T> {
    let unit = this.materialised.get(id);
    if (!unit) {
      const text = this.source.text(id);
      unit = { id, text, norm: normalise(text), ref: this.source.ref(id) };
      if (this.materialised.size >= MATERIALISED_UNITS) this.materialised.delete(this.materialised.keys().next().value!);
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
      const id = vocabulary.idOf(token, false);
      const df = id < 0 || id >= this.df.length ? 0 : this.df[id]!;
      w = Math.log((this.unitCount + 1) / (df + 1)) + 1;
      this.idfCache.set(token, w);
    }
    return w;
  };

  /**
   * Units that share word pairs carrying at least `minShare` of the query's weight, compared in
   * full, best first. Pairs found in very many units weigh little and would make a look-up walk
   * a large part of the corpus: they nominate no candidates, though they count in the comparison.
   */
  lookup(query: Normalised, minShare = 0.15, limit = 15): Array<Candidate<T>> {
    return this.nominate(query, minShare, limit).map((unit) => ({ unit, similarity: compare(query, unit.norm, this.weigh) }));
  }

  /** The units a look-up would compare, best first, without comparing them. */
  nominate(query: Normalised, minShare = 0.15, limit = 15): Array<Unit<T>> {
    const keys = keysOf(query.tokens);
    if (!keys.length) return [];
    const common = Math.max(2000, this.unitCount * 0.05);
    const scores = this.scores;
    const touched: number[] = [];
    const walked = new Set<number>();
    let total = 0;
    let unwalked = 0;
    for (const key of keys) {
      const sep = key.indexOf('\u0001');
      const first = key.slice(0, sep);
      const second = key.slice(sep + 1);
      const w = this.weigh(first) + this.weigh(second);
      total += w;
      const a = vocabulary.idOf(first, false);
      const b = vocabulary.idOf(second, false);
      if (a < 0 || b < 0) continue;
      const bucket = bucketOf(a, b, this.bits);
      // Two pairs of the query in one bucket: its units are counted once.
      if (walked.has(bucket)) continue;
      walked.add(bucket);
      const from = this.offsets[bucket]!;
      const to = this.offsets[bucket + 1]!;
      if (to - from > common) {
        unwalked += w;
        continue;
      }
      for (let p = from; p < to; p++) {
        const id = this.postings[p]!;
        if (scores[id] === 0) touched.push(id);
        scores[id] += w;
      }
    }
    // A unit may hold the common pairs too: count them in its favour.
    const threshold = Math.max(minShare * total - unwalked, 1e-9);
    const ranked: Array<[number, number]> = [];
    for (const id of touched) {
      if (scores[id]! >= threshold) ranked.push([id, scores[id]!]);
      scores[id] = 0;
    }
    ranked.sort((x, y) => y[1] - x[1] || x[0] - y[0]);
    return ranked.slice(0, limit).map(([id]) => this.unit(id));
  }
}
