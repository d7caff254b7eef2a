// Results that depend only on a passage's text and the corpus, kept between analyses of the same
// draft (as Harper keeps lint results per sentence): after an edit, only the passages whose text
// changed are worked out again. One cache belongs to one corpus; a new corpus gets a new cache.
// Entries live for two generations (analyses): what the last analysis used survives the next
// one, what nothing used for a whole analysis goes, so a long session does not grow the cache.

export class AnalysisCache {
  private current = new Map<string, unknown>();
  private previous = new Map<string, unknown>();
  /** Computations actually run, by namespace: what an edit cost. */
  readonly misses = new Map<string, number>();

  /** Called at the start of each analysis. */
  nextGeneration(): void {
    this.previous = this.current;
    this.current = new Map();
  }

  memo<T>(space: string, key: string, compute: () => T): T {
    const full = `${space}\u0000${key}`;
    if (this.current.has(full)) return this.current.get(full) as T;
    if (this.previous.has(full)) {
      const value = this.previous.get(full) as T;
      this.current.set(full, value);
      return value;
    }
    const value = compute();
    this.misses.set(space, (this.misses.get(space) ?? 0) + 1);
    this.current.set(full, value);
    return value;
  }

  resetCounts(): void {
    this.misses.clear();
  }
}
