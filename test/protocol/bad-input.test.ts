// Issue 9, hostile input: the BUILT server (server/out/server.js) over stdio, one test per row.
// For every row the server must not crash (process still running, a later request answered,
// nothing "Uncaught"/"Unhandled"/"failed" in its log) and, where meaningful, the useful outcome
// must survive (the rest of the corpus still flags a duplicate, ranges still exact). No test here
// says how fast: a time limit only keeps a hung server from hanging the run; speed is measured
// by `npm run bench`.
// Every test starts its own server so that one row that hangs or crashes cannot mask another.
// Run `npm run build` first.
import fs from 'node:fs';
import os from 'node:os';
import path from 'node:path';
import { pathToFileURL } from 'node:url';
import { afterAll, afterEach, beforeAll, describe, expect, it } from 'vitest';
import type { Diagnostic } from 'vscode-languageserver-protocol';
import { spawnSync } from 'node:child_process';
import {
  applyTextEdits,
  editsOf,
  LspClient,
  offsetAt,
  requireBuilt,
  sleep,
  type StartOptions,
} from '../support/lsp-client';

const DUP = 'duplicate-amendment';
const SEED_FILE = '002_4866ad5c8f0cc62f.txt';
// seeds/002…txt line 23.
const SEED_SENTENCE = 'The NHS and public services should not be included in any TTIP agreement.';
// Sentences that exist only in the corpus folders these tests create.
const GOOD = 'Every public library will open on Sundays and lend musical instruments to children free of charge.';
const OTHER = 'Each coastal town will keep a lifeboat station staffed by trained volunteers throughout the winter.';
const A1 = 'Amendment 1: Hospitals will involve family carers in planning the discharge of the person they care for.';
const A3 = 'Amendment 3: Hospitals will involve famly carers when planning the discharge of the person they care for.';

const tmp = fs.mkdtempSync(path.join(os.tmpdir(), 'policy-lint-bad-input-'));
let n = 0;
const newUri = (name = 'draft') => pathToFileURL(path.join(tmp, `${name}-${++n}.md`)).href;
const fresh = (name: string) => {
  const dir = path.join(tmp, `${name}-${++n}`);
  fs.mkdirSync(dir, { recursive: true });
  return dir;
};

const dups = (ds: Diagnostic[]) => ds.filter((d) => d.code === DUP);
/** A diagnostic's message as text (the protocol allows MarkupContent). */
const msg = (d: Diagnostic): string =>
  typeof d.message === 'string' ? d.message : (d.message as { value: string }).value;
const flagsSentence = (ds: Diagnostic[], text: string, sentence: string) =>
  dups(ds).some((d) => text.slice(offsetAt(text, d.range.start), offsetAt(text, d.range.end)).includes(sentence));
const citesFile = (ds: Diagnostic[], file: string) => dups(ds).some((d) => msg(d).includes(file));

/** A deterministic PRNG (mulberry32), so failures reproduce. */
function rng(seed: number) {
  let a = seed >>> 0;
  return () => {
    a = (a + 0x6d2b79f5) >>> 0;
    let t = a;
    t = Math.imul(t ^ (t >>> 15), t | 1);
    t ^= t + Math.imul(t ^ (t >>> 7), t | 61);
    return ((t ^ (t >>> 14)) >>> 0) / 4294967296;
  };
}

const WORDS = (
  'care health service hospital patient nurse doctor budget fund council community local national plan ' +
  'people family carer home support access quality standard review report board trust staff training ' +
  'prevention mental physical social public private contract provider region town city school child ' +
  'older disabled housing transport green energy water road library museum park police court prison'
).split(' ');

/** Text of plausible sentences, `bytes` long, in paragraphs (or one line when `oneLine`). */
function prose(bytes: number, seed: number, oneLine = false): string {
  const r = rng(seed);
  const parts: string[] = [];
  let size = 0;
  let sentences = 0;
  while (size < bytes) {
    const count = 8 + Math.floor(r() * 14);
    const words = Array.from({ length: count }, () => WORDS[Math.floor(r() * WORDS.length)]!);
    words[0] = words[0]!.charAt(0).toUpperCase() + words[0]!.slice(1);
    let s = `${words.join(' ')}.`;
    sentences++;
    s += oneLine || sentences % 4 ? ' ' : '\n\n';
    parts.push(s);
    size += s.length;
  }
  return parts.join('').slice(0, bytes);
}

let clients: LspClient[] = [];
async function start(settings: unknown = {}, timeoutMs = 10_000, more: Partial<StartOptions> = {}): Promise<LspClient> {
  const client = await LspClient.start({ settings, timeoutMs, ...more });
  clients.push(client);
  return client;
}

beforeAll(() => requireBuilt());
afterEach(async () => {
  await Promise.all(clients.map((c) => c.shutdown()));
  clients = [];
});
afterAll(() => {
  for (const dir of fs.readdirSync(tmp)) {
    try {
      fs.chmodSync(path.join(tmp, dir), 0o755);
    } catch {
      /* gone */
    }
  }
  fs.rmSync(tmp, { recursive: true, force: true });
});

/**
 * The process is running, answers a request (a hover on a document it never opened: null) and
 * logged no crash. `limit` only stops a server that never answers from hanging the test.
 */
async function expectAlive(client: LspClient, limit = client.timeoutMs): Promise<void> {
  expect(client.exited, `server exited: ${JSON.stringify(client.exited)}\n${client.stderr}`).toBeNull();
  const probe = { textDocument: { uri: newUri('probe') }, position: { line: 0, character: 0 } };
  expect(await client.request('textDocument/hover', probe, limit)).toBeNull();
  expect(client.exited).toBeNull();
  expect(
    client.log.filter((l) => /Uncaught|Unhandled|failed/i.test(l)),
    'server log',
  ).toEqual([]);
}

/** A later draft still gets its seed duplicate flagged. */
async function expectStillLints(client: LspClient, sentence = SEED_SENTENCE, file = SEED_FILE): Promise<void> {
  const uri = newUri('still');
  const text = `# Check\n\nWe will plant a tree for every child born this year.\n\n${sentence}\n`;
  const ds = await client.openAndWait(uri, text);
  expect(flagsSentence(ds, text, sentence), JSON.stringify(ds.map(msg))).toBe(true);
  expect(citesFile(ds, file)).toBe(true);
}

/** Resolves when a request got an answer (result or JSON-RPC error); fails on timeout or exit. */
async function answered(p: Promise<unknown>): Promise<{ result?: unknown; error?: string }> {
  try {
    return { result: await p };
  } catch (e) {
    const message = (e as Error).message;
    if (/timed out|exited|has exited/.test(message)) throw e;
    return { error: message };
  }
}

const LIMIT_MESSAGE = /\b\d[\d,.]*\s*(MB|KB|MiB|KiB|bytes|characters|chars|lines)\b/i;
const isLimitNotice = (d: Diagnostic) =>
  d.severity === 3 && LIMIT_MESSAGE.test(msg(d)) && /skip|not checked|limit|only the first/i.test(msg(d));

describe('documents', () => {
  it('empty document: no diagnostics, hover null, no actions, alive', async () => {
    const client = await start();
    const uri = newUri('empty');
    expect(await client.openAndWait(uri, '')).toEqual([]);
    expect(await client.hover(uri, { line: 0, character: 0 })).toBeNull();
    expect(
      (await client.codeActions(uri, { start: { line: 0, character: 0 }, end: { line: 0, character: 0 } }, [])) ?? [],
    ).toEqual([]);
    await expectAlive(client);
    await expectStillLints(client);
  });

  it('whitespace only: no diagnostics, alive', async () => {
    const client = await start();
    const uri = newUri('blank');
    const text = ' \n\t\n\r\n   \u00a0\u2003\n\n\n\r\r\n\t \t';
    expect(await client.openAndWait(uri, text)).toEqual([]);
    expect(await client.hover(uri, { line: 3, character: 2 })).toBeNull();
    await expectAlive(client);
  });

  const TEN_MB = 10 * 1024 * 1024;
  const TWO_MB = 2 * 1024 * 1024;

  it('10 MB draft: server stays alive and answers a hover', async () => {
    const client = await start();
    const uri = newUri('ten-mb');
    const text = `# Big draft\n\n${prose(TEN_MB, 1)}\n\n${SEED_SENTENCE}\n`;
    client.open(uri, text);
    await sleep(1000); // the user goes on working
    await expectAlive(client);
    await answered(client.hover(uri, { line: 2, character: 5 }));
  }, 60_000);

  it('10 MB draft (intended): one Information diagnostic says what was skipped and the limit', async () => {
    const client = await start();
    const uri = newUri('ten-mb-strict');
    const text = `# Big draft\n\n${prose(TEN_MB, 2)}\n\n${SEED_SENTENCE}\n`;
    const ds = await client.openAndWait(uri, text, 30_000);
    const notices = ds.filter(isLimitNotice);
    expect(notices, JSON.stringify(ds.slice(0, 5).map((d) => [d.severity, msg(d)]))).toHaveLength(1);
    await expectAlive(client);
  }, 60_000);

  it('a single 2 MB line: server stays alive and answers a hover', async () => {
    const client = await start();
    const uri = newUri('long-line');
    const text = prose(TWO_MB, 3, true);
    expect(text.includes('\n')).toBe(false);
    client.open(uri, text);
    await sleep(1000);
    await expectAlive(client);
    await answered(client.hover(uri, { line: 0, character: 1000 }));
  }, 60_000);

  it('a single 2 MB line (intended): one Information diagnostic says what was skipped and the limit', async () => {
    const client = await start();
    const uri = newUri('long-line-strict');
    const text = prose(TWO_MB, 4, true);
    const ds = await client.openAndWait(uri, text, 30_000);
    expect(ds.filter(isLimitNotice), JSON.stringify(ds.slice(0, 5).map((d) => [d.severity, msg(d)]))).toHaveLength(1);
    await expectAlive(client);
  }, 60_000);

  it(
    'binary content (random bytes, control characters, lone surrogates): diagnostics ' +
      'published, ranges inside the document, alive',
    async () => {
      const client = await start();
      const uri = newUri('binary');
      const r = rng(5);
      let text = '';
      for (let i = 0; i < 64 * 1024; i++) {
        const x = r();
        if (x < 0.01)
          text += String.fromCharCode(0xd800 + Math.floor(r() * 0x800)); // lone surrogate
        else text += String.fromCharCode(Math.floor(r() * 256));
      }
      const ds = await client.openAndWait(uri, text);
      const lines = text.split(/\r\n|\r|\n/);
      for (const d of ds) {
        for (const p of [d.range.start, d.range.end]) {
          expect(p.line).toBeLessThan(lines.length);
          expect(p.character).toBeLessThanOrEqual(lines[p.line]!.length);
        }
      }
      await answered(client.hover(uri, { line: 0, character: 3 }));
      await answered(
        client.codeActions(uri, { start: { line: 0, character: 0 }, end: { line: 1, character: 0 } }, ds, [
          'source.fixAll',
        ]),
      );
      await expectAlive(client);
      await expectStillLints(client);
    },
  );

  it('NUL bytes in a draft: checked as any other draft, the seed copy flagged and nothing else; alive', async () => {
    const client = await start();
    const uri = newUri('nul');
    const text =
      '# Draft\u0000\n\nSome\u0000text with\u0000\u0000NULs in it.\u0000\n\n' +
      `${SEED_SENTENCE}\n\n\u0000\u0000\u0000\n`;
    const ds = await client.openAndWait(uri, text);
    // What the drafter sees: the one repeat, on its own line and citing the seed, as it would be
    // without the NULs; no notice, and no finding on the paragraph of NULs.
    const line4 = { start: { line: 4, character: 0 }, end: { line: 4, character: SEED_SENTENCE.length } };
    expect(ds.map((d) => [d.code, d.severity, d.range, msg(d).split(' — ')[0]])).toEqual([
      [DUP, 2, line4, `Repeats ${SEED_FILE}:23`],
    ]);
    // Hovering the NUL paragraph shows nothing; hovering the repeat shows its citation.
    expect(await client.hover(uri, { line: 2, character: 5 })).toBeNull();
    expect(JSON.stringify(await client.hover(uri, { line: 4, character: 5 }))).toContain(`${SEED_FILE}:23`);
    await expectAlive(client);
  });

  /** Every duplicate diagnostic's range text equals what is expected, in order. */
  const rangeTexts = (text: string, ds: Diagnostic[]) =>
    dups(ds).map((d) => text.slice(offsetAt(text, d.range.start), offsetAt(text, d.range.end)));

  it('CRLF line endings: duplicate ranges are exactly the duplicate passage / sentence', async () => {
    const client = await start();
    const uri = newUri('crlf');
    const text = [
      '# Draft',
      '',
      A1,
      '',
      `We will build more council houses in every region. ${SEED_SENTENCE} We will also plant trees in every town.`,
      '',
      A3,
      '',
    ].join('\r\n');
    const ds = await client.openAndWait(uri, text);
    expect(rangeTexts(text, ds)).toEqual([SEED_SENTENCE, A3]);
    await expectAlive(client);
  });

  it(
    'mixed line endings (LF, CRLF, lone CR): duplicate ranges are exactly the ' + 'duplicate passage / sentence',
    async () => {
      const client = await start();
      const uri = newUri('mixed');
      const parts = [
        '# Draft',
        '',
        A1,
        '',
        `We will build more council houses in every region. ${SEED_SENTENCE} We will also plant trees in every town.`,
        '',
        A3,
        '',
        'Closing words.',
        '',
      ];
      const seps = ['\r\n', '\n', '\r', '\r\n', '\r', '\n', '\r\n', '\r', '\n'];
      const text = parts.map((p, i) => p + (seps[i] ?? '')).join('');
      const ds = await client.openAndWait(uri, text);
      expect(rangeTexts(text, ds)).toEqual([SEED_SENTENCE, A3]);
      await expectAlive(client);
    },
  );

  it('5,000 headings and no paragraphs: answered with no findings, alive', async () => {
    const client = await start();
    const uri = newUri('headings');
    const text =
      Array.from({ length: 5000 }, (_, i) => `${'#'.repeat((i % 6) + 1)} Heading ${i}: we will increase funding`).join(
        '\n',
      ) + '\n';
    const ds = await client.openAndWait(uri, text);
    expect(ds).toEqual([]);
    await answered(client.hover(uri, { line: 2500, character: 5 }));
    await expectAlive(client);
  });

  it('200 levels of nested lists: answered, a later seed duplicate is still flagged, alive', async () => {
    const client = await start();
    const uri = newUri('nested-lists');
    const nest = Array.from(
      { length: 200 },
      (_, i) => `${'  '.repeat(i)}- item ${i} about ${WORDS[i % WORDS.length]}`,
    ).join('\n');
    const text = `${nest}\n\n${SEED_SENTENCE}\n`;
    const ds = await client.openAndWait(uri, text);
    expect(flagsSentence(ds, text, SEED_SENTENCE), JSON.stringify(ds.map(msg))).toBe(true);
    await answered(client.hover(uri, { line: 199, character: 400 }));
    await answered(
      client.codeActions(uri, { start: { line: 150, character: 0 }, end: { line: 150, character: 5 } }, ds),
    );
    await expectAlive(client);
  });

  it('200 levels of block quotes: answered, a later seed duplicate is still flagged, alive', async () => {
    const client = await start();
    const uri = newUri('nested-quotes');
    const quotes = Array.from(
      { length: 200 },
      (_, i) => `${'>'.repeat(i + 1)} quoted level ${i}. ${SEED_SENTENCE}`,
    ).join('\n');
    const text = `${quotes}\n\n${SEED_SENTENCE}\n`;
    const ds = await client.openAndWait(uri, text);
    // Block quotes are not checked; the paragraph after them is.
    expect(dups(ds).map((d) => d.range.start.line)).toEqual([201]);
    await answered(client.hover(uri, { line: 199, character: 300 }));
    await expectAlive(client);
  });
});

describe('corpus folders', () => {
  /** A folder with one good corpus file holding GOOD on line 3. */
  function goodFolder(): string {
    const dir = fresh('good');
    fs.writeFileSync(path.join(dir, 'good.txt'), `Agreed policy\n\n${GOOD}\n`);
    return dir;
  }
  const draft = `# Draft\n\nWe will plant a tree for every child born this year.\n\n${GOOD}\n\n${SEED_SENTENCE}\n`;

  /** Opens the draft and waits until both the good folder and the seeds flag their copies. */
  async function expectCorpusServes(
    client: LspClient,
    extraSentence?: string,
    extraFile?: string,
  ): Promise<Diagnostic[]> {
    const uri = newUri('corpus');
    const text = extraSentence ? `${draft}\n${extraSentence}\n` : draft;
    client.open(uri, text);
    const ds = await client.waitForDiagnostics(
      uri,
      (d) =>
        flagsSentence(d, text, GOOD) &&
        flagsSentence(d, text, SEED_SENTENCE) &&
        (!extraSentence || flagsSentence(d, text, extraSentence)),
      { since: 0 },
    );
    expect(citesFile(ds, 'good.txt:3')).toBe(true);
    if (extraFile) expect(citesFile(ds, extraFile)).toBe(true);
    return ds;
  }
  const reported = (client: LspClient, name: string) => [...client.shown, ...client.log].some((m) => m.includes(name));

  it('invalid UTF-8 (0xff 0xfe) in a corpus file: the rest of that file and of the corpus still serve', async () => {
    const dir = goodFolder();
    fs.writeFileSync(
      path.join(dir, 'invalid-utf8.txt'),
      Buffer.concat([
        Buffer.from([0xff, 0xfe]),
        Buffer.from(' broken start\n\n'),
        Buffer.from(`${OTHER}\n\nbad \xc3\x28 middle `, 'latin1'),
        Buffer.from([0xff, 0xfe, 0xc0]),
        Buffer.from('\n'),
      ]),
    );
    const client = await start({ corpus: { includeSeeds: true, paths: [dir] } });
    await expectCorpusServes(client, OTHER, 'invalid-utf8.txt:3');
    await expectAlive(client);
  });

  it('a corpus folder that does not exist: reported by name, the rest of the corpus serves', async () => {
    const missing = path.join(tmp, 'no-such-folder');
    const client = await start({ corpus: { includeSeeds: true, paths: [missing, goodFolder()] } });
    await expectCorpusServes(client);
    expect(reported(client, missing), JSON.stringify(client.shown)).toBe(true);
    await expectAlive(client);
  });

  it('an unreadable corpus folder (chmod 000): reported by name, the rest of the corpus serves', async (ctx) => {
    const locked = fresh('locked');
    fs.writeFileSync(path.join(locked, 'secret.txt'), `${OTHER}\n`);
    fs.chmodSync(locked, 0o000);
    let denied = false;
    try {
      fs.readdirSync(locked);
    } catch {
      denied = true;
    }
    if (!denied) {
      fs.chmodSync(locked, 0o755);
      ctx.skip('chmod 000 does not deny reading here (tests run as root): cannot make an unreadable folder');
    }
    const client = await start({ corpus: { includeSeeds: true, paths: [locked, goodFolder()] } });
    await expectCorpusServes(client);
    expect(reported(client, locked)).toBe(true);
    await expectAlive(client);
    fs.chmodSync(locked, 0o755);
  });

  it('a corpus "folder" that is a file: reported by name, the rest of the corpus serves', async () => {
    const file = path.join(fresh('is-file'), 'not-a-folder.txt');
    fs.writeFileSync(file, `${OTHER}\n`);
    const client = await start({ corpus: { includeSeeds: true, paths: [file, goodFolder()] } });
    await expectCorpusServes(client);
    expect(reported(client, file), JSON.stringify(client.shown)).toBe(true);
    await expectAlive(client);
  });

  it('a corpus folder containing a symlink loop: indexing ends, the rest of the corpus serves', async () => {
    const dir = goodFolder();
    fs.symlinkSync('.', path.join(dir, 'self'));
    fs.symlinkSync(path.join(dir, 'loop-b'), path.join(dir, 'loop-a'));
    fs.symlinkSync(path.join(dir, 'loop-a'), path.join(dir, 'loop-b'));
    fs.symlinkSync(path.join(dir, 'loop-c.txt'), path.join(dir, 'loop-c.txt'));
    fs.mkdirSync(path.join(dir, 'sub'));
    fs.symlinkSync('..', path.join(dir, 'sub', 'up'));
    const client = await start({ corpus: { includeSeeds: true, paths: [dir] } });
    await expectCorpusServes(client);
    await expectAlive(client);
  });

  it('a 200 MB corpus file (sparse): skipped and reported by name, the rest of the corpus serves', async () => {
    const dir = goodFolder();
    const big = path.join(dir, 'huge.txt');
    fs.writeFileSync(big, `${OTHER}\n`);
    fs.truncateSync(big, 200 * 1024 * 1024);
    const client = await start({ corpus: { includeSeeds: true, paths: [dir] } });
    await expectCorpusServes(client);
    expect(reported(client, 'huge.txt'), JSON.stringify(client.shown)).toBe(true);
    await expectAlive(client);
  });

  it(
    'non-text files (.png bytes named .txt): skipped and reported by name, the rest ' + 'of the corpus serves',
    async () => {
      const dir = goodFolder();
      const png = fs.readFileSync(path.resolve(__dirname, '../../images/icon.png'));
      fs.writeFileSync(path.join(dir, 'picture.txt'), png);
      fs.writeFileSync(path.join(dir, 'picture.md'), png);
      const client = await start({ corpus: { includeSeeds: true, paths: [dir] } });
      await expectCorpusServes(client);
      expect(reported(client, 'picture.txt'), JSON.stringify(client.shown)).toBe(true);
      await expectAlive(client);
    },
  );

  it('a corpus file deleted or rewritten while indexing: indexing ends, the untouched files still serve', async () => {
    const dir = goodFolder();
    const churn = path.join(dir, 'churn');
    fs.mkdirSync(churn);
    const names = Array.from({ length: 150 }, (_, i) => path.join(churn, `f${i}.txt`));
    names.forEach((f, i) => fs.writeFileSync(f, prose(16 * 1024, 100 + i)));
    const client = await start({ corpus: { includeSeeds: true, paths: [dir] } });
    let stop = false;
    const r = rng(9);
    const churning = (async () => {
      let round = 0;
      while (!stop) {
        for (let k = 0; k < 20; k++) {
          const f = names[Math.floor(r() * names.length)]!;
          try {
            const op = r();
            if (op < 0.3) fs.rmSync(f, { recursive: true, force: true });
            else if (op < 0.6) fs.writeFileSync(f, prose(Math.floor(r() * 32 * 1024), round * 100 + k));
            else if (op < 0.7) fs.writeFileSync(f, Buffer.from([0xff, 0x00, 0xfe, 0x00]));
            else if (op < 0.8) fs.truncateSync(f, 0);
            else if (op < 0.9) {
              fs.rmSync(f, { recursive: true, force: true });
              fs.mkdirSync(f);
            } else fs.writeFileSync(f, prose(8 * 1024, round));
          } catch {
            /* racing ourselves is fine */
          }
        }
        round++;
        await sleep(1);
      }
    })();
    // Force re-indexing several times while the files change underneath.
    for (let i = 0; i < 4; i++) {
      client.settings = { corpus: { includeSeeds: true, paths: i % 2 ? [dir] : [dir, churn] } };
      client.changeConfiguration({ policyLint: client.settings });
      await sleep(400);
    }
    stop = true;
    await churning;
    await expectCorpusServes(client);
    await expectAlive(client);
  }, 60_000);
});

describe('settings of the wrong type', () => {
  it('corpus.paths as a string: read as one folder, reported, that folder serves', async () => {
    const dir = fresh('string-path');
    fs.writeFileSync(path.join(dir, 'good.txt'), `Agreed policy\n\n${GOOD}\n`);
    const client = await start({ corpus: { includeSeeds: true, paths: dir } });
    const uri = newUri('string-path');
    const text = `# Draft\n\n${GOOD}\n\n${SEED_SENTENCE}\n`;
    client.open(uri, text);
    const ds = await client.waitForDiagnostics(
      uri,
      (d) => flagsSentence(d, text, GOOD) && flagsSentence(d, text, SEED_SENTENCE),
      { since: 0 },
    );
    expect(citesFile(ds, 'good.txt:3')).toBe(true);
    expect(client.shown.some((m) => m.includes('policyLint.corpus.paths'))).toBe(true);
    await expectAlive(client);
  });

  it('corpus.paths as a number: ignored and reported, the seeds serve', async () => {
    const client = await start({ corpus: { includeSeeds: true, paths: 42 } });
    await expectStillLints(client);
    expect(client.shown.some((m) => m.includes('policyLint.corpus.paths'))).toBe(true);
    await expectAlive(client);
  });

  it('corpus.includeSeeds as "yes": reported, default (true) used, the seeds serve', async () => {
    const client = await start({ corpus: { includeSeeds: 'yes' } });
    await expectStillLints(client);
    expect(client.shown.some((m) => m.includes('policyLint.corpus.includeSeeds'))).toBe(true);
    await expectAlive(client);
  });

  it(
    'wrong shapes pushed through didChangeConfiguration (null section, arrays, ' + 'strings): alive, the seeds serve',
    async () => {
      const client = await start();
      for (const settings of [
        { policyLint: null },
        { policyLint: 'x' },
        { policyLint: [] },
        { policyLint: { corpus: 'x' } },
        { policyLint: { corpus: { paths: [1, null, {}] } } },
        7,
        'x',
      ]) {
        client.changeConfiguration(settings);
      }
      await sleep(300);
      await expectStillLints(client);
      await expectAlive(client);
    },
  );
});

describe('requests', () => {
  it('hover and codeAction for a URI the server never opened: null / [], alive', async () => {
    const client = await start();
    const unknown = newUri('never-opened');
    expect(await client.hover(unknown, { line: 3, character: 7 })).toBeNull();
    const fake: Diagnostic = {
      range: { start: { line: 0, character: 0 }, end: { line: 0, character: 5 } },
      message: 'x',
      code: DUP,
      source: 'policy-lint',
      data: { index: 0, version: 1 },
    };
    expect((await client.codeActions(unknown, fake.range, [fake])) ?? []).toEqual([]);
    expect((await client.codeActions('untitled:Untitled-1', fake.range, [], ['source.fixAll'])) ?? []).toEqual([]);
    expect((await client.codeActions('not a uri at all', fake.range, [])) ?? []).toEqual([]);
    await expectAlive(client);
    await expectStillLints(client);
  });

  it('hover and code actions at positions past the end of the document: answered, alive', async () => {
    const client = await start();
    const uri = newUri('past-end');
    const text = `# Draft\n\n${SEED_SENTENCE}\n`;
    const ds = await client.openAndWait(uri, text);
    expect(dups(ds)).toHaveLength(1);
    for (const position of [
      { line: 2, character: 500 },
      { line: 50, character: 0 },
      { line: 2 ** 31 - 1, character: 2 ** 31 - 1 },
      { line: -1, character: -1 },
    ]) {
      await answered(client.hover(uri, position));
      await answered(client.codeActions(uri, { start: position, end: position }, []));
    }
    const pastEnd = { start: { line: 40, character: 0 }, end: { line: 90, character: 9 } };
    // A stale or forged diagnostic (index out of range, wrong data) gets no fix and no crash.
    const forged = [
      { ...ds[0]!, range: pastEnd, data: { index: 9999, version: 1 } },
      { ...ds[0]!, range: pastEnd, data: null },
      { ...ds[0]!, range: pastEnd, data: { index: '__proto__' } },
    ] as Diagnostic[];
    expect(((await client.codeActions(uri, pastEnd, forged, ['quickfix'])) ?? []).length).toBe(0);
    // The real diagnostic with a range past the end still gets its fix.
    const fixAll = (await client.codeActions(uri, pastEnd, [], ['source.fixAll'])) ?? [];
    expect(fixAll.map((a) => a.kind)).toEqual(['source.fixAll']);
    await expectAlive(client);
  });

  it('$/cancelRequest right after a hover request: the hover is answered as if not cancelled, alive', async () => {
    const client = await start();
    const uri = newUri('cancel');
    const text = `# Draft\n\n${SEED_SENTENCE}\n`;
    await client.openAndWait(uri, text);
    const position = { line: 2, character: 10 };
    const hover = await client.hover(uri, position);
    expect(JSON.stringify(hover)).toContain(`${SEED_FILE}:23`);
    // A hover is worked out at once, so a cancel that follows it has nothing to stop: each one
    // gets the same answer as the hover above, never an error and never a lost request.
    const outcomes = [];
    for (let i = 0; i < 5; i++) {
      const id = (client as unknown as { nextId: number }).nextId;
      const pending = client.hover(uri, position);
      client.notify('$/cancelRequest', { id });
      outcomes.push(await answered(pending));
    }
    expect(outcomes).toEqual(Array.from({ length: 5 }, () => ({ result: hover })));
    // Cancelling an id that does not exist, and one already answered: nothing changes.
    client.notify('$/cancelRequest', { id: 999_999 });
    client.notify('$/cancelRequest', { id: 1 });
    expect(await client.hover(uri, position)).toEqual(hover);
    await expectAlive(client);
    await expectStillLints(client);
  });
});

// Issue 17: a hostile repository or a broken file can't read, crash or hang Policy Lint.
describe('hostile repositories and broken files', () => {
  /** A workspace folder with agreed/good.txt (GOOD, line 3), and a folder outside it with secret.txt (OTHER). */
  function workspace(): { ws: string; outside: string; config: string } {
    const ws = fresh('workspace');
    const outside = fresh('outside');
    fs.mkdirSync(path.join(ws, 'agreed'));
    fs.writeFileSync(path.join(ws, 'agreed', 'good.txt'), `Agreed policy\n\n${GOOD}\n`);
    fs.writeFileSync(path.join(outside, 'secret.txt'), `Private notes\n\n${OTHER}\n`);
    return { ws, outside, config: path.join(ws, '.policylintrc.json') };
  }
  const draftIn = (ws: string) => pathToFileURL(path.join(ws, `draft-${++n}.md`)).href;
  const configDiagnostics = (
    client: LspClient,
    config: string,
    predicate: (ds: Diagnostic[]) => boolean = (ds) => ds.length > 0,
  ) => client.waitForDiagnostics(pathToFileURL(config).href, predicate, { since: 0 });
  /** Makes a FIFO; false where there is no mkfifo. */
  const mkfifo = (file: string) => spawnSync('mkfifo', [file]).status === 0;

  it(
    'a .policylintrc.json naming folders outside the workspace (absolute, ../.., a ' +
      'symlink, /etc): each refused on its line, nothing outside read',
    async () => {
      const { ws, outside, config } = workspace();
      fs.symlinkSync(outside, path.join(ws, 'link'));
      const up = path.relative(ws, outside);
      fs.writeFileSync(
        config,
        `{\n  "corpus": {\n    "paths": [\n      "agreed",\n      ${JSON.stringify(outside)},\n` +
          `      ${JSON.stringify(up)},\n      "link",\n      "/etc"\n    ]\n  }\n}\n`,
      );
      const client = await start({}, 20_000, { workspaceFolders: [ws] });
      const uri = draftIn(ws);
      const text = `# Draft\n\n${GOOD}\n\n${OTHER}\n`;
      client.open(uri, text);
      const ds = await client.waitForDiagnostics(uri, (d) => flagsSentence(d, text, GOOD), { since: 0 });
      expect(citesFile(ds, 'good.txt:3')).toBe(true);
      expect(flagsSentence(ds, text, OTHER)).toBe(false);
      expect(JSON.stringify(ds)).not.toContain('secret.txt');
      const problems = await configDiagnostics(client, config);
      // One error on each refused entry's line (0-based 4 to 7), naming it.
      expect(problems.map((d) => [d.range.start.line, d.severity])).toEqual([4, 5, 6, 7].map((l) => [l, 1]));
      expect(msg(problems[2]!)).toMatch(/'link'.*outside/);
      const files = await client.request<Array<{ path: string }>>('policyLint/corpusFiles', null);
      expect(
        files.filter((f) => !f.path.startsWith(ws + path.sep) && !f.path.includes(`${path.sep}seeds${path.sep}`)),
      ).toEqual([]);
      await expectAlive(client);
    },
  );

  it('an untrusted workspace: no corpus folders from its .policylintrc.json, until trust is granted', async () => {
    const { ws, config } = workspace();
    fs.writeFileSync(config, '{ "corpus": { "paths": ["agreed"] } }\n');
    const client = await start({}, 20_000, {
      workspaceFolders: [ws],
      initializationOptions: { workspaceTrusted: false },
    });
    const uri = draftIn(ws);
    const text = `# Draft\n\n${GOOD}\n\n${SEED_SENTENCE}\n`;
    const ds = await client.openAndWait(uri, text);
    expect(flagsSentence(ds, text, SEED_SENTENCE)).toBe(true);
    expect(flagsSentence(ds, text, GOOD)).toBe(false);
    const problems = await configDiagnostics(client, config);
    expect(problems).toHaveLength(1);
    expect(msg(problems[0]!)).toMatch(/trust/);
    client.notify('policyLint/workspaceTrusted', null);
    const after = await client.waitForDiagnostics(uri, (d) => flagsSentence(d, text, GOOD), { since: 0 });
    expect(citesFile(after, 'good.txt:3')).toBe(true);
    await configDiagnostics(client, config, (d) => d.length === 0);
    await expectAlive(client);
  });

  it(
    'a .policylintrc.json that is a symlink to /dev/zero, a FIFO, or over 1 MB: one ' +
      'error each, the defaults used, alive',
    async () => {
      const kinds: Array<[string, (file: string) => boolean, RegExp]> = [
        ['zero', (f) => (fs.symlinkSync('/dev/zero', f), true), /not a regular file/],
        ['fifo', (f) => mkfifo(f), /not a regular file/],
        ['huge', (f) => (fs.writeFileSync(f, '{'), fs.truncateSync(f, 2 * 1024 * 1024), true), /larger than 1 MB/],
      ];
      for (const [name, make, message] of kinds) {
        const ws = fresh(`config-${name}`);
        const config = path.join(ws, '.policylintrc.json');
        if (!make(config)) continue;
        const client = await start({}, 20_000, { workspaceFolders: [ws] });
        const uri = draftIn(ws);
        const text = `# Draft\n\n${SEED_SENTENCE}\n`;
        const ds = await client.openAndWait(uri, text);
        expect(flagsSentence(ds, text, SEED_SENTENCE), name).toBe(true);
        const problems = await configDiagnostics(client, config);
        expect(problems, name).toHaveLength(1);
        expect(msg(problems[0]!), name).toMatch(message);
        await expectAlive(client);
      }
    },
    60_000,
  );

  it(
    'a 9.9 MB Markdown corpus file that is one list of a million items: indexed up ' +
      'to the passage budget with one warning naming it, the rest of the corpus serves',
    async () => {
      const dir = fresh('long-list');
      fs.writeFileSync(path.join(dir, 'good.txt'), `Agreed policy\n\n${GOOD}\n`);
      const items: string[] = [];
      for (let i = 0; i < 1_000_000; i++) items.push(`- b${i}\n`);
      fs.writeFileSync(path.join(dir, 'list.md'), `- ${OTHER}\n${items.join('')}`);
      const client = await start({ corpus: { includeSeeds: true, paths: [dir] } }, 60_000);
      const uri = newUri('long-list');
      const text = `# Draft\n\n${GOOD}\n\n${OTHER}\n\n${SEED_SENTENCE}\n`;
      client.open(uri, text);
      const ds = await client.waitForDiagnostics(
        uri,
        (d) => flagsSentence(d, text, GOOD) && flagsSentence(d, text, OTHER) && flagsSentence(d, text, SEED_SENTENCE),
        { since: 0, timeoutMs: 60_000 },
      );
      // The list's first item is in the index: the file was read up to the budget, not skipped.
      expect(citesFile(ds, 'list.md:1')).toBe(true);
      const warnings = [...new Set(client.shown)].filter((m) => m.includes('list.md'));
      expect(warnings).toHaveLength(1);
      expect(warnings[0]).toMatch(/only up to line 10,001/);
      await expectAlive(client);
    },
    120_000,
  );

  it('stale temporary index files of dead processes are removed at start; those of live ones are kept', async () => {
    const cache = fresh('cache');
    const dead = spawnSync(process.execPath, ['-e', '']).pid!;
    const stale = path.join(cache, `corpus-0123456789abcdef.seg.${dead}.tmp`);
    const live = path.join(cache, `corpus-0123456789abcdef.seg.${process.pid}.tmp`);
    const other = path.join(cache, 'notes.tmp');
    for (const f of [stale, live, other]) fs.writeFileSync(f, 'partial');
    const client = await start({}, 20_000, { initializationOptions: { cacheFolder: cache } });
    await expectStillLints(client);
    expect(fs.existsSync(stale)).toBe(false);
    expect(fs.existsSync(live)).toBe(true);
    expect(fs.existsSync(other)).toBe(true);
    await expectAlive(client);
  });

  it(
    "the VS Code client's own initialization options (cacheFolder, workspaceTrusted) " + 'draw no settings warning',
    async () => {
      const client = await start({}, 20_000, {
        initializationOptions: { cacheFolder: fresh('cache'), workspaceTrusted: true },
      });
      await expectStillLints(client);
      expect(
        [...client.log, ...client.shown].filter((m) => /unknown key|cacheFolder|workspaceTrusted/.test(m)),
      ).toEqual([]);
      await expectAlive(client);
    },
  );

  it(
    'a quick fix worked out for version 1 names version 1, so an editor refuses it ' +
      'once the document is at version 2',
    async () => {
      const client = await start({}, 20_000, { documentChanges: true });
      const uri = newUri('versioned');
      const text = `# Draft\n\n${SEED_SENTENCE}\n`;
      const ds = await client.openAndWait(uri, text);
      const actions = (await client.codeActions(uri, ds[0]!.range, [ds[0]!])) ?? [];
      const fixAll = (await client.codeActions(uri, ds[0]!.range, [], ['source.fixAll'])) ?? [];
      expect(actions.length).toBeGreaterThan(0);
      for (const action of [...actions, ...fixAll]) {
        expect(action.edit?.changes, action.title).toBeUndefined();
        expect(action.edit?.documentChanges, action.title).toEqual([
          expect.objectContaining({ textDocument: { uri, version: 1 } }),
        ]);
      }
      await expectAlive(client);
    },
  );
});

// Issue 17, row 10: frames the library cannot recover from.
describe('bad frames', () => {
  const body = JSON.stringify({
    jsonrpc: '2.0',
    id: 99,
    method: 'textDocument/hover',
    params: { textDocument: { uri: 'file:///x.md' }, position: { line: 0, character: 0 } },
  });
  const next = JSON.stringify({ jsonrpc: '2.0', id: 100, method: 'shutdown' });
  const frames: Array<[string, string]> = [
    ['a negative Content-Length', `Content-Length: -5\r\n\r\n${body}`],
    ['a Content-Length too small', `Content-Length: 10\r\n\r\n${body}`],
    ['a Content-Length that is not a number', `Content-Length: twelve\r\n\r\n${body}`],
    ['a Content-Length with a number and more', `Content-Length: ${body.length}abc\r\n\r\n${body}`],
    ['no Content-Length', `Content-Type: application/vscode-jsonrpc; charset=utf-8\r\n\r\n${body}`],
  ];
  for (const [what, frame] of frames) {
    it(`${what}: the server says why and exits (non-zero), so the client can start another`, async () => {
      const client = await start();
      client.sendRaw(frame);
      // What a client sends next: a sound frame, which a server that lost its place never reads.
      client.sendRaw(`Content-Length: ${Buffer.byteLength(next)}\r\n\r\n${next}`);
      const exited = await client.waitForExit(10_000);
      expect(exited, 'the server is still running, unable to read anything more').toBeDefined();
      expect(exited!.code).not.toBe(0);
      expect(client.stderr).toMatch(/received a message it cannot read \(.+\)/);
    });
  }

  it('sound frames split anywhere, and bodies of multi-byte text, pass the check', async () => {
    const client = await start();
    const uri = newUri('split');
    const text = `# Draft — “quoted” 🙂\n\n${SEED_SENTENCE}\n`;
    const open = Buffer.from(
      JSON.stringify({
        jsonrpc: '2.0',
        method: 'textDocument/didOpen',
        params: { textDocument: { uri, languageId: 'markdown', version: 1, text } },
      }),
    );
    const bytes = Buffer.concat([
      Buffer.from(`Content-Length: ${open.length}\r\nContent-Type: application/vscode-jsonrpc; charset=utf-8\r\n\r\n`),
      open,
    ]);
    for (let at = 0; at < bytes.length; at += 7) client.sendRaw(bytes.subarray(at, at + 7));
    const ds = await client.waitForDiagnostics(uri, (_d, p) => p.version === 1);
    expect(flagsSentence(ds, text, SEED_SENTENCE)).toBe(true);
    await expectAlive(client);
  });
});

// Issue 17, row 9: positions the client should never send, in didChange.
describe('edits with positions outside the document', () => {
  /** Every position in every diagnostic is a whole number inside `text`. */
  const sound = (ds: Diagnostic[], text: string) => {
    const lines = text.split(/\r\n|\r|\n/);
    for (const d of ds) {
      for (const p of [d.range.start, d.range.end]) {
        expect(Number.isInteger(p.line) && Number.isInteger(p.character), JSON.stringify(d.range)).toBe(true);
        expect(p.line).toBeLessThan(lines.length);
        expect(p.character).toBeLessThanOrEqual(lines[p.line]!.length);
      }
    }
  };

  it(
    'a range on lines past the end, then fractional positions: clamped to the ' +
      'document, whose line table stays sound',
    async () => {
      const client = await start();
      const uri = newUri('clamp');
      let text = '# Draft\n\nWe will plant a tree for every child born this year.\n';
      await client.openAndWait(uri, text);
      // Past the end: taken as the end of the document.
      // (The library, given lines 5 to 7 of a 4-line document and two lines of text, left holes in its line table.)
      let version = client.change(uri, [
        { range: { start: { line: 5, character: 4 }, end: { line: 7, character: 0 } }, text: `\n${SEED_SENTENCE}\n` },
      ]);
      text += `\n${SEED_SENTENCE}\n`;
      let ds = await client.waitForDiagnostics(uri, (_d, p) => p.version === version);
      sound(ds, text);
      expect(flagsSentence(ds, text, SEED_SENTENCE), JSON.stringify(ds.map((d) => d.range))).toBe(true);
      // Fractions rounded down: line 0.5, character 0.5 is line 0, character 0. (The library inserted the text and a
      // second copy of the document.)
      version = client.change(uri, [
        { range: { start: { line: 0.5, character: 0.5 }, end: { line: 0.5, character: 0.5 } }, text: 'Intro.\n\n' },
      ]);
      text = `Intro.\n\n${text}`;
      ds = await client.waitForDiagnostics(uri, (_d, p) => p.version === version);
      sound(ds, text);
      expect(dups(ds)).toHaveLength(1);
      // A character of 1.5 inside a line, with a line break in the text.
      version = client.change(uri, [
        { range: { start: { line: 2, character: 1.5 }, end: { line: 2, character: 1.5 } }, text: 'x\n' },
      ]);
      text = `${text.slice(0, text.indexOf('# Draft') + 1)}x\n${text.slice(text.indexOf('# Draft') + 1)}`;
      ds = await client.waitForDiagnostics(uri, (_d, p) => p.version === version);
      sound(ds, text);
      // And every later edit lands where it says: a line is added above the seed sentence.
      version = client.change(uri, [
        {
          range: { start: { line: 6, character: 0 }, end: { line: 6, character: 0 } },
          text: 'Amendment 2: Councils will publish their housing plans.\n\n',
        },
      ]);
      const at = text.indexOf('\n', text.indexOf('child born')) + 1;
      text = `${text.slice(0, at)}Amendment 2: Councils will publish their housing plans.\n\n${text.slice(at)}`;
      ds = await client.waitForDiagnostics(uri, (_d, p) => p.version === version);
      sound(ds, text);
      expect(flagsSentence(ds, text, SEED_SENTENCE), JSON.stringify(ds.map((d) => d.range))).toBe(true);
      const d = dups(ds)[0]!;
      expect(text.slice(offsetAt(text, d.range.start), offsetAt(text, d.range.end)).trim()).toBe(SEED_SENTENCE);
      await expectAlive(client);
    },
  );
});

// Issue 17, rows 8 and 17: corpus folders nested deep, and names that are not UTF-8.
describe('corpus folders nested deep, and odd names', () => {
  const draftOf = (...sentences: string[]) =>
    `# Draft\n\nWe will plant a tree for every child born this year.\n\n${sentences.join('\n\n')}\n`;

  it('a corpus file 12 folders down is read and cited, as one at the top is', async () => {
    const dir = fresh('deep');
    let sub = dir;
    for (let i = 1; i <= 12; i++) sub = path.join(sub, `level-${i}`);
    fs.mkdirSync(sub, { recursive: true });
    fs.writeFileSync(path.join(sub, 'deep.txt'), `Agreed policy\n\n${OTHER}\n`);
    fs.writeFileSync(path.join(dir, 'top.txt'), `Agreed policy\n\n${GOOD}\n`);
    const client = await start({ corpus: { includeSeeds: false, paths: [dir] } });
    const uri = newUri('deep');
    const text = draftOf(GOOD, OTHER);
    client.open(uri, text);
    const ds = await client.waitForDiagnostics(uri, (d) => flagsSentence(d, text, GOOD), { since: 0 });
    expect(flagsSentence(ds, text, OTHER), JSON.stringify(ds.map(msg))).toBe(true);
    expect(citesFile(ds, 'deep.txt:3')).toBe(true);
    await expectAlive(client);
  });

  it(
    'a corpus file name with invalid UTF-8 bytes: skipped once, ' +
      'its name escaped and the real reason given, not a false ENOENT',
    async () => {
      const dir = fresh('bytes');
      fs.writeFileSync(path.join(dir, 'good.txt'), `Agreed policy\n\n${GOOD}\n`);
      fs.writeFileSync(
        Buffer.concat([Buffer.from(path.join(dir, 'bad')), Buffer.from([0xff, 0xfe]), Buffer.from('.txt')]),
        `${OTHER}\n`,
      );
      const client = await start({ corpus: { includeSeeds: false, paths: [dir] } });
      const uri = newUri('bytes');
      const text = draftOf(GOOD);
      await client.openAndWait(uri, text);
      const about = [...client.shown, ...client.log].filter((m) => m.includes('bad'));
      expect(about.join('\n')).not.toMatch(/ENOENT|\ufffd/);
      expect(new Set(client.shown.filter((m) => m.includes('bad')))).toEqual(
        new Set([
          `Policy Lint: Corpus file skipped, its name is not valid UTF-8: ${path.join(dir, 'bad')}\\xff\\xfe.txt`,
        ]),
      );
      // Asked again (a re-index), it is said again once, not once per re-read of each file.
      const shownBefore = client.shown.length;
      await client.request('policyLint/reindex', null);
      await client.openAndWait(newUri('bytes'), text);
      expect(client.shown.slice(shownBefore).filter((m) => m.includes('bad')).length).toBeLessThanOrEqual(1);
      await expectAlive(client);
    },
  );
});

// Issue 17, row 12: many corpus files failing in one indexing run.
describe('many corpus files that cannot be read', () => {
  it(
    '40 files failing: one message for the run, with the count and where the list is; ' + 'each file named in the log',
    async () => {
      const dir = fresh('many-bad');
      fs.writeFileSync(path.join(dir, 'good.txt'), `Agreed policy\n\n${GOOD}\n`);
      for (let i = 0; i < 40; i++)
        fs.writeFileSync(path.join(dir, `broken-${i}.txt`), Buffer.from([0x41, 0x00, 0x42, 0x0a]));
      const client = await start({ corpus: { includeSeeds: false, paths: [dir] } });
      const uri = newUri('many-bad');
      const text = `# Draft\n\n${GOOD}\n`;
      client.open(uri, text);
      await client.waitForDiagnostics(uri, (d) => flagsSentence(d, text, GOOD), { since: 0 });
      const about = client.shown.filter((m) => m.includes('broken-'));
      expect(about, JSON.stringify(about.slice(0, 3))).toHaveLength(1);
      expect(about[0]).toMatch(
        /^Policy Lint: 40 corpus files or folders could not be read.*Policy Lint output lists them all.*status bar/,
      );
      for (let i = 0; i < 40; i++)
        expect(
          client.log.some((l) => l.includes(`broken-${i}.txt`)),
          `broken-${i}.txt in the log`,
        ).toBe(true);
      await expectAlive(client);
    },
  );
});

// Issue 17, row 13 (its second half): a draft that starts with a byte order mark.
describe('a draft with a byte order mark', () => {
  it('removing its first paragraph (a repeat) keeps the mark and leaves no blank line', async () => {
    const client = await start();
    const uri = newUri('bom');
    const text = `\uFEFF${SEED_SENTENCE}\n\nWe will plant a tree for every child born this year.\n`;
    const ds = dups(await client.openAndWait(uri, text));
    expect(ds).toHaveLength(1);
    const actions = (await client.codeActions(uri, ds[0]!.range, [ds[0]!], ['quickfix'])) ?? [];
    const fix = actions.find((a) => a.isPreferred);
    expect(fix, JSON.stringify(actions.map((a) => a.title))).toBeDefined();
    expect(applyTextEdits(text, editsOf(fix!, uri))).toBe(
      '\uFEFFWe will plant a tree for every child born this year.\n',
    );
    const fixAll = ((await client.codeActions(uri, ds[0]!.range, [], ['source.fixAll'])) ?? [])[0];
    expect(applyTextEdits(text, editsOf(fixAll!, uri))).toBe(
      '\uFEFFWe will plant a tree for every child born this year.\n',
    );
    await expectAlive(client);
  });
});

// Issue 17, row 13 (its first half): a paragraph of the drafter's own words around a repeat.
// A sentence long enough that the paragraph as a whole is near to a copy of it.
const LONG_SEED_SENTENCE =
  'The manifesto pledges that all people with complex needs will have a single point of contact ' +
  'for their care and a personalised care plan.';

describe('a paragraph that adds a sentence of its own to a repeated one', () => {
  it("flags only the repeated sentence, and neither its fix nor fix-all removes the drafter's sentence", async () => {
    const client = await start();
    const uri = newUri('own-sentence');
    const text =
      `# Draft\n\nThis part is new. ${LONG_SEED_SENTENCE}\n\n` +
      'We will plant a tree for every child born this year.\n';
    const ds = dups(await client.openAndWait(uri, text));
    expect(ds).toHaveLength(1);
    const kept = '# Draft\n\nThis part is new.\n\nWe will plant a tree for every child born this year.\n';
    const actions = (await client.codeActions(uri, ds[0]!.range, [ds[0]!], ['quickfix'])) ?? [];
    const fix = actions.find((a) => a.isPreferred);
    expect(fix, JSON.stringify(actions.map((a) => a.title))).toBeDefined();
    expect(applyTextEdits(text, editsOf(fix!, uri))).toBe(kept);
    const fixAll = ((await client.codeActions(uri, ds[0]!.range, [], ['source.fixAll'])) ?? [])[0];
    expect(applyTextEdits(text, editsOf(fixAll!, uri))).toBe(kept);
    await expectAlive(client);
  });
});
