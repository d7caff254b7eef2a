import fs from 'node:fs';
import os from 'node:os';
import path from 'node:path';
import { describe, expect, it } from 'vitest';
import { spawnSync } from 'node:child_process';
import { findConfigFile, mergeAnalysisSettings, readConfigFile, repositoryRoot, validateSettings } from './config';
import { meta as duplicateMeta } from './checks/duplicate-amendment';

const tmp = fs.mkdtempSync(path.join(os.tmpdir(), 'policy-lint-config-'));

describe('config file', () => {
  it('reads corpus paths relative to the file, rules and thresholds', () => {
    const file = path.join(tmp, 'a', '.policylintrc.json');
    fs.mkdirSync(path.dirname(file), { recursive: true });
    fs.writeFileSync(
      file,
      JSON.stringify({
        corpus: { paths: ['agreed'], includeSeeds: false },
        rules: { 'corpus-contradiction': { severity: 'warning' }, 'commitment-without-figure': false },
        thresholds: { minWords: 6 },
      }),
    );
    const config = readConfigFile(file);
    expect(config.problems).toEqual([]);
    expect(config.settings.corpus).toEqual({ paths: [path.join(tmp, 'a', 'agreed')], includeSeeds: false });
    const merged = mergeAnalysisSettings({ rules: { 'duplicate-amendment': { severity: 'error' } } }, config.settings);
    expect(merged.rules['corpus-contradiction']).toEqual({ enabled: true, severity: 'warning' });
    expect(merged.rules['commitment-without-figure'].enabled).toBe(false);
    expect(merged.rules['duplicate-amendment'].severity).toBe('error');
    // Unset keys keep the rule's defaults.
    const { nearDuplicate, clauseContainment } = duplicateMeta.thresholds;
    expect(merged.thresholds).toEqual({
      nearDuplicate: nearDuplicate.default,
      clauseContainment: clauseContainment.default,
      minWords: 6,
    });
  });

  it('names the line and key of a wrong value, and keeps the rest', () => {
    const file = path.join(tmp, 'wrong.json');
    fs.writeFileSync(
      file,
      '{\n  "rules": {\n    "duplicate-amendment": { "severity": "loud" }\n  },\n  ' +
        '"thresholds": { "nearDuplicate": 3, "minWords": 5 }\n}\n',
    );
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

describe('config file corpus folders stay inside the workspace or repository', () => {
  /** A repository (with a .git entry) holding agreed/, and a folder beside it. */
  function repository() {
    const base = fs.mkdtempSync(path.join(tmp, 'repo-'));
    const repo = path.join(base, 'repo');
    const outside = path.join(base, 'outside');
    fs.mkdirSync(path.join(repo, 'docs', 'agreed'), { recursive: true });
    fs.mkdirSync(path.join(repo, '.git'));
    fs.mkdirSync(outside);
    return { repo, outside, file: path.join(repo, 'docs', '.policylintrc.json') };
  }
  const write = (file: string, paths: string[]) =>
    fs.writeFileSync(
      file,
      `{\n  "corpus": {\n    "paths": [\n` +
        `${paths.map((p) => `      ${JSON.stringify(p)}`).join(',\n')}\n    ]\n  }\n}\n`,
    );

  it('keeps folders inside the repository (.. within it, a symlink within it, one not made yet)', () => {
    const { repo, file } = repository();
    fs.symlinkSync(path.join(repo, 'docs', 'agreed'), path.join(repo, 'alias'));
    write(file, ['agreed', '..', '../alias', 'later']);
    const config = readConfigFile(file);
    expect(config.problems).toEqual([]);
    expect(config.settings.corpus?.paths).toEqual([
      path.join(repo, 'docs', 'agreed'),
      repo,
      path.join(repo, 'alias'),
      path.join(repo, 'docs', 'later'),
    ]);
  });

  it('refuses an absolute path elsewhere, ../.. out of it, and a symlink out of it, each on its own line', () => {
    const { repo, outside, file } = repository();
    fs.symlinkSync(outside, path.join(repo, 'docs', 'link'));
    write(file, ['agreed', '/etc', outside, '../../outside', 'link', os.homedir()]);
    const config = readConfigFile(file);
    expect(config.settings.corpus?.paths).toEqual([path.join(repo, 'docs', 'agreed')]);
    expect(config.problems.map((p) => [p.key, p.line])).toEqual([5, 6, 7, 8, 9].map((line) => ['corpus.paths', line]));
    expect(config.problems[3]!.message).toContain(
      `'link' is not read: it lies outside ${repo} (it leads to ${fs.realpathSync(outside)})`,
    );
    expect(config.problems[0]!.message).toMatch(/policyLint\.corpus\.paths|--corpus/);
  });

  it(
    'is bounded by the workspace folder when one is given, and reads no folders when ' + 'the workspace is not trusted',
    () => {
      const { repo, file } = repository();
      write(file, ['agreed', '..']);
      const inDocs = readConfigFile(file, { root: path.join(repo, 'docs') });
      expect(inDocs.settings.corpus?.paths).toEqual([path.join(repo, 'docs', 'agreed')]);
      expect(inDocs.problems.map((p) => p.line)).toEqual([5]);
      const untrusted = readConfigFile(file, { trusted: false });
      expect(untrusted.settings.corpus?.paths).toEqual([]);
      expect(untrusted.problems).toHaveLength(1);
      expect(untrusted.problems[0]!.message).toMatch(/trust/);
    },
  );

  it("finds the repository by its .git entry (a folder, or a worktree's file), else none", () => {
    const { repo } = repository();
    expect(repositoryRoot(path.join(repo, 'docs', 'agreed'))).toBe(repo);
    const worktree = fs.mkdtempSync(path.join(tmp, 'worktree-'));
    fs.writeFileSync(path.join(worktree, '.git'), 'gitdir: /elsewhere\n');
    expect(repositoryRoot(worktree)).toBe(worktree);
  });
});

describe('config files that are not small regular files', () => {
  it.each([
    ['a symlink to /dev/zero', (f: string) => fs.symlinkSync('/dev/zero', f), /not a regular file/],
    ['a folder', (f: string) => fs.mkdirSync(f), /not a regular file/],
    ['over 1 MB', (f: string) => (fs.writeFileSync(f, '{}'), fs.truncateSync(f, 1024 * 1024 + 1)), /larger than 1 MB/],
  ])('%s: one problem, nothing read', (_name, make, message) => {
    const file = path.join(fs.mkdtempSync(path.join(tmp, 'special-')), '.policylintrc.json');
    make(file);
    const config = readConfigFile(file);
    expect(config.unreadable).toBe(true);
    expect(config.settings).toEqual({});
    expect(config.problems).toHaveLength(1);
    expect(config.problems[0]!.message).toMatch(message);
  });

  it('a FIFO: refused at once, not waited on', (ctx) => {
    const file = path.join(fs.mkdtempSync(path.join(tmp, 'fifo-')), '.policylintrc.json');
    if (spawnSync('mkfifo', [file]).status !== 0) ctx.skip('no mkfifo here');
    const config = readConfigFile(file);
    expect(config.problems[0]!.message).toMatch(/not a regular file/);
  });
});
