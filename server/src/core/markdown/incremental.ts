// Re-reading a document after an edit: only the top-level blocks the edit touched, with one
// unchanged block either side, are parsed again; the passages before them are kept and the
// passages after them are moved by the length the edit added. Markdown is mostly local once a
// blank line separates blocks; where it is not (lists that could merge, indented continuations,
// fences and HTML that can swallow what follows, link definitions that change other blocks),
// the whole document is parsed again. A property test checks the result equals a full read.
import { readMarkdown, shift, shiftDocument, type Block, type MarkdownDocument } from './passages';

export interface ReadDocument {
  text: string;
  markdown: MarkdownDocument;
}

/** Text whose meaning can reach past the block it sits in. */
const NON_LOCAL_TEXT = /```|~~~|^[ \t]*<|\]:|\[\^|^[ \t]*(?:---|\+\+\+)[ \t]*$/m;

const FRONT_MATTER_START = /^(?:---|\+\+\+)/;

const BLANK_LINE = /\n[ \t]*\r?\n|\r[ \t]*\r/;

/** How edits were read: counted so a test can tell the local path is taken, not only correct. */
export const rereadCounts = { local: 0, full: 0 };

/** The whole document read again, or only what changed since `previous`. */
export function rereadMarkdown(previous: ReadDocument | undefined, text: string): MarkdownDocument {
  if (!previous) return readMarkdown(text);
  if (previous.text === text) return previous.markdown;
  const local = readLocally(previous, text);
  if (local) rereadCounts.local++;
  else rereadCounts.full++;
  return local ?? readMarkdown(text);
}

function readLocally(previous: ReadDocument, text: string): MarkdownDocument | undefined {
  const old = previous.text;
  const doc = previous.markdown;
  if (doc.nonLocal || text.charCodeAt(0) === 0xfeff || old.charCodeAt(0) === 0xfeff) return undefined;
  // A front matter fence opening the document changes how remark reads what follows, even unclosed.
  if (FRONT_MATTER_START.test(old) || FRONT_MATTER_START.test(text)) return undefined;
  // The changed stretch: old [from, oldTo) became new [from, newTo).
  const { from, tail } = changedStretch(old, text);
  const oldTo = old.length - tail;
  const delta = text.length - old.length;

  // Blocks the change touches (a change right at a block's edge touches it), plus one either side.
  const blocks = doc.blocks;
  let first = blocks.findIndex((b) => b.end >= from);
  if (first < 0) first = blocks.length;
  let last = first - 1;
  while (last + 1 < blocks.length && blocks[last + 1]!.start <= oldTo) last++;
  let lo = Math.max(0, Math.min(first, last) - 1);
  let hi = Math.min(blocks.length - 1, Math.max(first, last) + 1);
  // What stays outside must be cut off by blank lines and must not be able to join the region:
  // a list next to it (lists merge across blank lines), an indented line (a continuation).
  const joins = (gap: string, outside: Block, firstLineIndented: boolean) =>
    outside.type === 'list' || !BLANK_LINE.test(gap) || firstLineIndented;
  while (lo > 0 && joins(old.slice(blocks[lo - 1]!.end, lineStart(old, blocks[lo]!.start) + 1), blocks[lo - 1]!, false))
    lo--;
  while (
    hi < blocks.length - 1 &&
    joins(
      old.slice(blocks[hi]!.end, blocks[hi + 1]!.start),
      blocks[hi + 1]!,
      /[ \t]/.test(old[lineStart(old, blocks[hi + 1]!.start)] ?? ''),
    )
  )
    hi++;
  // The region starts at the start of block lo's line (or the document) and ends at block hi's end (or the document's).
  const regionStart = lo > 0 && lo < blocks.length ? lineStart(old, blocks[lo]!.start) : 0;
  const regionEnd = hi >= 0 && hi < blocks.length - 1 ? blocks[hi]!.end : old.length;
  if (regionStart > from || regionEnd < oldTo) return undefined;
  const oldRegion = old.slice(regionStart, regionEnd);
  const newRegion = text.slice(regionStart, regionEnd + delta);
  if (NON_LOCAL_TEXT.test(oldRegion) || NON_LOCAL_TEXT.test(newRegion)) return undefined;

  const region = readMarkdown(newRegion);
  if (region.nonLocal) return undefined;
  const inside = shiftDocument(region, regionStart);
  const split = <T extends { start: number; end: number }>(items: T[], fresh: T[], move: (item: T) => T): T[] => {
    const out = items.filter((i) => i.end <= regionStart);
    out.push(...fresh);
    for (const i of items) if (i.start >= regionEnd) out.push(move(i));
    return out;
  };
  return {
    passages: split(doc.passages, inside.passages, (p) => shift(p, delta)),
    html: split(doc.html, inside.html, (h) => ({ ...h, start: h.start + delta, end: h.end + delta })),
    blocks: split(doc.blocks, inside.blocks, (b) => ({ ...b, start: b.start + delta, end: b.end + delta })),
    nonLocal: false,
  };
}

/**
 * How many characters the two texts share at the start, and then at the end. Found by halving,
 * comparing slices: V8 compares a slice as a block, where a loop over characters of a document
 * the editor has patched (a rope of pieces) costs several times more.
 */
export function changedStretch(old: string, text: string): { from: number; tail: number } {
  const limit = Math.min(old.length, text.length);
  let from = 0;
  let to = limit;
  while (from < to) {
    const mid = (from + to + 1) >> 1;
    if (old.slice(from, mid) === text.slice(from, mid)) from = mid;
    else to = mid - 1;
  }
  let tail = 0;
  let most = limit - from;
  while (tail < most) {
    const mid = (tail + most + 1) >> 1;
    if (old.slice(old.length - mid, old.length - tail) === text.slice(text.length - mid, text.length - tail))
      tail = mid;
    else most = mid - 1;
  }
  return { from, tail };
}

function lineStart(text: string, at: number): number {
  let i = at;
  while (i > 0 && text[i - 1] !== '\n' && text[i - 1] !== '\r') i--;
  return i;
}
