// Edits that remove a passage or a sentence and nothing else: the removed text plus the
// whitespace that would otherwise be left doubled, never a character of another passage.
// Line breaks may be LF, CRLF or a lone CR.
import type { Removal, Span, TextEdit } from './types';

const isBlank = (c: string | undefined) => c === ' ' || c === '\t';
const isBreak = (c: string | undefined) => c === '\n' || c === '\r';

/** Where the text starts: after a byte order mark, which no removal takes (it is not a line of its own). */
const textStart = (text: string) => (text.charCodeAt(0) === 0xfeff ? 1 : 0);

/** Removes a block (paragraph, list item) together with its line break and one blank line. */
export function removeBlock(text: string, block: Span): TextEdit {
  const first = textStart(text);
  let start = block.start;
  while (start > first && isBlank(text[start - 1])) start--;
  const atLineStart = start <= first || isBreak(text[start - 1]);
  if (!atLineStart) start = block.start;
  let end = block.end;
  while (end < text.length && isBlank(text[end])) end++;
  const endsFile = end >= text.length;
  end = skipLineBreak(text, end);
  if (atLineStart && endsFile && start > first) {
    // The file ends without a line break: end it where the text before the block ends.
    while (start > first && /\s/.test(text[start - 1]!)) start--;
  } else if (atLineStart) {
    const blankAfter = blankLineEnd(text, end);
    const blankBefore = start <= first || isBlankLine(text, previousLineStart(text, start), start);
    if (blankAfter !== undefined && blankBefore) end = blankAfter;
    else if (end >= text.length && start > first && blankBefore) {
      // The last block of the file: take the blank line above it instead.
      start = previousLineStart(text, start);
    }
  }
  return { start, end, text: '' };
}

/** Removes one sentence from a longer paragraph, with the space that joined it to the next. */
export function removeSentence(text: string, sentence: Span, paragraph: Span): TextEdit {
  let end = sentence.end;
  while (end < paragraph.end && isBlank(text[end])) end++;
  if (end < paragraph.end && !isBreak(text[end])) return { start: sentence.start, end, text: '' };
  // The sentence ends its line: take the space before it instead, or, when it opens the
  // paragraph, the line break after it.
  let start = sentence.start;
  if (start === paragraph.start) return { start, end: Math.min(paragraph.end, skipLineBreak(text, end)), text: '' };
  while (start > paragraph.start && isBlank(text[start - 1])) start--;
  if (start > paragraph.start && isBreak(text[start - 1])) {
    // The sentence starts its own line inside the paragraph: remove the line break before it.
    start--;
    if (start > paragraph.start && text[start] === '\n' && text[start - 1] === '\r') start--;
  }
  return { start, end: sentence.end, text: '' };
}

function skipLineBreak(text: string, at: number): number {
  if (text[at] === '\r' && text[at + 1] === '\n') return at + 2;
  if (isBreak(text[at])) return at + 1;
  return at;
}

/** If the line at `at` is blank, the offset after it. */
function blankLineEnd(text: string, at: number): number | undefined {
  let i = at;
  while (i < text.length && isBlank(text[i])) i++;
  if (i >= text.length) return undefined;
  const after = skipLineBreak(text, i);
  return after > i ? after : undefined;
}

function isBlankLine(text: string, from: number, to: number): boolean {
  return /^[ \t]*(\r\n|\r|\n)$/.test(text.slice(from, to));
}

/** Start of the line before the one that starts at `lineStart`. */
function previousLineStart(text: string, lineStart: number): number {
  let i = lineStart;
  if (text[i - 1] === '\n' && text[i - 2] === '\r') i -= 2;
  else if (isBreak(text[i - 1])) i -= 1;
  while (i > textStart(text) && !isBreak(text[i - 1])) i--;
  return Math.max(textStart(text), i);
}

/**
 * Every removal at once (fix-all), as one edit. The removals are made one after another, last
 * first, each worked out on the text the later ones left, exactly as if the user had applied the
 * single fixes in turn; the edit is then the one changed stretch between the two texts.
 */
export function removeAll(text: string, removals: Removal[]): TextEdit[] {
  const at = (r: Removal) => ('block' in r ? r.block.start : r.sentence.start);
  const ordered = [...removals].sort((a, b) => at(b) - at(a));
  let current = text;
  const applied: TextEdit[] = [];
  for (const r of ordered) {
    let edit: TextEdit;
    if ('block' in r) {
      // Blocks nest (an item inside a removed item): skip one already gone.
      if (applied.some((e) => e.start <= r.block.start && r.block.end <= e.end)) continue;
      edit = removeBlock(current, r.block);
    } else {
      // Later sentences of the same paragraph have gone already: its end moved back.
      const removedAfter = applied
        .filter((e) => e.start >= r.sentence.end && e.start < r.paragraph.end)
        .reduce((n, e) => n + (e.end - e.start), 0);
      edit = removeSentence(current, r.sentence, { start: r.paragraph.start, end: r.paragraph.end - removedAfter });
    }
    current = current.slice(0, edit.start) + edit.text + current.slice(edit.end);
    applied.push(edit);
  }
  if (current === text) return [];
  let head = 0;
  while (head < current.length && current[head] === text[head]) head++;
  let tail = 0;
  while (tail < current.length - head && current[current.length - 1 - tail] === text[text.length - 1 - tail]) tail++;
  return [{ start: head, end: text.length - tail, text: current.slice(head, current.length - tail) }];
}
