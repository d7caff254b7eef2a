// `npm run bench [-- --quick] [-- options]`: drives the BUILT server over stdio with real LSP against a
// synthetic corpus and draft (scripts/bench/generate.mjs), then times the CLI and jscpd on the same
// inputs. Human-readable lines first; the LAST line of stdout is one JSON object:
// {"corpusDocs","corpusMB","coldIndexMs","warmStartMs","fullLintMs","editP50Ms","editP95Ms",
//  "peakRssMB","cliMs","jscpdMs"}
// (a measure that could not be taken is null, and the exit code is 1).
//
// Options:
//   --quick            1,000 corpus documents (default 10,000)
//   --docs N           N corpus documents
//   --edits N          single-character edits to time (default 100)
//   --timeout-scale X  multiply every time limit by X (default 1)
//   --cpu-prof         run the server and the CLI under `node --cpu-prof`, profiles into the run's folder
//                      (or --prof-dir DIR), and print the functions with the most self time
//                      (scripts/bench/profile-top.mjs)
//   --sparse-draft     a draft with about a tenth of the findings (see makeDraft), instead of the default
//   --no-cli, --no-jscpd   skip those steps
// POLICY_LINT_SERVER_JS / POLICY_LINT_CLI_JS override the bundles under test.
import { spawn, spawnSync } from 'node:child_process';
import fs from 'node:fs';
import os from 'node:os';
import path from 'node:path';
import { parseArgs } from 'node:util';
import { pathToFileURL } from 'node:url';
import { ensureInputs, prng, ROOT } from './generate.mjs';
import { LspServer, sleep } from './lsp.mjs';
import { summarise } from './profile-top.mjs';

const { values: opts } = parseArgs({
  args: process.argv.slice(2),
  options: {
    quick: { type: 'boolean', default: false },
    docs: { type: 'string' },
    edits: { type: 'string', default: '100' },
    'timeout-scale': { type: 'string', default: '1' },
    'cpu-prof': { type: 'boolean', default: false },
    'prof-dir': { type: 'string' },
    'sparse-draft': { type: 'boolean', default: false },
    'no-cli': { type: 'boolean', default: false },
    'no-jscpd': { type: 'boolean', default: false },
  },
  allowPositionals: true,
});

const DOCS = Number(opts.docs ?? (opts.quick ? 1000 : 10_000));
const EDITS = Number(opts.edits);
const SCALE = Number(opts['timeout-scale']);
const SERVER_JS = path.resolve(process.env.POLICY_LINT_SERVER_JS ?? path.join(ROOT, 'server/out/server.js'));
const CLI_JS = path.resolve(process.env.POLICY_LINT_CLI_JS ?? path.join(ROOT, 'server/out/cli.js'));
const SEED_FILES = fs.readdirSync(path.join(ROOT, 'seeds')).filter((f) => /\.(txt|md|markdown)$/.test(f)).length;

// Time limits (ms). Quick: sized so that a server within its budgets finishes well under a minute,
// while today's slow paths still end instead of hanging.
const T = Object.fromEntries(
  Object.entries(
    opts.quick
      ? { index: 60_000, lint: 30_000, edit: 15_000, edits: 60_000, cli: 60_000, jscpd: 30_000, statusGrace: 1_500 }
      : {
          index: 300_000,
          lint: 120_000,
          edit: 60_000,
          edits: 300_000,
          cli: 300_000,
          jscpd: 120_000,
          statusGrace: 3_000,
        },
  ).map(([k, v]) => [k, k === 'statusGrace' ? v : v * SCALE]),
);

const progress = (m) => process.stderr.write(`[bench] ${m}\n`);
const out = [];
const say = (m) => {
  out.push(m);
  console.log(m);
};
const errors = [];
const fail = (step, e) => {
  errors.push(`${step}: ${e.message ?? e}`);
  progress(`${step} FAILED: ${(e.message ?? String(e)).split('\n')[0]}`);
};
const round = (n, d = 0) => (n == null || !Number.isFinite(n) ? null : Math.round(n * 10 ** d) / 10 ** d);
const pct = (sorted, p) =>
  sorted.length ? sorted[Math.min(sorted.length - 1, Math.ceil((p / 100) * sorted.length) - 1)] : null;

if (!fs.existsSync(SERVER_JS) || !fs.existsSync(CLI_JS)) {
  console.error(
    `${path.relative(ROOT, SERVER_JS)} or ${path.relative(ROOT, CLI_JS)} is missing: run \`npm run build\` first.`,
  );
  process.exit(2);
}

const result = {
  corpusDocs: DOCS,
  corpusMB: null,
  coldIndexMs: null,
  warmStartMs: null,
  fullLintMs: null,
  editP50Ms: null,
  editP95Ms: null,
  peakRssMB: null,
  cliMs: null,
  jscpdMs: null,
};

const workDir = fs.mkdtempSync(path.join(os.tmpdir(), 'policy-lint-bench-run-'));
const cacheFolder = path.join(workDir, 'index-cache');
fs.mkdirSync(cacheFolder);
const profDir = opts['cpu-prof'] ? path.resolve(opts['prof-dir'] ?? path.join(workDir, 'profiles')) : undefined;
if (profDir) fs.mkdirSync(profDir, { recursive: true });
const profArgs = (tag) =>
  profDir ? ['--cpu-prof', `--cpu-prof-dir=${profDir}`, `--cpu-prof-name=${tag}.cpuprofile`] : [];

let servers = [];
const started = performance.now();
try {
  // ---- inputs ----
  const inputs = ensureInputs(DOCS, { log: progress, sparse: opts['sparse-draft'] });
  result.corpusMB = round(inputs.corpusBytes / 1048576, 1);
  const draftText = fs.readFileSync(inputs.draftPath, 'utf8');
  const draftUri = pathToFileURL(inputs.draftPath).href;
  const settings = {
    corpus: { paths: [inputs.corpusDir], includeSeeds: true },
    analysis: { debounceMs: 0, timeBudgetMs: 60000 },
    cache: { folder: cacheFolder },
  };
  say(`corpus: ${DOCS} documents, ${result.corpusMB} MB in ${inputs.corpusDir} (+ ${SEED_FILES} seeds)`);
  say(`draft: ${inputs.draftPath} (${(draftText.length / 1024).toFixed(0)} KB, ${draftText.split('\n').length} lines)`);
  say(`server: ${path.relative(ROOT, SERVER_JS)}; index cache folder (fresh): ${cacheFolder}`);

  // ---- cold and warm start ----
  const startServer = async (label) => {
    const server = new LspServer({ serverJs: SERVER_JS, cwd: ROOT, settings, nodeArgs: profArgs(`server-${label}`) });
    servers.push(server);
    const statuses = [];
    server.onNotification((m, p, at) => m === 'policyLint/status' && statuses.push({ ...p, at }));
    // A `ready` for a partial corpus (e.g. seeds only, before the folders are read) does not count.
    const expectedFiles = DOCS;
    const ready = server.waitFor(
      'policyLint/status',
      (p) => p?.state === 'ready' && !(typeof p.files === 'number' && p.files < expectedFiles),
      T.index,
      `policyLint/status ready (${expectedFiles} files)`,
    );
    const tInit = performance.now();
    await server.initialize(T.index);
    const probeUri = pathToFileURL(path.join(workDir, `probe-${label}.md`)).href;
    const probe = server.waitFor(
      'textDocument/publishDiagnostics',
      (p) => p?.uri === probeUri,
      T.index,
      'diagnostics of the one-line probe draft',
    );
    const t0 = performance.now();
    server.notify('initialized', {});
    server.notify('textDocument/didOpen', {
      textDocument: {
        uri: probeUri,
        languageId: 'markdown',
        version: 1,
        text: 'We will increase funding for adult social care.\n',
      },
    });
    const first = await Promise.race([
      ready.then((r) => ({ kind: 'status', r })),
      probe.then((r) => ({ kind: 'probe', r })),
    ]);
    let via;
    let ms;
    let status;
    if (first.kind === 'status') {
      via = 'policyLint/status';
      ms = first.r.at - t0;
      status = first.r.params;
    } else {
      // Prefer the notification: wait for it if the server has sent any status, else for a short grace.
      const r = await Promise.race([ready, sleep(statuses.length ? T.index : T.statusGrace).then(() => null)]).catch(
        () => null,
      );
      if (r) {
        via = 'policyLint/status';
        ms = r.at - t0;
        status = r.params;
      } else {
        via = 'fallback: first diagnostics of a one-line draft';
        ms = first.r.at - t0;
      }
    }
    if (ms < 0) {
      // The server was ready before `initialized` (it indexed during initialize): time from initialize.
      ms = ms + (t0 - tInit);
      via += ', timed from initialize (ready came before initialized)';
    }
    ready.cancel();
    probe.cancel();
    server.notify('textDocument/didClose', { textDocument: { uri: probeUri } });
    const info = status ? ` (server says: ${status.files} files, ${status.passages} passages, ${status.ms} ms)` : '';
    return { server, ms, via, info, statuses };
  };

  const cold = await startServer('cold').catch((e) => fail('cold start', e));
  if (cold) {
    result.coldIndexMs = round(cold.ms);
    say(`coldIndexMs  ${result.coldIndexMs} ms  via ${cold.via}${cold.info}`);
    const mem = cold.server.memory();
    say(
      `  cold server VmHWM ${mem.peakMB.toFixed(0)} MB` +
        (mem.children ? ` (+${mem.childPeakMB.toFixed(0)} MB in ${mem.children} child processes)` : ''),
    );
    // A server that runs a while reads the corpus's claims and saves them (as a user's first session
    // would): wait for that, so the warm start measures what a second session starts with.
    const claimsLine = (m) => typeof m === 'string' && m.startsWith('Corpus claims ready');
    const logged = cold.server.log.find(claimsLine)
      ? { params: { message: cold.server.log.find(claimsLine) } }
      : await cold.server
          .waitFor('window/logMessage', (p) => claimsLine(p?.message), Math.min(T.index, 120_000), 'the corpus claims')
          .catch(() => null);
    say(`  ${logged ? logged.params.message : 'no "Corpus claims ready" line from the cold server (an older build?)'}`);
    if (logged) await sleep(3000);
    await cold.server.stop();
  }
  const cacheFiles = fs.readdirSync(cacheFolder, { recursive: true });
  say(
    `  index cache folder after cold start: ${cacheFiles.length} entries` +
      (cacheFiles.length ? '' : ' (nothing persisted: the warm start will re-index)'),
  );

  const warm = await startServer('warm').catch((e) => fail('warm start', e));
  if (warm) {
    result.warmStartMs = round(warm.ms);
    say(`warmStartMs  ${result.warmStartMs} ms  via ${warm.via}${warm.info}`);
    const server = warm.server;

    // ---- full lint ----
    const published = [];
    server.onNotification(
      (m, p, at) =>
        m === 'textDocument/publishDiagnostics' &&
        p.uri === draftUri &&
        published.push({ version: p.version, n: p.diagnostics.length, at }),
    );
    let lintOk = false;
    try {
      const wait = server.waitFor(
        'textDocument/publishDiagnostics',
        (p) => p.uri === draftUri && (p.version === 1 || p.version == null),
        T.lint,
        'diagnostics of the draft',
      );
      const t0 = performance.now();
      server.notify('textDocument/didOpen', {
        textDocument: { uri: draftUri, languageId: 'markdown', version: 1, text: draftText },
      });
      const { params, at } = await wait;
      result.fullLintMs = round(at - t0);
      lintOk = true;
      const byRule = {};
      for (const d of params.diagnostics) byRule[d.code] = (byRule[d.code] ?? 0) + 1;
      say(
        `fullLintMs   ${result.fullLintMs} ms  (${params.diagnostics.length} diagnostics: ${Object.entries(byRule)
          .map(([k, v]) => `${k} ${v}`)
          .join(', ')})`,
      );
      // A server may stop early (size or time budget) and say so: then this was not a full lint.
      for (const d of params.diagnostics.filter((d) => d.code === 'not-checked').slice(0, 2)) {
        say(`  WARNING: not the whole draft was checked (line ${d.range.start.line + 1}): ${d.message}`);
      }
    } catch (e) {
      fail('full lint', e);
    }

    // ---- edits ----
    if (lintOk && EDITS > 0) {
      const lines = draftText.split('\n');
      const candidates = lines.map((l, i) => i).filter((i) => lines[i].length > 20 && !lines[i].startsWith('#'));
      const rng = prng(99);
      const times = [];
      let version = 1;
      let partial = 0;
      const deadline = performance.now() + T.edits;
      try {
        for (let k = 0; k < EDITS; k++) {
          if (performance.now() > deadline) throw new Error(`edit phase over its ${T.edits} ms limit after ${k} edits`);
          const line = candidates[Math.floor(((k + 0.5) * candidates.length) / EDITS)];
          const text = lines[line];
          const col = 2 + rng.int(text.length - 4);
          // Alternate typing a letter and deleting one, so the draft stays about the same.
          const insert = k % 2 === 0;
          const ch = 'etaoinshr'[rng.int(9)];
          const change = insert
            ? { range: { start: { line, character: col }, end: { line, character: col } }, text: ch }
            : { range: { start: { line, character: col }, end: { line, character: col + 1 } }, text: '' };
          lines[line] = insert ? text.slice(0, col) + ch + text.slice(col) : text.slice(0, col) + text.slice(col + 1);
          const v = ++version;
          const wait = server.waitFor(
            'textDocument/publishDiagnostics',
            (p) => p.uri === draftUri && p.version === v,
            Math.round(Math.min(T.edit, Math.max(1, deadline - performance.now()))),
            `diagnostics of version ${v}`,
          );
          const t0 = performance.now();
          server.notify('textDocument/didChange', {
            textDocument: { uri: draftUri, version: v },
            contentChanges: [change],
          });
          const { params, at } = await wait;
          times.push(at - t0);
          if (params.diagnostics.some((d) => d.code === 'not-checked')) partial++;
        }
      } catch (e) {
        fail('edits', e);
      }
      const sorted = [...times].sort((a, b) => a - b);
      if (sorted.length) {
        result.editP50Ms = round(pct(sorted, 50), 1);
        result.editP95Ms = round(pct(sorted, 95), 1);
        say(
          `editP50Ms    ${result.editP50Ms} ms  editP95Ms ${result.editP95Ms} ms  ` +
            `(${sorted.length}/${EDITS} single-character edits; ` +
            `min ${sorted[0].toFixed(1)}, max ${sorted.at(-1).toFixed(1)} ms)`,
        );
        // The first edits after opening also pay for V8 compiling the edit path: shown apart, for reading the tail.
        if (times.length > 10) {
          const later = times.slice(5).sort((a, b) => a - b);
          const first5 = times
            .slice(0, 5)
            .map((t) => t.toFixed(0))
            .join(', ');
          say(
            `  first 5 edits ${first5} ms; ` +
              `the other ${later.length}: p50 ${pct(later, 50).toFixed(1)} ms, p95 ${pct(later, 95).toFixed(1)} ms`,
          );
        }
        if (partial)
          say(`  WARNING: ${partial} of these edits were answered with a partial check (a not-checked diagnostic)`);
        if (sorted[0] >= 195)
          say(
            '  note: no edit answered under 200 ms: the analysis is that slow, or the server ' +
              'does not honour analysis.debounceMs (its default debounce is 200 ms)',
          );
      }
    }

    const warmClaims = server.log.find((m) => typeof m === 'string' && m.startsWith('Corpus claims ready'));
    if (warmClaims) say(`  warm server: ${warmClaims}`);

    // ---- memory ----
    const mem = server.memory();
    result.peakRssMB = round(mem.peakMB);
    say(
      `peakRssMB    ${result.peakRssMB} MB  ` +
        `(VmHWM of the warm server at the end; VmRSS now ${mem.rssMB.toFixed(0)} MB` +
        (mem.children ? `; +${mem.childPeakMB.toFixed(0)} MB in ${mem.children} child processes` : '') +
        ')',
    );
    await server.stop();
  }
  for (const s of servers) await s.stop();
  servers = [];

  // ---- CLI ----
  const timed = (cmd, args, limit, stdoutFile) =>
    new Promise((resolve) => {
      const t0 = performance.now();
      const fd = stdoutFile ? fs.openSync(stdoutFile, 'w') : 'ignore';
      const child = spawn(cmd, args, { cwd: ROOT, stdio: ['ignore', fd, 'pipe'] });
      let stderr = '';
      child.stderr.on('data', (d) => (stderr = (stderr + d).slice(-4000)));
      const timer = setTimeout(() => child.kill('SIGKILL'), limit);
      child.on('error', (e) => (stderr += e.message));
      child.on('close', (code, signal) => {
        clearTimeout(timer);
        if (typeof fd === 'number') fs.closeSync(fd);
        resolve({ ms: performance.now() - t0, code, signal, stderr, timedOut: signal === 'SIGKILL' });
      });
    });

  if (!opts['no-cli']) {
    const outFile = path.join(workDir, 'cli.txt');
    const r = await timed(
      process.execPath,
      [...profArgs('cli'), CLI_JS, '--corpus', inputs.corpusDir, inputs.draftPath],
      T.cli,
      outFile,
    );
    if (r.timedOut) fail('cli', new Error(`killed after ${T.cli} ms`));
    else {
      const findings = fs.readFileSync(outFile, 'utf8').split('\n').filter(Boolean).length;
      // Exit 1 means findings; a crash also exits 1, but prints none.
      if (r.code === 0 || (r.code === 1 && findings > 0)) result.cliMs = round(r.ms);
      else fail('cli', new Error(`exit ${r.code ?? r.signal} with ${findings} findings: ${r.stderr}`));
    }
    if (result.cliMs != null) {
      const findings = fs.readFileSync(outFile, 'utf8').split('\n').filter(Boolean).length;
      say(
        `cliMs        ${result.cliMs} ms  ` +
          `(node server/out/cli.js --corpus <corpus> <draft>: exit ${r.code}, ${findings} findings)`,
      );
    }
  }

  // ---- jscpd ----
  // jscpd is installed on demand into a cache folder, not as a devDependency: its optional
  // per-platform packages keep `npm ci` from accepting any lock file that lists it.
  function jscpdBinary() {
    const prefix = path.join(os.homedir(), '.cache', 'policy-lint-bench', 'jscpd');
    const candidates = [
      path.join(ROOT, 'node_modules/jscpd-linux-x64-gnu/bin/jscpd'),
      path.join(prefix, 'node_modules/jscpd-linux-x64-gnu/bin/jscpd'),
    ];
    let bin = candidates.find((p) => fs.existsSync(p));
    if (!bin) {
      say('[bench] installing jscpd into ' + prefix);
      spawnSync(
        'npm',
        ['install', '--no-save', '--no-audit', '--no-fund', '--prefix', prefix, 'jscpd@5', 'jscpd-linux-x64-gnu@5'],
        { stdio: 'ignore', timeout: 180_000 },
      );
      bin = candidates.find((p) => fs.existsSync(p));
    }
    return bin;
  }
  if (!opts['no-jscpd']) {
    // The Rust binary directly (the npm wrapper only adds a Node start). Markdown and txt are different
    // jscpd formats: --cross-formats compares the .md draft with the .txt corpus. --min-lines 1 because a
    // draft sentence is one line (the default, 5 lines, finds no draft clone at all).
    const bin = jscpdBinary();
    if (!bin)
      fail(
        'jscpd',
        new Error(
          'could not install jscpd (npm install --prefix ~/.cache/policy-lint-bench/jscpd jscpd jscpd-linux-x64-gnu)',
        ),
      );
    else {
      const draftDir = path.join(workDir, 'jscpd-draft');
      const report = path.join(workDir, 'jscpd-report');
      fs.mkdirSync(draftDir);
      fs.copyFileSync(inputs.draftPath, path.join(draftDir, 'draft.md'));
      const args = [
        draftDir,
        inputs.corpusDir,
        '--min-tokens',
        '15',
        '--min-lines',
        '1',
        '--format',
        'markdown,txt',
        '--cross-formats',
        'markdown,txt',
        '--reporters',
        'json',
        '--output',
        report,
        '--silent',
        '--no-tips',
      ];
      const r = await timed(bin, args, T.jscpd);
      if (r.timedOut) fail('jscpd', new Error(`killed after ${T.jscpd} ms`));
      else if (r.code !== 0 && r.code !== 1) fail('jscpd', new Error(`exit ${r.code ?? r.signal}: ${r.stderr}`));
      else {
        result.jscpdMs = round(r.ms);
        let detail = '';
        try {
          const rep = JSON.parse(fs.readFileSync(path.join(report, 'jscpd-report.json'), 'utf8'));
          const inDraft = rep.duplicates.filter(
            (d) => /draft\.md/.test(d.firstFile.name) || /draft\.md/.test(d.secondFile.name),
          ).length;
          const { clones, sources } = rep.statistics.total;
          detail = `: ${clones} exact clones in ${sources} files, ${inDraft} involving the draft`;
        } catch {
          /* report unreadable: timing still stands */
        }
        say(
          `jscpdMs      ${result.jscpdMs} ms  (jscpd ${path.relative(ROOT, bin)} draft.md + corpus, ` +
            `--min-tokens 15 --min-lines 1 --cross-formats markdown,txt${detail})`,
        );
        if (result.cliMs)
          say(
            `  cli / jscpd = ${(result.cliMs / result.jscpdMs).toFixed(1)}× ` +
              '(jscpd finds exact token runs only, across all file pairs; ' +
              'the CLI finds near-copies, pledges and contradictions of the draft)',
          );
      }
    }
  }

  if (profDir) {
    say(`cpu profiles in ${profDir}:`);
    for (const f of fs
      .readdirSync(profDir)
      .filter((f) => f.endsWith('.cpuprofile'))
      .sort()) {
      say(`  ${f}`);
      for (const line of summarise(path.join(profDir, f), 12)) say(`    ${line}`);
    }
  }
} catch (e) {
  fail('bench', e);
} finally {
  for (const s of servers) await s.stop();
  if (!profDir) fs.rmSync(workDir, { recursive: true, force: true });
}

say(
  `total ${((performance.now() - started) / 1000).toFixed(1)} s${errors.length ? `; ${errors.length} step(s) failed: ${errors.join(' | ').replace(/\n/g, ' ').slice(0, 600)}` : ''}`,
);
console.log(JSON.stringify(result));
process.exitCode = errors.length ? 1 : 0;
