// The corpus index's two tables, as flat typed arrays built once and saved as they are: which units
// hold each pair of neighbouring words (postings), and how many units hold each word (document
// frequency). Words are 32-bit hashes of their text, the same in every process and thread, so a
// table built by one process is read by another without a vocabulary to agree on.

/** A word's hash (FNV-1a over its UTF-16 code units); never 0, which marks an empty table slot. */
export function wordHash(word: string): number {
  let h = 0x811c9dc5;
  for (let i = 0; i < word.length; i++) h = Math.imul(h ^ word.charCodeAt(i), 0x01000193);
  return h >>> 0 || 1;
}

/**
 * Pair of word hashes -> posting bucket. Distinct pairs may share a bucket: a look-up then counts a few extra units,
 * which the full comparison drops.
 */
export function pairBucket(a: number, b: number, bits: number): number {
  return (Math.imul(a ^ 0x7f4a7c15, 0x9e3779b1) ^ Math.imul(b + 0x7f4a7c15, 0x85ebca77)) >>> (32 - bits);
}

/** Bucket b's units are postings[offsets[b] .. offsets[b + 1]). */
export interface PairPostings {
  bits: number;
  offsets: Uint32Array;
  postings: Uint32Array;
}

/** Open-addressed table of word hash -> count: slot i holds keys[i] (0: empty) and counts[i]. */
export interface WordCounts {
  keys: Uint32Array;
  counts: Uint32Array;
}

export function countOf(table: WordCounts, hash: number): number {
  const mask = table.keys.length - 1;
  for (let i = hash & mask; ; i = (i + 1) & mask) {
    const key = table.keys[i]!;
    if (key === hash) return table.counts[i]!;
    if (key === 0) return 0;
  }
}

/** Units' words, one after another: unit u's are words[ends[u - 1] .. ends[u]) (from 0 for the first). */
export interface UnitWords {
  words: Uint32Array;
  ends: Uint32Array;
}

/**
 * Work done in steps: a generator that yields between steps, so a caller on the server's main
 * thread can let other events (a hover, an edit) in between; `finished` runs one to the end.
 */
export type Steps<T> = Generator<void, T, void>;

/** Units a step works through: some tens of milliseconds. */
export const UNITS_PER_STEP = 20_000;

export function finished<T>(steps: Steps<T>): T {
  for (;;) {
    const r = steps.next();
    if (r.done) return r.value;
  }
}

/** Runs the steps, awaiting `pause` between them. */
export async function stepped<T>(steps: Steps<T>, pause: () => Promise<void>): Promise<T> {
  for (;;) {
    const r = steps.next();
    if (r.done) return r.value;
    await pause();
  }
}

/** How many units hold each word (a word repeated in a unit counts once). */
export const countWords = (units: UnitWords): WordCounts => finished(countWordsSteps(units));

export function* countWordsSteps(units: UnitWords): Steps<WordCounts> {
  let size = 1024;
  let keys = new Uint32Array(size);
  let counts = new Uint32Array(size);
  // Slot i was last counted for unit lastUnit[i] - 1.
  let lastUnit = new Uint32Array(size);
  let used = 0;
  const slotOf = (hash: number) => {
    const mask = size - 1;
    let i = hash & mask;
    while (keys[i] !== 0 && keys[i] !== hash) i = (i + 1) & mask;
    return i;
  };
  const grow = () => {
    const [oldKeys, oldCounts, oldLast] = [keys, counts, lastUnit];
    size *= 2;
    keys = new Uint32Array(size);
    counts = new Uint32Array(size);
    lastUnit = new Uint32Array(size);
    for (let j = 0; j < oldKeys.length; j++) {
      if (oldKeys[j] === 0) continue;
      const i = slotOf(oldKeys[j]!);
      keys[i] = oldKeys[j]!;
      counts[i] = oldCounts[j]!;
      lastUnit[i] = oldLast[j]!;
    }
  };
  for (let u = 0, from = 0; u < units.ends.length; from = units.ends[u++]!) {
    if (u % UNITS_PER_STEP === UNITS_PER_STEP - 1) yield;
    const to = units.ends[u]!;
    for (let k = from; k < to; k++) {
      const hash = units.words[k]!;
      let i = slotOf(hash);
      if (keys[i] === 0) {
        // Kept at most half full, so probes stay short.
        if ((used + 1) * 2 > size) {
          grow();
          i = slotOf(hash);
        }
        keys[i] = hash;
        used++;
      }
      if (lastUnit[i] !== u + 1) {
        lastUnit[i] = u + 1;
        counts[i]!++;
      }
    }
  }
  return { keys, counts };
}

/** Postings of every pair of neighbouring words, a unit posted once per bucket. */
export const buildPostings = (units: UnitWords): PairPostings => finished(buildPostingsSteps(units));

/**
 * One pass over each unit's pairs of neighbouring words, a bucket once per unit (a unit that
 * repeats a pair is posted once: lastUnit[bucket] is the last unit seen there, plus one): without
 * `into`, counts each bucket's units in offsets[bucket + 1]; with it, writes each unit at its
 * bucket's next place. The buckets are worked out on each pass rather than kept: a table of them
 * would be as large as the words themselves (60 MB for a 100 MB corpus).
 */
function* passOverPairs(
  units: UnitWords,
  bits: number,
  lastUnit: Uint32Array,
  offsets: Uint32Array,
  into?: { next: Uint32Array; postings: Uint32Array },
): Steps<void> {
  const { words, ends } = units;
  const next = into?.next;
  const postings = into?.postings;
  lastUnit.fill(0);
  let from = 0;
  for (let u = 0; u < ends.length; u++) {
    if (u % UNITS_PER_STEP === UNITS_PER_STEP - 1) yield;
    const to = ends[u]!;
    for (let k = from + 1; k < to; k++) {
      const bucket = pairBucket(words[k - 1]!, words[k]!, bits);
      if (lastUnit[bucket] === u + 1) continue;
      lastUnit[bucket] = u + 1;
      if (postings) postings[next![bucket]!++] = u;
      else offsets[bucket + 1]!++;
    }
    from = to;
  }
}

export function* buildPostingsSteps(units: UnitWords): Steps<PairPostings> {
  const pairs = Math.max(1, units.words.length);
  // About one pair a bucket, at most 4M buckets (16 MB of offsets).
  const bits = Math.min(22, Math.max(10, Math.ceil(Math.log2(pairs))));
  const buckets = 1 << bits;
  const offsets = new Uint32Array(buckets + 1);
  const lastUnit = new Uint32Array(buckets);
  yield* passOverPairs(units, bits, lastUnit, offsets);
  // Counted first, so that the postings fit one array exactly.
  for (let b = 0; b < buckets; b++) offsets[b + 1]! += offsets[b]!;
  const postings = new Uint32Array(offsets[buckets]!);
  yield* passOverPairs(units, bits, lastUnit, offsets, { next: offsets.slice(0, buckets), postings });
  return { bits, offsets, postings };
}
