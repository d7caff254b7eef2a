// Results that depend only on a passage's text and the corpus, kept between analyses of the same
// draft (as Harper keeps lint results per sentence): after an edit, only the passages whose text
// changed are worked out again. One cache belongs to one corpus; a new corpus gets a new cache.
// Entries live for two generations (analyses): what the last analysis used survives the next
// one, what nothing used for a whole analysis goes, so a long session does not grow the cache.
// Keys are the texts themselves, one map per kind of result: no key is built by concatenation,
// so a look-up of an unchanged passage hashes a string V8 has already hashed.

type Generation = Map<string, Map<string, unknown>>;

/**
 * `compute`, remembering its results for the keys it was last asked about: a process-wide table for
 * work that repeats endlessly (stems, figures, file URIs), forgotten whole when it reaches `limit`
 * entries, so that junk input cannot grow it for ever.
 */
export function remembered<V>(compute: (key: string) => V, limit: number): (key: string) => V {
  const table = new Map<string, V>();
  return (key) => {
    let value = table.get(key);
    if (value === undefined && !table.has(key)) {
      if (table.size >= limit) table.clear();
      table.set(key, (value = compute(key)));
    }
    return value as V;
  };
}

export class AnalysisCache {
  private current: Generation = new Map();
  private previous: Generation = new Map();
  /** Computations actually run, by namespace: what an edit cost. */
  readonly misses = new Map<string, number>();

  /** Called at the start of each analysis. */
  nextGeneration(): void {
    this.previous = this.current;
    this.current = new Map();
  }

  memo<T>(space: string, key: string, compute: () => T): T {
    let now = this.current.get(space);
    if (!now) this.current.set(space, (now = new Map()));
    if (now.has(key)) return now.get(key) as T;
    const before = this.previous.get(space);
    if (before?.has(key)) {
      const value = before.get(key) as T;
      now.set(key, value);
      return value;
    }
    const value = compute();
    this.misses.set(space, (this.misses.get(space) ?? 0) + 1);
    now.set(key, value);
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
