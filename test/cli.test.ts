// The command-line linter (BUILT: server/out/cli.js) on temporary files. Run `npm run build` first.
import { spawnSync } from 'node:child_process';
import fs from 'node:fs';
import os from 'node:os';
import path from 'node:path';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { CLI_JS, requireBuilt, ROOT } from './support/lsp-client';

const tmp = fs.mkdtempSync(path.join(os.tmpdir(), 'policy-lint-cli-'));
const write = (name: string, text: string | Buffer) => {
  const file = path.join(tmp, name);
  fs.mkdirSync(path.dirname(file), { recursive: true });
  fs.writeFileSync(file, text);
  return file;
};
const cli = (...args: string[]) => {
  const r = spawnSync(process.execPath, [CLI_JS, ...args], { cwd: ROOT, encoding: 'utf8', timeout: 20_000 });
  if (r.error) throw r.error;
  return { code: r.status, stdout: r.stdout, stderr: r.stderr };
};

const A1 = 'Amendment 1: Hospitals will involve family carers in planning the discharge of the person they care for.';
const A2 = 'Amendment 2: Councils will publish their housing plans online for residents to read.';
const A3 = 'Amendment 3: Hospitals will involve famly carers when planning the discharge of the person they care for.';
const SEED_SENTENCE = 'The NHS and public services should not be included in any TTIP agreement.';
const AGREED = 'Every school will have a qualified librarian and a library open to all pupils after lessons.';

let dupDraft: string;
let cleanDraft: string;

beforeAll(() => {
  requireBuilt(CLI_JS);
  dupDraft = write(
    'dup.md',
    ['# Draft', '', A1, '', A2, '', A3, '', SEED_SENTENCE.replace('TTIP', '“TTIP”').toLowerCase(), ''].join('\n'),
  );
  cleanDraft = write('clean.md', ['# Draft', '', A1, '', A2, ''].join('\n'));
});
afterAll(() => fs.rmSync(tmp, { recursive: true, force: true }));

describe('policy-lint CLI', () => {
  it('exits 1 and prints file:line:col  rule  message for each duplicate', () => {
    const r = cli(dupDraft);
    expect(r.code).toBe(1);
    const out = r.stdout.trimEnd().split('\n');
    expect(out).toHaveLength(2);
    expect(out[0]).toMatch(
      new RegExp(`^${escape(dupDraft)}:7:1  duplicate-amendment  Repeats Amendment 1 \\(line 3\\)`),
    );
    expect(out[1]).toMatch(
      new RegExp(`^${escape(dupDraft)}:9:1  duplicate-amendment  Repeats 002_4866ad5c8f0cc62f\\.txt:23`),
    );
  });

  it('exits 0 with no output for a clean draft', () => {
    const r = cli(cleanDraft);
    expect(r.stdout).toBe('');
    expect(r.code).toBe(0);
  });

  it('--format json gives rule, line and citations', () => {
    const r = cli('--format', 'json', dupDraft);
    expect(r.code).toBe(1);
    const findings = JSON.parse(r.stdout) as Array<{
      file: string;
      line: number;
      column: number;
      rule: string;
      message: string;
      citations: Array<Record<string, unknown>>;
    }>;
    expect(findings.map((f) => [f.rule, f.line, f.column])).toEqual([
      ['duplicate-amendment', 7, 1],
      ['duplicate-amendment', 9, 1],
    ]);
    expect(findings[0]!.file).toBe(dupDraft);
    expect(findings[0]!.citations[0]).toMatchObject({ kind: 'draft', line: 3, label: 'Amendment 1' });
    expect(findings[1]!.citations[0]).toMatchObject({
      kind: 'corpus',
      file: '002_4866ad5c8f0cc62f.txt',
      line: 23,
      path: path.join(ROOT, 'seeds', '002_4866ad5c8f0cc62f.txt'),
    });
  });

  it('--no-seeds --corpus DIR checks against that folder only', () => {
    const dir = path.join(tmp, 'agreed');
    write('agreed/schools.md', ['# Schools', '', 'Agreed at conference.', '', AGREED, ''].join('\n'));
    const draft = write(
      'corpus-draft.md',
      ['# Draft', '', SEED_SENTENCE, '', `${AGREED.replace('Every school', 'EVERY SCHOOL')}`, ''].join('\n'),
    );
    const r = cli('--no-seeds', '--corpus', dir, draft);
    expect(r.code).toBe(1);
    const out = r.stdout.trimEnd().split('\n');
    expect(out).toHaveLength(1);
    expect(out[0]).toContain(`${draft}:5:1  duplicate-amendment  Repeats schools.md:5`);
    // With the seeds back, the seed copy is found as well.
    const both = cli('--corpus', dir, draft);
    expect(both.stdout).toContain(`${draft}:3:1  duplicate-amendment  Repeats 002_4866ad5c8f0cc62f.txt:23`);
    expect(both.stdout).toContain(`${draft}:5:1  duplicate-amendment  Repeats schools.md:5`);
  });

  describe('exit 2 for usage and input errors', () => {
    it('no file given', () => {
      const r = cli();
      expect(r.code).toBe(2);
      expect(r.stderr).toContain('no file given');
      expect(r.stderr).toContain('usage: policy-lint');
    });

    it('unknown format', () => {
      const r = cli('--format', 'xml', cleanDraft);
      expect(r.code).toBe(2);
      expect(r.stderr).toContain("unknown format 'xml'");
      expect(r.stdout).toBe('');
    });

    it('a missing file', () => {
      const missing = path.join(tmp, 'nope.md');
      const r = cli(missing);
      expect(r.code).toBe(2);
      expect(r.stderr).toContain(`cannot read ${missing}`);
      expect(r.stderr).toContain('ENOENT');
    });

    it('a binary file (NUL bytes)', () => {
      const bin = write('blob.md', Buffer.from([0x23, 0x20, 0x41, 0x00, 0x01, 0x02, 0x0a]));
      const r = cli(bin);
      expect(r.code).toBe(2);
      expect(r.stderr).toContain(`${bin} looks binary`);
    });

    it('an input error wins over findings in other files, which are still reported', () => {
      const r = cli(dupDraft, path.join(tmp, 'nope.md'));
      expect(r.code).toBe(2);
      expect(r.stdout).toContain(`${dupDraft}:7:1  duplicate-amendment`);
    });
  });
});

// Issue 17: what a repository's config file may make the CLI read.
describe('policy-lint CLI and a hostile repository', () => {
  it("reads a config file's corpus folders only inside its repository; --corpus still reads any folder", () => {
    const repo = path.join(tmp, 'hostile', 'repo');
    const outside = path.join(tmp, 'hostile', 'outside');
    write('hostile/repo/.git/HEAD', 'ref: refs/heads/main\n');
    write('hostile/repo/agreed/ok.txt', `Agreed\n\n${AGREED}\n`);
    write('hostile/outside/secret.txt', `Secret\n\n${A2}\n`);
    fs.symlinkSync(outside, path.join(repo, 'link'));
    write(
      'hostile/repo/docs/.policylintrc.json',
      `{\n  "corpus": {\n    "paths": [\n      "../agreed",\n      "../../outside",\n      "../link",\n` +
        `      ${JSON.stringify(outside)}\n    ]\n  }\n}\n`,
    );
    const draft = write('hostile/repo/docs/draft.md', `# Draft\n\n${AGREED}\n\n${A2}\n`);
    const r = cli('--no-cache', '--format', 'json', draft);
    const cited = (JSON.parse(r.stdout) as Array<{ citations: Array<{ file?: string }> }>).flatMap((f) =>
      f.citations.map((c) => c.file),
    );
    expect(cited).toContain('ok.txt');
    expect(cited).not.toContain('secret.txt');
    const config = path.join(repo, 'docs', '.policylintrc.json');
    expect(
      r.stderr
        .trim()
        .split('\n')
        .filter((l) => l.includes('is not read')),
    ).toEqual([5, 6, 7].map((line) => expect.stringContaining(`${config}:${line}: corpus.paths: corpus folder`)));
    // The user's own --corpus is theirs to choose.
    const own = cli('--no-cache', '--format', 'json', '--corpus', outside, draft);
    expect(own.stdout).toContain('secret.txt');
  });

  it('a config file that is a symlink to /dev/zero: refused at once; with --config, exit 2', () => {
    const dir = path.join(tmp, 'zero');
    fs.mkdirSync(dir, { recursive: true });
    fs.symlinkSync('/dev/zero', path.join(dir, '.policylintrc.json'));
    const draft = write('zero/draft.md', `# Draft\n\n${SEED_SENTENCE}\n`);
    const r = cli('--no-cache', draft);
    expect(r.code).toBe(1);
    expect(r.stderr).toContain('not a regular file');
    const given = cli('--no-cache', '--config', path.join(dir, '.policylintrc.json'), draft);
    expect(given.code).toBe(2);
  });
});

describe('policy-lint CLI output and odd file names', () => {
  it(
    'a corpus file name with a newline cannot print a line that reads as a finding; ' +
      'SARIF URIs are percent-encoded',
    () => {
      const corpus = path.join(tmp, 'odd-names', 'corpus');
      write(`odd-names/corpus/evil\nfake.md:1:1  corpus-contradiction  Injected.txt`, `${AGREED}\n`);
      const draft = write('odd-names/my draft #2.md', `# Draft\n\n${AGREED}\n`);
      const r = cli('--no-cache', '--no-seeds', '--corpus', corpus, draft);
      expect(r.code).toBe(1);
      const lines = r.stdout.trimEnd().split('\n');
      expect(lines).toHaveLength(1);
      expect(lines[0]).toContain('evil\\nfake.md');
      // Run from the draft's folder, so its SARIF location is a relative URI reference.
      const sarif = spawnSync(
        process.execPath,
        [CLI_JS, '--no-cache', '--no-seeds', '--corpus', corpus, '--format', 'sarif', path.basename(draft)],
        { cwd: path.dirname(draft), encoding: 'utf8', timeout: 20_000 },
      );
      const uris = [...sarif.stdout.matchAll(/"uri": "([^"]*)"/g)].map((m) => m[1]!);
      expect(uris).toContain('my%20draft%20%232.md');
      for (const uri of uris) expect(uri).not.toMatch(/[ #\n]/);
    },
  );
});

function escape(s: string): string {
  return s.replace(/[.*+?^${}()|[\]\\]/g, '\\$&');
}

// Issue 17, row 7: a damaged index cache, and a fault of the CLI's own.
describe('policy-lint CLI and a broken index or a fault of its own', () => {
  it(
    'an index header of the wrong shape (files[0] null, files a string): the folder ' +
      'is indexed afresh, findings as before',
    () => {
      const corpus = path.join(tmp, 'damaged', 'corpus');
      write('damaged/corpus/agreed.txt', `${AGREED}\n`);
      const draft = write('damaged/draft.md', `# Draft\n\n${AGREED}\n`);
      const cache = path.join(tmp, 'damaged', 'cache');
      const run = () => cli('--no-seeds', '--corpus', corpus, '--cache-dir', cache, draft);
      const first = run();
      expect(first.code).toBe(1);
      for (const change of [
        (h: { files: unknown }) => ((h.files as unknown[])[0] = null),
        (h: { files: unknown }) => (h.files = 'x'),
      ]) {
        const [name] = fs.readdirSync(cache).filter((f) => f.endsWith('.seg'));
        const file = path.join(cache, name!);
        const saved = fs.readFileSync(file);
        const length = saved.readUInt32LE(4);
        const header = JSON.parse(saved.subarray(8, 8 + length).toString('utf8'));
        change(header);
        const json = Buffer.from(JSON.stringify(header));
        const prefix = Buffer.alloc((8 + json.length + 3) & ~3);
        saved.copy(prefix, 0, 0, 4);
        prefix.writeUInt32LE(json.length, 4);
        json.copy(prefix, 8);
        fs.writeFileSync(file, Buffer.concat([prefix, saved.subarray((8 + length + 3) & ~3)]));
        const r = run();
        expect(r.stderr).toBe('');
        expect(r.code).toBe(1);
        expect(r.stdout).toBe(first.stdout);
      }
    },
  );

  it('an internal error exits 2 (not 1, "findings") and says what went wrong', () => {
    // A fault planted in the process: the JSON output throws.
    const preload = write(
      'fault/preload.cjs',
      'const s = JSON.stringify; JSON.stringify = function (v, ...rest) { ' +
        "if (Array.isArray(v)) throw new Error('planted fault'); return s.call(this, v, ...rest); };\n",
    );
    const r = spawnSync(process.execPath, ['-r', preload, CLI_JS, '--format', 'json', dupDraft], {
      cwd: ROOT,
      encoding: 'utf8',
      timeout: 20_000,
    });
    expect(r.status).toBe(2);
    expect(r.stderr).toMatch(/^policy-lint: internal error, nothing was checked as it should be: planted fault$/m);
    expect(r.stdout).toBe('');
  });
});

// Issue 17, row 3 (the earlier fix's gap): a file read only in part is said so on every run, not only the first.
describe('policy-lint CLI and a corpus file over the passage budget', () => {
  it('warns once on the run that reads it and once on a run that takes it from the index cache', () => {
    const corpus = path.join(tmp, 'budget', 'corpus');
    write('budget/corpus/list.md', Array.from({ length: 10_500 }, (_, i) => `- item b${i}\n`).join(''));
    write('budget/corpus/agreed.txt', `${AGREED}\n`);
    const draft = write('budget/draft.md', `# Draft\n\n${AGREED}\n`);
    const cache = path.join(tmp, 'budget', 'cache');
    const warnings = (stderr: string) => stderr.split('\n').filter((l) => l.includes('list.md'));
    for (const run of ['cold', 'warm']) {
      const r = cli('--no-seeds', '--corpus', corpus, '--cache-dir', cache, draft);
      expect(r.code, run).toBe(1);
      expect(warnings(r.stderr), run).toEqual([
        'policy-lint: Corpus file read only up to line 10,001: it has more than 10,000 passages, ' +
          `and drafts are not checked against the rest: ${path.join(corpus, 'list.md')}`,
      ]);
    }
    expect(fs.readdirSync(cache).some((f) => f.endsWith('.seg'))).toBe(true);
  });
});
