// The words that differ between a draft passage and a corpus passage, as hunks of "theirs →
// ours", so a drafter sees at a glance what changed. Words compare case-, quote- and
// markup-insensitively; corpus text before and after the matched stretch is not a change.
import { foldText } from './normalise';

export interface Hunk {
  /** Corpus words replaced or dropped ('' when the draft only adds). */
  theirs: string;
  /** Draft words in their place ('' when the draft only drops). */
  ours: string;
}

const WORD = /[\p{L}\p{N}£$€%][\p{L}\p{N}£$€%.,'’-]*[\p{L}\p{N}%]|[\p{L}\p{N}£$€%]/gu;

function words(text: string): string[] {
  return [...text.matchAll(WORD)].map((m) => m[0]);
}

const key = (w: string) => foldText(w).replace(/[.,']+$/, '');

export function wordDiff(ours: string, theirs: string, max = 6): Hunk[] {
  const a = words(ours);
  const b = words(theirs);
  const ka = a.map(key);
  const kb = b.map(key);
  // LCS table over words (passages are short; sentences at most a few hundred words).
  const n = a.length;
  const m = b.length;
  if (n * m > 250_000) return [];
  const t: Uint16Array[] = Array.from({ length: n + 1 }, () => new Uint16Array(m + 1));
  for (let i = n - 1; i >= 0; i--)
    for (let j = m - 1; j >= 0; j--)
      t[i]![j] = ka[i] === kb[j] ? t[i + 1]![j + 1]! + 1 : Math.max(t[i + 1]![j]!, t[i]![j + 1]!);
  const hunks: Array<Hunk & { atStart: boolean; atEnd: boolean }> = [];
  let i = 0;
  let j = 0;
  let ourRun: string[] = [];
  let theirRun: string[] = [];
  let matchedYet = false;
  const flush = (atEnd: boolean) => {
    if (ourRun.length || theirRun.length)
      hunks.push({ ours: ourRun.join(' '), theirs: theirRun.join(' '), atStart: !matchedYet, atEnd });
    ourRun = [];
    theirRun = [];
  };
  while (i < n || j < m) {
    if (i < n && j < m && ka[i] === kb[j]) {
      flush(false);
      matchedYet = true;
      i++;
      j++;
    } else if (j < m && (i >= n || t[i]![j + 1]! >= t[i + 1]![j]!)) theirRun.push(b[j++]!);
    else ourRun.push(a[i++]!);
  }
  flush(true);
  // Corpus words outside the stretch the draft matched are context, not a change.
  return hunks
    .map((h) =>
      (h.atStart || h.atEnd) && !h.ours ? undefined : { ours: h.ours, theirs: h.atStart || h.atEnd ? '' : h.theirs },
    )
    .filter((h): h is Hunk => h !== undefined && Boolean(h.ours || h.theirs))
    .slice(0, max);
}
