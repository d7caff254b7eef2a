import { describe, expect, it } from 'vitest';
import { findFigures } from '../figures/figures';
import { compareValues, type ValueVerdict } from './values';

const fig = (s: string) => findFigures(s).find((f) => f.value !== null)!;

// [ours, theirs, how ours stands to theirs]
const CASES: Array<[string, string, ValueVerdict]> = [
  // A figure rounded to its own precision agrees.
  ['£18,500 a year', '£18,471 a year', 'agree'],
  ['£24bn', '£23.6 billion', 'agree'],
  ['six and a half million carers', '6.5 million carers', 'agree'],
  ['almost 16 per cent', '16 per cent', 'agree'],
  // A figure that is not the other rounded differs.
  ['£17,000', '£18,471', 'differ'],
  ['6.3 million carers', '6.5 million carers', 'differ'],
  ['6.4 million carers', '6.5 million carers', 'differ'],
  ['around £19,300', '£18,471', 'differ'],
  ['almost a fifth', 'almost 16 per cent', 'differ'],
  // Durations compare in one unit; a bound is kept by values on its side.
  ['within a week', 'within 48 hours', 'differ'],
  ['within two days', 'within 48 hours', 'agree'],
  ['within a week', 'more than 48 hours ahead', 'compatible'],
  ['more than 2 million people', '2.3 million people', 'compatible'],
  ['3.4 million people', 'more than 3 million people', 'compatible'],
  // A floor says the value is near it: "more than £6 billion" is not how £8 billion is put.
  ['more than £6 billion', '£8 billion', 'differ'],
  ['£8 billion', 'at least £6 billion', 'differ'],
  ['more than 2 million people', '3.4 million people', 'differ'],
  // Two floors are the same value put two ways only when near; a floor and a ceiling are kept by the same values.
  ['more than 2 million people', 'over 2.2 million people', 'compatible'],
  ['more than 7 days', 'more than 48 hours', 'differ'],
  ['up to £2 billion', '£1.2 billion', 'compatible'],
  // A value inside a range agrees with it.
  ['30% every year', '25-33% every year', 'agree'],
  ['40% every year', '25-33% every year', 'differ'],
  // Two ranges agree when both ends do, as precise as written: a third is 33 per cent to the whole number.
  ['between a quarter and a third', '25-33%', 'agree'],
  ['between one in ten and one in five', '25-33%', 'differ'],
  ['25-35%', '25-33%', 'differ'],
];

describe('compareValues: rounding as written, bounds and ranges', () => {
  it.each(CASES)('%s against %s: %s', (ours, theirs, verdict) => {
    expect(compareValues(fig(ours), fig(theirs))).toBe(verdict);
  });
});
