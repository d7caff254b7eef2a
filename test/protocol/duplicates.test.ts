// duplicate-amendment through the real protocol: the BUILT server (server/out/server.js) over
// stdio, driven the way an editor drives it. Run `npm run build` first.
import fs from 'node:fs';
import os from 'node:os';
import path from 'node:path';
import { pathToFileURL } from 'node:url';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import type { Diagnostic } from 'vscode-languageserver-protocol';
import {
  applyTextEdits,
  editsOf,
  hoverText,
  LspClient,
  rangeOf,
  requireBuilt,
  ROOT,
  sleep,
} from '../support/lsp-client';

const RULE = 'duplicate-amendment';
const SEED_FILE = '002_4866ad5c8f0cc62f.txt';
const SEED_ID = '002_4866ad5c8f0cc62f';
const SEED_URI = pathToFileURL(path.join(ROOT, 'seeds', SEED_FILE)).href;
// seeds/002…txt line 23.
const SEED_LINE = 23;
const SEED_SENTENCE = 'The NHS and public services should not be included in any TTIP agreement.';

const tmp = fs.mkdtempSync(path.join(os.tmpdir(), 'policy-lint-protocol-'));
let n = 0;
/** A fresh file uri per document, so tests sharing a server never collide. */
const newUri = (name = 'draft') => pathToFileURL(path.join(tmp, `${name}-${++n}.md`)).href;

const dups = (ds: Diagnostic[]) => ds.filter((d) => d.code === RULE);
/** 1-based line numbers where duplicate-amendment diagnostics start. */
const dupLines = (ds: Diagnostic[]) => dups(ds).map((d) => d.range.start.line + 1);

const lines = (...ls: string[]) => ls.join('\n');

const A1 = 'Amendment 1: Hospitals will involve family carers in planning the discharge of the person they care for.';
const A2 = 'Amendment 2: We will build more council houses in every region.';
// Typo ("famly") and a changed word ("in" -> "when").
const A3 = 'Amendment 3: Hospitals will involve famly carers when planning the discharge of the person they care for.';
const A4 = 'Amendment 4: Every library will stay open on Saturdays.';

beforeAll(() => {
  requireBuilt();
});

afterAll(() => {
  fs.rmSync(tmp, { recursive: true, force: true });
});

describe('duplicate-amendment over LSP (default settings: seeds in the corpus)', () => {
  let client: LspClient;

  beforeAll(async () => {
    client = await LspClient.start({ settings: {} });
  });
  afterAll(async () => {
    await client?.shutdown();
    expect(client.exited, 'server process must be gone after shutdown').not.toBeNull();
  });

  async function fixOne(text: string, line: number): Promise<string> {
    const uri = newUri('fix');
    const diagnostics = dups(await client.openAndWait(uri, text));
    const target = diagnostics.filter((d) => d.range.start.line + 1 === line);
    expect(target, `one duplicate on line ${line}; got lines ${dupLines(diagnostics)}`).toHaveLength(1);
    const actions = (await client.codeActions(uri, target[0]!.range, target))!;
    const fixes = actions.filter((a) => a.kind === 'quickfix' && a.title.startsWith('Remove'));
    expect(fixes).toHaveLength(1);
    expect(fixes[0]!.diagnostics?.[0]?.message).toBe(target[0]!.message);
    return applyTextEdits(text, editsOf(fixes[0]!, uri));
  }

  it('flags a near-duplicate amendment within the draft once, on the later copy', async () => {
    const uri = newUri();
    const text = lines('# Draft', '', A1, '', A2, '', A3, '');
    const diagnostics = await client.openAndWait(uri, text);
    const found = dups(diagnostics);
    expect(found).toHaveLength(1);
    const d = found[0]!;
    expect(d.range.start).toEqual({ line: 6, character: 0 });
    expect(d.range.end.line).toBe(6);
    expect(d.code).toBe('duplicate-amendment');
    expect(d.source).toBe('policy-lint');
    expect(d.codeDescription?.href).toContain('#duplicate-amendment');
    expect(d.message).toContain('Repeats Amendment 1 (line 3)');
    expect(d.relatedInformation).toBeDefined();
    expect(d.relatedInformation![0]!.location.uri).toBe(uri);
    expect(d.relatedInformation![0]!.location.range.start.line).toBe(2);
  });

  it(
    'flags a copy of a seed sentence despite case, punctuation, curly quotes and ' + 'emphasis, citing the seed',
    async () => {
      const uri = newUri();
      const copy = 'THE NHS and Public Services should *not* be included in any “TTIP” agreement!';
      const text = lines(
        '# Trade',
        '',
        'We will protect the health service from every kind of privatisation.',
        '',
        copy,
        '',
      );
      const found = dups(await client.openAndWait(uri, text));
      expect(dupLines(found)).toEqual([5]);
      const d = found[0]!;
      expect(d.message).toContain(`${SEED_FILE}:${SEED_LINE}`);
      const rel = d.relatedInformation!.find((r) => r.location.uri === SEED_URI);
      expect(rel, `relatedInformation: ${JSON.stringify(d.relatedInformation)}`).toBeDefined();
      expect(rel!.location.range.start.line).toBe(SEED_LINE - 1);

      const hover = await client.hover(uri, { line: 4, character: Math.floor(copy.length / 2) });
      const md = hoverText(hover);
      expect(md).toContain(SEED_ID);
      expect(md).toContain(`${SEED_URI}#L${SEED_LINE}`);
      expect(md).toMatch(/\]\(file:\/\/[^)]*#L23\)/);
    },
  );

  it('does not call a seed sentence with the negation removed or a figure changed a duplicate', async () => {
    const uri = newUri();
    const text = lines(
      '# Near copies that say something else',
      '',
      'The NHS and public services should be included in any TTIP agreement.',
      '',
      'Future policy designed to tackle health inequalities should reflect the fact ' +
        'that 70 per cent of a person’s health is determined by a range of factors ' +
        'beyond the influence or control of the NHS.',
      '',
      'We will invest an extra £200 million a year in general practice, funded by ' +
        'savings made from scrapping the Government’s new competition rules.',
      '',
      // Control: the unchanged figure IS a copy, so the check is live in this document.
      'We will invest an extra £100 million a year in general practice, funded by ' +
        'savings made from scrapping the Government’s new competition rules.',
      '',
    );
    const found = dups(await client.openAndWait(uri, text));
    expect(dupLines(found)).toEqual([9]);
    expect(found[0]!.message).toContain(SEED_FILE);
  });

  it('quick fix removes a duplicate paragraph and its blank line, nothing else', async () => {
    const before = lines('# Draft', '', A1, '', A2, '', A3, '', A4, '');
    const after = lines('# Draft', '', A1, '', A2, '', A4, '');
    expect(await fixOne(before, 7)).toBe(after);
  });

  it('quick fix removes only the duplicate sentence from a longer paragraph', async () => {
    const para = (mid: string) =>
      `We will build more council houses in every region. ${mid}We will also plant trees in every town.`;
    const before = lines('# Draft', '', para(`${SEED_SENTENCE} `), '', A4, '');
    const after = lines('# Draft', '', para(''), '', A4, '');
    expect(await fixOne(before, 3)).toBe(after);
  });

  it('quick fix removes only the duplicate list item line', async () => {
    const before = lines(
      '# Draft',
      '',
      '- Every school will have a qualified librarian on the staff.',
      `- ${SEED_SENTENCE}`,
      '- Every town will have a public swimming pool open all year.',
      '',
      'Closing words.',
      '',
    );
    const after = lines(
      '# Draft',
      '',
      '- Every school will have a qualified librarian on the staff.',
      '- Every town will have a public swimming pool open all year.',
      '',
      'Closing words.',
      '',
    );
    expect(await fixOne(before, 4)).toBe(after);
  });

  it('quick fix works on a CRLF document (middle and last paragraph)', async () => {
    const crlf = (...ls: string[]) => ls.join('\r\n');
    expect(await fixOne(crlf('# Draft', '', A1, '', A2, '', A3, '', A4, ''), 7)).toBe(
      crlf('# Draft', '', A1, '', A2, '', A4, ''),
    );
    expect(await fixOne(crlf('# Draft', '', A1, '', A2, '', A3, ''), 7)).toBe(crlf('# Draft', '', A1, '', A2, ''));
  });

  it('source.fixAll removes every duplicate at once', async () => {
    const uri = newUri('fixall');
    const before = lines(
      '# Draft',
      '',
      A1,
      '',
      A2,
      '',
      A3,
      '',
      SEED_SENTENCE,
      '',
      A4,
      '',
      'Amendment 5: We will build more council houses in every region.',
      '',
    );
    const found = dups(await client.openAndWait(uri, before));
    expect(dupLines(found)).toEqual([7, 9, 13]);
    const actions = (await client.codeActions(uri, rangeOf(before, 0, 0), [], ['source.fixAll']))!;
    expect(actions.map((a) => a.kind)).toEqual(['source.fixAll']);
    const fixed = applyTextEdits(before, editsOf(actions[0]!, uri));
    expect(fixed).toBe(lines('# Draft', '', A1, '', A2, '', A4, ''));
    // And the result is clean.
    expect(dups(await client.openAndWait(newUri('fixed'), fixed))).toEqual([]);
  });

  it('an incremental edit deleting the duplicate clears its diagnostic', async () => {
    const uri = newUri('edit');
    const text = lines('# Draft', '', A1, '', A2, '', A3, '', A4, '');
    expect(dupLines(await client.openAndWait(uri, text))).toEqual([7]);
    const start = text.indexOf(A3);
    const end = start + A3.length + 2; // the paragraph and the blank line after it
    const since = client.publishCount(uri);
    const version = client.change(uri, [{ range: rangeOf(text, start, end), text: '' }]);
    const after = await client.waitForDiagnostics(uri, (_d, p) => p.version === version, { since });
    expect(dups(after)).toEqual([]);
  });

  it('never publishes a stale result after a newer version', async () => {
    const uri = newUri('stale');
    const v1 = lines('# Draft', '', A1, '', A2, '');
    expect(dups(await client.openAndWait(uri, v1))).toEqual([]);
    const since = client.publishCount(uri);
    // v2: duplicate appended at line 7. v3 (sent at once): two lines added at the top, so the
    // duplicate is on line 9 and a second one (copy of A2) on line 11.
    const v2 = `${v1}\n${A3}\n`;
    client.change(uri, [{ range: rangeOf(v1, v1.length, v1.length), text: `\n${A3}\n` }]);
    const v3 = `# Title\n\n${v2}\n${A2}\n`;
    const final = client.change(uri, [
      { range: rangeOf(v2, v2.length, v2.length), text: `\n${A2}\n` },
      { range: rangeOf(v2, 0, 0), text: '# Title\n\n' },
    ]);
    expect(final).toBe(3);
    const diagnostics = await client.waitForDiagnostics(uri, (_d, p) => p.version === final, { since });
    expect(dupLines(diagnostics)).toEqual([9, 11]);
    expect(v3.split('\n')[8]).toBe(A3);
    // Give a stale run time to show up, then check nothing older came after the final version.
    await sleep(500);
    const after = client.published.get(uri)!.slice(since);
    const finalAt = after.findIndex((p) => p.version === final);
    expect(after.slice(finalAt + 1).filter((p) => p.version !== final)).toEqual([]);
    expect(client.latest(uri)!.version).toBe(final);
    expect(dupLines(client.latest(uri)!.diagnostics)).toEqual([9, 11]);
  });

  it('an empty document has no diagnostics', async () => {
    const uri = newUri('empty');
    expect(await client.openAndWait(uri, '')).toEqual([]);
  });

  it('hover and code actions on an unknown uri answer null / [] and the server keeps working', async () => {
    const unknown = newUri('never-opened');
    expect(await client.hover(unknown, { line: 0, character: 0 })).toBeNull();
    const actions = await client.codeActions(
      unknown,
      { start: { line: 0, character: 0 }, end: { line: 0, character: 0 } },
      [],
    );
    expect(actions ?? []).toEqual([]);
    // Still alive and answering.
    const uri = newUri();
    expect(dupLines(await client.openAndWait(uri, lines(A1, '', A3, '')))).toEqual([3]);
    expect(client.exited).toBeNull();
  });
});

describe('corpus settings over LSP', () => {
  const corpusDir = path.join(tmp, 'agreed');
  const AGREED = 'Every school will have a qualified librarian and a library open to all pupils after lessons.';
  let client: LspClient;

  beforeAll(async () => {
    fs.mkdirSync(corpusDir, { recursive: true });
    fs.writeFileSync(
      path.join(corpusDir, 'schools.md'),
      lines('# Schools', '', 'Agreed at conference.', '', AGREED, ''),
    );
    client = await LspClient.start({ settings: { corpus: { includeSeeds: false, paths: [corpusDir] } } });
  });
  afterAll(async () => {
    await client?.shutdown();
  });

  const agreedUri = () => pathToFileURL(path.join(corpusDir, 'schools.md')).href;
  const cites = (d: Diagnostic, uri: string) => (d.relatedInformation ?? []).some((r) => r.location.uri === uri);

  it('uses corpus.paths instead of the seeds, and re-checks when includeSeeds is switched on', async () => {
    const uri = newUri('settings');
    const text = lines(
      '# Draft',
      '',
      'Every school will have a qualified librarian and a library open to all pupils after lessons!',
      '',
      SEED_SENTENCE,
      '',
    );
    client.open(uri, text);
    // Settings are pulled after `initialized`; wait for the result that reflects them.
    const withPaths = await client.waitForDiagnostics(uri, (ds) => ds.some((d) => cites(d, agreedUri())), { since: 0 });
    expect(client.configurationRequests).toBeGreaterThan(0);
    expect(dupLines(withPaths)).toEqual([3]);
    const d = dups(withPaths)[0]!;
    expect(d.message).toContain('schools.md:5');
    expect(d.relatedInformation![0]!.location.range.start.line).toBe(4);

    // Switch the seeds on (pushed settings): the seed copy on line 5 is now flagged too.
    const since = client.publishCount(uri);
    client.settings = { corpus: { includeSeeds: true, paths: [corpusDir] } };
    client.changeConfiguration({ policyLint: client.settings });
    const withSeeds = await client.waitForDiagnostics(uri, (ds) => dupLines(ds).includes(5), { since });
    expect(dupLines(withSeeds)).toEqual([3, 5]);
    const seedDiag = dups(withSeeds).find((x) => x.range.start.line === 4)!;
    expect(seedDiag.message).toContain(SEED_FILE);
    expect(cites(seedDiag, SEED_URI)).toBe(true);

    // And off again, this time pulled (didChangeConfiguration without the section).
    const since2 = client.publishCount(uri);
    client.settings = { corpus: { includeSeeds: false, paths: [corpusDir] } };
    client.changeConfiguration(null);
    const withoutSeeds = await client.waitForDiagnostics(uri, (ds) => !dupLines(ds).includes(5), { since: since2 });
    expect(dupLines(withoutSeeds)).toEqual([3]);
  });
});

describe('citations of a passage agreed word for word in several files', () => {
  const corpusDir = path.join(tmp, 'twice');
  let client: LspClient;
  const AGREED_TWICE = 'We will recruit 5,000 more health visitors by 2028.';
  beforeAll(async () => {
    fs.mkdirSync(corpusDir, { recursive: true });
    fs.writeFileSync(path.join(corpusDir, 'conference-2023.txt'), `${AGREED_TWICE}\n`);
    fs.writeFileSync(path.join(corpusDir, 'manifesto-2024.txt'), `${AGREED_TWICE}\n`);
    client = await LspClient.start({ settings: { corpus: { includeSeeds: false, paths: [corpusDir] } } });
  });
  afterAll(async () => {
    await client?.shutdown();
  });

  it('relatedInformation names every file, not only the first with that quote', async () => {
    const uri = newUri('twice');
    const ds = await client.openAndWait(
      uri,
      lines('# Draft', '', 'We will recruit 3,000 more health visitors by 2028.', ''),
    );
    const contradiction = ds.find((d) => d.code === 'corpus-contradiction');
    expect(contradiction, JSON.stringify(ds)).toBeDefined();
    const files = (contradiction!.relatedInformation ?? []).map((r) => path.basename(new URL(r.location.uri).pathname));
    expect(files.sort()).toEqual(['conference-2023.txt', 'manifesto-2024.txt']);
  });
});
