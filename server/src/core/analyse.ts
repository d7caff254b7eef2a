// The core's entry point: a draft's text, a corpus and settings in, findings out.
import { CHECKS } from './checks/index';
import type { Check } from './checks/check';
import { Draft } from './draft';
import type { Corpus } from './corpus/index';
import { defaultAnalysisSettings, type AnalysisSettings } from './config';
import type { Finding, RuleId } from './types';
import type { AnalysisCache } from './cache';

export interface AnalyseOptions {
  /** Rules to run (on top of the settings' enabled flags); all when absent. */
  rules?: RuleId[];
  /** The checks to choose from: CHECKS unless a test gives a rule of its own (see checks/rule-tester.ts). */
  checks?: readonly Check[];
  settings?: AnalysisSettings;
  /** Results kept from earlier analyses against the same corpus. */
  cache?: AnalysisCache;
  /** The last analysis of the same document: its parse is reused where the text did not change. */
  previous?: Draft;
  /** Milliseconds the checks may take before they stop where they are (default: no limit). */
  budgetMs?: number;
  /** The clock the budget is kept by (tests give their own). */
  now?: () => number;
  /** Where an earlier slice of the same analysis stopped (see analyseInSlices). */
  resumeFrom?: number;
}

export interface Analysis {
  draft: Draft;
  findings: Finding[];
  /** Checks that failed on this text, with why (for the log; the other checks' findings stand). */
  errors: string[];
  /** Set when part of the text was not checked, and why (shown to the user as a notice). */
  skipped?: { from: number; reason: string };
}

/**
 * How much of a draft is checked. A policy paper runs to tens of thousands of characters; past
 * this, a paste or a generated file would keep the server busy for seconds on every edit.
 */
export const MAX_CHECKED_CHARS = 500_000;

/** Where checking stops for a text, and why; undefined when the whole text is checked. */
export function checkLimit(text: string, max = MAX_CHECKED_CHARS): { from: number; reason: string } | undefined {
  if (text.length <= max) return undefined;
  // Stop at the last line break before the limit, so no passage is cut in two.
  const from = Math.max(0, text.lastIndexOf('\n', max) + 1);
  const size = text.length.toLocaleString('en-GB');
  return {
    from,
    reason:
      `Policy Lint checks the first ${max.toLocaleString('en-GB')} characters of a document; this one has ${size}` +
      `${from === 0 ? ', in a first line longer than that' : ''}. The rest, from here on, is not checked.`,
  };
}

/**
 * The default clock, made once here: a closure made inside analyse() would share its scope, which
 * holds `options` and so the previous draft; the draft keeps its clock, so every draft would keep
 * the one before it, and an editing session every draft it ever had.
 */
const performanceNow = () => performance.now();

export function analyse(text: string, corpus: Corpus, options: AnalyseOptions = {}): Analysis {
  const now = options.now ?? performanceNow;
  const started = now();
  const settings = options.settings ?? defaultAnalysisSettings();
  const skipped = checkLimit(text);
  // A resumed slice is the same analysis: what the last slice used must not age out of the cache.
  if (!options.resumeFrom) options.cache?.nextGeneration();
  const draft = new Draft(skipped ? text.slice(0, skipped.from) : text, corpus, options.cache, options.previous);
  draft.now = now;
  draft.resumeFrom = options.resumeFrom ?? 0;
  const findings: Finding[] = [];
  const errors: string[] = [];
  // A test's own rule (options.checks) has its settings under its own id, as any rule.
  const ruleOf = (c: Check) => settings.rules[c.meta.id as RuleId];
  const wanted = (c: Check) => !options.rules || options.rules.includes(c.meta.id as RuleId);
  const checks = (options.checks ?? CHECKS).filter((c) => ruleOf(c).enabled && wanted(c));
  for (const [i, check] of checks.entries()) {
    const rule = ruleOf(check);
    // Each check may use what is left of the budget but a tenth of it for each check after it, so
    // a slow one cannot starve the rest, and time a quick one leaves is not lost to a slow one.
    if (options.budgetMs !== undefined) {
      const left = options.budgetMs - (now() - started);
      draft.deadline =
        now() + Math.max(left / (checks.length - i), left - (checks.length - i - 1) * options.budgetMs * 0.1);
    }
    let found: Finding[];
    try {
      found = check.run(draft, settings);
    } catch (e) {
      // A bug in one check must not cost the drafter the findings of the others.
      errors.push(`${check.meta.id} failed: ${(e as Error).stack ?? e}`);
      continue;
    }
    for (const finding of found) {
      if (draft.suppressions.suppressed(finding.rule, draft.lines.lineOf(finding.start))) continue;
      // Checks make their findings afresh for each analysis: set in place, not copied.
      finding.severity = rule.severity;
      findings.push(finding);
    }
  }
  findings.sort((a, b) => a.start - b.start || a.end - b.end);
  if (draft.stoppedAt !== undefined) {
    // Checks that stopped at different passages: report only what every check has seen.
    const from = draft.stoppedAt;
    const line = draft.line(from);
    return {
      draft,
      errors,
      findings: findings.filter((f) => f.start < from),
      skipped: {
        from,
        reason:
          `Policy Lint stopped checking at line ${line}, after ${options.budgetMs} ms and ` +
          `${from.toLocaleString('en-GB')} of ${text.length.toLocaleString('en-GB')} characters: ` +
          'the rest is not checked. A smaller document, or one split into parts, is checked in full.',
      },
    };
  }
  return { draft, findings, skipped, errors };
}

/**
 * Budgets a draft's analysis may take in all, one at a time with a pause between: past them, what is checked is shown
 * with a notice.
 */
export const MAX_SLICES = 8;
/** Documents longer than this get one budget only: a long policy paper is some 100,000 characters. */
export const MAX_SLICED_CHARS = 200_000;

/**
 * The same analysis in slices of `budgetMs`, with `pause()` between them, until the whole draft
 * is checked: a draft that one budget does not cover (a long paper, a slow or busy machine) is
 * still checked in full, without holding the event loop for longer than one budget. Each slice
 * reuses what the last one worked out (the cache and the parse), so it goes on where it stopped.
 * Stops early, returning undefined, when `wanted()` says the result is no longer needed (the
 * draft changed); and with the notice when a slice gets no further or the slices run out.
 */
export async function analyseInSlices(
  text: string,
  corpus: Corpus,
  options: AnalyseOptions,
  pause: () => Promise<void>,
  wanted: () => boolean = () => true,
): Promise<Analysis | undefined> {
  let analysis = analyse(text, corpus, options);
  // A huge document (a paste, a generated file) is not worth slice after slice of the server's
  // time: the first budget's findings and the notice, as before.
  if (text.length > MAX_SLICED_CHARS) return analysis;
  for (let slice = 1; slice < MAX_SLICES && analysis.draft.stoppedAt !== undefined; slice++) {
    const reached = analysis.draft.stoppedAt;
    await pause();
    if (!wanted()) return undefined;
    const next = analyse(text, corpus, { ...options, previous: analysis.draft, resumeFrom: reached });
    if ((next.draft.stoppedAt ?? Infinity) <= reached) return next;
    analysis = next;
  }
  return analysis;
}
