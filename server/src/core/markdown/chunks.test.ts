import { describe, expect, it } from 'vitest';
import { markdownPieces } from './chunks';
import { extractPassages } from './passages';

/** Passages (text and start) of `text` parsed whole, and parsed piece by piece with pieces as small as they can be. */
function both(text: string) {
  const whole = extractPassages(text).map((p) => [p.text, p.start]);
  const pieces = [...markdownPieces(text, 1)];
  const cut = pieces.flatMap(([from, to]) =>
    extractPassages(text.slice(from, to)).map((p) => [p.text, from + p.start]),
  );
  return { whole, cut, pieces };
}

describe('markdownPieces', () => {
  it('covers the text, in order, without gaps', () => {
    const text = '# T\n\npara one\n\n- a\n- b\n\n1. x\n2. y\n';
    const pieces = [...markdownPieces(text, 1)];
    expect(pieces[0]![0]).toBe(0);
    expect(pieces.at(-1)![1]).toBe(text.length);
    for (let i = 1; i < pieces.length; i++) expect(pieces[i]![0]).toBe(pieces[i - 1]![1]);
    expect(pieces.length).toBeGreaterThan(4);
  });

  it.each([
    ['a tight list', Array.from({ length: 50 }, (_, i) => `- item number ${i}\n`).join('')],
    ['a loose list with continuation lines', '- one\n  more of one\n\n- two\n\n  second paragraph of two\n- three\n'],
    ['nested lists', '- a\n  - b\n    - c\n- d\n  1. e\n  2. f\n'],
    [
      'ordered lists and a year that continues a sentence',
      '1. one\n2. two\n\nThe plan for\n2024. was agreed.\n\n1) x\n2) y\n',
    ],
    ['a fence holding list markers', '```\n- not an item\n- nor this\n```\n\n- an item\n'],
    [
      'an HTML block and a comment holding list markers',
      '<div>\n- inside html\n</div>\n\n<!--\n\n- commented out\n\n-->\n- after\n',
    ],
    ['front matter with a YAML list', '---\ntags:\n- one\n- two\n---\n\n- real item\n\nText after.\n'],
    [
      'paragraphs, headings, block quotes and tables',
      '# H\n\nOne para.\n\n> quoted\n- after quote\n\n| a | b |\n| - | - |\n| c | d |\n\nLast para.\n',
    ],
  ])('gives the passages a whole parse gives: %s', (_name, text) => {
    const { whole, cut } = both(text);
    expect(cut).toEqual(whole);
  });

  it('cuts a long list (200,000 items) into pieces of bounded size', () => {
    const text = Array.from({ length: 200_000 }, (_, i) => `- b${i}\n`).join('');
    let largest = 0;
    let count = 0;
    for (const [from, to] of markdownPieces(text)) {
      largest = Math.max(largest, to - from);
      count++;
    }
    expect(count).toBeGreaterThan(10);
    expect(largest).toBeLessThan(40 * 1024);
  });

  it('cuts even a text with no good place (an unclosed fence) at the hard limit', () => {
    const text = '```\n' + 'x\n'.repeat(300_000);
    const pieces = [...markdownPieces(text)];
    expect(pieces.length).toBeGreaterThan(1);
    expect(Math.max(...pieces.map(([a, b]) => b - a))).toBeLessThanOrEqual(256 * 1024 + 2);
  });
});
