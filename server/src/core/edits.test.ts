import { describe, expect, it } from 'vitest';
import { removeBlock, removeSentence } from './edits';
import type { TextEdit } from './types';

const apply = (text: string, e: TextEdit) => text.slice(0, e.start) + e.text + text.slice(e.end);
const span = (text: string, part: string) => ({ start: text.indexOf(part), end: text.indexOf(part) + part.length });

describe('removeBlock', () => {
  it('removes a paragraph and one of the blank lines around it', () => {
    const text = 'A.\n\nB.\n\nC.\n';
    expect(apply(text, removeBlock(text, span(text, 'B.')))).toBe('A.\n\nC.\n');
  });
  it('removes the last paragraph with the blank line above it', () => {
    expect(apply('A.\n\nB.\n', removeBlock('A.\n\nB.\n', span('A.\n\nB.\n', 'B.')))).toBe('A.\n');
    expect(apply('A.\n\nB.', removeBlock('A.\n\nB.', span('A.\n\nB.', 'B.')))).toBe('A.');
  });
  it('removes the first paragraph and the blank line after it', () => {
    expect(apply('A.\n\nB.\n', removeBlock('A.\n\nB.\n', span('A.\n\nB.\n', 'A.')))).toBe('B.\n');
  });
  it('with a byte order mark: removes the first paragraph, keeps the mark and leaves no blank line', () => {
    const bom = '\uFEFF';
    for (const [text, want] of [
      [`${bom}A.\n\nB.\n`, `${bom}B.\n`],
      [`${bom}A.\r\n\r\nB.\r\n`, `${bom}B.\r\n`],
      [`${bom}A.`, bom],
      [`${bom}A.\n`, bom],
    ]) {
      expect(apply(text!, removeBlock(text!, span(text!, 'A.'))), JSON.stringify(text)).toBe(want);
    }
    expect(apply(`${bom}A.\n\nB.\n`, removeBlock(`${bom}A.\n\nB.\n`, span(`${bom}A.\n\nB.\n`, 'B.')))).toBe(
      `${bom}A.\n`,
    );
  });
  it('removes a list item line only', () => {
    const text = '- one\n- two\n- three\n';
    expect(apply(text, removeBlock(text, span(text, '- two')))).toBe('- one\n- three\n');
  });
  it('keeps CRLF line endings intact', () => {
    const text = 'A.\r\n\r\nB.\r\n\r\nC.\r\n';
    expect(apply(text, removeBlock(text, span(text, 'B.')))).toBe('A.\r\n\r\nC.\r\n');
  });
});

describe('removeSentence', () => {
  const para = 'One here. Two here. Three here.';
  const whole = { start: 0, end: para.length };
  it('removes a middle sentence with the space after it', () => {
    expect(apply(para, removeSentence(para, span(para, 'Two here.'), whole))).toBe('One here. Three here.');
  });
  it('removes the last sentence with the space before it', () => {
    expect(apply(para, removeSentence(para, span(para, 'Three here.'), whole))).toBe('One here. Two here.');
  });
  it('removes the first sentence', () => {
    expect(apply(para, removeSentence(para, span(para, 'One here.'), whole))).toBe('Two here. Three here.');
  });
});

describe('line endings', () => {
  it('removes a paragraph in a file with lone CR line breaks', () => {
    const text = '# D\r\rA para.\r\rB para.\r\rEnd.\r';
    expect(apply(text, removeBlock(text, span(text, 'B para.')))).toBe('# D\r\rA para.\r\rEnd.\r');
  });
  it('removes a sentence on its own line inside a CRLF paragraph', () => {
    const text = 'One here.\r\nTwo here.\r\nThree.';
    const whole = { start: 0, end: text.length };
    expect(apply(text, removeSentence(text, span(text, 'Two here.'), whole))).toBe('One here.\r\nThree.');
  });
});
