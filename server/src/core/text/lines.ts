// Offset <-> line lookups by binary search over line starts.

export class LineIndex {
  private readonly starts: number[] = [0];

  constructor(text: string) {
    for (let i = 0; i < text.length; i++) if (text.charCodeAt(i) === 10) this.starts.push(i + 1);
  }

  /** 0-based line of an offset. */
  lineOf(offset: number): number {
    return lastStartAtOrBefore(this.starts, offset);
  }

  lineStart(line: number): number {
    return this.starts[Math.min(line, this.starts.length - 1)]!;
  }

  get lineCount(): number {
    return this.starts.length;
  }
}

/**
 * The index of the last of the ascending `starts` (among the first `count`) that is at or before
 * `at`, or 0: which line, which piece, an offset falls in.
 */
export function lastStartAtOrBefore(starts: ArrayLike<number>, at: number, count = starts.length): number {
  let lo = 0;
  let hi = count - 1;
  while (lo < hi) {
    const mid = (lo + hi + 1) >> 1;
    if (starts[mid]! <= at) lo = mid;
    else hi = mid - 1;
  }
  return lo;
}
