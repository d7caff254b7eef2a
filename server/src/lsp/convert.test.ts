import { describe, expect, it } from 'vitest';
import { TextDocument } from 'vscode-languageserver-textdocument';
import type { Finding } from '../core/types';
import { DocumentDiagnostics, toDiagnostic } from './convert';

const TEXT = 'We will fund nurses.\n\nThe committee noted the minutes.\n\nWe will fund nurses.\n';

function finding(text: string, over: Partial<Finding> = {}): Finding {
  const start = text.lastIndexOf('We will fund nurses.');
  const first = text.indexOf('We will fund nurses.');
  return {
    rule: 'duplicate-amendment',
    start,
    end: start + 20,
    message: "Repeats (line 1) — 'We will fund nurses.'.",
    citations: [
      { kind: 'draft', span: { start: first, end: first + 20 }, line: 1, quote: 'We will fund nurses.' },
      { kind: 'corpus', file: 'a.txt', path: '/corpus/a.txt', line: 9, quote: 'We will fund nurses.' },
    ],
    ...over,
  };
}

describe('DocumentDiagnostics', () => {
  it('gives what toDiagnostic gives', () => {
    const doc = TextDocument.create('file:///d.md', 'markdown', 1, TEXT);
    const f = finding(TEXT);
    expect(new DocumentDiagnostics().of(doc, [f])).toEqual([toDiagnostic(doc, f)]);
  });

  it('gives the same object again while the finding says the same at the same line and column', () => {
    const made = new DocumentDiagnostics();
    const doc1 = TextDocument.create('file:///d.md', 'markdown', 1, TEXT);
    const [before] = made.of(doc1, [finding(TEXT)]);
    // A letter typed in the middle paragraph: every offset after it moves, no line or column of the finding does.
    const text2 = TEXT.replace('committee', 'committees');
    const doc2 = TextDocument.create('file:///d.md', 'markdown', 2, text2);
    const [after] = made.of(doc2, [finding(text2)]);
    expect(after).toBe(before);
  });

  it('keeps a diagnostic when a finding before it comes or goes', () => {
    const made = new DocumentDiagnostics();
    const doc = TextDocument.create('file:///d.md', 'markdown', 1, TEXT);
    const [kept] = made.of(doc, [finding(TEXT)]);
    const pledge: Finding = {
      rule: 'commitment-without-figure',
      start: 0,
      end: 20,
      message: 'Pledge to fund nurses gives no amount.',
      citations: [],
    };
    const [added, again] = made.of(doc, [pledge, finding(TEXT)]);
    expect(added!.code).toBe('commitment-without-figure');
    expect(again).toBe(kept);
  });

  it('makes a new diagnostic when the message, a citation or a cited line and column changes', () => {
    const made = new DocumentDiagnostics();
    const doc = TextDocument.create('file:///d.md', 'markdown', 1, TEXT);
    const [first] = made.of(doc, [finding(TEXT)]);
    const changed = made.of(doc, [finding(TEXT, { message: 'Repeats something else.' })])[0]!;
    expect(changed).not.toBe(first);
    expect(changed.message).toBe('Repeats something else.');
    const f = finding(TEXT);
    f.citations[1] = { ...f.citations[1]!, line: 10 } as Finding['citations'][number];
    const recited = made.of(doc, [f])[0]!;
    expect(recited.relatedInformation![1]!.location.range.start.line).toBe(9);
    // The cited draft passage moves one column: the diagnostic's related location must follow.
    const text2 = ' ' + TEXT;
    const doc2 = TextDocument.create('file:///d.md', 'markdown', 2, text2);
    const moved = made.of(doc2, [finding(text2)])[0]!;
    expect(moved.relatedInformation![0]!.location.range.start.character).toBe(1);
    expect(moved).toEqual(toDiagnostic(doc2, finding(text2)));
  });
});
