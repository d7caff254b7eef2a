import fs from 'node:fs';
import os from 'node:os';
import path from 'node:path';
import { describe, expect, it } from 'vitest';
import { findConfigFile, mergeAnalysisSettings, readConfigFile, validateSettings } from './config';

const tmp = fs.mkdtempSync(path.join(os.tmpdir(), 'policy-lint-config-'));

describe('config file', () => {
  it('reads corpus paths relative to the file, rules and thresholds', () => {
    const file = path.join(tmp, 'a', '.policylintrc.json');
    fs.mkdirSync(path.dirname(file), { recursive: true });
    fs.writeFileSync(file, JSON.stringify({ corpus: { paths: ['agreed'], includeSeeds: false }, rules: { 'corpus-contradiction': { severity: 'warning' }, 'commitment-without-figure': false }, thresholds: { minWords: 6 } }));
    const config = readConfigFile(file);
    expect(config.problems).toEqual([]);
    expect(config.settings.corpus).toEqual({ paths: [path.join(tmp, 'a', 'agreed')], includeSeeds: false });
    const merged = mergeAnalysisSettings({ rules: { 'duplicate-amendment': { severity: 'error' } } }, config.settings);
    expect(merged.rules['corpus-contradiction']).toEqual({ enabled: true, severity: 'warning' });
    expect(merged.rules['commitment-without-figure'].enabled).toBe(false);
    expect(merged.rules['duplicate-amendment'].severity).toBe('error');
    expect(merged.thresholds).toEqual({ nearDuplicate: 0.8, clauseContainment: 0.9, minWords: 6 });
  });

  it('names the line and key of a wrong value, and keeps the rest', () => {
    const file = path.join(tmp, 'wrong.json');
    fs.writeFileSync(file, '{\n  "rules": {\n    "duplicate-amendment": { "severity": "loud" }\n  },\n  "thresholds": { "nearDuplicate": 3, "minWords": 5 }\n}\n');
    const config = readConfigFile(file);
    expect(config.problems.map((p) => [p.line, p.key])).toEqual([
      [3, 'rules.duplicate-amendment.severity'],
      [5, 'thresholds.nearDuplicate'],
    ]);
    expect(config.problems[0]!.message).toMatch(/error, warning, information, hint/);
    expect(config.settings.thresholds).toEqual({ minWords: 5 });
  });

  it('reports malformed JSON with its line and falls back to the defaults', () => {
    const file = path.join(tmp, 'broken.json');
    fs.writeFileSync(file, '{\n  "rules": {\n    "duplicate-amendment": tru\n  }\n}\n');
    const config = readConfigFile(file);
    expect(config.problems).toHaveLength(1);
    expect(config.problems[0]!.line).toBe(3);
    expect(config.problems[0]!.message).toMatch(/not valid JSON/);
    expect(config.settings).toEqual({});
  });

  it('accepts comments and trailing commas, as VS Code does for JSON with comments', () => {
    const file = path.join(tmp, 'comments.json');
    fs.writeFileSync(file, '{\n  // our team\'s corpus\n  "corpus": { "paths": ["https://not-a-comment//x"], },\n}\n');
    expect(readConfigFile(file).problems).toEqual([]);
  });

  it('unknown keys and rules are reported', () => {
    const { problems } = validateSettings({ colour: 'red', rules: { 'no-such-rule': true } });
    expect(problems.map((p) => p.key)).toEqual(['colour', 'rules.no-such-rule']);
  });

  it('is found by walking up from the document, stopping at the workspace root', () => {
    const deep = path.join(tmp, 'a', 'b', 'c');
    fs.mkdirSync(deep, { recursive: true });
    expect(findConfigFile(deep)).toBe(path.join(tmp, 'a', '.policylintrc.json'));
    expect(findConfigFile(deep, path.join(tmp, 'a', 'b'))).toBeUndefined();
  });
});
