// Positions from the client, checked before they touch a document. vscode-languageserver-textdocument
// trusts them: a didChange whose range runs past the last line, or whose line is 1.5, splices its
// line table at the wrong index, and from then on every position it gives is wrong or NaN (sent as
// "character": null). Here every line and character is made a whole number inside the document
// (past the end: the end; fractions: rounded down; not a number: 0) before the change is applied.
import { TextDocument, type TextDocumentContentChangeEvent } from 'vscode-languageserver-textdocument';
import type { Position } from 'vscode-languageserver/node';

/** A whole number of at least 0; a count past any document for +Infinity. */
const whole = (x: unknown): number =>
  typeof x === 'number' && x > 0 ? (Number.isFinite(x) ? Math.floor(x) : Number.MAX_SAFE_INTEGER) : 0;

/** Whether the client sent exactly this position. */
const sent = (given: unknown, p: Position): boolean =>
  typeof given === 'object' &&
  given !== null &&
  (given as Position).line === p.line &&
  (given as Position).character === p.character;

/** The position inside `doc` nearest to what the client sent. */
export function clampPosition(doc: TextDocument, given: unknown): Position {
  const p = (typeof given === 'object' && given !== null ? given : {}) as Record<string, unknown>;
  const line = whole(p.line);
  if (line >= doc.lineCount) return doc.positionAt(doc.getText().length);
  // offsetAt keeps a character past the end of its line on that line; positionAt gives it back as a position.
  return doc.positionAt(doc.offsetAt({ line, character: whole(p.character) }));
}

/** A change as the client sent it, with its range inside `doc`; `clamped` when it was not already. */
export function clampChange(
  doc: TextDocument,
  change: unknown,
): { change: TextDocumentContentChangeEvent; clamped: boolean } | undefined {
  const c = (typeof change === 'object' && change !== null ? change : {}) as {
    range?: { start?: unknown; end?: unknown };
    text?: unknown;
  };
  if (typeof c.text !== 'string') return undefined;
  if (c.range === undefined) return { change: { text: c.text }, clamped: false };
  const range = typeof c.range === 'object' && c.range !== null ? c.range : {};
  const start = clampPosition(doc, range.start);
  const end = clampPosition(doc, range.end);
  const clamped = !sent(range.start, start) || !sent(range.end, end);
  return { change: { range: { start, end }, text: c.text }, clamped };
}

/**
 * `TextDocument.update` with each change's range clamped to the document as it is when that change
 * applies (a change's positions count in the text the changes before it left); `onClamped` hears
 * of each that was not inside it.
 */
export function updateClamped(
  doc: TextDocument,
  changes: unknown[],
  version: number,
  onClamped: (why: string) => void,
): TextDocument {
  let updated = doc;
  for (const given of changes) {
    const checked = clampChange(updated, given);
    if (!checked) {
      onClamped('a change without text was left out');
      continue;
    }
    if (checked.clamped)
      onClamped(
        `a change's range ${JSON.stringify((given as { range: unknown }).range)} was outside the document ` +
          `(${updated.lineCount} lines) and was clamped to it`,
      );
    updated = TextDocument.update(updated, [checked.change], version);
  }
  return updated;
}
