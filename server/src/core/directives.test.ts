import { describe, expect, it } from 'vitest';
import { analyse } from './analyse';
import { Corpus } from './corpus/index';
import { readCorpusText } from './corpus/corpus';

const corpus = new Corpus([
  readCorpusText('c.txt', '/c.txt', 'The NHS and public services should not be included in any TTIP agreement.\n'),
]);
const PLEDGE = 'We will increase funding for adult social care.';
const PLEDGE2 = 'Labour will recruit more midwives for maternity units.';
const PLEDGE3 = 'We will cut waiting times for children in mental health services.';
const DUP = 'The NHS and public services should not be included in any TTIP agreement.';
const lines = (text: string) => {
  const { findings, draft } = analyse(text, corpus);
  return findings.map((f) => `${draft.line(f.start)}:${f.rule}`);
};

describe('inline disable comments', () => {
  it('disable-next-line suppresses only the named rule on only the next line', () => {
    const text = ['<!-- policy-lint-disable-next-line commitment-without-figure -->', PLEDGE, '', PLEDGE2, ''].join(
      '\n',
    );
    expect(lines(text)).toEqual(['4:commitment-without-figure']);
    const other = ['<!-- policy-lint-disable-next-line duplicate-amendment -->', PLEDGE, ''].join('\n');
    expect(lines(other)).toEqual(['2:commitment-without-figure']);
  });

  it('disable-line works for a comment on the same line', () => {
    expect(lines(`${PLEDGE} <!-- policy-lint-disable-line commitment-without-figure -->\n`)).toEqual([]);
  });

  it('disable and enable switch rules off and on for a block; no rule named means all', () => {
    const text = [
      '<!-- policy-lint-disable -->',
      '',
      PLEDGE,
      '',
      DUP,
      '',
      '<!-- policy-lint-enable duplicate-amendment -->',
      '',
      PLEDGE2,
      '',
      DUP,
      '',
      '<!-- policy-lint-enable -->',
      '',
      PLEDGE3,
      '',
    ].join('\n');
    expect(lines(text)).toEqual(['11:duplicate-amendment', '15:commitment-without-figure']);
  });

  it('ignores comment-like text inside code', () => {
    const text = ['```', '<!-- policy-lint-disable -->', '```', '', PLEDGE, ''].join('\n');
    expect(lines(text)).toEqual(['5:commitment-without-figure']);
  });
});
