// Whether two figures are the same kind of quantity, and say the same amount: shared by the comparison of near
// copies (match/conflict.ts) and of claims (claims/values.ts), so neither imports the other.
import type { Figure } from './figures';

/** Durations in hours. */
export const HOURS: Record<string, number> = {
  second: 1 / 3600,
  minute: 1 / 60,
  hour: 1,
  day: 24,
  week: 168,
  month: 730,
  year: 8760,
};

/** Whether two figures measure the same kind of quantity, so that different values conflict. */
export function comparable(a: Figure, b: Figure): boolean {
  const kindOf = (f: Figure) => (f.kind === 'deadline' ? 'date' : f.kind);
  if (kindOf(a) !== kindOf(b)) return false;
  if (a.kind === 'money') return a.unit === b.unit && (!a.per || !b.per || a.per === b.per);
  if (a.kind === 'count') return !a.unit || !b.unit || a.unit === b.unit;
  // "Seven days a week" is how often, not how long: a duration per week compares only with another per week.
  if (a.kind === 'duration') return a.unit in HOURS && b.unit in HOURS && a.per === b.per;
  return a.unit === b.unit;
}

/** Whether two comparable figures say the same amount. */
export function sameValue(a: Figure, b: Figure): boolean {
  const scale = (f: Figure) => (f.kind === 'duration' ? (HOURS[f.unit] ?? 1) : 1);
  const x = (a.value ?? NaN) * scale(a);
  const y = (b.value ?? NaN) * scale(b);
  return Math.abs(x - y) <= 1e-9 * Math.max(Math.abs(x), Math.abs(y), 1);
}

/** A multiple grown or shrunk by, said as a verb: "has more than trebled", "doubled", "halved". */
const MULTIPLIED = /\b(?:doubled|trebled|tripled|quadrupled|halved)$/i;
/** How far either way a multiple said plainly, roughly, or as a floor may reach (as a multiple, not a percentage). */
const MULTIPLE_REACH = { plain: 0.05, about: 0.1, floor: 0.25 };

/**
 * A multiple something grew or shrank by, as the percentage change it is: "more than trebled" is a rise of over 200%,
 * as "grew by 128%" would put it. A range, as sure as the words are: "doubled" is twice give or take 5%, "more than
 * trebled" three times up to a quarter more (the reach of a floor, taken of the multiple: "more than doubled" is
 * how a rise of 128% is put).
 */
export function asPercentChange(f: Figure): Figure | undefined {
  if (f.kind !== 'multiplier' || f.value === null || f.value === 1 || !MULTIPLIED.test(f.text)) return undefined;
  const m = f.value;
  const [lo, hi] =
    f.qualifier === 'more-than' || f.qualifier === 'at-least'
      ? [m, m * (1 + MULTIPLE_REACH.floor)]
      : f.qualifier === 'about'
        ? [m * (1 - MULTIPLE_REACH.about), m]
        : [m * (1 - MULTIPLE_REACH.plain), m * (1 + MULTIPLE_REACH.plain)];
  const [a, b] = [Math.abs(lo - 1) * 100, Math.abs(hi - 1) * 100].sort((x, y) => x - y);
  return { ...f, kind: 'percent', unit: 'percent', value: a!, valueMax: b!, qualifier: 'range' };
}

/** Whether a figure is a multiple read as a percentage change by `asPercentChange`. */
export function isMultipliedChange(f: Figure): boolean {
  return f.kind === 'percent' && MULTIPLIED.test(f.text);
}
