// Cutting a long Markdown text (a corpus file) into pieces that are parsed one at a time, so that
// reading it costs memory for one piece, not for the whole file's syntax tree: remark holds every
// node of a document at once, and a 10 MB list of a million items (one block, so no blank line to
// cut at) took gigabytes. A piece ends where a new top-level block begins and nothing open can
// swallow it: after a blank line at a line that starts in the first column, or at a list item's
// marker (each item of a list is a passage whichever piece it is parsed in); never inside a
// fenced code block, an HTML block or front matter. What is lost across a cut: a reference link
// whose definition lies in another piece reads as its text. A piece that finds no such place
// within MAX_PIECE_CHARS is cut at a line anyway, so nothing can make one piece unbounded.

/** A piece is cut at the first good place after this many characters. */
export const PIECE_CHARS = 32 * 1024;
/** ...and at the first line after this many, good place or not. */
export const MAX_PIECE_CHARS = 256 * 1024;

const BULLET_ITEM = /^ {0,3}[-*+][ \t]+\S/;
const ORDERED_ITEM = /^ {0,3}\d{1,9}([.)])[ \t]+\S/;
const FENCE = /^ {0,3}(`{3,}|~{3,})/;
const BLANK = /^[ \t]*\r?$/;
/** HTML blocks that end at a marker, which may lie after blank lines; any other runs to a blank line. */
const HTML_ENDS: Array<[RegExp, RegExp]> = [
  [/^ {0,3}<(?:script|pre|style|textarea)(?:[\s>]|$)/i, /<\/(?:script|pre|style|textarea)>/i],
  [/^ {0,3}<!--/, /-->/],
  [/^ {0,3}<\?/, /\?>/],
  [/^ {0,3}<!\[CDATA\[/, /\]\]>/],
  [/^ {0,3}<![A-Za-z]/, />/],
];
const HTML_START = /^ {0,3}<[A-Za-z/]/;

type Open = { fence: string } | { until: RegExp } | 'html' | undefined;

/** [start, end) of each piece of `text`, in order; the pieces cover the text. */
export function* markdownPieces(
  text: string,
  pieceChars = PIECE_CHARS,
  maxPieceChars = MAX_PIECE_CHARS,
): Generator<[number, number]> {
  let pieceStart = 0;
  let open: Open;
  let previous = '';
  let at = 0;
  // Front matter (closed) is one block however long.
  const front = /^(---|\+\+\+)[ \t]*\r?\n/.exec(text);
  if (front) {
    const close = new RegExp(`\\n${front[1] === '---' ? '---' : '\\+\\+\\+'}[ \\t]*(?:\\r?\\n|$)`).exec(
      text.slice(front[0].length - 1),
    );
    if (close) at = front[0].length - 1 + close.index + close[0].length;
  }
  while (at < text.length) {
    let end = text.indexOf('\n', at);
    end = end < 0 ? text.length : end + 1;
    const line = text.slice(at, end).replace(/\n$/, '');
    const size = at - pieceStart;
    if (size >= maxPieceChars || (size >= pieceChars && !open && startsBlock(line, previous))) {
      yield [pieceStart, at];
      pieceStart = at;
      open = undefined;
    }
    open = after(open, line);
    previous = line;
    at = end;
  }
  if (pieceStart < text.length || text.length === 0) yield [pieceStart, text.length];
}

/** Whether `line` starts a top-level block that no earlier line can continue. */
function startsBlock(line: string, previous: string): boolean {
  if (BLANK.test(line)) return false;
  if (BLANK.test(previous)) return !/^[ \t]/.test(line);
  if (BULLET_ITEM.test(line)) return true;
  // An ordered item interrupts only a list of its own kind (else "2024. was" can continue a sentence).
  const ordered = ORDERED_ITEM.exec(line);
  return Boolean(ordered && ORDERED_ITEM.exec(previous)?.[1] === ordered[1]);
}

/** What is open after `line`, given what was open before it. */
function after(open: Open, line: string): Open {
  if (open === 'html') return BLANK.test(line) ? undefined : 'html';
  if (open && 'fence' in open) {
    const close = FENCE.exec(line);
    return close &&
      close[1]![0] === open.fence[0] &&
      close[1]!.length >= open.fence.length &&
      /^[ \t]*\r?$/.test(line.slice(close[0].length))
      ? undefined
      : open;
  }
  if (open) return open.until.test(line) ? undefined : open;
  const fence = FENCE.exec(line);
  if (fence) return { fence: fence[1]! };
  for (const [start, end] of HTML_ENDS) {
    if (start.test(line)) return end.test(line.replace(start, '')) ? undefined : { until: end };
  }
  return HTML_START.test(line) ? 'html' : undefined;
}
