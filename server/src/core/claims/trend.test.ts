// Trend claims on sentences shaped like real ones: which way a count moved, of what, since when.
import { describe, expect, it } from 'vitest';
import { opposedTrends, trendClaims } from './trend';

const trends = (s: string) =>
  trendClaims(s).map(({ trend, thing, since, written }) => ({ trend, thing, since, written }));

describe('trendClaims', () => {
  it('a count that moved since a year, its noun before "numbers", after "number of", or elsewhere', () => {
    expect(trends('GP numbers have risen every year since 2009/10, but not fast enough.')).toEqual([
      { trend: 'up', thing: 'gp', since: [2009, 2010], written: 'GP numbers have risen every year since 2009/10' },
    ]);
    expect(trends('The number of district nurses has fallen since 2010.')).toMatchObject([
      { trend: 'down', thing: 'nurs', since: [2010] },
    ]);
    expect(
      trends('The last Government increased GP numbers to record levels, but numbers have fallen since 2009/10.'),
    ).toEqual([{ trend: 'down', thing: 'gp', since: [2009, 2010], written: 'numbers have fallen since 2009/10' }]);
  });

  it('more or fewer of a thing than in a year', () => {
    expect(trends('There are more GPs working in the NHS today than there were in 2010.')).toMatchObject([
      { trend: 'up', thing: 'gp', since: [2010] },
    ]);
    expect(trends('There are now more than 1,000 more GPs than in 2010.')).toMatchObject([
      { trend: 'up', thing: 'gp' },
    ]);
    expect(trends('We have fewer health visitors than we had in 2015.')).toMatchObject([
      { trend: 'down', thing: 'visitor', since: [2015] },
    ]);
  });

  it('no trend: negated, a figure of change with no year, no noun, or "more" with no year', () => {
    expect(trends('GP numbers have not risen since 2010.')).toEqual([]);
    expect(trends('GP numbers have risen sharply.')).toEqual([]);
    expect(trends('Numbers have fallen since 2010.')).toEqual([]);
    expect(trends('We need more GPs in rural areas.')).toEqual([]);
  });
});

describe('opposedTrends', () => {
  const [up] = trendClaims('There are more GPs working in the NHS today than there were in 2010.');
  const [down] = trendClaims('GP numbers have fallen since 2009/10.');
  const [nurses] = trendClaims('Nurse numbers have fallen since 2010.');
  const [later] = trendClaims('GP numbers have fallen since 2015.');
  it('the same thing since the same year, either way up', () => {
    expect(opposedTrends(up!, down!)).toBe(true);
    expect(opposedTrends(down!, up!)).toBe(true);
    expect(opposedTrends(down!, down!)).toBe(false);
    expect(opposedTrends(up!, nurses!)).toBe(false);
    expect(opposedTrends(up!, later!)).toBe(false);
  });
});
