import fs from 'node:fs';
import os from 'node:os';
import path from 'node:path';
import { describe, expect, it } from 'vitest';
import { CONFIG_FILE, readConfigFile, type ConfigFileOptions } from './config';
import { configFileOf, rootOf, scopeOf, type ConfigSource } from './scope';
import { seedsFolder } from './seeds';

// A tree of folders with config files, under a fresh temporary folder (its own "repository").
const tmp = fs.realpathSync(fs.mkdtempSync(path.join(os.tmpdir(), 'policy-lint-scope-')));
fs.mkdirSync(path.join(tmp, '.git'));
const write = (rel: string, value: unknown) => {
  const file = path.join(tmp, rel);
  fs.mkdirSync(path.dirname(file), { recursive: true });
  fs.writeFileSync(file, typeof value === 'string' ? value : JSON.stringify(value));
  return file;
};
const workspace = path.join(tmp, 'ws');
const policy = path.join(workspace, 'policy');
const draft = path.join(policy, 'drafts', 'a.md');
write('ws/policy/drafts/a.md', 'We will act.\n');
write(`ws/policy/${CONFIG_FILE}`, {
  corpus: { paths: ['agreed', '../../outside'], includeSeeds: false },
  thresholds: { minWords: 6 },
});
write(`${CONFIG_FILE}`, { corpus: { paths: ['top'] } });
fs.mkdirSync(path.join(tmp, 'outside'), { recursive: true });

describe('scopeOf', () => {
  it('takes the nearest config file, stopping at the workspace folder holding the draft', () => {
    expect(configFileOf({ file: draft, roots: [workspace] })).toBe(path.join(policy, CONFIG_FILE));
    const other = write('ws/notes/b.md', '');
    // Above the workspace folder there is one, but a workspace folder is where the search ends.
    expect(configFileOf({ file: other, roots: [workspace] })).toBeUndefined();
    // With no workspace folder (the CLI), the search goes on up.
    expect(configFileOf({ file: other })).toBe(path.join(tmp, CONFIG_FILE));
  });

  it('takes a config file named outright instead of the nearest', () => {
    const named = write('named.json', {});
    expect(configFileOf({ file: draft, roots: [workspace], configFile: named })).toBe(named);
    expect(configFileOf({ configFile: path.relative(process.cwd(), named) })).toBe(named);
  });

  it('has no config file for a document not on disk', () => {
    const scope = scopeOf({ base: workspace, user: { corpus: { paths: ['agreed'] } } });
    expect(scope.config).toBeUndefined();
    expect(scope.folders).toEqual([seedsFolder(), path.join(workspace, 'agreed')]);
  });

  it("keeps a config file's corpus folders inside the workspace folder it is in", () => {
    const scope = scopeOf({ file: draft, roots: [workspace], base: workspace });
    expect(scope.folders).toEqual([path.join(policy, 'agreed')]);
    expect(scope.config?.problems.map((p) => p.key)).toEqual(['corpus.paths']);
  });

  it("keeps them inside the file's repository when no workspace folder holds it", () => {
    const scope = scopeOf({ file: draft, base: process.cwd() });
    expect(scope.folders).toEqual([path.join(policy, 'agreed'), path.join(tmp, 'outside')]);
    expect(scope.config?.problems).toEqual([]);
  });

  it('reads no corpus folder of a config file in a workspace not trusted', () => {
    const user = { corpus: { paths: ['mine'] } };
    const scope = scopeOf({ file: draft, roots: [workspace], base: workspace, trusted: false, user });
    // The user's own folders still count; the file's includeSeeds: false still applies.
    expect(scope.folders).toEqual([path.join(workspace, 'mine')]);
  });

  it('puts the seeds first, then the user folders, then the config file folders, each once', () => {
    const file = write('ws/own/c.md', '');
    write(`ws/own/${CONFIG_FILE}`, { corpus: { paths: ['../shared', '.'] } });
    const user = { corpus: { paths: ['shared', 'shared/'] } };
    const scope = scopeOf({ file, roots: [workspace], base: workspace, user });
    expect(scope.folders).toEqual([seedsFolder(), path.join(workspace, 'shared'), path.join(workspace, 'own')]);
  });

  it("lets the config file's includeSeeds win over the user's, and --no-seeds over both", () => {
    const file = write('ws/seeded/d.md', '');
    write(`ws/seeded/${CONFIG_FILE}`, { corpus: { includeSeeds: true } });
    const user = { corpus: { includeSeeds: false } };
    expect(scopeOf({ file, roots: [workspace], base: workspace, user }).folders).toEqual([seedsFolder()]);
    expect(scopeOf({ file, roots: [workspace], base: workspace, user, noSeeds: true }).folders).toEqual([]);
    expect(scopeOf({ base: workspace, user }).folders).toEqual([]);
  });

  it('merges the defaults, the user settings and the config file, the config file last', () => {
    const user = {
      thresholds: { minWords: 3, nearDuplicate: 0.9 },
      rules: { 'duplicate-amendment': { severity: 'error' as const } },
    };
    const { analysis } = scopeOf({ file: draft, roots: [workspace], base: workspace, user });
    expect(analysis.thresholds).toEqual({ nearDuplicate: 0.9, clauseContainment: 0.9, minWords: 6 });
    expect(analysis.rules['duplicate-amendment']).toEqual({ enabled: true, severity: 'error' });
  });

  it('finds and reads through the source it is given, so a shell can keep what it read', () => {
    const asked: string[] = [];
    const rel = (p: string | undefined) => p && path.relative(tmp, p);
    const source: ConfigSource = {
      find: (dir, stop) => {
        asked.push(`find ${rel(dir)} ${rel(stop)}`);
        return path.join(policy, CONFIG_FILE);
      },
      read: (file: string, options: ConfigFileOptions) => {
        asked.push(`read ${rel(options.root)} ${options.trusted}`);
        return readConfigFile(file, options);
      },
    };
    scopeOf({ file: draft, roots: [path.join(tmp, 'elsewhere'), workspace], base: workspace, trusted: true }, source);
    expect(asked).toEqual(['find ws/policy/drafts ws', 'read ws true']);
  });

  it('names the first workspace folder that holds a path', () => {
    expect(rootOf(path.join(workspace, 'x'), [tmp, workspace])).toBe(tmp);
    expect(rootOf(workspace, [workspace])).toBe(workspace);
    expect(rootOf(`${workspace}-other`, [workspace])).toBeUndefined();
  });
});
