import { describe, expect, it } from 'vitest';
import { splitSentences } from './sentences';

const split = (t: string) => splitSentences(t).map((s) => t.slice(s.start, s.end));

describe('splitSentences', () => {
  it('splits after figures and keeps abbreviations inside a sentence', () => {
    expect(split('We will act by 2030. We will recruit 4,000 nurses, e.g. in Wales. Mr. Burnham agreed.')).toEqual([
      'We will act by 2030.',
      'We will recruit 4,000 nurses, e.g. in Wales.',
      'Mr. Burnham agreed.',
    ]);
  });
  it('handles quotes and a text with no closing stop', () => {
    expect(split('He said: “We will act.” Then he left')).toEqual(['He said: “We will act.”', 'Then he left']);
  });
});
