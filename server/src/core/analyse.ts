// The core's entry point: a draft's text, a corpus and settings in, findings out.
import { CHECKS } from './checks/index';
import { Draft } from './draft';
import type { Corpus } from './corpus/index';
import { defaultAnalysisSettings, type AnalysisSettings } from './config';
import type { Finding, RuleId } from './types';
import type { AnalysisCache } from './cache';

export interface AnalyseOptions {
  /** Rules to run (on top of the settings' enabled flags); all when absent. */
  rules?: RuleId[];
  settings?: AnalysisSettings;
  /** Results kept from earlier analyses against the same corpus. */
  cache?: AnalysisCache;
}

export interface Analysis {
  draft: Draft;
  findings: Finding[];
}

export function analyse(text: string, corpus: Corpus, options: AnalyseOptions = {}): Analysis {
  const settings = options.settings ?? defaultAnalysisSettings();
  const draft = new Draft(text, corpus, options.cache);
  const findings: Finding[] = [];
  for (const check of CHECKS) {
    const rule = settings.rules[check.meta.id];
    if (!rule.enabled || (options.rules && !options.rules.includes(check.meta.id))) continue;
    for (const finding of check.run(draft, settings)) {
      if (draft.suppressions.suppressed(finding.rule, draft.lines.lineOf(finding.start))) continue;
      findings.push({ ...finding, severity: rule.severity });
    }
  }
  findings.sort((a, b) => a.start - b.start || a.end - b.end);
  return { draft, findings };
}
