// Plain-text policy documents (the seeds): one passage per line or bullet ("•", "-", "*",
// "1."), indentation dropped. A line that continues a hard-wrapped sentence (the previous line
// has no closing punctuation and this one starts in lower case) joins the passage before it.
import type { Span } from '../types';

export interface TextPassage extends Span {
  /** The passage with bullets and indentation removed, wrapped lines joined by a space. */
  text: string;
}

const BULLET = /^[ \t]*(?:[\u2022\u00b7\u25aa\u25cf\u2023\u2043*+\u2013-]|\d{1,3}[.)])[ \t]+/;
const OPEN_ENDING = /[^.!?:;\u2026"\u201d')\]]$/;

export function splitPlainText(text: string): TextPassage[] {
  const out: TextPassage[] = [];
  let lineStart = 0;
  let previousOpen = false;
  while (lineStart <= text.length) {
    let lineEnd = text.indexOf('\n', lineStart);
    if (lineEnd < 0) lineEnd = text.length;
    const next = lineEnd + 1;
    let end = lineEnd;
    if (end > lineStart && text[end - 1] === '\r') end--;
    const bullet = BULLET.exec(text.slice(lineStart, end));
    let start = lineStart + (bullet ? bullet[0].length : 0);
    while (start < end && /\s/.test(text[start]!)) start++;
    while (end > start && /\s/.test(text[end - 1]!)) end--;
    if (start < end) {
      const body = text.slice(start, end);
      const last = out[out.length - 1];
      if (last && !bullet && previousOpen && /^[a-z(]/.test(body) && last.end >= lineStart - 2) {
        last.text += ' ' + body;
        last.end = end;
      } else {
        out.push({ start, end, text: body });
      }
      previousOpen = OPEN_ENDING.test(body);
    } else {
      previousOpen = false;
    }
    if (lineEnd >= text.length) break;
    lineStart = next;
  }
  return out;
}
