// Every check, in the order findings are reported. A new rule is one module and one line here:
// the rule ids, the settings' defaults and what `source.fixAll` applies all follow from this list.
import type { RuleId, Severity } from '../types';
import type { RuleMeta, ThresholdOption } from './check';
import { duplicateAmendment } from './duplicate-amendment';
import { corpusContradiction } from './corpus-contradiction';
import { commitmentWithoutFigure } from './commitment-without-figure';

export const CHECKS = [duplicateAmendment, commitmentWithoutFigure, corpusContradiction] as const;

type Meta = (typeof CHECKS)[number]['meta'];
export type { RuleId };

declare module '../types' {
  // Each rule of the list, by id: what RuleId in types.ts is made of.
  // eslint-disable-next-line @typescript-eslint/no-empty-object-type -- merged into types.ts's Rules
  interface Rules extends Record<Meta['id'], true> {}
}
/** The keys of the settings' `thresholds`: every rule's own. */
export type ThresholdKey = ThresholdsOf<Meta>;
// Distributes over the union of metas: a meta without thresholds adds no key.
type ThresholdsOf<M> = M extends { thresholds: infer T } ? keyof T & string : never;

export const RULE_IDS: readonly RuleId[] = CHECKS.map((c) => c.meta.id);

/** Each rule's default severity, by id. */
export const DEFAULT_SEVERITIES = Object.fromEntries(CHECKS.map((c) => [c.meta.id, c.meta.defaultSeverity])) as Record<
  RuleId,
  Severity
>;

const thresholdsOf = (meta: RuleMeta) => meta.thresholds ?? {};

/** Every rule's thresholds, by key (a key belongs to one rule). */
export const THRESHOLD_OPTIONS = Object.fromEntries(
  CHECKS.flatMap((c): Array<[string, ThresholdOption]> => Object.entries(thresholdsOf(c.meta))),
) as Record<ThresholdKey, ThresholdOption>;

const FIX_ALL = new Set<string>(CHECKS.filter((c) => c.meta.fixAll).map((c) => c.meta.id));

/** Whether `source.fixAll` applies the fixes of this rule's findings. */
export const takesPartInFixAll = (rule: RuleId): boolean => FIX_ALL.has(rule);

const metaOf = (rule: RuleId): RuleMeta => CHECKS.find((c) => c.meta.id === rule)!.meta;

/** The title of `source.fixAll` applying the fixes of these rules' findings. */
export function fixAllTitle(rules: readonly RuleId[]): string {
  const titles = [...new Set(rules.map((r) => metaOf(r).fixAllTitle ?? `Fix all ${r} findings`))];
  return titles.length === 1 ? titles[0]! : 'Fix all Policy Lint findings';
}

/** The title of the quick fix that turns a rule off for one line. */
export const ignoreTitle = (rule: RuleId): string => `Ignore this ${metaOf(rule).finding} here`;
