// policy-lint: the same core as the language server, for a terminal or CI.
//   policy-lint [--corpus DIR]... [--no-seeds] [--format text|json] FILE...
// Exit 0: nothing found; 1: findings; 2: usage or input error.
import fs from 'node:fs';
import path from 'node:path';
import { parseArgs } from 'node:util';
import { analyse } from '../core/analyse';
import { Corpus } from '../core/corpus/index';
import { loadCorpus } from '../core/corpus/corpus';
import { seedsFolder } from '../core/seeds';
import { LineIndex } from '../core/text/lines';
import { readDraft } from '../core/text/input';

const USAGE = 'usage: policy-lint [--corpus DIR]... [--no-seeds] [--format text|json] FILE...';

function main(argv: string[]): number {
  let args;
  try {
    args = parseArgs({
      args: argv,
      allowPositionals: true,
      options: {
        corpus: { type: 'string', multiple: true, default: [] },
        'no-seeds': { type: 'boolean', default: false },
        format: { type: 'string', default: 'text' },
        help: { type: 'boolean', short: 'h', default: false },
      },
    });
  } catch (e) {
    process.stderr.write(`policy-lint: ${(e as Error).message}\n${USAGE}\n`);
    return 2;
  }
  const { values, positionals } = args;
  if (values.help) {
    process.stdout.write(`${USAGE}\n`);
    return 0;
  }
  if (!positionals.length || !['text', 'json'].includes(values.format!)) {
    process.stderr.write(`policy-lint: ${positionals.length ? `unknown format '${values.format}'` : 'no file given'}\n${USAGE}\n`);
    return 2;
  }
  const folders = [...(values['no-seeds'] ? [] : [seedsFolder()]), ...values.corpus!.map((d) => path.resolve(d))];
  const load = loadCorpus(folders);
  for (const error of load.errors) process.stderr.write(`policy-lint: ${error}\n`);
  const corpus = Corpus.from(load);

  let found = 0;
  let failed = false;
  const json: unknown[] = [];
  for (const file of positionals) {
    const draft = readDraft(file);
    if ('error' in draft) {
      process.stderr.write(`policy-lint: ${draft.error}\n`);
      failed = true;
      continue;
    }
    const { findings } = analyse(draft.text, corpus);
    const lines = new LineIndex(draft.text);
    const at = (offset: number) => {
      const line = lines.lineOf(offset);
      return { line: line + 1, column: offset - lines.lineStart(line) + 1 };
    };
    for (const f of findings) {
      found++;
      const start = at(f.start);
      if (values.format === 'json') {
        json.push({ file, ...start, end: at(f.end), rule: f.rule, message: f.message, citations: f.citations });
      } else {
        process.stdout.write(`${file}:${start.line}:${start.column}  ${f.rule}  ${f.message}\n`);
      }
    }
  }
  if (values.format === 'json') process.stdout.write(`${JSON.stringify(json, null, 2)}\n`);
  if (failed) return 2;
  return found ? 1 : 0;
}

process.exitCode = main(process.argv.slice(2));
