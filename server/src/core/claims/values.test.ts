import { describe, expect, it } from 'vitest';
import { findFigures } from '../figures/figures';
import { compareValues } from './values';

const fig = (s: string) => findFigures(s).find((f) => f.value !== null)!;
const cmp = (a: string, b: string) => compareValues(fig(a), fig(b));

describe('compareValues: rounding as written', () => {
  it('a figure rounded to its own precision agrees', () => {
    expect(cmp('£18,500 a year', '£18,471 a year')).toBe('agree');
    expect(cmp('£24bn', '£23.6 billion')).toBe('agree');
    expect(cmp('six and a half million carers', '6.5 million carers')).toBe('agree');
    expect(cmp('almost 16 per cent', '16 per cent')).toBe('agree');
  });

  it('a figure that is not the other rounded differs', () => {
    expect(cmp('£17,000', '£18,471')).toBe('differ');
    expect(cmp('6.3 million carers', '6.5 million carers')).toBe('differ');
    expect(cmp('6.4 million carers', '6.5 million carers')).toBe('differ');
    expect(cmp('around £19,300', '£18,471')).toBe('differ');
    expect(cmp('almost a fifth', 'almost 16 per cent')).toBe('differ');
  });

  it('durations compare in one unit; a bound is kept by values on its side', () => {
    expect(cmp('within a week', 'within 48 hours')).toBe('differ');
    expect(cmp('within two days', 'within 48 hours')).toBe('agree');
    expect(cmp('within a week', 'more than 48 hours ahead')).toBe('compatible');
    expect(cmp('more than 2 million people', '3.4 million people')).toBe('compatible');
  });

  it('a value inside a range agrees with it', () => {
    expect(cmp('30% every year', '25-33% every year')).toBe('agree');
    expect(cmp('40% every year', '25-33% every year')).toBe('differ');
  });
});
