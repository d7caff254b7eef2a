// When two figures for the same thing say the same amount. A figure is as precise as it is
// written: "£18,500" agrees with £18,471 (it is that rounded to the hundred), "£24bn" with £23.6
// billion, but "£17,000" does not, nor "6.3 million" 6.5 million; and a round figure is taken
// as rounded by no more than 3% ("3,000 places" is not 3,250). "About", "nearly" and "almost"
// allow a whole step of the last digit either way, up to a tenth. A ceiling ("up to £2 billion",
// "within a week") is kept by any value below it, a floor and a ceiling by the values both keep:
// neither agreement nor conflict. A floor ("more than £6 billion", "at least 2 million") is kept by a
// value above it by less than a quarter: drafters give the round figure just below what they know,
// so "more than £6 billion" is not how £8 billion is put, and two floors agree only as near.
import type { Figure } from '../figures/figures';
import { HOURS, comparable as nearCopyComparable } from '../figures/compare';

export type ValueVerdict = 'agree' | 'differ' | 'compatible';

/** The value in common units (durations in hours). */
export function valueOf(f: Figure): number {
  return (f.value ?? NaN) * (f.kind === 'duration' ? (HOURS[f.unit] ?? 1) : 1);
}

/** Half the step of the figure's last significant digit, in common units. */
export function halfStep(f: Figure): number {
  const digits = /(\d[\d,]*)(?:\.(\d+))?/.exec(f.text);
  const v = Math.abs(valueOf(f));
  if (!digits || !v) return 0;
  const whole = digits[1]!.replace(/,/g, '');
  const decimals = digits[2]?.length ?? 0;
  const written = Number(`${whole}${decimals ? '.' + digits[2] : ''}`);
  if (!written) return 0;
  // Trailing zeros of a whole number are not significant: 17,000 is to the thousand.
  const zeros = decimals ? 0 : whole.length - whole.replace(/0+$/, '').length;
  const stepWritten = decimals ? 10 ** -decimals : 10 ** zeros;
  return (stepWritten / written) * v * 0.5;
}

/** The top of a range ("25-33%", "£1-2bn"), in common units, when the figure is one. */
function rangeTop(f: Figure): number | undefined {
  if (f.valueMax !== undefined) return valueOf({ ...f, value: f.valueMax });
  if (f.qualifier !== 'range') return undefined;
  const m = /(\d[\d,]*(?:\.\d+)?)\s*(?:-|\u2013|to|and)\s*(\d[\d,]*(?:\.\d+)?)/.exec(f.text);
  if (!m) return undefined;
  const [lo, hi] = [Number(m[1]!.replace(/,/g, '')), Number(m[2]!.replace(/,/g, ''))];
  return lo ? (valueOf(f) * hi) / lo : undefined;
}

/**
 * How far off a figure may be and still say the same: half its last digit's step, but a round
 * number of thousands is a target or a count as often as a rounding ("3,000 training places" is
 * not 3,250), so no more than 3% of its value.
 */
function tolerated(f: Figure): number {
  return Math.min(halfStep(f), 0.03 * Math.abs(valueOf(f)));
}

const LOWER_BOUNDS = new Set(['more-than', 'at-least']);
const UPPER_BOUNDS = new Set(['less-than', 'at-most', 'up-to']);
const APPROXIMATE = new Set(['about']);
/** How far above a floor a value may be and still be the one the floor is put for. */
const FLOOR_REACH = 1.25;

/** How figure `a` stands to figure `b` (both comparable: same kind of quantity). */
export function compareValues(a: Figure, b: Figure): ValueVerdict {
  const x = valueOf(a);
  const y = valueOf(b);
  if (!Number.isFinite(x) || !Number.isFinite(y)) return 'compatible';
  const [topA, topB] = [rangeTop(a), rangeTop(b)];
  // Two ranges agree when both ends do, as precise as they are written ("between a quarter and a third" is
  // "25-33%"); a value agrees with a range it lies in.
  if (topA !== undefined && topB !== undefined) {
    const step = Math.max(halfStep(a), halfStep(b)) * (1 + 1e-9) + 1e-9 * Math.max(x, y, 1);
    return Math.abs(x - y) <= step && Math.abs(topA - topB) <= step ? 'agree' : 'differ';
  }
  const ranged = (f: Figure, top: number | undefined, v: number) =>
    top !== undefined && v >= valueOf(f) - halfStep(f) && v <= top + halfStep(f);
  if (ranged(a, topA, y) || ranged(b, topB, x)) return 'agree';
  if (topA !== undefined || topB !== undefined) return 'differ';
  let tolerance = Math.max(tolerated(a), tolerated(b));
  // "About 16 per cent" may be 15.5 or 16.9: a whole step of its last digit either way.
  if (APPROXIMATE.has(a.qualifier ?? '')) tolerance = Math.max(tolerance, Math.min(2 * halfStep(a), 0.1 * Math.abs(x)));
  if (APPROXIMATE.has(b.qualifier ?? '')) tolerance = Math.max(tolerance, Math.min(2 * halfStep(b), 0.1 * Math.abs(y)));
  if (Math.abs(x - y) <= tolerance * (1 + 1e-9)) return 'agree';
  // One side is a bound and the other is not the same bound: the other keeps it or breaks it.
  const qa = a.qualifier ?? '';
  const qb = b.qualifier ?? '';
  // Two floors near each other ("more than 2 million", "over 2.2 million") may be one value put two ways.
  if (LOWER_BOUNDS.has(qa) && LOWER_BOUNDS.has(qb))
    return Math.max(x, y) < FLOOR_REACH * Math.min(x, y) ? 'compatible' : 'differ';
  if (qa !== qb) {
    const floorKept = (floor: number, v: number) =>
      v >= floor && (UPPER_BOUNDS.has(qa) || UPPER_BOUNDS.has(qb) || v < FLOOR_REACH * floor);
    if (LOWER_BOUNDS.has(qa) && floorKept(x, y)) return 'compatible';
    if (LOWER_BOUNDS.has(qb) && floorKept(y, x)) return 'compatible';
    if (UPPER_BOUNDS.has(qa) && !UPPER_BOUNDS.has(qb) && y <= x) return 'compatible';
    if (UPPER_BOUNDS.has(qb) && !UPPER_BOUNDS.has(qa) && x <= y) return 'compatible';
    if ((LOWER_BOUNDS.has(qa) && UPPER_BOUNDS.has(qb)) || (UPPER_BOUNDS.has(qa) && LOWER_BOUNDS.has(qb)))
      return 'compatible';
  }
  return 'differ';
}

/**
 * Whether two figures are the same kind of quantity, so that their values can be compared: as
 * for a near copy (match/conflict.ts), except that what a count counts is the claim's head, not
 * the figure's unit, so counts always are.
 */
export function comparable(a: Figure, b: Figure): boolean {
  return (a.kind === 'count' && b.kind === 'count') || nearCopyComparable(a, b);
}
