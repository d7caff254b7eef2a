import { describe, expect, it } from 'vitest';
import { splitPlainText } from './plaintext';

describe('splitPlainText', () => {
  it('makes one passage per line or bullet, without indentation or bullet marks', () => {
    const text = 'Title line\n\n  • first bullet;\n  • second bullet\n\n    Indented paragraph.\n';
    const passages = splitPlainText(text);
    expect(passages.map((p) => p.text)).toEqual([
      'Title line',
      'first bullet;',
      'second bullet',
      'Indented paragraph.',
    ]);
    for (const p of passages) expect(text.slice(p.start, p.end)).toBe(p.text);
  });

  it('joins a hard-wrapped sentence but not a title followed by a paragraph', () => {
    const wrapped = splitPlainText(
      'We will invest in general\npractice and community care.\nA new paragraph starts.\n',
    );
    expect(wrapped.map((p) => p.text)).toEqual([
      'We will invest in general practice and community care.',
      'A new paragraph starts.',
    ]);
    const titled = splitPlainText('Labour launches manifesto\nA Labour government would act.\n');
    expect(titled).toHaveLength(2);
  });

  it('handles CRLF', () => {
    expect(splitPlainText('One.\r\nTwo.\r\n').map((p) => p.text)).toEqual(['One.', 'Two.']);
  });
});
