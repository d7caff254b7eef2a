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
  if (a.kind === 'duration') return a.unit in HOURS && b.unit in HOURS;
  return a.unit === b.unit;
}

/** Whether two comparable figures say the same amount. */
export function sameValue(a: Figure, b: Figure): boolean {
  const scale = (f: Figure) => (f.kind === 'duration' ? (HOURS[f.unit] ?? 1) : 1);
  const x = (a.value ?? NaN) * scale(a);
  const y = (b.value ?? NaN) * scale(b);
  return Math.abs(x - y) <= 1e-9 * Math.max(Math.abs(x), Math.abs(y), 1);
}
