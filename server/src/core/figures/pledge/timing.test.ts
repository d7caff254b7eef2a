import { describe, expect, it } from 'vitest';
import { hasTimeFrame } from './timing';

describe('hasTimeFrame', () => {
  it('reads a fiscal event or an election named as the date', () => {
    for (const text of [
      'a multi-year settlement at the next Spending Review',
      'in the coming Budget',
      'by the next general election',
      'at the autumn Budget',
      "in next year's spending review",
    ])
      expect(hasTimeFrame(text), text).toBe(true);
  });

  it('does not read a budget or a review as a date when no event is named', () => {
    for (const text of [
      'more money in the budget for social care',
      'a future spending review',
      'cuts to the public health budget',
      'a review of the funding formula',
    ])
      expect(hasTimeFrame(text), text).toBe(false);
  });
});
