// Issue 9, "nothing outside the corpus is read": the corpus loader (core, loadCorpus) follows no
// symlink out of a configured folder, reads only corpus files (.txt/.md), and skips a file over
// the size cap with a message; and the built server opens no network connection at all.
import { execFileSync, spawnSync } from 'node:child_process';
import fs from 'node:fs';
import os from 'node:os';
import path from 'node:path';
import { pathToFileURL } from 'node:url';
import { buildSync } from 'esbuild';
import { afterAll, describe, expect, it, vi } from 'vitest';
import { loadCorpus, MAX_PASSAGES_PER_FILE, readCorpusFile, readCorpusText } from '../server/src/core/corpus/corpus';
import { segmentOf } from '../server/src/core/corpus/index';
import { SegmentStore, sweepTemporaryFiles } from '../server/src/core/corpus/store';
import { LspClient, requireBuilt, ROOT } from './support/lsp-client';

const tmp = fs.mkdtempSync(path.join(os.tmpdir(), 'policy-lint-corpus-limits-'));
let n = 0;
const fresh = (name: string) => {
  const dir = path.join(tmp, `${name}-${++n}`);
  fs.mkdirSync(dir, { recursive: true });
  return dir;
};
afterAll(() => fs.rmSync(tmp, { recursive: true, force: true }));

const INSIDE = 'Every public library will open on Sundays and lend musical instruments to children free of charge.';
const SECRET = 'Outside passage that no corpus may ever read because it lives beyond the configured folder.';

/** Every passage text the load produced. */
const texts = (load: ReturnType<typeof loadCorpus>) => load.documents.flatMap((d) => d.passages.map((p) => p.text));
const realInside = (folder: string, file: string) => {
  const real = fs.realpathSync(file);
  const root = fs.realpathSync(folder);
  return real === root || real.startsWith(root + path.sep);
};

describe('loadCorpus: nothing outside the configured folder', () => {
  it('does not follow a symlink to a file outside the folder', () => {
    const outside = fresh('outside');
    fs.writeFileSync(path.join(outside, 'secret.txt'), `${SECRET}\n`);
    const folder = fresh('corpus');
    fs.writeFileSync(path.join(folder, 'inside.txt'), `${INSIDE}\n`);
    fs.symlinkSync(path.join(outside, 'secret.txt'), path.join(folder, 'link.txt'));
    fs.symlinkSync(path.join(outside, 'secret.txt'), path.join(folder, 'link.md'));
    const load = loadCorpus([folder]);
    expect(texts(load)).toContain(INSIDE);
    expect(texts(load).join('\n')).not.toContain('Outside passage');
    for (const d of load.documents) expect(realInside(folder, d.path), d.path).toBe(true);
  });

  it('does not follow a symlink to a folder outside, nor a relative ../ link', () => {
    const outside = fresh('outside-dir');
    fs.writeFileSync(path.join(outside, 'secret.txt'), `${SECRET}\n`);
    const folder = fresh('corpus');
    fs.writeFileSync(path.join(folder, 'inside.txt'), `${INSIDE}\n`);
    fs.symlinkSync(outside, path.join(folder, 'linked-dir'));
    fs.mkdirSync(path.join(folder, 'sub'));
    fs.symlinkSync(
      path.join('..', '..', path.basename(outside), 'secret.txt'),
      path.join(folder, 'sub', 'relative.txt'),
    );
    fs.symlinkSync('/etc', path.join(folder, 'etc'));
    fs.symlinkSync('/etc/hostname', path.join(folder, 'hostname.txt'));
    const load = loadCorpus([folder]);
    expect(texts(load)).toEqual([INSIDE]);
    for (const d of load.documents) expect(realInside(folder, d.path), d.path).toBe(true);
  });

  it('reads only .txt and .md files (and .markdown), not other files or hidden ones', () => {
    const folder = fresh('types');
    const sentence = (ext: string) =>
      `The ${ext.replace(/\W/g, ' ').trim() || 'bare'} file says councils will open a new swimming pool in every town.`;
    const read = ['a.txt', 'b.md', 'c.TXT', 'd.markdown'];
    const unread = [
      'e.json',
      'f.html',
      'g.csv',
      'h.docx',
      'i.pdf',
      'j.txt.bak',
      'k',
      'l.mdx',
      '.hidden.txt',
      'm.rtf',
      'n.js',
    ];
    for (const f of [...read, ...unread]) fs.writeFileSync(path.join(folder, f), `${sentence(f)}\n`);
    fs.mkdirSync(path.join(folder, '.git'));
    fs.writeFileSync(path.join(folder, '.git', 'config.txt'), `${sentence('gitconfig')}\n`);
    const load = loadCorpus([folder]);
    const files = load.documents.map((d) => d.file).sort();
    expect(files).toEqual([...read].sort());
    for (const f of files) expect(f).toMatch(/\.(txt|md|markdown)$/i);
  });

  it('skips a file over the default size cap (sparse 21 MB) with a message naming it, and reads the rest', () => {
    const folder = fresh('cap');
    fs.writeFileSync(path.join(folder, 'small.txt'), `${INSIDE}\n`);
    const big = path.join(folder, 'big.txt');
    fs.writeFileSync(big, `${SECRET}\n`);
    fs.truncateSync(big, 21 * 1024 * 1024);
    const load = loadCorpus([folder]);
    expect(load.documents.map((d) => d.file)).toEqual(['small.txt']);
    // Skipped on its size, before a byte of it is read: the one message says so and gives the cap.
    expect(load.errors).toEqual([`Corpus file skipped, larger than 20 MB: ${big}`]);
  });

  it('the cap is exact: a file of cap bytes is read, one byte more is skipped with a message', () => {
    const folder = fresh('exact');
    const cap = 4096;
    const body = (size: number, s: string) => `${s}\n`.padEnd(size, ' ');
    fs.writeFileSync(path.join(folder, 'at-cap.txt'), body(cap, INSIDE));
    fs.writeFileSync(path.join(folder, 'over-cap.txt'), body(cap + 1, SECRET));
    const load = loadCorpus([folder], cap);
    expect(load.documents.map((d) => d.file)).toEqual(['at-cap.txt']);
    expect(load.errors.some((e) => e.includes('over-cap.txt'))).toBe(true);
  });
});

describe('the server opens no network connection', () => {
  const preload = path.join(ROOT, 'test/support/no-network.cjs');

  it('the preload really catches an attempt (control)', () => {
    const log = path.join(fresh('net-control'), 'net.log');
    try {
      execFileSync(process.execPath, ['-e', "require('node:http').get('http://127.0.0.1:9/')"], {
        env: { ...process.env, NODE_OPTIONS: `--require ${preload}`, POLICY_LINT_NET_LOG: log },
        stdio: 'pipe',
      });
    } catch {
      /* it throws: that is the point */
    }
    const lines = fs
      .readFileSync(log, 'utf8')
      .trim()
      .split('\n')
      .map((l) => JSON.parse(l) as { what: string });
    expect(lines[0]!.what).toBe('loaded');
    expect(lines.map((l) => l.what)).toContain('http.get');
  });

  it('linting, hovering, fixing and re-indexing a corpus attempt no socket, DNS look-up or HTTP request', async () => {
    requireBuilt();
    const dir = fresh('net');
    const log = path.join(dir, 'net.log');
    const corpusDir = fresh('net-corpus');
    fs.writeFileSync(path.join(corpusDir, 'agreed.md'), `# Agreed\n\n${INSIDE}\n`);
    const saved = { NODE_OPTIONS: process.env.NODE_OPTIONS, POLICY_LINT_NET_LOG: process.env.POLICY_LINT_NET_LOG };
    process.env.NODE_OPTIONS = `--require ${preload}`;
    process.env.POLICY_LINT_NET_LOG = log;
    let client: LspClient | undefined;
    try {
      client = await LspClient.start({ settings: {} });
      const uri = pathToFileURL(path.join(dir, 'draft.md')).href;
      const seed = 'The NHS and public services should not be included in any TTIP agreement.';
      const text = `# Draft\n\nWe will increase funding for adult social care.\n\n${seed}\n\n${INSIDE}\n`;
      const ds = await client.openAndWait(uri, text);
      expect(ds.some((d) => d.code === 'duplicate-amendment')).toBe(true);
      await client.hover(uri, { line: 4, character: 10 });
      await client.codeActions(uri, ds[0]!.range, ds);
      await client.codeActions(uri, ds[0]!.range, [], ['source.fixAll']);
      const since = client.publishCount(uri);
      client.settings = {
        corpus: {
          includeSeeds: true,
          paths: [corpusDir, 'https://example.com/policy', '//server/share', 'http://127.0.0.1:9/'],
        },
      };
      client.changeConfiguration({ policyLint: client.settings });
      await client.waitForDiagnostics(uri, (d) => d.filter((x) => x.code === 'duplicate-amendment').length >= 2, {
        since,
      });
      expect(client.exited).toBeNull();
    } finally {
      process.env.NODE_OPTIONS = saved.NODE_OPTIONS;
      process.env.POLICY_LINT_NET_LOG = saved.POLICY_LINT_NET_LOG;
      if (saved.NODE_OPTIONS === undefined) delete process.env.NODE_OPTIONS;
      if (saved.POLICY_LINT_NET_LOG === undefined) delete process.env.POLICY_LINT_NET_LOG;
      await client?.shutdown();
    }
    const records = fs
      .readFileSync(log, 'utf8')
      .trim()
      .split('\n')
      .map((l) => JSON.parse(l) as { what: string; detail: string; stack: string });
    const server = records.filter((r) => r.what === 'loaded' && /server\.js/.test(r.detail));
    expect(server, 'the preload ran in the server process').toHaveLength(1);
    expect(records.filter((r) => r.what !== 'loaded')).toEqual([]);
  });
});

// Issue 17, rows 3 to 5: corpus files that are too long, that turn into a pipe, and index saves that fail.
describe('corpus files read within bounds', () => {
  it('a Markdown list longer than the passage budget is read up to it, and says where it stopped', () => {
    const text = Array.from({ length: MAX_PASSAGES_PER_FILE + 500 }, (_, i) => `- item b${i}\n`).join('');
    const doc = readCorpusText('list.md', '/x/list.md', text);
    expect(doc.passages).toHaveLength(MAX_PASSAGES_PER_FILE);
    expect(doc.passages.at(-1)).toMatchObject({
      text: `item b${MAX_PASSAGES_PER_FILE - 1}`,
      line: MAX_PASSAGES_PER_FILE,
    });
    expect(doc.truncatedAt).toBe(MAX_PASSAGES_PER_FILE + 1);
    const dir = fresh('long');
    fs.writeFileSync(path.join(dir, 'list.md'), text);
    fs.writeFileSync(path.join(dir, 'lines.txt'), text);
    const load = loadCorpus([dir]);
    expect(load.documents.map((d) => d.passages.length)).toEqual([MAX_PASSAGES_PER_FILE, MAX_PASSAGES_PER_FILE]);
    expect(load.errors).toHaveLength(2);
    expect(load.errors[0]).toMatch(/only up to line 10,001.*more than 10,000 passages.*lines\.txt$/);
    expect(load.errors[1]).toMatch(/only up to line 10,001.*more than 10,000 passages.*list\.md$/);
  });

  it('a file within the budget is read whole, with no warning', () => {
    const read = readCorpusFile(
      path.join(
        ROOT,
        'seeds',
        fs.readdirSync(path.join(ROOT, 'seeds')).find((f) => f.endsWith('.txt'))!,
      ),
    );
    expect('warning' in read).toBe(false);
  });

  it('a corpus file replaced by a FIFO after it was listed: its hash check and its read refuse it at once', () => {
    // In a child process, so that a read that blocks fails the test (timeout) rather than hanging it.
    const script = `
      import fs from 'node:fs';
      import path from 'node:path';
      import { execFileSync } from 'node:child_process';
      import { planFolder } from './server/src/core/corpus/store';
      import { readCorpusFile } from './server/src/core/corpus/corpus';
      import { segmentOf } from './server/src/core/corpus/index';
      const file = path.join(process.argv[2], 'empty.txt');
      fs.writeFileSync(file, '');
      fs.utimesSync(file, new Date(2000, 0, 1), new Date(2000, 0, 1));
      const first = readCorpusFile(file);
      const stored = segmentOf([first.document]);
      fs.rmSync(file);
      execFileSync('mkfifo', [file]);
      const plan = planFolder([file], stored);
      const again = readCorpusFile(file);
      process.stdout.write(JSON.stringify({ toRead: plan.toRead.length, error: again.error }));
    `;
    const { outputFiles } = buildSync({
      stdin: { contents: script, resolveDir: ROOT, loader: 'ts' },
      bundle: true,
      platform: 'node',
      format: 'cjs',
      write: false,
      logLevel: 'silent',
    });
    const dir = fresh('fifo');
    const run = spawnSync(process.execPath, ['-', dir], {
      input: outputFiles[0]!.text,
      timeout: 20_000,
      encoding: 'utf8',
    });
    expect(run.signal, 'the child blocked on the FIFO').toBeNull();
    expect(run.status, run.stderr).toBe(0);
    expect(JSON.parse(run.stdout)).toEqual({
      toRead: 1,
      error: `Corpus file skipped, not a regular file: ${path.join(dir, 'empty.txt')}`,
    });
  });
});

describe('the index cache', () => {
  it('an index file swapped for a FIFO is not read (nothing blocks): the folder is indexed afresh', () => {
    // In a child process, so that an open that blocks fails the test (timeout) rather than hanging it.
    const script = `
      import fs from 'node:fs';
      import path from 'node:path';
      import { execFileSync } from 'node:child_process';
      import { SegmentStore } from './server/src/core/corpus/store';
      const store = new SegmentStore(process.argv[2]);
      const file = store.fileFor('/x');
      fs.mkdirSync(process.argv[2], { recursive: true });
      execFileSync('mkfifo', [file]);
      process.stdout.write(JSON.stringify({ loaded: store.load('/x') !== undefined }));
    `;
    const { outputFiles } = buildSync({
      stdin: { contents: script, resolveDir: ROOT, loader: 'ts' },
      bundle: true,
      platform: 'node',
      format: 'cjs',
      write: false,
      logLevel: 'silent',
    });
    const dir = fresh('fifo-index');
    const run = spawnSync(process.execPath, ['-', dir], {
      input: outputFiles[0]!.text,
      timeout: 20_000,
      encoding: 'utf8',
    });
    expect(run.signal, 'the child blocked on the FIFO').toBeNull();
    expect(run.status, run.stderr).toBe(0);
    expect(JSON.parse(run.stdout)).toEqual({ loaded: false });
  });
});

describe('index saves that fail, and those killed', () => {
  const segment = () =>
    segmentOf([
      readCorpusText('a.txt', '/x/a.txt', 'We will open ten new walk-in centres in every region of the country.\n'),
    ]);

  it('a save that fails (a full disk) leaves no temporary file behind', () => {
    const cache = fresh('full-disk');
    const store = new SegmentStore(cache);
    const real = fs.writeSync;
    let calls = 0;
    const spy = vi.spyOn(fs, 'writeSync').mockImplementation(((...args: Parameters<typeof fs.writeSync>) => {
      if (++calls > 1) throw Object.assign(new Error('ENOSPC: no space left on device, write'), { code: 'ENOSPC' });
      return (real as (...a: unknown[]) => number)(...args);
    }) as typeof fs.writeSync);
    try {
      expect(store.save('/x', segment())).toMatch(/Could not save the corpus index.*ENOSPC/);
    } finally {
      spy.mockRestore();
    }
    expect(fs.readdirSync(cache)).toEqual([]);
    // And the next save succeeds.
    expect(store.save('/x', segment())).toBeUndefined();
    expect(fs.readdirSync(cache).filter((f) => f.endsWith('.tmp'))).toEqual([]);
  });

  it('temporary files of dead processes are swept, those of live processes and other files kept', () => {
    const cache = fresh('sweep');
    const dead = spawnSync(process.execPath, ['-e', '']).pid!;
    const names = [
      `corpus-00ff.seg.${dead}.tmp`,
      `claims-00ff.jsonl.${dead}-1.tmp`,
      `corpus-00ff.seg.${process.pid}.tmp`,
      `claims-00ff.jsonl.${process.pid}-2.tmp`,
      'corpus-00ff.seg',
      `other.${dead}.tmp`,
    ];
    for (const name of names) fs.writeFileSync(path.join(cache, name), 'x');
    expect(sweepTemporaryFiles(cache)).toBe(2);
    expect(fs.readdirSync(cache).sort()).toEqual(names.slice(2).sort());
    expect(sweepTemporaryFiles(path.join(cache, 'missing'))).toBe(0);
  });
});
