// What every check is: metadata and one entry point from a draft to findings.
import type { Draft } from '../draft';
import type { Finding, RuleMeta } from '../types';
import type { AnalysisSettings } from '../config';

export interface Check {
  meta: RuleMeta;
  run(draft: Draft, settings: AnalysisSettings): Finding[];
}
