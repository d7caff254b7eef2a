import { describe, expect, it } from 'vitest';
import { formatMessage } from './check';

describe('formatMessage', () => {
  it('puts each named value in its placeholder, as often as it appears', () => {
    expect(formatMessage("Repeats {{where}} — '{{quote}}'{{also}}.", { where: 'a.txt:3', quote: 'x', also: '' })).toBe(
      "Repeats a.txt:3 — 'x'.",
    );
    expect(formatMessage('{{n}} and {{ n }} again', { n: 2 })).toBe('2 and 2 again');
  });
  it('leaves a placeholder the data lacks as written, and a template without any unchanged', () => {
    expect(formatMessage('{{pledge}} gives no {{missing}}.', { pledge: 'Pledge to fund beds' })).toBe(
      'Pledge to fund beds gives no {{missing}}.',
    );
    expect(formatMessage('No placeholders here.', { a: 1 })).toBe('No placeholders here.');
  });
  it('gives the same text when a template is formatted again with other data', () => {
    const t = 'Says {{a}}, not {{b}}.';
    expect(formatMessage(t, { a: 1, b: 2 })).toBe('Says 1, not 2.');
    expect(formatMessage(t, { a: 'x', b: 'y' })).toBe('Says x, not y.');
  });
});
