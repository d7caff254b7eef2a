// Results that depend only on a passage's text and the corpus, kept between analyses of the same
// draft (as Harper keeps lint results per sentence): after an edit, only the passages whose text
// changed are worked out again. One cache belongs to one corpus; a new corpus gets a new cache.
// Entries live for two generations (analyses): what the last analysis used survives the next
// one, what nothing used for a whole analysis goes, so a long session does not grow the cache.
// The maps themselves last: an analysis stamps the entries it uses instead of copying them into
// new maps, so an edit that changes one passage allocates almost nothing here.
// Keys are the texts themselves, one map per kind of result: no key is built by concatenation,
// so a look-up of an unchanged passage hashes a string V8 has already hashed.

/** A result, and the last analysis (generation) that used it. */
interface Entry {
  value: unknown;
  used: number;
}

/**
 * The string as a copy of its own. A passage's or a word's text is most often a slice of the
 * document's text, and V8 keeps a slice as a pointer into the whole: a table kept for the process
 * that holds such a slice as a key keeps every version of the document it was cut from (a
 * 40,000-edit session kept thousands). Slicing a concatenation flattens it into a new string first,
 * so the result points into that, not the document: the same code units, lone surrogates too, at a
 * tenth of the cost of a JSON round trip (a first lint makes tens of thousands).
 */
export const ownCopy = (text: string): string => (text.length < 13 ? text : `${text} `.slice(0, -1));

/**
 * `compute`, remembering its results for the keys it was last asked about: a process-wide table for
 * work that repeats endlessly (stems, figures, file URIs), forgotten whole when it reaches `limit`
 * entries, so that junk input cannot grow it for ever. The key is copied before it is kept (and
 * computed on, so the result's slices are of the copy): nothing kept points into a document.
 */
export function remembered<V>(compute: (key: string) => V, limit: number): (key: string) => V {
  const table = new Map<string, V>();
  return (key) => {
    let value = table.get(key);
    if (value === undefined && !table.has(key)) {
      if (table.size >= limit) table.clear();
      const own = ownCopy(key);
      table.set(own, (value = compute(own)));
    }
    return value as V;
  };
}

export class AnalysisCache {
  private readonly spaces = new Map<string, Map<string, Entry>>();
  private generation = 0;
  /** Computations actually run, by namespace: what an edit cost. */
  readonly misses = new Map<string, number>();

  /** Called at the start of each analysis: forgets what neither the last analysis nor the one before used. */
  nextGeneration(): void {
    this.generation++;
    // forEach, not for-of: no [key, entry] array per entry, on every edit, for thousands of entries.
    for (const entries of this.spaces.values()) {
      entries.forEach((entry, key) => {
        if (entry.used < this.generation - 1) entries.delete(key);
      });
    }
  }

  memo<T>(space: string, key: string, compute: () => T): T {
    let entries = this.spaces.get(space);
    if (!entries) this.spaces.set(space, (entries = new Map()));
    const entry = entries.get(key);
    if (entry) {
      entry.used = this.generation;
      return entry.value as T;
    }
    const value = compute();
    this.misses.set(space, (this.misses.get(space) ?? 0) + 1);
    entries.set(key, { value, used: this.generation });
    return value;
  }

  /** Counts work done outside memo() (e.g. pairs of draft passages compared). */
  count(space: string, n: number): void {
    if (n) this.misses.set(space, (this.misses.get(space) ?? 0) + n);
  }

  resetCounts(): void {
    this.misses.clear();
  }
}
