// policy-lint: the same core as the language server, for a terminal or CI.
//   policy-lint [--corpus DIR]... [--no-seeds] [--config FILE] [--format text|json|sarif] FILE...
// Exit 0: nothing found; 1: findings; 2: usage or input error, or an internal error.
import path from 'node:path';
import { parseArgs } from 'node:util';
import { analyse } from '../core/analyse';
import os from 'node:os';
import { Corpus, partsOf, readCorpusColumns } from '../core/corpus/index';
import { SegmentStore, updateFolder } from '../core/corpus/store';
import { SavedClaims, buildOf } from '../core/claims/saved';
import { listCorpusFiles, safeRealpath } from '../core/corpus/corpus';
import type { DocumentColumns, Segment } from '../core/corpus/segment';
import { readConfigFile, type ConfigFile } from '../core/config';
import { FROM_DISK, scopeOf, type ConfigSource, type Scope } from '../core/scope';
import { LineIndex } from '../core/text/lines';
import { readDraft } from '../core/text/input';
import { toSarif, type FileFindings } from './sarif';

const VERSION = '0.1.0';
const USAGE =
  'usage: policy-lint [--corpus DIR]... [--no-seeds] [--config FILE] [--format ' +
  'text|json|sarif] [--cache-dir DIR | --no-cache] FILE...';
const FORMATS = ['text', 'json', 'sarif'];

async function main(argv: string[]): Promise<number> {
  let args;
  try {
    args = parseArgs({
      args: argv,
      allowPositionals: true,
      options: {
        corpus: { type: 'string', multiple: true, default: [] },
        'no-seeds': { type: 'boolean', default: false },
        config: { type: 'string' },
        'cache-dir': { type: 'string' },
        'no-cache': { type: 'boolean', default: false },
        format: { type: 'string', default: 'text' },
        help: { type: 'boolean', short: 'h', default: false },
        version: { type: 'boolean', default: false },
      },
    });
  } catch (e) {
    process.stderr.write(`policy-lint: ${(e as Error).message}\n${USAGE}\n`);
    return 2;
  }
  const { values, positionals } = args;
  if (values.help || values.version) {
    process.stdout.write(values.help ? `${USAGE}\n` : `${VERSION}\n`);
    return 0;
  }
  if (!positionals.length || !FORMATS.includes(values.format!)) {
    const why = positionals.length ? `unknown format '${values.format}' (text, json or sarif)` : 'no file given';
    process.stderr.write(`policy-lint: ${why}\n${USAGE}\n`);
    return 2;
  }

  // Config: the one given, or the nearest to each file; each read once, its problems printed then.
  const configs = new Map<string, ConfigFile>();
  const configSource: ConfigSource = {
    ...FROM_DISK,
    read: (file, options) => {
      let config = configs.get(file);
      if (!config) {
        config = readConfigFile(file, options);
        for (const p of config.problems) {
          const where = `${file}${p.line ? `:${p.line}` : ''}`;
          process.stderr.write(`policy-lint: ${where}: ${p.key ? `${p.key}: ` : ''}${p.message}\n`);
        }
        configs.set(file, config);
      }
      return config;
    },
  };
  // What only the CLI has: --config, --corpus (relative to the working folder) and --no-seeds; no workspace folders,
  // so a config file's corpus folders must lie inside its repository (else its folder).
  const user = { corpus: { paths: values.corpus } };
  const scopeFor = (file?: string) =>
    scopeOf({ file, configFile: values.config, base: process.cwd(), user, noSeeds: values['no-seeds'] }, configSource);
  if (values.config && scopeFor().config?.unreadable) return 2;
  // The corpus index is kept between runs (as the server keeps it), unless --no-cache.
  const cacheDir =
    values['cache-dir'] ?? path.join(process.env.XDG_CACHE_HOME || path.join(os.homedir(), '.cache'), 'policy-lint');
  const store = values['no-cache'] ? undefined : new SegmentStore(cacheDir);
  // Each folder indexed once; its index saved after the output, which is what the user waits for.
  const indexed = new Map<string, { segment: Segment; errors: string[] }>();
  const saves: Array<() => void | Promise<void>> = [];
  const noPause = async () => {};
  const indexFolder = async (folder: string) => {
    let done = indexed.get(folder);
    if (!done) {
      const listing = listCorpusFiles(folder);
      const errors = [...(listing.error ? [listing.error] : []), ...listing.warnings];
      const read = async (files: string[]) => {
        const docs = new Map<string, DocumentColumns>();
        for (const file of files) {
          const { document, error, warning } = readCorpusColumns(file);
          if (document) docs.set(file, document);
          else errors.push(error!);
          if (warning) errors.push(warning);
        }
        return docs;
      };
      const updated = await updateFolder(listing.files, store?.load(folder), read);
      errors.push(...updated.warnings.map((w) => w.message));
      if (store && updated.changed)
        saves.push(() => {
          const error = store.save(folder, updated.segment);
          if (error) process.stderr.write(`policy-lint: ${error}\n`);
        });
      done = { segment: updated.segment, errors };
      indexed.set(folder, done);
    }
    return done;
  };
  const corpora = new Map<string, Corpus>();
  const corpusFor = async (scope: Scope): Promise<Corpus> => {
    // Indexed where the files really are: nothing here watches the folders as configured, as the server does.
    const folders = [...new Set(scope.folders.map(safeRealpath))];
    const key = JSON.stringify(folders);
    let corpus = corpora.get(key);
    if (!corpus) {
      const parts = [];
      for (const folder of folders) parts.push(await indexFolder(folder));
      const errors = parts.flatMap((p) => p.errors);
      for (const error of errors) process.stderr.write(`policy-lint: ${oneLine(error)}\n`);
      corpus = new Corpus(partsOf(parts.map((p) => p.segment)), errors);
      corpora.set(key, corpus);
      // A large corpus's claims as the server keeps them: those read before from the store, the new ones saved after
      // the output.
      const build = buildOf(__filename);
      if (store && build && !corpus.readsClaimsAtOnce) {
        const file = store.claimsFileFor(folders);
        const saved = await SavedClaims.load(file, build, noPause);
        await corpus.readClaimsInSteps(noPause, undefined, Promise.resolve(saved));
        if (saved.added)
          saves.push(async () => {
            const error = await store.saveClaims(file, saved, noPause);
            if (error) process.stderr.write(`policy-lint: ${error}\n`);
          });
      }
    }
    return corpus;
  };

  let found = 0;
  let failed = false;
  const results: FileFindings[] = [];
  for (const file of positionals) {
    const draft = readDraft(file);
    if ('error' in draft) {
      process.stderr.write(`policy-lint: ${draft.error}\n`);
      failed = true;
      continue;
    }
    const scope = scopeFor(path.resolve(file));
    const { findings, skipped } = analyse(draft.text, await corpusFor(scope), { settings: scope.analysis });
    if (skipped) process.stderr.write(`policy-lint: ${file}: ${skipped.reason}\n`);
    const lines = new LineIndex(draft.text);
    const at = (offset: number) => {
      const line = lines.lineOf(offset);
      return { line: line + 1, column: offset - lines.lineStart(line) + 1 };
    };
    const located = findings.map((f) => {
      const start = at(f.start);
      const end = at(f.end);
      return { ...f, startLine: start.line, startColumn: start.column, endLine: end.line, endColumn: end.column };
    });
    results.push({ file, findings: located });
    found += findings.length;
    if (values.format === 'text')
      for (const f of located)
        process.stdout.write(`${oneLine(file)}:${f.startLine}:${f.startColumn}  ${f.rule}  ${oneLine(f.message)}\n`);
  }
  if (values.format === 'json') {
    const json = results.flatMap(({ file, findings }) =>
      findings.map((f) => ({
        file,
        line: f.startLine,
        column: f.startColumn,
        end: { line: f.endLine, column: f.endColumn },
        rule: f.rule,
        severity: f.severity,
        message: f.message,
        citations: f.citations,
      })),
    );
    process.stdout.write(`${JSON.stringify(json, null, 2)}\n`);
  }
  if (values.format === 'sarif') process.stdout.write(`${JSON.stringify(toSarif(results, VERSION), null, 2)}\n`);
  for (const save of saves) await save();
  if (failed) return 2;
  return found ? 1 : 0;
}

/**
 * A name or message on one line of text output: a file name holding a newline (a corpus file's,
 * cited in a message) would otherwise print what reads as a finding of its own.
 */
function oneLine(text: string): string {
  // eslint-disable-next-line no-control-regex -- control characters are what it replaces
  return text.replace(/[\u0000-\u001f\u007f\u2028\u2029]/g, (c) =>
    c === '\n'
      ? '\\n'
      : c === '\r'
        ? '\\r'
        : c === '\t'
          ? '\\t'
          : `\\u${c.charCodeAt(0).toString(16).padStart(4, '0')}`,
  );
}

// Anything thrown is a fault of policy-lint's, not a finding: exit 2 (not 1, which means findings) and say so.
void main(process.argv.slice(2)).then(
  (code) => (process.exitCode = code),
  (e: unknown) => {
    const error = e instanceof Error ? e : new Error(String(e));
    process.stderr.write(
      `policy-lint: internal error, nothing was checked as it should be: ${oneLine(error.message)}\n` +
        `${error.stack ?? ''}\nPlease report it with the command you ran.\n`,
    );
    process.exitCode = 2;
  },
);
