// commitment-without-figure and corpus-contradiction through the real protocol: the BUILT server
// over stdio, as an editor drives it.
import fs from 'node:fs';
import os from 'node:os';
import path from 'node:path';
import { pathToFileURL } from 'node:url';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { hoverText, LspClient, requireBuilt, ROOT } from '../support/lsp-client';

const tmp = fs.mkdtempSync(path.join(os.tmpdir(), 'policy-lint-rules-'));
const uri = (name: string) => pathToFileURL(path.join(tmp, `${name}.md`)).href;
const SEED_002 = pathToFileURL(path.join(ROOT, 'seeds', '002_4866ad5c8f0cc62f.txt')).href;

let client: LspClient;
beforeAll(async () => {
  requireBuilt();
  client = await LspClient.start({ settings: {} });
});
afterAll(async () => {
  await client?.shutdown();
  fs.rmSync(tmp, { recursive: true, force: true });
});

describe('commitment-without-figure', () => {
  const text = [
    '# Pledges',
    '',
    'We will boost funding for hospices.',
    '',
    'We will boost funding for hospices by £40 million a year.',
    '',
  ].join('\n');

  it('underlines the pledge without a figure, and only it', async () => {
    const diagnostics = (await client.openAndWait(uri('pledges'), text)).filter(
      (d) => d.code === 'commitment-without-figure',
    );
    expect(diagnostics.map((d) => d.range)).toEqual([
      { start: { line: 2, character: 0 }, end: { line: 2, character: 35 } },
    ]);
    expect(diagnostics[0]!.message).toBe('Pledge to boost funding for hospices gives no amount, percentage or date.');
    expect(diagnostics[0]!.source).toBe('policy-lint');
    expect(diagnostics[0]!.codeDescription?.href).toMatch(/#commitment-without-figure$/);
  });

  it('explains the rule in the hover with examples of figures', async () => {
    const hover = hoverText(await client.hover(uri('pledges'), { line: 2, character: 10 }));
    expect(hover).toContain('commitment-without-figure');
    expect(hover).toMatch(/£250 million a year by 2028/);
    expect(hover).toMatch(/2,000 more district nurses/);
  });
});

describe('corpus-contradiction', () => {
  const text = [
    '# Statement',
    '',
    'We will invest an extra £50 million a year in general practice.',
    '',
    'The NHS and public services should be included in any TTIP agreement.',
    '',
    'We will open 48 new walk-in centres in areas with the fewest GPs.',
    '',
  ].join('\n');

  it('flags a different figure and a negation, citing the corpus file and line, and not a shared number', async () => {
    const diagnostics = (await client.openAndWait(uri('contra'), text)).filter(
      (d) => d.code === 'corpus-contradiction',
    );
    expect(diagnostics.map((d) => d.range.start.line + 1)).toEqual([3, 5]);
    const [figure, negation] = diagnostics;
    expect(figure!.message).toMatch(/^Says £50 million a year; 002_4866ad5c8f0cc62f\.txt:69 says £100 million a year/);
    expect(figure!.relatedInformation?.[0]?.location.uri).toBe(SEED_002);
    expect(figure!.relatedInformation?.[0]?.location.range.start.line).toBe(68);
    expect(negation!.message).toContain('002_4866ad5c8f0cc62f.txt:23');
    expect(negation!.severity).toBe(1);
  });

  it('hovers with the conflicting passage, a link to its line, and the words that differ', async () => {
    const hover = hoverText(await client.hover(uri('contra'), { line: 2, character: 30 }));
    expect(hover).toContain(`${SEED_002}#L69`);
    expect(hover).toContain('~~£100~~ → **£50**');
    const negation = hoverText(await client.hover(uri('contra'), { line: 4, character: 30 }));
    expect(negation).toContain('~~not~~');
  });
});

describe('hover on a sentence no rule flags', () => {
  const SEED_001 = pathToFileURL(path.join(ROOT, 'seeds', '001_f4ef774c89833230.txt')).href;

  it('lists the corpus passages on the same topic when none resembles it or makes a claim about it', async () => {
    // seeds/001 line 12 says Welsh social care spending stayed flat in real terms while England's fell by 6.4%:
    // the same topic in a committee's words, with no figure and no near copy.
    const sentence = "Care budgets in Wales held up in real terms through the austerity years, while England's fell.";
    const diagnostics = await client.openAndWait(uri('topic'), `# Report\n\n${sentence}\n`);
    expect(diagnostics).toEqual([]);
    const hover = hoverText(await client.hover(uri('topic'), { line: 2, character: 20 }));
    expect(hover).toContain('Corpus passages on the same topic');
    expect(hover).toContain(`${SEED_001}#L12`);
    expect(hover).not.toContain('Similar passages in the corpus');
  });
});
