#!/usr/bin/env node
// Soak test: drives the BUILT language server over stdio with a long session of random edits
// (typing, deletions, pastes of corpus passages from seeds/, binary junk, line-ending changes),
// interleaved with hovers, code actions and applied quick fixes, and checks that
//   - the server never exits and never logs "Unhandled" / "Uncaught" (stderr and window/logMessage),
//   - every request is answered within the timeout,
//   - each sync point gets diagnostics for the current version, every range inside the document,
//   - an applied quick fix removes only the flagged text plus whitespace (nothing is lost),
//   - RSS at the end is within 15% of RSS after warm-up (/proc/<pid>/status VmRSS).
// Prints its figures and a last line `soak: N passed, M failed`; exits 1 when anything failed.
//
//   npm run soak                       10,000 edits
//   npm run soak -- --edits 2000       fewer
//   options: --seed S  --max-seconds T (default 600; the run stops by itself)  --sync-every K
//            --server path/to/server.js (default $POLICY_LINT_SERVER_JS or server/out/server.js)
//            --verbose
import { spawn } from 'node:child_process';
import fs from 'node:fs';
import os from 'node:os';
import path from 'node:path';
import { fileURLToPath, pathToFileURL } from 'node:url';
import { parseArgs } from 'node:util';
import { prng } from './lib/prng.mjs';

const ROOT = path.resolve(path.dirname(fileURLToPath(import.meta.url)), '..');
const { values: opts } = parseArgs({
  options: {
    edits: { type: 'string', default: '10000' },
    // Edits made before RSS is first measured (default: a quarter of --edits, at least 500). The
    // server's caches fill to their caps over the first couple of thousand edits; a short run
    // measures steady state only after a warm-up that long.
    warmup: { type: 'string' },
    seed: { type: 'string', default: '20250909' },
    'max-seconds': { type: 'string', default: '600' },
    'sync-every': { type: 'string', default: '40' },
    server: { type: 'string' },
    verbose: { type: 'boolean', default: false },
  },
});
const WARMUP = opts.warmup !== undefined ? Number(opts.warmup) : undefined;
const EDITS = Number(opts.edits) + (WARMUP ?? 0);
const MAX_MS = Number(opts['max-seconds']) * 1000;
const SYNC_EVERY = Math.max(1, Number(opts['sync-every']));
const SERVER = path.resolve(
  opts.server ?? process.env.POLICY_LINT_SERVER_JS ?? path.join(ROOT, 'server/out/server.js'),
);
const REQUEST_TIMEOUT = 10_000;
const DIAG_TIMEOUT = 20_000;
const MAX_DOC = 24 * 1024;
if (!Number.isInteger(EDITS) || EDITS < 1) {
  console.error('soak: --edits must be a positive integer');
  process.exit(2);
}
if (!fs.existsSync(SERVER)) {
  console.error(`soak: ${path.relative(ROOT, SERVER)} is missing: run \`npm run build\` first.`);
  process.exit(2);
}

// ---- randomness (seeded: a failure reproduces with the same --seed) ----
const rand = prng(Number(opts.seed));
const int = rand.int;
const pick = rand.pick;

// ---- text model (UTF-16 offsets, line breaks \r\n, \r, \n as LSP counts them) ----
function lineStarts(text) {
  const starts = [0];
  for (let i = 0; i < text.length; i++) {
    const c = text.charCodeAt(i);
    if (c === 13 && text.charCodeAt(i + 1) === 10) {
      starts.push(i + 2);
      i++;
    } else if (c === 10 || c === 13) starts.push(i + 1);
  }
  return starts;
}
function positionAt(starts, offset) {
  let lo = 0;
  let hi = starts.length - 1;
  while (lo < hi) {
    const mid = (lo + hi + 1) >> 1;
    if (starts[mid] <= offset) lo = mid;
    else hi = mid - 1;
  }
  return { line: lo, character: offset - starts[lo] };
}
/** Content length of each line (without its line break). */
function lineLengths(text, starts) {
  return starts.map((s, i) => {
    let end = i + 1 < starts.length ? starts[i + 1] : text.length;
    if (i + 1 < starts.length) {
      if (text[end - 1] === '\n') end--;
      if (text[end - 1] === '\r') end--;
    }
    return end - s;
  });
}
function offsetAt(text, starts, pos) {
  if (pos.line >= starts.length) return text.length;
  const next = pos.line + 1 < starts.length ? starts[pos.line + 1] : text.length;
  return Math.min(starts[pos.line] + pos.character, next);
}
/** Never edit between \r and \n: the server's document would split the pair differently. */
function safeOffset(text, o) {
  o = Math.max(0, Math.min(text.length, o));
  if (o > 0 && text[o - 1] === '\r' && text[o] === '\n') o++;
  return o;
}

// ---- corpus passages to paste ----
const seedsDir = path.join(ROOT, 'seeds');
const PASSAGES = fs
  .readdirSync(seedsDir)
  .filter((f) => f.endsWith('.txt'))
  .flatMap((f) => fs.readFileSync(path.join(seedsDir, f), 'utf8').split(/\r?\n/))
  .map((l) => l.trim())
  .filter((l) => l.length > 40 && l.length < 600);
const WORDS =
  'we will increase funding for care staff and every hospital council budget ' +
  'nurses patients within years by 2030 £ million per cent not the a of in to'.split(' ');
const typed = () => {
  const k = int(4);
  if (k === 0) return pick('abcdefghijklmnopqrstuvwxyz .,;'.split(''));
  if (k === 1) return pick(WORDS) + ' ';
  if (k === 2) return Array.from({ length: 3 + int(12) }, () => pick(WORDS)).join(' ') + '. ';
  return pick([
    '\n',
    '\n\n',
    '- ',
    '# ',
    '> ',
    '1. ',
    '**',
    '_',
    '`',
    '|',
    '---\n',
    '```\n',
    '<!-- ',
    ' -->',
    '[link](http://x)',
  ]);
};
const junk = () => {
  let s = '';
  const n = 1 + int(64);
  for (let i = 0; i < n; i++) {
    const x = rand();
    if (x < 0.05)
      s += String.fromCharCode(0xd800 + int(0x800)); // lone surrogate
    else if (x < 0.15) s += '\u0000';
    else if (x < 0.2) s += '\r';
    else s += String.fromCharCode(int(256));
  }
  return s;
};

// ---- the wire ----
const tmp = fs.mkdtempSync(path.join(os.tmpdir(), 'policy-lint-soak-'));
const uri = pathToFileURL(path.join(tmp, 'soak-draft.md')).href;
const proc = spawn(process.execPath, [SERVER, '--stdio'], { cwd: ROOT, stdio: ['pipe', 'pipe', 'pipe'] });
let exited = null;
let stderr = '';
const logs = [];
let buf = Buffer.alloc(0);
let nextId = 1;
const pending = new Map();
const publishes = [];
let publishWaiter = null;

proc.on('exit', (code, signal) => {
  exited = { code, signal };
  for (const [, p] of pending) p.reject(new Error(`server exited (${code ?? signal})`));
  pending.clear();
});
proc.stdin.on('error', () => {});
proc.stderr.on('data', (d) => {
  stderr = (stderr + d.toString()).slice(-100_000);
});
proc.stdout.on('data', (d) => {
  buf = Buffer.concat([buf, d]);
  for (;;) {
    const h = buf.indexOf('\r\n\r\n');
    if (h < 0) return;
    const m = /Content-Length:\s*(\d+)/i.exec(buf.subarray(0, h).toString('ascii'));
    const len = Number(m?.[1]);
    if (buf.length < h + 4 + len) return;
    const msg = JSON.parse(buf.subarray(h + 4, h + 4 + len).toString('utf8'));
    buf = buf.subarray(h + 4 + len);
    onMessage(msg);
  }
});
function send(msg) {
  if (exited) throw new Error(`server exited (${exited.code ?? exited.signal})`);
  const body = Buffer.from(JSON.stringify({ jsonrpc: '2.0', ...msg }), 'utf8');
  proc.stdin.write(Buffer.concat([Buffer.from(`Content-Length: ${body.length}\r\n\r\n`, 'ascii'), body]));
}
function onMessage(msg) {
  if (msg.method === undefined) {
    const p = pending.get(msg.id);
    if (!p) return;
    pending.delete(msg.id);
    clearTimeout(p.timer);
    if (msg.error) p.reject(new Error(`${p.method}: ${msg.error.message} (${msg.error.code})`));
    else p.resolve(msg.result);
    return;
  }
  if (msg.id !== undefined) {
    // workspace/configuration and friends: defaults (the seeds are the corpus).
    const result = msg.method === 'workspace/configuration' ? (msg.params?.items ?? []).map(() => ({})) : null;
    send({ id: msg.id, result });
    return;
  }
  if (msg.method === 'textDocument/publishDiagnostics' && msg.params.uri === uri) {
    const entry = { at: Date.now(), ...msg.params };
    publishes.push(entry);
    if (publishes.length > 50) publishes.shift();
    if (publishWaiter && publishWaiter.test(entry)) publishWaiter.resolve(entry);
  } else if (msg.method === 'window/logMessage' || msg.method === 'window/showMessage') {
    logs.push(String(msg.params?.message));
    if (logs.length > 2000) logs.shift();
  }
}
function request(method, params, timeout = REQUEST_TIMEOUT) {
  const id = nextId++;
  return new Promise((resolve, reject) => {
    const timer = setTimeout(() => {
      pending.delete(id);
      reject(new Error(`${method} timed out after ${timeout} ms`));
    }, timeout);
    pending.set(id, { method, resolve, reject, timer });
    try {
      send({ id, method, params });
    } catch (e) {
      clearTimeout(timer);
      pending.delete(id);
      reject(e);
    }
  });
}
const notify = (method, params) => send({ method, params });
const sleep = (ms) => new Promise((r) => setTimeout(r, ms));
function waitForVersion(version, timeout = DIAG_TIMEOUT) {
  const hit = publishes.find((p) => p.version === version);
  if (hit) return Promise.resolve(hit);
  return new Promise((resolve, reject) => {
    const timer = setTimeout(() => {
      publishWaiter = null;
      reject(
        new Error(
          `no diagnostics for version ${version} within ${timeout} ms (last published: ${publishes.at(-1)?.version})`,
        ),
      );
    }, timeout);
    publishWaiter = {
      test: (p) => p.version === version,
      resolve: (p) => {
        clearTimeout(timer);
        publishWaiter = null;
        resolve(p);
      },
    };
  });
}
function rssKb() {
  try {
    const m = /VmRSS:\s*(\d+)\s*kB/.exec(fs.readFileSync(`/proc/${proc.pid}/status`, 'utf8'));
    return m ? Number(m[1]) : undefined;
  } catch {
    return undefined;
  }
}
async function rssSample() {
  const xs = [];
  for (let i = 0; i < 3; i++) {
    await sleep(300);
    const v = rssKb();
    if (v !== undefined) xs.push(v);
  }
  xs.sort((a, b) => a - b);
  return xs[Math.floor(xs.length / 2)];
}

// ---- bookkeeping ----
let passed = 0;
let failed = 0;
const failures = [];
function check(ok, what, detail = '') {
  if (ok) passed++;
  else {
    failed++;
    if (failures.length < 50) failures.push(`${what}${detail ? `: ${detail}` : ''}`);
    if (opts.verbose) console.error(`FAIL ${what} ${detail}`);
  }
  return ok;
}
const counts = {
  edits: 0,
  insert: 0,
  delete: 0,
  paste: 0,
  junk: 0,
  eol: 0,
  full: 0,
  fixApplied: 0,
  hovers: 0,
  codeActions: 0,
  syncs: 0,
  diagnostics: 0,
  maxDiagnostics: 0,
};
const latency = { hover: [], codeAction: [], publish: [] };
const pct = (xs, p) =>
  xs.length ? [...xs].sort((a, b) => a - b)[Math.min(xs.length - 1, Math.floor((p / 100) * xs.length))] : 0;
let maxDoc = 0;

let text = '';
let version = 1;
let lastEditAt = Date.now();

function change(changes, newText) {
  version++;
  notify('textDocument/didChange', { textDocument: { uri, version }, contentChanges: changes });
  text = newText;
  maxDoc = Math.max(maxDoc, text.length);
  lastEditAt = Date.now();
}
function replaceRange(start, end, insert) {
  start = safeOffset(text, start);
  end = Math.max(start, safeOffset(text, end));
  const starts = lineStarts(text);
  const range = { start: positionAt(starts, start), end: positionAt(starts, end) };
  change([{ range, text: insert }], text.slice(0, start) + insert + text.slice(end));
}

function randomEdit() {
  counts.edits++;
  const big = text.length > MAX_DOC;
  const x = rand();
  if (x < 0.01) {
    // Whole-document replacement (full sync of a fresh draft).
    counts.full++;
    const fresh = Array.from({ length: 2 + int(6) }, () => pick(PASSAGES)).join('\n\n') + '\n';
    change([{ text: fresh }], fresh);
  } else if (big || x < 0.3) {
    counts.delete++;
    const start = int(text.length + 1);
    const span = big ? 200 + int(4000) : rand() < 0.7 ? 1 + int(8) : int(400);
    replaceRange(start, start + span, '');
  } else if (x < 0.7) {
    counts.insert++;
    const at = int(text.length + 1);
    replaceRange(at, at, typed());
  } else if (x < 0.85) {
    counts.paste++;
    const at = int(text.length + 1);
    const sep = pick(['\n\n', '\r\n\r\n', ' ', '\n- ', '\n']);
    replaceRange(at, at, `${sep}${pick(PASSAGES)}${sep}`);
  } else if (x < 0.92) {
    counts.junk++;
    const at = int(text.length + 1);
    replaceRange(at, at + (rand() < 0.3 ? int(10) : 0), junk());
  } else {
    counts.eol++;
    const start = int(text.length + 1);
    const end = Math.min(text.length, start + int(2000));
    const s = safeOffset(text, start);
    const e = safeOffset(text, end);
    const piece = text.slice(s, e).replace(/\r\n|\r|\n/g, '\n');
    const eol = pick(['\n', '\r\n', '\r']);
    // Converting the slice must not create or split a CRLF pair at its edges.
    let out = piece.replace(/\n/g, eol);
    if (text[s - 1] === '\r' && out.startsWith('\n')) out = out.replace(/^\n/, '\r\n');
    replaceRange(s, e, out);
  }
}

/** Every position of a diagnostic (and its same-document related locations) inside the document. */
function rangesInside(diagnostics) {
  const starts = lineStarts(text);
  const lengths = lineLengths(text, starts);
  const inside = (p) =>
    Number.isInteger(p?.line) &&
    Number.isInteger(p?.character) &&
    p.line >= 0 &&
    p.line < starts.length &&
    p.character >= 0 &&
    p.character <= lengths[p.line];
  const bad = [];
  for (const d of diagnostics) {
    const ranges = [
      d.range,
      ...(d.relatedInformation ?? []).filter((r) => r.location.uri === uri).map((r) => r.location.range),
    ];
    for (const r of ranges) {
      const ordered =
        r && (r.start.line < r.end.line || (r.start.line === r.end.line && r.start.character <= r.end.character));
      if (!inside(r?.start) || !inside(r?.end) || !ordered) bad.push({ message: d.message.slice(0, 60), range: r });
    }
  }
  return bad;
}

async function sync() {
  counts.syncs++;
  const v = version;
  try {
    const p = await waitForVersion(v);
    latency.publish.push(p.at - lastEditAt);
    counts.diagnostics += p.diagnostics.length;
    counts.maxDiagnostics = Math.max(counts.maxDiagnostics, p.diagnostics.length);
    const bad = rangesInside(p.diagnostics);
    check(
      bad.length === 0,
      `diagnostic range outside the document (version ${v}, ${text.length} chars, ${lineStarts(text).length} lines)`,
      JSON.stringify(bad.slice(0, 3)),
    );
    return p.diagnostics;
  } catch (e) {
    check(false, 'sync', e.message);
    return [];
  } finally {
    check(!exited, 'server alive', JSON.stringify(exited));
  }
}

async function hover() {
  counts.hovers++;
  const starts = lineStarts(text);
  const pos = positionAt(starts, safeOffset(text, int(text.length + 1)));
  const t = Date.now();
  try {
    await request('textDocument/hover', { textDocument: { uri }, position: pos });
    latency.hover.push(Date.now() - t);
    check(true, 'hover');
  } catch (e) {
    check(false, 'hover answered', e.message);
  }
}

/** Asks for code actions on the latest diagnostics; sometimes applies a quick fix, checking what it removes. */
async function codeActions(diagnostics, apply) {
  counts.codeActions++;
  const starts = lineStarts(text);
  const chosen = diagnostics.length && rand() < 0.8 ? [pick(diagnostics)] : [];
  const range = chosen[0]?.range ?? { start: positionAt(starts, 0), end: positionAt(starts, text.length) };
  const only = rand() < 0.2 ? ['source.fixAll'] : undefined;
  const t = Date.now();
  let actions;
  try {
    actions =
      (await request('textDocument/codeAction', {
        textDocument: { uri },
        range,
        context: { diagnostics: chosen, ...(only ? { only } : {}) },
      })) ?? [];
    latency.codeAction.push(Date.now() - t);
    check(Array.isArray(actions), 'codeAction answer is a list');
  } catch (e) {
    check(false, 'codeAction answered', e.message);
    return;
  }
  if (!apply || !actions.length) return;
  // Mostly a "Remove duplicate …" fix when there is one; otherwise any action (Ignore here, fix-all).
  const removals = actions.filter((a) => a.kind === 'quickfix' && /^Remove duplicate/.test(a.title));
  const action = removals.length && rand() < 0.7 ? pick(removals) : pick(actions);
  const edits =
    action.edit?.changes?.[uri] ?? action.edit?.documentChanges?.find((c) => c.textDocument?.uri === uri)?.edits ?? [];
  if (!edits.length) return;
  // Edits inside the document, not overlapping; a removal takes the flagged text and only
  // whitespace (or a list marker) besides; any other quick fix (Ignore here) loses no text.
  const lengths = lineLengths(text, starts);
  const inside = (p) => p.line >= 0 && p.line < starts.length && p.character >= 0 && p.character <= lengths[p.line];
  const resolved = edits.map((e) => ({
    start: offsetAt(text, starts, e.range.start),
    end: offsetAt(text, starts, e.range.end),
    newText: e.newText,
    range: e.range,
  }));
  if (
    !check(
      edits.every((e) => inside(e.range.start) && inside(e.range.end)),
      `"${action.title}" edits inside the document`,
      JSON.stringify(edits.map((e) => e.range)),
    )
  )
    return;
  resolved.sort((a, b) => a.start - b.start);
  if (
    !check(
      resolved.every((e, i) => i === 0 || e.start >= resolved[i - 1].end),
      `"${action.title}" edits do not overlap`,
    )
  )
    return;
  if (removals.includes(action) && action.diagnostics?.[0]) {
    const d = action.diagnostics[0];
    const flagged = text.slice(offsetAt(text, starts, d.range.start), offsetAt(text, starts, d.range.end));
    const removed = resolved.length === 1 ? text.slice(resolved[0].start, resolved[0].end) : '';
    const at = removed.indexOf(flagged);
    const ok =
      resolved.length === 1 &&
      resolved[0].newText === '' &&
      at >= 0 &&
      /^[ \t\r\n]*(?:(?:[-*+]|\d{1,9}[.)])[ \t]*)?$/.test(removed.slice(0, at)) &&
      /^[ \t\r\n]*$/.test(removed.slice(at + flagged.length));
    check(
      ok,
      `"${action.title}" removes only the flagged text and whitespace`,
      JSON.stringify({ flagged: flagged.slice(0, 80), removed: removed.slice(0, 120), edits: resolved.length }),
    );
  } else if (action.kind === 'quickfix') {
    const lost = resolved.map((e) => text.slice(e.start, e.end)).filter((r) => !/^(?:\s|<!--[\s\S]*?-->)*$/.test(r));
    check(lost.length === 0, `"${action.title}" loses no text`, JSON.stringify(lost.slice(0, 3)));
  }
  // Apply as the editor does: one didChange with the edits, last first so positions stay valid.
  let next = text;
  for (const e of [...resolved].reverse()) next = next.slice(0, e.start) + e.newText + next.slice(e.end);
  counts.fixApplied++;
  change(
    [...resolved].reverse().map((e) => ({ range: e.range, text: e.newText })),
    next,
  );
}

// ---- the run ----
const started = Date.now();
let stoppedEarly = '';
let rssWarm;
let rssEnd;
let rssPeak = 0;
try {
  await request(
    'initialize',
    {
      processId: process.pid,
      rootUri: null,
      capabilities: {
        workspace: { configuration: true },
        textDocument: {
          publishDiagnostics: { relatedInformation: true, versionSupport: true },
          hover: {},
          codeAction: { codeActionLiteralSupport: { codeActionKind: { valueSet: ['quickfix', 'source.fixAll'] } } },
        },
      },
    },
    30_000,
  );
  notify('initialized', {});
  text = `# Soak draft\n\n${PASSAGES.slice(0, 3).join('\n\n')}\n\nWe will increase funding for adult social care.\n`;
  notify('textDocument/didOpen', { textDocument: { uri, languageId: 'markdown', version, text } });
  let diagnostics = await sync();
  // Warm-up lasts until the caches (words, figures, per-passage results) have filled to their caps.
  const warmUpAt = WARMUP ?? Math.min(EDITS, Math.max(500, Math.floor(EDITS / 4)));
  for (let i = 1; i <= EDITS && !exited; i++) {
    if (Date.now() - started > MAX_MS) {
      stoppedEarly = `time bound of ${MAX_MS / 1000} s reached after ${i - 1} edits`;
      break;
    }
    randomEdit();
    if (i % 7 === 0) await hover();
    if (i % 13 === 0) await codeActions(diagnostics, false);
    if (i % SYNC_EVERY === 0 || i === EDITS) {
      diagnostics = await sync();
      if (diagnostics.length && rand() < 0.3) {
        await codeActions(diagnostics, true);
        diagnostics = await sync();
      }
      const r = rssKb();
      if (r) rssPeak = Math.max(rssPeak, r);
    } else if (i % 3 === 0) {
      await new Promise((r) => setImmediate(r));
    }
    if (i === warmUpAt) {
      await sync();
      rssWarm = await rssSample();
    }
  }
  await sync();
  rssEnd = await rssSample();
} catch (e) {
  check(false, 'run', e.stack ?? String(e));
}

const crashText = [stderr, ...logs].join('\n');
const crashes = crashText.split('\n').filter((l) => /Unhandled|Uncaught/.test(l));
check(crashes.length === 0, 'no "Unhandled"/"Uncaught" in server stderr or log', crashes.slice(0, 5).join(' | '));
check(!exited, 'server still running at the end', JSON.stringify(exited));
const analysisFailures = logs.filter((l) => /failed/i.test(l));
check(
  analysisFailures.length === 0,
  'no analysis failures logged',
  analysisFailures.slice(0, 3).join(' | ').slice(0, 500),
);
if (rssWarm && rssEnd)
  check(
    rssEnd <= rssWarm * 1.15,
    'RSS at the end within 15% of RSS after warm-up',
    `${(rssWarm / 1024).toFixed(1)} MB -> ${(rssEnd / 1024).toFixed(1)} MB`,
  );
else check(false, 'RSS measured', `warm ${rssWarm} end ${rssEnd}`);

// Shut down: shutdown + exit, then kill if it lingers.
try {
  if (!exited) {
    await request('shutdown', null, 3000);
    notify('exit', null);
  }
} catch {
  /* killed below */
}
await Promise.race([new Promise((r) => proc.once('exit', r)), sleep(1500)]);
if (!exited) proc.kill('SIGKILL');
fs.rmSync(tmp, { recursive: true, force: true });

const secs = (Date.now() - started) / 1000;
const mb = (kb) => (kb ? `${(kb / 1024).toFixed(1)} MB` : 'n/a');
console.log(`soak: server ${path.relative(ROOT, SERVER)}, seed ${opts.seed}`);
console.log(
  `soak: ${counts.edits} edits in ${secs.toFixed(1)} s (${counts.insert} inserts, ${counts.delete} deletions, ` +
    `${counts.paste} corpus pastes, ${counts.junk} binary junk, ${counts.eol} line-ending changes, ` +
    `${counts.full} full replacements, ${counts.fixApplied} fixes applied)`,
);
console.log(
  `soak: ${counts.syncs} sync points, ${counts.hovers} hovers, ${counts.codeActions} code-action requests; ` +
    `${counts.diagnostics} diagnostics checked (max ${counts.maxDiagnostics} at once); ` +
    `largest document ${maxDoc} chars`,
);
console.log(
  `soak: latency ms  hover p50 ${pct(latency.hover, 50)} p95 ${pct(latency.hover, 95)} ` +
    `max ${pct(latency.hover, 100)};  ` +
    `codeAction p50 ${pct(latency.codeAction, 50)} p95 ${pct(latency.codeAction, 95)} ` +
    `max ${pct(latency.codeAction, 100)};  ` +
    `last edit -> diagnostics p50 ${pct(latency.publish, 50)} p95 ${pct(latency.publish, 95)} ` +
    `max ${pct(latency.publish, 100)}`,
);
console.log(
  `soak: RSS after warm-up ${mb(rssWarm)}, at the end ${mb(rssEnd)}, peak ${mb(rssPeak)}` +
    (rssWarm && rssEnd ? ` (${(((rssEnd - rssWarm) / rssWarm) * 100).toFixed(1)}%)` : ''),
);
if (stoppedEarly) console.log(`soak: stopped early: ${stoppedEarly}`);
for (const f of failures) console.log(`soak: FAILED ${f}`);
console.log(`soak: ${passed} passed, ${failed} failed`);
process.exit(failed ? 1 : 0);
