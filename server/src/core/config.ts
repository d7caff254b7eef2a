// Settings for an analysis, and the workspace file `.policylintrc.json` that sets them. A
// wrong value is reported with its file, line and key, and the default for that key is used.
import fs from 'node:fs';
import path from 'node:path';
import {
  parseTree,
  findNodeAtLocation,
  getNodeValue,
  printParseErrorCode,
  type Node,
  type ParseError,
} from 'jsonc-parser';
import type { Severity } from './types';
import { readRegularFile } from './text/files';
import { DEFAULT_SEVERITIES, RULE_IDS, THRESHOLD_OPTIONS, type RuleId, type ThresholdKey } from './checks/index';
export type { Severity };
// The rules and their thresholds are those of the checks' meta (checks/index.ts), not listed here.
export { RULE_IDS };

export const CONFIG_FILE = '.policylintrc.json';
export const SEVERITIES: Severity[] = ['error', 'warning', 'information', 'hint'];

export interface RuleSettings {
  enabled: boolean;
  severity: Severity;
}

/** Each rule's thresholds (described in its meta), by key. */
export type Thresholds = Record<ThresholdKey, number>;

export interface AnalysisSettings {
  rules: Record<RuleId, RuleSettings>;
  thresholds: Thresholds;
}

export const DEFAULT_RULES = Object.fromEntries(
  RULE_IDS.map((id): [RuleId, RuleSettings] => [id, { enabled: true, severity: DEFAULT_SEVERITIES[id] }]),
) as Record<RuleId, RuleSettings>;

export const DEFAULT_THRESHOLDS = Object.fromEntries(
  Object.entries(THRESHOLD_OPTIONS).map(([key, option]) => [key, option.default]),
) as Thresholds;

export function defaultAnalysisSettings(): AnalysisSettings {
  return { rules: structuredClone(DEFAULT_RULES), thresholds: { ...DEFAULT_THRESHOLDS } };
}

/** Settings as a user writes them, every part optional (VS Code settings or the config file). */
export interface PartialSettings {
  corpus?: { paths?: string[]; includeSeeds?: boolean };
  rules?: Partial<Record<RuleId, Partial<RuleSettings>>>;
  thresholds?: Partial<Thresholds>;
}

export interface SettingsProblem {
  message: string;
  /** Dotted key, e.g. rules.duplicate-amendment.severity. */
  key: string;
  /** 1-based line in the file, when read from a file. */
  line?: number;
}

/**
 * Checks a settings object of unknown shape; returns what is valid and a problem for each
 * value that is not. `where(key)` gives a line for a key, when the object came from a file.
 */
/** A JSON object (not null, not an array). */
export function isRecord(value: unknown): value is Record<string, unknown> {
  return typeof value === 'object' && value !== null && !Array.isArray(value);
}

export function validateSettings(
  raw: unknown,
  where: (key: string[]) => number | undefined = () => undefined,
): { settings: PartialSettings; problems: SettingsProblem[] } {
  const problems: SettingsProblem[] = [];
  const settings: PartialSettings = {};
  const problem = (key: string[], message: string) => problems.push({ key: key.join('.'), message, line: where(key) });
  if (raw === undefined || raw === null) return { settings, problems };
  if (typeof raw !== 'object' || Array.isArray(raw)) {
    problem([], 'settings should be an object');
    return { settings, problems };
  }
  const obj = raw as Record<string, unknown>;
  for (const key of Object.keys(obj)) {
    if (!['corpus', 'rules', 'thresholds', '$schema', 'analysis', 'cache'].includes(key))
      problem([key], `unknown key '${key}'`);
  }
  const corpus = obj.corpus;
  if (corpus !== undefined) {
    if (!isRecord(corpus)) problem(['corpus'], 'corpus should be an object with paths and includeSeeds');
    else {
      const c = corpus as Record<string, unknown>;
      settings.corpus = {};
      if (c.paths !== undefined) {
        if (Array.isArray(c.paths) && c.paths.every((p) => typeof p === 'string'))
          settings.corpus.paths = c.paths as string[];
        else if (typeof c.paths === 'string') {
          settings.corpus.paths = [c.paths];
          problem(['corpus', 'paths'], 'corpus.paths should be a list of folders; read the single folder given');
        } else problem(['corpus', 'paths'], 'corpus.paths should be a list of folder paths; ignored');
      }
      if (c.includeSeeds !== undefined) {
        if (typeof c.includeSeeds === 'boolean') settings.corpus.includeSeeds = c.includeSeeds;
        else problem(['corpus', 'includeSeeds'], 'corpus.includeSeeds should be true or false; using the default');
      }
    }
  }
  /** The entries of a section keyed by known names, once its shape and each unknown key are reported. */
  const knownEntries = (section: string, value: unknown, known: readonly string[], noun: string, shape: string) => {
    if (!isRecord(value)) {
      problem([section], `${section} should be ${shape}`);
      return undefined;
    }
    return Object.entries(value as Record<string, unknown>).filter(([key]) => {
      // Own keys only: 'toString' is no threshold.
      if (!known.includes(key)) problem([section, key], `unknown ${noun} '${key}' (known: ${known.join(', ')})`);
      return known.includes(key);
    });
  };
  const rules =
    obj.rules === undefined
      ? undefined
      : knownEntries('rules', obj.rules, RULE_IDS, 'rule', 'an object keyed by rule id');
  if (rules) {
    settings.rules = {};
    for (const [id, value] of rules) {
      const out: Partial<RuleSettings> = {};
      if (typeof value === 'boolean') out.enabled = value;
      else if (isRecord(value)) {
        const v = value as Record<string, unknown>;
        if (v.enabled !== undefined) {
          if (typeof v.enabled === 'boolean') out.enabled = v.enabled;
          else problem(['rules', id, 'enabled'], 'enabled should be true or false; using the default');
        }
        if (v.severity !== undefined) {
          if (SEVERITIES.includes(v.severity as Severity)) out.severity = v.severity as Severity;
          else
            problem(['rules', id, 'severity'], `severity should be one of ${SEVERITIES.join(', ')}; using the default`);
        }
      } else problem(['rules', id], 'a rule takes true, false or { "enabled": …, "severity": … }');
      settings.rules[id as RuleId] = out;
    }
  }
  const thresholds =
    obj.thresholds === undefined
      ? undefined
      : knownEntries('thresholds', obj.thresholds, Object.keys(THRESHOLD_OPTIONS), 'threshold', 'an object');
  if (thresholds) {
    settings.thresholds = {};
    for (const [key, value] of thresholds) {
      const { minimum: min, maximum: max, type } = THRESHOLD_OPTIONS[key as ThresholdKey];
      const integer = type === 'integer';
      if (typeof value !== 'number' || value < min || value > max || (integer && !Number.isInteger(value))) {
        problem(
          ['thresholds', key],
          `thresholds.${key} should be ${integer ? 'a whole number' : 'a number'} from ${min} to ${max}; ` +
            `using ${DEFAULT_THRESHOLDS[key as keyof Thresholds]}`,
        );
        continue;
      }
      settings.thresholds[key as keyof Thresholds] = value;
    }
  }
  return { settings, problems };
}

/** Later layers win: defaults <- VS Code settings <- config file. */
export function mergeAnalysisSettings(...layers: Array<PartialSettings | undefined>): AnalysisSettings {
  const out = defaultAnalysisSettings();
  for (const layer of layers) {
    if (!layer) continue;
    for (const [id, r] of Object.entries(layer.rules ?? {}) as Array<[RuleId, Partial<RuleSettings>]>)
      out.rules[id] = { ...out.rules[id], ...r };
    Object.assign(out.thresholds, layer.thresholds ?? {});
  }
  return out;
}

export interface ConfigFile {
  path: string;
  settings: PartialSettings;
  problems: SettingsProblem[];
  /** The file could not be read at all (missing, not a regular file, too large): nothing in it was used. */
  unreadable?: boolean;
}

/** A config file larger than this is not read: a real one is a few hundred bytes. */
export const MAX_CONFIG_BYTES = 1024 * 1024;

export interface ConfigFileOptions {
  /**
   * The folder the file's corpus folders must lie in (their real paths, symlinks followed): the
   * workspace folder in the editor. By default the repository the file is in (see repositoryRoot),
   * else the file's own folder.
   */
  root?: string;
  /** Whether the workspace is trusted; in one that is not, the file's corpus folders are not read. */
  trusted?: boolean;
}

/**
 * Reads and checks a config file. Corpus paths come back absolute, relative to the file; a corpus
 * folder outside `root` is refused with a problem on its line (a repository cannot make the editor
 * read /etc or a home folder), as are all of them in a workspace that is not trusted.
 */
export function readConfigFile(file: string, options: ConfigFileOptions = {}): ConfigFile {
  // Checked on the open file: a symlink to /dev/zero, a pipe or a huge file is refused, never read to its end.
  const read = readRegularFile(file, MAX_CONFIG_BYTES);
  if ('problem' in read) {
    const why =
      read.problem === 'not-a-file'
        ? 'it is not a regular file'
        : read.problem === 'too-large'
          ? `it is larger than ${MAX_CONFIG_BYTES / 1048576} MB, far more than settings need`
          : read.code;
    return {
      path: file,
      settings: {},
      unreadable: true,
      problems: [{ key: '', line: 1, message: `cannot read ${file} (${why}); using the defaults` }],
    };
  }
  const source = read.bytes.toString('utf8');
  const errors: ParseError[] = [];
  const tree = parseTree(source, errors, { allowTrailingComma: true, disallowComments: false });
  const lineOf = (offset: number) => source.slice(0, offset).split('\n').length;
  if (errors.length || !tree) {
    const e = errors[0];
    return {
      path: file,
      settings: {},
      problems: [
        {
          key: '',
          line: e ? lineOf(e.offset) : 1,
          message: `not valid JSON${e ? `: ${printParseErrorCode(e.error)}` : ''}; using the defaults`,
        },
      ],
    };
  }
  const where = (key: Array<string | number>): number | undefined => {
    let node: Node | undefined;
    for (let n = key.length; n >= 0 && !node; n--) node = findNodeAtLocation(tree, key.slice(0, n));
    return node ? lineOf(node.parent?.type === 'property' ? node.parent.offset : node.offset) : undefined;
  };
  const raw = getNodeValue(tree) as unknown;
  const { settings, problems } = validateSettings(raw, where);
  if (settings.corpus?.paths) {
    const given = settings.corpus.paths;
    const root = options.root ?? repositoryRoot(path.dirname(file)) ?? path.dirname(file);
    const listed = isRecord(raw) && isRecord(raw.corpus) && Array.isArray(raw.corpus.paths);
    const line = (i: number) => where(listed ? ['corpus', 'paths', i] : ['corpus', 'paths']);
    if (options.trusted === false) {
      settings.corpus.paths = [];
      if (given.length)
        problems.push({
          key: 'corpus.paths',
          line: line(0),
          message:
            'corpus folders in this file are not read until you trust this workspace (a ' +
            'folder you have not trusted could point Policy Lint at files elsewhere on your ' +
            'computer)',
        });
    } else {
      settings.corpus.paths = [];
      const inside = realPathOf(root);
      given.forEach((p, i) => {
        const folder = path.resolve(path.dirname(file), p);
        const real = realPathOf(folder);
        if (real === inside || real.startsWith(inside.endsWith(path.sep) ? inside : inside + path.sep))
          settings.corpus!.paths!.push(folder);
        else
          problems.push({
            key: `corpus.paths`,
            line: line(i),
            message:
              `corpus folder '${p}' is not read: it lies outside ${root}` +
              `${real !== folder ? ` (it leads to ${real})` : ''}, ` +
              `and a ${CONFIG_FILE} may only name folders inside it; add a folder elsewhere in your own settings ` +
              '(policyLint.corpus.paths) or with --corpus',
          });
      });
    }
  }
  return { path: file, settings, problems };
}

/**
 * The real path of `p`, symlinks followed; for a path that does not exist (yet), its nearest existing parent's real
 * path and the rest.
 */
export function realPathOf(p: string): string {
  const resolved = path.resolve(p);
  try {
    return fs.realpathSync(resolved);
  } catch {
    const parent = path.dirname(resolved);
    return parent === resolved ? resolved : path.join(realPathOf(parent), path.basename(resolved));
  }
}

/**
 * The repository `dir` is in: the nearest folder at or above it with a `.git` entry (a folder, or a worktree's file);
 * no git is run.
 */
export function repositoryRoot(dir: string): string | undefined {
  let current = path.resolve(dir);
  for (;;) {
    try {
      fs.lstatSync(path.join(current, '.git'));
      return current;
    } catch {
      // Not here.
    }
    const parent = path.dirname(current);
    if (parent === current) return undefined;
    current = parent;
  }
}

/** The nearest config file at or above `dir`, stopping at `stop` (a workspace root) when given. */
export function findConfigFile(dir: string, stop?: string): string | undefined {
  let current = path.resolve(dir);
  for (;;) {
    const candidate = path.join(current, CONFIG_FILE);
    if (fs.existsSync(candidate)) return candidate;
    const parent = path.dirname(current);
    if (parent === current || (stop && path.resolve(stop) === current)) return undefined;
    current = parent;
  }
}
