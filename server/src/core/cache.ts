// Results that depend only on a passage's text and the corpus, kept between analyses of the same
// draft (as Harper keeps lint results per sentence): after an edit, only the passages whose text
// changed are looked up again. One cache belongs to one corpus; a new corpus gets a new cache.

export class AnalysisCache {
  private readonly spaces = new Map<string, Map<string, unknown>>();
  /** Computations actually run, by namespace: what an edit cost. */
  readonly misses = new Map<string, number>();

  constructor(private readonly maxEntries = 5_000) {}

  memo<T>(space: string, key: string, compute: () => T): T {
    let map = this.spaces.get(space);
    if (!map) this.spaces.set(space, (map = new Map()));
    if (map.has(key)) return map.get(key) as T;
    const value = compute();
    this.misses.set(space, (this.misses.get(space) ?? 0) + 1);
    if (map.size >= this.maxEntries) map.clear();
    map.set(key, value);
    return value;
  }

  resetCounts(): void {
    this.misses.clear();
  }
}
