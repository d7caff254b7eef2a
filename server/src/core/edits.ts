// Edits that remove a passage or a sentence and nothing else: the removed text plus the
// whitespace that would otherwise be left doubled, never a character of another passage.
import type { Span, TextEdit } from './types';

const isBlank = (c: string | undefined) => c === ' ' || c === '\t';

/** Removes a block (paragraph, list item) together with its line break and one blank line. */
export function removeBlock(text: string, block: Span): TextEdit {
  let start = block.start;
  while (start > 0 && isBlank(text[start - 1])) start--;
  const atLineStart = start === 0 || text[start - 1] === '\n';
  if (!atLineStart) start = block.start;
  let end = block.end;
  while (end < text.length && isBlank(text[end])) end++;
  const endsFile = end >= text.length;
  end = skipLineBreak(text, end);
  if (atLineStart && endsFile && start > 0) {
    // The file ends without a line break: end it where the text before the block ends.
    while (start > 0 && /\s/.test(text[start - 1]!)) start--;
  } else if (atLineStart) {
    const blankAfter = blankLineEnd(text, end);
    const blankBefore = start === 0 || isPrecededByBlankLine(text, start);
    if (blankAfter !== undefined && blankBefore) end = blankAfter;
    else if (end >= text.length && start > 0 && blankBefore) {
      // The last block of the file: take the blank line above it instead.
      start = previousLineStart(text, start);
    }
  }
  return { start, end, text: '' };
}

/** Removes one sentence from a longer paragraph, with the space that joined it to the next. */
export function removeSentence(text: string, sentence: Span, paragraph: Span): TextEdit {
  let end = sentence.end;
  while (end < paragraph.end && /[ \t]/.test(text[end]!)) end++;
  if (end < paragraph.end && text[end] !== '\n' && text[end] !== '\r') return { start: sentence.start, end, text: '' };
  // The sentence ends its line: take the space before it instead, or, when it opens the
  // paragraph, the line break after it.
  let start = sentence.start;
  if (start === paragraph.start) return { start, end: Math.min(paragraph.end, skipLineBreak(text, end)), text: '' };
  while (start > paragraph.start && /[ \t]/.test(text[start - 1]!)) start--;
  if (start > paragraph.start && (text[start - 1] === '\n')) {
    // The sentence starts its own line inside the paragraph: remove the line break before it.
    start--;
    if (start > paragraph.start && text[start - 1] === '\r') start--;
  }
  return { start, end: sentence.end, text: '' };
}

function skipLineBreak(text: string, at: number): number {
  if (text[at] === '\r' && text[at + 1] === '\n') return at + 2;
  if (text[at] === '\n' || text[at] === '\r') return at + 1;
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

function isPrecededByBlankLine(text: string, lineStart: number): boolean {
  const prev = previousLineStart(text, lineStart);
  return /^[ \t]*\r?\n$/.test(text.slice(prev, lineStart));
}

function previousLineStart(text: string, lineStart: number): number {
  let i = lineStart - 1;
  while (i > 0 && text[i - 1] !== '\n') i--;
  return Math.max(0, i);
}
