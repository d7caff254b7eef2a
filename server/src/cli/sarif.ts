// Findings as SARIF 2.1.0, the format GitHub code scanning reads: rule metadata with help URIs,
// physical locations with regions, and related locations for the passages a finding cites.
import path from 'node:path';
import { pathToFileURL } from 'node:url';
import { CHECKS } from '../core/checks/index';
import { DEFAULT_RULES } from '../core/config';
import type { Finding, Severity } from '../core/types';
import { README_URL } from '../core/types';

export interface FileFindings {
  file: string;
  findings: Array<Finding & { startLine: number; startColumn: number; endLine: number; endColumn: number }>;
  /** 1-based line of a draft offset (for citations of earlier lines). */
}

const LEVEL: Record<Severity, 'error' | 'warning' | 'note'> = {
  error: 'error',
  warning: 'warning',
  information: 'note',
  hint: 'note',
};

/**
 * A path relative to the working directory when it lies under it, with forward slashes; either way a URI, each name
 * percent-encoded (`#`, spaces, newlines).
 */
function artifact(file: string, cwd: string): { uri: string; uriBaseId?: string } {
  const relative = path.relative(cwd, path.resolve(file));
  if (!relative.startsWith('..') && !path.isAbsolute(relative))
    return { uri: relative.split(path.sep).map(encodeURIComponent).join('/'), uriBaseId: '%SRCROOT%' };
  return { uri: pathToFileURL(path.resolve(file)).href };
}

export function toSarif(files: FileFindings[], version: string, cwd = process.cwd()): object {
  const rules = CHECKS.map((c) => ({
    id: c.meta.id,
    name: c.meta.id.replace(/(^|-)(\w)/g, (_m, _d, ch: string) => ch.toUpperCase()),
    shortDescription: { text: c.meta.description },
    fullDescription: { text: c.meta.description },
    helpUri: `${README_URL}#${c.meta.docs}`,
    help: { text: `${c.meta.description} See ${README_URL}#${c.meta.docs}` },
    defaultConfiguration: { level: LEVEL[DEFAULT_RULES[c.meta.id].severity] },
  }));
  const results = files.flatMap(({ file, findings }) =>
    findings.map((f) => ({
      ruleId: f.rule,
      ruleIndex: rules.findIndex((r) => r.id === f.rule),
      level: LEVEL[f.severity ?? DEFAULT_RULES[f.rule].severity],
      message: { text: f.message },
      locations: [
        {
          physicalLocation: {
            artifactLocation: artifact(file, cwd),
            region: { startLine: f.startLine, startColumn: f.startColumn, endLine: f.endLine, endColumn: f.endColumn },
          },
        },
      ],
      relatedLocations: f.citations.map((c, id) => ({
        id,
        message: { text: c.quote },
        physicalLocation: {
          artifactLocation: artifact(c.kind === 'corpus' ? c.path : file, cwd),
          region: { startLine: c.line },
        },
      })),
    })),
  );
  return {
    $schema: 'https://json.schemastore.org/sarif-2.1.0.json',
    version: '2.1.0',
    runs: [
      {
        tool: { driver: { name: 'policy-lint', version, semanticVersion: version, informationUri: README_URL, rules } },
        originalUriBaseIds: { '%SRCROOT%': { uri: pathToFileURL(cwd + path.sep).href } },
        results,
      },
    ],
  };
}
