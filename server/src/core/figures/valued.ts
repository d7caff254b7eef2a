// The figures of a text that carry a value, as every check compares them: found once per text.
import { findFigures } from './figures';
import { asPercentChange } from './compare';
import { LABEL_PATTERN } from '../text/normalise';
import { remembered } from '../cache';

/**
 * The figures of a text that have a value, leaving out its label's ("Amendment 3 (Brent): after point 1
 * insert:" numbers the amendment and the place, not a quantity): the same corpus passages are compared again
 * and again.
 */
export const figuresOf = remembered((text) => {
  const labelEnd = LABEL_PATTERN.exec(text)?.[0].length ?? 0;
  // A multiple grown by ("has more than trebled") is compared as the percentage change it is ("grew by 128%").
  return findFigures(text)
    .filter((f) => f.value !== null && f.start >= labelEnd)
    .map((f) => asPercentChange(f) ?? f);
}, 20_000);
