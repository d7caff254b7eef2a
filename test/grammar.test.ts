// The figures injection grammar (syntaxes/policy-figures.tmLanguage.json), tokenised with
// vscode-textmate + vscode-oniguruma as VS Code does: injected into a small stand-in for the
// Markdown grammar (same scope names for code and comments), and, when the e2e cache holds
// code-server, into VS Code's own Markdown grammar as well.
import { execFileSync } from 'node:child_process';
import { existsSync, readFileSync } from 'node:fs';
import { createRequire } from 'node:module';
import os from 'node:os';
import path from 'node:path';
import { beforeAll, describe, expect, it } from 'vitest';
import * as oniguruma from 'vscode-oniguruma';
import * as vsctm from 'vscode-textmate';

const root = path.resolve(__dirname, '..');
const require = createRequire(import.meta.url);
const FIGURE = 'constant.numeric.figure.policy-lint';
const LABEL = 'keyword.other.amendment-label.policy-lint';
const injectionPath = path.join(root, 'syntaxes', 'policy-figures.tmLanguage.json');
const injection = JSON.parse(readFileSync(injectionPath, 'utf8'));

/** A stand-in for VS Code's Markdown grammar: only what the injection selector excludes. */
const stubMarkdown = {
  scopeName: 'text.html.markdown',
  patterns: [
    { begin: '^\\s*(`{3,}|~{3,})', end: '^\\s*\\1\\s*$', name: 'markup.fenced_code.block.markdown' },
    { begin: '<!--', end: '-->', name: 'comment.block.html' },
    { match: '^(?: {4}|\\t).*$', name: 'markup.raw.block.markdown' },
    { match: '(`+)[^`]*?\\1', name: 'markup.inline.raw.string.markdown' },
  ],
};

const realMarkdownPath = path.join(
  process.env.POLICY_LINT_E2E_CACHE || path.join(os.homedir(), '.cache', 'policy-lint-e2e'),
  'code-server-4.139.1/node_modules/code-server/lib/vscode/extensions/' +
    'markdown-basics/syntaxes/markdown.tmLanguage.json',
);

let onigLib: Promise<vsctm.IOnigLib>;

beforeAll(async () => {
  const wasm = readFileSync(require.resolve('vscode-oniguruma/release/onig.wasm'));
  await oniguruma.loadWASM(wasm.buffer.slice(wasm.byteOffset, wasm.byteOffset + wasm.byteLength));
  onigLib = Promise.resolve({
    createOnigScanner: (patterns: string[]) => new oniguruma.OnigScanner(patterns),
    createOnigString: (s: string) => new oniguruma.OnigString(s),
  });
});

async function markdownGrammar(base: object): Promise<vsctm.IGrammar> {
  const registry = new vsctm.Registry({
    onigLib,
    loadGrammar: async (scopeName) => {
      if (scopeName === 'text.html.markdown') return vsctm.parseRawGrammar(JSON.stringify(base), 'markdown.json');
      if (scopeName === injection.scopeName) return vsctm.parseRawGrammar(JSON.stringify(injection), injectionPath);
      return null; // languages embedded in fenced code
    },
    // What package.json's `injectTo: ["text.html.markdown"]` does in VS Code.
    getInjections: (scopeName) => (scopeName === 'text.html.markdown' ? [injection.scopeName] : undefined),
  });
  const grammar = await registry.loadGrammar('text.html.markdown');
  if (!grammar) throw new Error('grammar did not load');
  return grammar;
}

/** For each line, the exact substrings whose tokens carry `scope` (adjacent tokens merged). */
function spans(grammar: vsctm.IGrammar, text: string, scope: string): string[][] {
  let stack = vsctm.INITIAL;
  return text.split('\n').map((line) => {
    const { tokens, ruleStack } = grammar.tokenizeLine(line, stack);
    stack = ruleStack;
    const found: string[] = [];
    let open: { start: number; end: number } | undefined;
    for (const t of tokens) {
      const has = t.scopes.includes(scope);
      if (has && open && open.end === t.startIndex) open.end = t.endIndex;
      else if (has) open = { start: t.startIndex, end: t.endIndex };
      if (!has && open) {
        found.push(line.slice(open.start, open.end));
        open = undefined;
      }
    }
    if (open) found.push(line.slice(open.start, Math.min(open.end, line.length)));
    return found;
  });
}

const POSITIVE: [string, string[]][] = [
  ['We will invest £100 million in general practice.', ['£100 million']],
  ['A £2.5bn fund, a $3m pilot and €40,000 grants.', ['£2.5bn', '$3m', '€40,000']],
  ['Spend 500 million pounds sterling on housing.', ['500 million pounds sterling']],
  ['Cut waiting lists by 16% and raise pay by 16 per cent, or 2.5 percent.', ['16%', '16 per cent', '2.5 percent']],
  ['Patients will be seen within 48 hours under a 10-year plan.', ['48 hours', '10-year']],
  ['A five-year settlement and 18 weeks from referral.', ['five-year', '18 weeks']],
  ['Net zero by 2030 and a new contract from April 2027.', ['by 2030', 'from April 2027']],
  ['A new contract in April 2027; the 2030 target.', ['in April 2027']],
  ['Agreed April 2027.', ['April 2027']],
  ['Starting on 1 April 2027, by the end of 2025, for 2025-26.', ['1 April 2027', 'by the end of 2025', '2025-26']],
  ['We will do this by the end of this Parliament.', ['by the end of this Parliament']],
  ['**£5m** for _20%_ of schools', ['£5m', '20%']],
];

const NEGATIVE = [
  'Section 75 of the Health and Social Care Act will be repealed.',
  'Amendment 12: We will increase funding for adult social care.',
  'Our 3 priorities are schools, hospitals and homes.',
  'The NHS in England and the £ sign alone.',
  'May we ask, in May, for more?',
  'Version 2.0 of the 2030 plan.',
  'A 1000-strong workforce in 24/7 care.',
];

function suite(name: string, base: () => object | undefined) {
  describe(name, () => {
    let grammar: vsctm.IGrammar;
    beforeAll(async () => {
      grammar = await markdownGrammar(base()!);
    });

    it.each(POSITIVE)('scopes the figures in %j', (line, expected) => {
      expect(spans(grammar, line, FIGURE)[0]).toEqual(expected);
    });

    it.each(NEGATIVE)('scopes no figure in %j', (line) => {
      expect(spans(grammar, line, FIGURE)[0]).toEqual([]);
    });

    it('scopes amendment labels, and only them', () => {
      expect(spans(grammar, 'Amendment 12: Labour will invest £1bn by 2030.', LABEL)[0]).toEqual(['Amendment 12:']);
      expect(spans(grammar, 'Amendment 12: Labour will invest £1bn by 2030.', FIGURE)[0]).toEqual(['£1bn', 'by 2030']);
      expect(spans(grammar, 'Amendment 3A: text', LABEL)[0]).toEqual(['Amendment 3A:']);
      expect(spans(grammar, 'As Amendment 12 says, Section 75 goes.', LABEL)[0]).toEqual([]);
      expect(spans(grammar, 'Amendments 1 to 4 are withdrawn.', LABEL)[0]).toEqual([]);
    });

    it('leaves code and comments alone', () => {
      // (VS Code's grammar scopes an HTML comment as a comment only when it starts a block.)
      const doc = [
        'Before: £10m.',
        '',
        '```',
        'Amendment 4: £100 million by 2030, 16%',
        '```',
        '',
        'Inline `£5m` code, then 16%.',
        '',
        '<!-- £7m by 2030 -->',
      ].join('\n');
      const figures = spans(grammar, doc, FIGURE);
      expect(figures).toEqual([['£10m'], [], [], [], [], [], ['16%'], [], []]);
      expect(spans(grammar, doc, LABEL)[3]).toEqual([]);
    });
  });
}

suite('injected into a stand-in Markdown grammar', () => stubMarkdown);

describe.skipIf(!existsSync(realMarkdownPath))("injected into VS Code's Markdown grammar (from the e2e cache)", () => {
  suite('real', () => JSON.parse(readFileSync(realMarkdownPath, 'utf8')));

  it('marks figures in headings, list items and quotes', async () => {
    const grammar = await markdownGrammar(JSON.parse(readFileSync(realMarkdownPath, 'utf8')));
    const doc = [
      '## Funding: £2.5bn by 2030',
      '',
      '- Amendment 7: cut waits to 48 hours',
      '',
      '> 16 per cent more',
    ].join('\n');
    expect(spans(grammar, doc, FIGURE)).toEqual([['£2.5bn', 'by 2030'], [], ['48 hours'], [], ['16 per cent']]);
    expect(spans(grammar, doc, LABEL)[2]).toEqual(['Amendment 7:']);
  });
});

it('the grammar file is generated from scripts/make-grammar.mjs', () => {
  execFileSync(process.execPath, [path.join(root, 'scripts', 'make-grammar.mjs'), '--check'], { stdio: 'pipe' });
});

it('package.json contributes it as an injection into Markdown', () => {
  const pkg = JSON.parse(readFileSync(path.join(root, 'package.json'), 'utf8'));
  expect(pkg.contributes.grammars).toContainEqual({
    scopeName: injection.scopeName,
    path: './syntaxes/policy-figures.tmLanguage.json',
    injectTo: ['text.html.markdown'],
  });
  expect(injection.injectionSelector).toMatch(/^L:text\.html\.markdown -comment -markup\.fenced_code -markup\.raw/);
});
