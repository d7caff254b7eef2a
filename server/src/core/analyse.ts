// The core's entry point: a draft's text and a corpus in, findings out.
import { CHECKS } from './checks/index';
import { Draft } from './draft';
import type { Corpus } from './corpus/index';
import type { Finding, RuleId } from './types';

export interface AnalyseOptions {
  /** Rules to run; all when absent. */
  rules?: RuleId[];
}

export interface Analysis {
  draft: Draft;
  findings: Finding[];
}

export function analyse(text: string, corpus: Corpus, options: AnalyseOptions = {}): Analysis {
  const draft = new Draft(text, corpus);
  const findings: Finding[] = [];
  for (const check of CHECKS) {
    if (options.rules && !options.rules.includes(check.meta.id)) continue;
    findings.push(...check.run(draft));
  }
  findings.sort((a, b) => a.start - b.start || a.end - b.end);
  return { draft, findings };
}
