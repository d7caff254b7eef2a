// The drafter's controls through the real protocol: inline disables and the code action that
// writes one, the .policylintrc.json file (severities, corpus paths, errors), a watched corpus,
// progress and status while indexing.
import fs from 'node:fs';
import os from 'node:os';
import path from 'node:path';
import { pathToFileURL } from 'node:url';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import type { RegistrationParams } from 'vscode-languageserver-protocol';
import type { CorpusStatus } from '../../shared/protocol';
import { applyTextEdits, editsOf, LspClient, requireBuilt, ROOT } from '../support/lsp-client';

const PLEDGE = 'We will increase funding for adult social care.';
const SEED_DUP = 'The NHS and public services should not be included in any TTIP agreement.';
const OWN = 'Every hospital trust will publish its car parking charges on its website.';

let tmp: string;
beforeAll(() => {
  requireBuilt();
  tmp = fs.mkdtempSync(path.join(os.tmpdir(), 'policy-lint-controls-'));
});
afterAll(() => fs.rmSync(tmp, { recursive: true, force: true }));

const write = (rel: string, text: string) => {
  const file = path.join(tmp, rel);
  fs.mkdirSync(path.dirname(file), { recursive: true });
  fs.writeFileSync(file, text);
  return pathToFileURL(file).href;
};
/** The last corpus status the server sent as ready. */
const lastReady = (client: LspClient) =>
  client.notifications
    .filter((n) => n.method === 'policyLint/status' && (n.params as CorpusStatus).state === 'ready')
    .pop()!.params as CorpusStatus;
const summary = (ds: Array<{ code?: unknown; range: { start: { line: number } }; severity?: number }>) =>
  ds.map((d) => `${d.range.start.line + 1}:${String(d.code)}:${d.severity}`).sort();

describe('inline disables', () => {
  let client: LspClient;
  beforeAll(async () => {
    client = await LspClient.start({ settings: {} });
  });
  afterAll(() => client.shutdown());

  it('a disable-next-line comment suppresses exactly its rule on exactly its line', async () => {
    const uri = write(
      'inline/a.md',
      [
        '<!-- policy-lint-disable-next-line commitment-without-figure -->',
        PLEDGE,
        '',
        '<!-- policy-lint-disable-next-line commitment-without-figure -->',
        SEED_DUP,
        '',
        'Labour will recruit more midwives for maternity units.',
        '',
      ].join('\n'),
    );
    const ds = await client.openAndWait(uri, fs.readFileSync(new URL(uri), 'utf8'));
    expect(summary(ds)).toEqual(['5:duplicate-amendment:2', '7:commitment-without-figure:3']);
  });

  it('the "Ignore … here" action inserts the comment above, and the finding goes', async () => {
    const text = ['# Pledges', '', `- ${PLEDGE}`, ''].join('\n');
    const uri = write('inline/b.md', text);
    const ds = await client.openAndWait(uri, text);
    const d = ds.find((x) => x.code === 'commitment-without-figure')!;
    const actions = (await client.codeActions(uri, d.range, [d]))!;
    const ignore = actions.find((a) => a.title === 'Ignore this pledge here')!;
    const after = applyTextEdits(text, editsOf(ignore, uri));
    expect(after).toBe(
      ['# Pledges', '', '  <!-- policy-lint-disable-next-line commitment-without-figure -->', `- ${PLEDGE}`, ''].join(
        '\n',
      ),
    );
    const uri2 = write('inline/c.md', after);
    expect(await client.openAndWait(uri2, after)).toEqual([]);
  });
});

describe('corpus files command', () => {
  it("lists every corpus file with its number of passages, adding up to the status bar's count", async () => {
    const client = await LspClient.start({ settings: {} });
    try {
      await client.openAndWait(write('corpus-files/a.md', 'Draft.\n'), 'Draft.\n');
      const files = await client.request<Array<{ file: string; passages: number }>>('policyLint/corpusFiles', null);
      const ready = lastReady(client);
      expect(files.map((f) => f.file).sort()).toEqual(
        fs
          .readdirSync(path.join(ROOT, 'seeds'))
          .filter((f) => f.endsWith('.txt'))
          .sort(),
      );
      expect(files.every((f) => f.passages > 0)).toBe(true);
      expect(files.reduce((n, f) => n + f.passages, 0)).toBe(ready.passages);
    } finally {
      await client.shutdown();
    }
  });
});

describe('.policylintrc.json', () => {
  let client: LspClient;
  beforeAll(async () => {
    write('project/agreed/policy.md', `# Agreed\n\n${OWN}\n`);
    write(
      'project/.policylintrc.json',
      JSON.stringify({
        corpus: { paths: ['agreed'], includeSeeds: false },
        rules: { 'commitment-without-figure': { severity: 'error' } },
      }),
    );
    write('broken/.policylintrc.json', '{\n  "rules": {\n    "duplicate-amendment": { "severity": "loud" }\n  }\n}\n');
    client = await LspClient.start({ settings: {}, editorCapabilities: true });
  });
  afterAll(() => client.shutdown());

  it('applies its severities and corpus folders (relative to the file) to drafts below it', async () => {
    const text = ['# Draft', '', PLEDGE, '', SEED_DUP, '', OWN, ''].join('\n');
    const uri = write('project/drafts/d.md', text);
    const ds = await client.openAndWait(uri, text);
    // The seed copy is not flagged (includeSeeds: false); the copy of the team's own corpus is.
    expect(summary(ds)).toEqual(['3:commitment-without-figure:1', '7:duplicate-amendment:2']);
    expect(ds.find((d) => d.code === 'duplicate-amendment')!.message).toContain('policy.md:3');
  });

  it(
    'a wrong value gets one error on the config file naming line and key; the draft ' +
      'is still checked with defaults',
    async () => {
      const text = ['# Draft', '', SEED_DUP, ''].join('\n');
      const uri = write('broken/d.md', text);
      const ds = await client.openAndWait(uri, text);
      expect(summary(ds)).toEqual(['3:duplicate-amendment:2']);
      const configUri = pathToFileURL(path.join(tmp, 'broken/.policylintrc.json')).href;
      const published = await client.waitForDiagnostics(configUri);
      expect(published).toHaveLength(1);
      expect(published[0]!.range.start.line).toBe(2);
      expect(published[0]!.message).toMatch(/rules\.duplicate-amendment\.severity.*error, warning, information, hint/);
    },
  );

  it('reports progress and the corpus status while indexing, and registers file watchers', () => {
    const methods = client.notifications.map((n) => n.method);
    expect(methods).toContain('$/progress');
    const ready = client.notifications
      .filter((n) => n.method === 'policyLint/status')
      .map((n) => n.params as CorpusStatus)
      .filter((p) => p.state === 'ready');
    expect(ready.some((p) => p.files === 1 && p.passages === 1)).toBe(true);
    const registration = client.serverRequests.find((r) => r.method === 'client/registerCapability') as
      { method: string; params: RegistrationParams } | undefined;
    const watchers = registration?.params.registrations[0].registerOptions.watchers;
    expect(JSON.stringify(watchers)).toContain('.policylintrc.json');
  });

  it('a file added to a corpus folder changes the diagnostics of an open draft', async () => {
    const added = 'Community pharmacies will open until midnight in every market town from next spring.';
    const text = ['# Draft', '', added, ''].join('\n');
    const uri = write('project/drafts/e.md', text);
    expect(await client.openAndWait(uri, text)).toEqual([]);
    const file = path.join(tmp, 'project/agreed/new.txt');
    fs.writeFileSync(file, `${added}\n`);
    const before = client.publishCount(uri);
    client.notify('workspace/didChangeWatchedFiles', { changes: [{ uri: pathToFileURL(file).href, type: 1 }] });
    const after = await client.waitForDiagnostics(uri, (ds) => ds.length > 0, { since: before });
    expect(after.map((d) => d.code)).toEqual(['duplicate-amendment']);
    expect(after[0]!.message).toContain('new.txt:1');
  });
});

describe('persistent corpus index', () => {
  /** A corpus folder of three passages, kept on disk in its own cache folder; `start` starts a server on it. */
  const persisted = (name: string) => {
    const corpusDir = path.join(tmp, name, 'corpus');
    fs.mkdirSync(corpusDir, { recursive: true });
    for (let i = 0; i < 3; i++)
      fs.writeFileSync(
        path.join(corpusDir, `p${i}.txt`),
        `Passage number ${i} on hospital car parking charges for carers.\n`,
      );
    const cacheFolder = path.join(tmp, name, 'cache');
    const settings = { corpus: { paths: [corpusDir], includeSeeds: false } };
    return {
      corpusDir,
      cacheFolder,
      draft: pathToFileURL(path.join(tmp, name, 'd.md')).href,
      start: () => LspClient.start({ settings, initializationOptions: { policyLint: settings, cacheFolder } }),
    };
  };

  it('a restart with an unchanged corpus loads it from disk; a changed file is read again on its own', async () => {
    const { corpusDir, cacheFolder, draft, start } = persisted('persist');
    const readyOf = async () => {
      const client = await start();
      await client.openAndWait(draft, 'Draft.\n');
      const ready = lastReady(client);
      await new Promise((r) => setTimeout(r, 300)); // the index is written after the corpus is in use
      await client.shutdown();
      return ready;
    };
    expect((await readyOf()).fromDisk).toBe(0);
    expect(fs.readdirSync(cacheFolder).some((f) => f.endsWith('.seg'))).toBe(true);
    expect(await readyOf()).toMatchObject({ files: 3, fromDisk: 3 });
    fs.writeFileSync(path.join(corpusDir, 'p1.txt'), 'A different passage altogether about dental practices.\n');
    expect(await readyOf()).toMatchObject({ files: 3, fromDisk: 2 });
  });

  it('a file changed while the server runs is in use at once, and in the saved index once changes stop', async () => {
    const { corpusDir, draft: uri, start } = persisted('persist-watch');
    const client = await start();
    const added = 'Community pharmacies will open until midnight in every market town from next spring.';
    expect(await client.openAndWait(uri, `${added}\n`)).toEqual([]);
    const file = path.join(corpusDir, 'p1.txt');
    fs.writeFileSync(file, `${added}\n`);
    const before = client.publishCount(uri);
    client.notify('workspace/didChangeWatchedFiles', { changes: [{ uri: pathToFileURL(file).href, type: 2 }] });
    const after = await client.waitForDiagnostics(uri, (ds) => ds.length > 0, { since: before });
    expect(after[0]!.message).toContain('p1.txt:1');
    // The merged index is saved two seconds after the last change.
    await new Promise((r) => setTimeout(r, 3000));
    await client.shutdown();

    const again = await start();
    await again.openAndWait(uri, `${added}\n`);
    expect(lastReady(again)).toMatchObject({ files: 3, fromDisk: 3 });
    await again.shutdown();
  });

  it("a large corpus's claims are saved, and a restart files them instead of reading them again", async () => {
    // Over 5,000 units, so that its claims are read in steps (a small corpus's are read at once and not saved).
    const corpusDir = path.join(tmp, 'claims', 'corpus');
    fs.mkdirSync(corpusDir, { recursive: true });
    for (let f = 0; f < 20; f++) {
      const passages = Array.from(
        { length: 90 },
        (_, i) =>
          `Branch ${f * 90 + i} asked about clinic number ${f}-${i}. ` +
          `Its members meet on a ${['Monday', 'Tuesday', 'Friday'][i % 3]}.`,
      );
      if (f === 7) passages.push('There are 1.2 million carers aged 65 and over in England.');
      fs.writeFileSync(path.join(corpusDir, `part-${f}.txt`), passages.join('\n\n'));
    }
    const cacheFolder = path.join(tmp, 'claims', 'cache');
    const settings = { corpus: { paths: [corpusDir], includeSeeds: false } };
    const draft = pathToFileURL(path.join(tmp, 'claims', 'd.md')).href;
    const text = 'Nearly 1.4 million pensioners in England look after a partner or a parent.\n';
    const run = async () => {
      const client = await LspClient.start({ settings, initializationOptions: { policyLint: settings, cacheFolder } });
      client.open(draft, text);
      // The claims are read after the corpus is ready, and the draft checked again with them.
      const found = await client.waitForDiagnostics(draft, (ds) => ds.some((d) => d.code === 'corpus-contradiction'));
      // They are saved after they are in use.
      await new Promise((r) => setTimeout(r, 500));
      await client.shutdown();
      return { found, line: client.log.find((l) => l.startsWith('Corpus claims ready'))! };
    };
    const first = await run();
    expect(first.found.find((d) => d.code === 'corpus-contradiction')!.message).toContain('1.2 million');
    expect(first.line).toMatch(/: 1,804 sentences, 0 of them from the saved index/);
    expect(fs.readdirSync(cacheFolder).filter((f) => f.startsWith('claims-'))).toHaveLength(1);
    const second = await run();
    expect(second.found.map((d) => d.code)).toEqual(first.found.map((d) => d.code));
    expect(second.line).toMatch(/: 1,804 sentences, 1,804 of them from the saved index/);
  });
});
