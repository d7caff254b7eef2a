import { describe, expect, it } from 'vitest';
import { wordDiff } from './diff';

describe('wordDiff', () => {
  it('shows a changed figure', () => {
    expect(
      wordDiff('We will invest an extra £50 million a year.', 'We will invest an extra £100 million a year.'),
    ).toEqual([{ ours: '£50', theirs: '£100' }]);
  });
  it('shows a dropped negation and a swapped word', () => {
    expect(wordDiff('The NHS should be included in TTIP.', 'The NHS should not be included in TTIP.')).toEqual([
      { ours: '', theirs: 'not' },
    ]);
    expect(wordDiff('Labour will retain the Act.', 'Labour will repeal the Act.')).toEqual([
      { ours: 'retain', theirs: 'repeal' },
    ]);
  });
  it('ignores case, curly quotes and the corpus text around a cut clause', () => {
    expect(wordDiff('labour’s plan will WORK', "Before that, Labour's plan will work, they said")).toEqual([]);
  });
  it('reports nothing for an exact copy', () => {
    expect(wordDiff('Same words here.', 'Same words here.')).toEqual([]);
  });
});
