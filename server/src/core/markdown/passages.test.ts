import { describe, expect, it } from 'vitest';
import { extractPassages } from './passages';

const slice = (text: string, s: { start: number; end: number }) => text.slice(s.start, s.end);

describe('extractPassages', () => {
  it('yields paragraphs, list items and table cells with exact source spans', () => {
    const text =
      '# Title\n\nFirst paragraph.\n\n- item one\n- item **two**\n\n| a | b |\n| - | - |\n| cell text | £5 |\n';
    const passages = extractPassages(text);
    expect(passages.map((p) => [p.kind, p.text])).toEqual([
      ['paragraph', 'First paragraph.'],
      ['listItem', 'item one'],
      ['listItem', 'item two'],
      ['tableCell', 'a'],
      ['tableCell', 'b'],
      ['tableCell', 'cell text'],
      ['tableCell', '£5'],
    ]);
    expect(slice(text, passages[0]!)).toBe('First paragraph.');
    expect(slice(text, passages[2]!)).toBe('- item **two**');
    expect(passages[2]!.removable).toBe(true);
    expect(passages[3]!.removable).toBe(false);
  });

  it('reads GFM strikethrough, task items and footnotes; a bare URL stays text, mapped character for character', () => {
    const text =
      '- [ ] We will ~~not~~ fund it.[^1]\n\nSee https://example.org/a_b_c and www.gov.uk for details.\n\n[^1]: A note.\n';
    const passages = extractPassages(text);
    expect(passages.map((p) => p.text)).toEqual([
      'We will not fund it.',
      'See https://example.org/a_b_c and www.gov.uk for details.',
    ]);
    const url = passages[1]!;
    const at = url.text.indexOf('https');
    expect(text.slice(url.offsets[at]!, url.offsets[at + 'https://example.org/a_b_c'.length - 1]! + 1)).toBe(
      'https://example.org/a_b_c',
    );
  });

  it('skips front matter, code, HTML comments, headings and block quotes', () => {
    const text =
      '---\ntitle: x\n---\n\n# Heading words here\n\n> quoted words here\n\n```\ncode ' +
      'words here\n```\n\n<!-- comment words -->\n\nReal text.\n';
    expect(extractPassages(text).map((p) => p.text)).toEqual(['Real text.']);
  });

  it('removes markup from the plain text but maps every character back to its source', () => {
    const text = 'We will **fund** [care](https://x.org) and `code` \\* &amp; more.';
    const [p] = extractPassages(text);
    expect(p!.text).toBe('We will fund care and code * & more.');
    const i = p!.text.indexOf('care');
    expect(text.slice(p!.offsets[i]!, p!.offsets[i]! + 4)).toBe('care');
    expect(text[p!.offsets[p!.text.indexOf('more')]!]).toBe('m');
    expect(p!.offsets[p!.text.length - 1]).toBe(text.length - 1);
  });

  it('splits sentences with source offsets, keeping figures and abbreviations whole', () => {
    const text = 'We will act by 2030. We will recruit 4,000 nurses, e.g. in Wales. Mr. Burnham *agreed*.';
    const [p] = extractPassages(text);
    expect(p!.sentences.map((s) => slice(text, s))).toEqual([
      'We will act by 2030.',
      'We will recruit 4,000 nurses, e.g. in Wales.',
      'Mr. Burnham *agreed*.',
    ]);
    expect(p!.sentences[2]!.text).toBe('Mr. Burnham agreed.');
  });

  it('reads amendment labels and keeps UTF-16 offsets right after astral characters', () => {
    const text = '😀 emoji first.\n\nAmendment 12: We will act.';
    const passages = extractPassages(text);
    expect(passages[1]!.label).toBe('Amendment 12');
    expect(slice(text, passages[1]!.sentences[0]!)).toBe('Amendment 12: We will act.');
    expect(slice(text, passages[0]!)).toBe('😀 emoji first.');
  });

  it('an item with a nested list is a passage of its own text, not removable whole', () => {
    const text = '- parent item text\n  - child item text\n';
    const passages = extractPassages(text);
    expect(passages.map((p) => [p.text, p.removable])).toEqual([
      ['parent item text', false],
      ['child item text', true],
    ]);
  });

  it('handles CRLF line endings', () => {
    const text = 'First.\r\n\r\nSecond one.\r\n';
    const passages = extractPassages(text);
    expect(passages.map((p) => slice(text, p))).toEqual(['First.', 'Second one.']);
  });
});

describe('byte-order mark', () => {
  it('keeps offsets exact when the file starts with a BOM', () => {
    const text = '\uFEFF# D\n\nA para.\n\nSecond para here.\n';
    const passages = extractPassages(text);
    expect(passages.map((p) => text.slice(p.start, p.end))).toEqual(['A para.', 'Second para here.']);
    expect(text.slice(passages[1]!.sentences[0]!.start, passages[1]!.sentences[0]!.end)).toBe('Second para here.');
  });

  it('a sentence on its own line starts on that line', () => {
    const text = 'We act in every region.\nThe NHS is ours.\nWe will plant trees.';
    const [p] = extractPassages(text);
    expect(p!.sentences.map((s) => text.slice(s.start, s.end))).toEqual([
      'We act in every region.',
      'The NHS is ours.',
      'We will plant trees.',
    ]);
  });
});
