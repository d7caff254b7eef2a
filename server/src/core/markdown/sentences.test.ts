import { describe, expect, it } from 'vitest';
import { segmentSentences, splitSentences } from './sentences';

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

describe('splitSentences without the segmenter', () => {
  it('gives what the segmenter gives for text it judges to be one sentence', async () => {
    const fc = (await import('fast-check')).default;
    const chars = fc.constantFrom(...'ab Z09,;:()"\'-\t.!?'.split(''), ' ', 'We', ' will');
    fc.assert(
      fc.property(
        fc.array(chars, { maxLength: 30 }).map((cs) => cs.join('')),
        (text) => {
          expect(splitSentences(text)).toEqual(segmentSentences(text));
        },
      ),
      { numRuns: 3000 },
    );
  });
});
