// What each source of direction words adds: builds the server and CLI once per setting of the
// WordNet switch (server/src/core/claims/wordnet.ts, through esbuild `define`, into
// server/out/wordnet/NAME/), scores the shared and the project's own cases with each, and lists
// every corpus-contradiction finding that differs from the curated table alone, with its line
// and the CLI's message. Also counts the action claims of the seed sentences.
//   node scripts/measure-wordnet.mjs [--only NAME,...] [--no-score]
import { spawnSync } from 'node:child_process';
import fs from 'node:fs';
import path from 'node:path';
import { fileURLToPath } from 'node:url';
import { createRequire } from 'node:module';
import { build } from 'esbuild';

const ROOT = path.resolve(path.dirname(fileURLToPath(import.meta.url)), '..');
// The shared cases and scorer: beside the project (as `npm run score` finds them), else /work/shared/eval.
const SHARED = [path.join(ROOT, '../shared/eval'), '/work/shared/eval'].find((d) =>
  fs.existsSync(path.join(d, 'score.mjs')),
);
const SCORE = path.join(SHARED, 'score.mjs');
const args = process.argv.slice(2);

export const VARIANTS = {
  table: { antonyms: 'none', derivations: false },
  'table+antonyms(verbs)': { antonyms: 'verbs', derivations: false },
  'table+antonyms(all)': { antonyms: 'verbs+adjectives', derivations: false },
  'table+derivations': { antonyms: 'none', derivations: true },
  'table+both(verbs)': { antonyms: 'verbs', derivations: true },
  'table+both(all)': { antonyms: 'verbs+adjectives', derivations: true },
  'table+antonyms(change)': { antonyms: 'verbs', verbKinds: ['change'], derivations: false },
  'table+both(change)': { antonyms: 'verbs', verbKinds: ['change'], derivations: true },
  'table+antonyms(change+social)': { antonyms: 'verbs', verbKinds: ['change', 'social'], derivations: false },
  'table+both(change+social)': { antonyms: 'verbs', verbKinds: ['change', 'social'], derivations: true },
};
const only = args.includes('--only') ? args[args.indexOf('--only') + 1].split(',') : Object.keys(VARIANTS);
const dirOf = (name) => path.join(ROOT, 'server/out/wordnet', name.replace(/[^a-z0-9+]+/gi, '-').replace(/-$/, ''));

const alias = { 'jsonc-parser': './node_modules/jsonc-parser/lib/esm/main.js' };
async function buildVariant(name) {
  const define = { __POLICY_LINT_WORDNET__: JSON.stringify(VARIANTS[name]) };
  const common = {
    alias,
    define,
    bundle: true,
    platform: 'node',
    format: 'cjs',
    target: 'node20',
    logLevel: 'warning',
    absWorkingDir: ROOT,
  };
  const out = dirOf(name);
  await Promise.all([
    build({ ...common, entryPoints: ['server/src/lsp/server.ts'], outfile: path.join(out, 'server.js') }),
    build({ ...common, entryPoints: ['server/src/lsp/corpus-worker.ts'], outfile: path.join(out, 'corpus-worker.js') }),
    build({ ...common, entryPoints: ['server/src/cli/main.ts'], outfile: path.join(out, 'cli.js') }),
    build({
      ...common,
      stdin: {
        contents:
          "export { claimsOfSentence } from './server/src/core/claims/index'; " +
          "export { mayHaveAction, actionClaims } from './server/src/core/claims/action';",
        resolveDir: ROOT,
        loader: 'ts',
      },
      outfile: path.join(out, 'claims.js'),
    }),
  ]);
  return out;
}

/**
 * Action claims of the seed sentences (split as the mayHaveAction test splits them), and how many pass the prefilter.
 */
async function countClaims(out) {
  const { claimsOfSentence, mayHaveAction, actionClaims } = createRequire(import.meta.url)(path.join(out, 'claims.js'));
  const dir = path.join(ROOT, 'seeds');
  const sentences = fs
    .readdirSync(dir)
    .flatMap((f) => fs.readFileSync(path.join(dir, f), 'utf8').split(/(?<=[.;:!?])\s+|\n+/));
  let actions = 0;
  let missed = 0;
  const words = new Map();
  for (const s of sentences) {
    // mayHaveAction only skips work: a sentence with an action claim must pass it.
    if (!mayHaveAction(s) && actionClaims(s).length) missed++;
    for (const a of claimsOfSentence(s).actions) {
      actions++;
      words.set(a.direction, (words.get(a.direction) ?? 0) + 1);
    }
  }
  return {
    sentences: sentences.length,
    actions,
    missed,
    directions: words,
    prefilter: sentences.filter((s) => mayHaveAction(s)).length,
  };
}

function score(out, cases, json) {
  const cmd = [
    'node',
    SCORE,
    '--server',
    `node ${path.join(out, 'server.js')} --stdio`,
    '--json',
    json,
    ...(cases ? ['--cases', cases] : []),
  ];
  const r = spawnSync(cmd[0], cmd.slice(1), { cwd: ROOT, encoding: 'utf8' });
  if (r.status !== 0 && !fs.existsSync(json)) throw new Error(r.stderr);
  return JSON.parse(fs.readFileSync(json, 'utf8'));
}

/** Lines of corpus-contradiction findings per case: true positives (gold lines not missed) and false positives. */
function findingsOf(result, casesDir) {
  const out = new Map();
  for (const c of result.results) {
    const gold = JSON.parse(fs.readFileSync(path.join(casesDir, `${c.name}.gold.json`), 'utf8'));
    const r = c.perRule['corpus-contradiction'];
    if (!r || typeof r !== 'object') continue;
    const goldLines = gold.findings.filter((f) => f.rule === 'corpus-contradiction').map((f) => f.line);
    out.set(c.name, { tp: goldLines.filter((l) => !r.fn.includes(l)), fp: r.fp });
  }
  return out;
}

/** The CLI's corpus-contradiction messages on one line of a case, with the case's corpus. */
function messages(out, casesDir, name, line) {
  const gold = JSON.parse(fs.readFileSync(path.join(casesDir, `${name}.gold.json`), 'utf8'));
  const corpusArgs = [];
  if (gold.corpus) {
    const dir = fs.mkdtempSync('/tmp/wn-corpus-');
    for (const f of gold.corpus) fs.copyFileSync(path.join(ROOT, 'seeds', f), path.join(dir, f));
    corpusArgs.push('--no-seeds', '--corpus', dir);
  }
  const r = spawnSync(
    'node',
    [path.join(out, 'cli.js'), '--no-cache', '--format', 'json', ...corpusArgs, path.join(casesDir, `${name}.md`)],
    { cwd: ROOT, encoding: 'utf8' },
  );
  let found;
  try {
    found = JSON.parse(r.stdout).filter(
      (d) => d.rule === 'corpus-contradiction' && d.line <= line && (d.end?.line ?? d.line) >= line,
    );
  } catch {
    return [`(cli output not read: ${r.stdout.slice(0, 200)})`];
  }
  return found.map((d) => d.message);
}

const report = [];
const casesSets = [
  ['shared', null, path.join(SHARED, 'cases')],
  ['own', 'test/cases', path.join(ROOT, 'test/cases')],
];
const results = {};
for (const name of only) {
  const out = await buildVariant(name);
  const claims = await countClaims(out);
  results[name] = { out, claims };
  report.push(
    `${name}: seed sentences ${claims.sentences}, through the prefilter ${claims.prefilter} ` +
      `(claims it would skip: ${claims.missed}), action claims ${claims.actions}`,
  );
  if (args.includes('--no-score')) continue;
  for (const [set, cases, dir] of casesSets) {
    const json = path.join(out, `score-${set}.json`);
    const s = score(out, cases, json);
    results[name][set] = { summary: s.summary, findings: findingsOf(s, dir) };
    const rules = Object.entries(s.summary.rules).map(
      ([rule, v]) =>
        `${rule} P ${(100 * v.precision).toFixed(1)} R ${(100 * v.recall).toFixed(1)} ` +
        `(tp ${v.tp} fp ${v.fp} fn ${v.fn})`,
    );
    report.push(`  ${set}: ${rules.join('; ')}; macro F1 ${(100 * s.summary.macroF1).toFixed(1)}`);
  }
}

// Findings that differ from the curated table alone.
if (results.table && !args.includes('--no-score')) {
  for (const name of only.filter((n) => n !== 'table')) {
    for (const [set, , dir] of casesSets) {
      for (const [c, f] of results[name][set].findings) {
        const base = results.table[set].findings.get(c);
        const text = fs.readFileSync(path.join(dir, `${c}.md`), 'utf8').split('\n');
        const show = (kind, line) => {
          report.push(`  ${name} ${kind} ${set}/${c}:${line}: ${text[line - 1]?.trim()}`);
          for (const m of messages(results[name].out, dir, c, line)) report.push(`      -> ${m}`);
        };
        for (const l of f.tp.filter((l) => !base.tp.includes(l))) show('NEW TP', l);
        for (const l of base.tp.filter((l) => !f.tp.includes(l))) show('LOST TP', l);
        for (const l of f.fp.filter((l) => !base.fp.includes(l))) show('NEW FP', l);
        for (const l of base.fp.filter((l) => !f.fp.includes(l))) show('GONE FP', l);
      }
    }
  }
}
// Direction words that yield claims in a variant and not in the curated table alone.
if (results.table) {
  for (const name of only.filter((n) => n !== 'table')) {
    const added = [...results[name].claims.directions]
      .filter(([d]) => !results.table.claims.directions.has(d))
      .sort((a, b) => b[1] - a[1]);
    report.push(
      `${name}: new direction words in seed claims (${added.length}): ${added.map(([d, n]) => `${d} ${n}`).join(', ')}`,
    );
  }
}
console.log(report.join('\n'));
