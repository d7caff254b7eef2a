// Trend claims: which way a counted thing has moved since a year, said without a figure: "GP numbers have fallen
// since 2009/10", "there are more GPs working in the NHS today than there were in 2010". Two trends of one thing
// since the same year in opposite directions conflict, whatever the rest of their sentences say.
import { stemOf } from './words';

export interface TrendClaim {
  /** Which way the thing moved. */
  trend: 'up' | 'down';
  /** What moved: the stem of its noun ("gp"). */
  thing: string;
  /** The year it moved since ("2009/10" gives both of its years). */
  since: number[];
  /** The words that say it, for messages. */
  written: string;
  start: number;
  end: number;
}

/** Verbs of a count going up; the others of MOVED's go down. */
const UP = new Set(['risen', 'rose', 'grown', 'grew', 'increased', 'gone up', 'climbed']);

/** A year as written ("2010", "2009/10", "2009-10"): the years it names. */
const YEAR = String.raw`((?:19|20)\d\d)(?:[/-](\d\d))?`;
function yearsOf(first: string, second: string | undefined): number[] {
  const y = Number(first);
  return second ? [y, Math.floor(y / 100) * 100 + Number(second)] : [y];
}

/**
 * "<noun> numbers have fallen since 2009/10", "the number of GPs has risen since 2010": a count's movement since a
 * year. The noun may stand elsewhere in the sentence ("increased GP numbers…, but numbers have fallen since…").
 */
const MOVED_VERBS =
  'risen|rose|grown|grew|increased|gone up|climbed|fallen|fell|dropped|declined|decreased|gone down|shrunk';
const MOVED = new RegExp(
  String.raw`\b(?:([a-z]+)\s+)?numbers?\s+(?:of\s+(?:[a-z-]+\s+){0,2}?([a-z]+)\s+)?(?:have|has|had)\s+` +
    String.raw`(?:(?:also|now|steadily|actually|consistently)\s+)?(${MOVED_VERBS})\b[^.;:]{0,30}?\bsince\s+${YEAR}`,
  'g',
);
/**
 * "There are more GPs working in the NHS today than there were in 2010", "fewer health visitors than in 2015": a count
 * compared with a year's; its noun is the first plural after "more" or "fewer".
 */
const COMPARED = new RegExp(
  String.raw`\b(more|fewer)\s+(?:[a-z-]+\s+){0,2}?([a-z]+s)\b[^.;:]{0,60}?\bthan\b[^.;:]{0,50}?\bin\s+${YEAR}`,
  'g',
);
/** Words that are no counted thing: "more than…", "fewer of…", a numbers' noun that only starts a clause. */
const NOT_A_THING = new Set(
  'the and but or of to in a an as than their our its these those this that has have were was are is'.split(' '),
);
/** A negation before the movement: "numbers have not risen" says no trend. */
const NEGATED = /\b(?:not|never|no)\b|n't\b/;

/** The trend claims of one sentence. */
export function trendClaims(text: string): TrendClaim[] {
  const lower = text.toLowerCase().replace(/[\u2018\u2019]/g, "'");
  const claims: TrendClaim[] = [];
  for (const m of lower.matchAll(MOVED)) {
    if (NEGATED.test(m[0])) continue;
    const named = [m[2], m[1]].find((w) => w && !NOT_A_THING.has(w));
    // "…increased GP numbers to record levels, but numbers have fallen": the noun the sentence gives its numbers.
    const noun = named ?? /\b([a-z]+)\s+numbers\b/.exec(lower.slice(0, m.index))?.[1];
    if (!noun || NOT_A_THING.has(noun)) continue;
    // Written from the noun or "numbers", not from the word that opens the clause ("but numbers…").
    const start = m.index + (m[1] && NOT_A_THING.has(m[1]) ? m[1].length + 1 : 0);
    claims.push({
      trend: UP.has(m[3]!) ? 'up' : 'down',
      thing: stemOf(noun),
      since: yearsOf(m[4]!, m[5]),
      written: text.slice(start, m.index + m[0].length),
      start,
      end: m.index + m[0].length,
    });
  }
  for (const m of lower.matchAll(COMPARED)) {
    if (NOT_A_THING.has(m[2]!)) continue;
    claims.push({
      trend: m[1] === 'more' ? 'up' : 'down',
      thing: stemOf(m[2]!),
      since: yearsOf(m[3]!, m[4]),
      written: text.slice(m.index, m.index + m[0].length),
      start: m.index,
      end: m.index + m[0].length,
    });
  }
  return claims;
}

/** Whether a sentence may hold a trend claim: most do not, and are not read. */
export const mayHaveTrend = (text: string): boolean => /\bnumbers?\b|\b(?:more|fewer)\b/i.test(text);

/** Two trends of one thing since the same year (either of a year written "2009/10"), in opposite directions. */
export function opposedTrends(a: TrendClaim, b: TrendClaim): boolean {
  return a.thing === b.thing && a.trend !== b.trend && a.since.some((y) => b.since.includes(y));
}
