import { describe, expect, it } from 'vitest';
import { asPercentChange, isMultipliedChange } from './compare';
import { findFigures } from './figures';

const change = (text: string) => {
  const f = findFigures(text).find((g) => g.kind === 'multiplier');
  const c = f && asPercentChange(f);
  return c && { value: c.value, top: c.valueMax, percent: isMultipliedChange(c) };
};

describe('asPercentChange', () => {
  it('reads a multiple grown or shrunk by as the range of percentage change it says', () => {
    expect(change('has more than trebled')).toEqual({ value: 200, top: 275, percent: true });
    expect(change('has doubled')).toMatchObject({ percent: true });
    expect(change('has doubled')!.value).toBeCloseTo(90);
    expect(change('has doubled')!.top).toBeCloseTo(110);
    expect(change('has halved')!.value).toBeCloseTo(47.5);
    expect(change('has halved')!.top).toBeCloseTo(52.5);
  });

  it('leaves a multiple that is no change said as a verb alone', () => {
    expect(change('twice as many carers')).toBeUndefined();
    expect(change('we will double the number of places')).toBeUndefined();
  });
});
