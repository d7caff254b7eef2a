import { describe, expect, it } from 'vitest';
import fc from 'fast-check';
import { readMarkdown } from './passages';
import { changedStretch, rereadCounts, rereadMarkdown } from './incremental';

// Blocks a draft is made of, including the ones whose meaning reaches past themselves.
const BLOCKS = [
  'We will fund 500 more nurses by 2027.',
  'The committee noted the minutes. Members agreed the timetable.',
  '- Amendment 1: scrap the cap on care costs.\n- Amendment 2: keep it.',
  '1. First item here.\n2. Second item here.',
  '# Heading words',
  'Setext heading\n===',
  '| cell one | cell two |\n| --- | --- |\n| £5 | 10% |',
  '> quoted text here',
  '```\ncode words\n```',
  '<!-- policy-lint-disable-next-line -->',
  '    indented code',
  '  - indented item',
  'Lazy line one\ncontinues here with *emphasis* and [a link](https://x.org).',
  '[ref]: https://example.org',
  'A [reference][ref] link.',
  '---',
];
const EDIT_CHARS = ['a', ' ', '\n', '\n\n', '-', '*', '`', '|', '#', '>', '<', '1.', '[', ']', ':', '=', '\t', '\r\n'];

const documentArb = fc
  .array(fc.tuple(fc.constantFrom(...BLOCKS), fc.constantFrom('\n\n', '\n', '\n\n\n')), { minLength: 1, maxLength: 8 })
  .map((parts) => parts.map(([b, sep]) => b + sep).join(''));

const editArb = fc.tuple(fc.double({ min: 0, max: 1, noNaN: true }), fc.nat(3), fc.constantFrom(...EDIT_CHARS));

function applyEdit(text: string, [at, remove, insert]: [number, number, string]): string {
  const pos = Math.floor(at * text.length);
  return text.slice(0, pos) + insert + text.slice(Math.min(text.length, pos + remove));
}

const view = (doc: ReturnType<typeof readMarkdown>) => ({
  // What a passage says (a moved passage keeps its offset map behind a getter).
  passages: doc.passages.map(({ kind, start, end, text, offsets, sentences, label, removable }) => ({
    kind,
    start,
    end,
    text,
    offsets,
    sentences,
    label,
    removable,
  })),
  html: doc.html,
  blocks: doc.blocks,
});

describe('rereadMarkdown', () => {
  it('gives what a full read gives, after any sequence of edits', () => {
    rereadCounts.local = rereadCounts.full = 0;
    fc.assert(
      fc.property(documentArb, fc.array(editArb, { minLength: 1, maxLength: 6 }), (start, edits) => {
        let text = start;
        let previous = { text, markdown: readMarkdown(text) };
        for (const edit of edits) {
          text = applyEdit(text, edit);
          const incremental = rereadMarkdown(previous, text);
          expect(view(incremental)).toEqual(view(readMarkdown(text)));
          previous = { text, markdown: incremental };
        }
      }),
      { numRuns: 400 },
    );
    // Both paths were exercised, the local one often.
    expect(rereadCounts.local).toBeGreaterThan(rereadCounts.full / 4);
    expect(rereadCounts.full).toBeGreaterThan(0);
  });

  it('re-reads only the edited block and its neighbours, keeping passages elsewhere', () => {
    const paragraphs = Array.from({ length: 50 }, (_, i) => `Paragraph ${i} says something about care.`);
    const text = paragraphs.join('\n\n') + '\n';
    const previous = { text, markdown: readMarkdown(text) };
    const at = text.indexOf('Paragraph 25') + 'Paragraph 25'.length;
    const edited = text.slice(0, at) + ' now' + text.slice(at);
    const doc = rereadMarkdown(previous, edited);
    // Passages before the region are the very same objects: nothing was read again.
    expect(doc.passages[10]).toBe(previous.markdown.passages[10]);
    expect(doc.passages[25]!.text).toBe('Paragraph 25 now says something about care.');
    expect(edited.slice(doc.passages[40]!.start, doc.passages[40]!.end)).toBe(
      'Paragraph 40 says something about care.',
    );
    expect(view(doc)).toEqual(view(readMarkdown(edited)));
  });
});

describe('changedStretch', () => {
  // The plain loop over characters that the halving search replaces.
  const byCharacter = (old: string, text: string) => {
    const limit = Math.min(old.length, text.length);
    let from = 0;
    while (from < limit && old[from] === text[from]) from++;
    let tail = 0;
    while (tail < limit - from && old[old.length - 1 - tail] === text[text.length - 1 - tail]) tail++;
    return { from, tail };
  };

  it('finds the same shared start and end as a loop over characters', () => {
    fc.assert(
      fc.property(
        fc.string({ maxLength: 60 }),
        fc.string({ maxLength: 60 }),
        fc.string({ maxLength: 5 }),
        fc.string({ maxLength: 5 }),
        (a, b, x, y) => {
          for (const [old, text] of [
            [a + x + b, a + y + b],
            [a, b],
            [a + b, a],
            [x + a, a],
          ] as const)
            expect(changedStretch(old, text)).toEqual(byCharacter(old, text));
        },
      ),
      { numRuns: 500 },
    );
  });

  it('handles a one-character edit in a long text built from pieces', () => {
    const old = 'We will fund more nurses. '.repeat(5000);
    const text = old.slice(0, 70_001) + 'x' + old.slice(70_001);
    expect(changedStretch(old, text)).toEqual({ from: 70_001, tail: old.length - 70_001 });
    expect(changedStretch(text, old)).toEqual({ from: 70_001, tail: old.length - 70_001 });
  });
});
