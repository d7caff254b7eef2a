import { describe, expect, it } from 'vitest';
import type { Message } from 'vscode-languageserver/node';
import { encodeMessage } from './wire';

const diagnostic = (line: number, message: string) => ({
  range: { start: { line, character: 0 }, end: { line, character: 4 } },
  severity: 2,
  code: 'duplicate-amendment',
  source: 'policy-lint',
  message,
  relatedInformation: [
    {
      location: { uri: 'file:///c/ü.txt', range: { start: { line: 1, character: 0 }, end: { line: 1, character: 0 } } },
      message: '“quoted” \u2028 line\nbreak \\ "x"',
    },
  ],
  data: { index: line },
});

const publish = (diagnostics: unknown[], extra: Record<string, unknown> = {}) =>
  ({
    jsonrpc: '2.0',
    method: 'textDocument/publishDiagnostics',
    params: { uri: 'file:///d/draft.md', version: 3, ...extra, diagnostics },
  }) as unknown as Message;

describe('encodeMessage', () => {
  it('gives the bytes JSON.stringify gives, for diagnostics and for any other message', () => {
    const one = diagnostic(0, 'Repeats line 1 — ’quoted’ and 2 more passages.');
    const messages = [
      publish([one, diagnostic(7, 'ünïcödé 🙂'), one]),
      publish([]),
      publish([one], { extra: { nested: [1, 2] } }),
      {
        jsonrpc: '2.0',
        method: 'textDocument/publishDiagnostics',
        params: { diagnostics: [one], uri: 'file:///d/x.md' },
      },
      { jsonrpc: '2.0', id: 4, result: { contents: { kind: 'markdown', value: '**x**' } } },
      { jsonrpc: '2.0', method: 'policyLint/status', params: { state: 'ready', files: 5 } },
    ] as unknown as Message[];
    for (const m of messages) expect(encodeMessage(m).toString('utf8')).toBe(JSON.stringify(m));
  });

  it('serialises a diagnostic once, however many messages carry it', () => {
    const d = diagnostic(2, 'first words');
    expect(JSON.parse(encodeMessage(publish([d])).toString()).params.diagnostics[0].message).toBe('first words');
    // The object is what is kept: the same object gives the bytes it gave the first time.
    d.message = 'changed in place';
    expect(JSON.parse(encodeMessage(publish([d])).toString()).params.diagnostics[0].message).toBe('first words');
    // A new object for a changed finding is serialised afresh.
    expect(JSON.parse(encodeMessage(publish([{ ...d }])).toString()).params.diagnostics[0].message).toBe(
      'changed in place',
    );
  });
});
