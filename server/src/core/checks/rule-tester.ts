// A rule's tests as cases, in the spirit of ESLint's RuleTester: `valid` texts it must not flag,
// `invalid` texts with each finding it must make: its message id and data (the message is built
// from the rule's meta, so a test names the message, not its wording), where it lies, and the
// text its fixes leave. Used by the rules' *.test.ts; not part of the server.
import { describe, expect, it } from 'vitest';
import { analyse } from '../analyse';
import { mergeAnalysisSettings, type PartialSettings } from '../config';
import { Corpus } from '../corpus/index';
import type { Finding, MessageData, RuleId } from '../types';
import { formatMessage, type Check } from './check';

export interface ValidCase {
  /** The test's name; the code when absent. */
  name?: string;
  code: string;
  /** The corpus to check against, when not the tester's. */
  corpus?: Corpus;
  settings?: PartialSettings;
}

/** A finding as a test expects it. Where it lies is given by `text` or by `line` (and columns), or both. */
export interface ExpectedFinding {
  messageId: string;
  /** Compared as a subset: the keys given must have these values. */
  data?: Partial<Record<string, string | number>>;
  /** The source text the finding covers, exactly. */
  text?: string;
  /** 1-based lines and columns (UTF-16 code units) of the finding's start and end, as ESLint's. */
  line?: number;
  column?: number;
  endLine?: number;
  endColumn?: number;
  /** The corpus or draft lines it cites, in order (`file:line` or `line N` for the draft). */
  cites?: string[];
}

export interface InvalidCase extends ValidCase {
  errors: ExpectedFinding[];
  /** The code once every finding's own fix is applied; null when no finding may have a fix. */
  output?: string | null;
}

export interface RuleTests {
  /** The corpus cases are checked against unless they give their own (an empty corpus by default). */
  corpus?: Corpus;
  valid?: Array<string | ValidCase>;
  invalid?: InvalidCase[];
}

/** Where an offset lies: 1-based line and column. */
function position(code: string, offset: number): { line: number; column: number } {
  const before = code.slice(0, offset);
  const line = before.split('\n').length;
  return { line, column: offset - (before.lastIndexOf('\n') + 1) + 1 };
}

/** The code with every finding's own fix applied, last first (the fixes of one case must not overlap). */
function applyFixes(code: string, findings: Finding[]): string {
  const edits = findings.flatMap((f) => f.fix?.edits ?? []).sort((a, b) => b.start - a.start);
  let out = code;
  let limit = Infinity;
  for (const e of edits) {
    if (e.end > limit) throw new Error('two fixes of this case overlap; test them in cases of their own');
    out = out.slice(0, e.start) + e.text + out.slice(e.end);
    limit = e.start;
  }
  return out;
}

const citeOf = (c: Finding['citations'][number]) => (c.kind === 'corpus' ? `${c.file}:${c.line}` : `line ${c.line}`);

/** Runs the rule alone on each case: a vitest `describe` per kind of case, an `it` per case. */
export function testRule(check: Check, tests: RuleTests): void {
  const { meta } = check;
  const run = (c: ValidCase): Finding[] => {
    const settings = mergeAnalysisSettings(c.settings);
    // A rule not (yet) in checks/index.ts has no settings: its meta's defaults.
    settings.rules[meta.id as RuleId] ??= { enabled: true, severity: meta.defaultSeverity };
    const corpus = c.corpus ?? tests.corpus ?? new Corpus([]);
    return analyse(c.code, corpus, { checks: [check], rules: [meta.id as RuleId], settings }).findings;
  };
  const describeFinding = (code: string, f: Finding) =>
    `${f.messageId} at ${JSON.stringify(code.slice(f.start, f.end))}: ${f.message}`;

  // vitest fails a describe without tests: one only for the kinds of case given.
  if (tests.valid?.length)
    describe(`${meta.id} valid`, () => {
      for (const c of tests.valid!.map((v) => (typeof v === 'string' ? { code: v } : v))) {
        it(c.name ?? c.code, () => {
          const found = run(c);
          expect(
            found.map((f) => describeFinding(c.code, f)),
            'no finding expected',
          ).toEqual([]);
        });
      }
    });

  if (tests.invalid?.length)
    describe(`${meta.id} invalid`, () => {
      for (const c of tests.invalid!) {
        it(c.name ?? c.code, () => {
          const found = run(c);
          const summary = found.map((f) => describeFinding(c.code, f));
          const got = `${c.errors.length} finding(s) expected, got:\n${summary.join('\n')}`;
          expect(found.length, got).toBe(c.errors.length);
          c.errors.forEach((want, i) => {
            const f = found[i]!;
            if (want.text === undefined && want.line === undefined) throw new Error('say where it lies: text or line');
            const template = meta.messages[want.messageId];
            expect(template, `${meta.id} has no message '${want.messageId}'`).toBeDefined();
            expect(f.rule).toBe(meta.id);
            expect(f.messageId, summary[i]).toBe(want.messageId);
            // The message is the template filled with the data, and nothing else.
            expect(f.message).toBe(formatMessage(template!, f.data as MessageData));
            if (want.data) expect(f.data, summary[i]).toMatchObject(want.data);
            if (want.text !== undefined) expect(c.code.slice(f.start, f.end), summary[i]).toBe(want.text);
            const start = position(c.code, f.start);
            const end = position(c.code, f.end);
            const where = { line: start.line, column: start.column, endLine: end.line, endColumn: end.column };
            for (const key of ['line', 'column', 'endLine', 'endColumn'] as const) {
              if (want[key] !== undefined) expect(where[key], `${key} of ${summary[i]}`).toBe(want[key]);
            }
            if (want.cites) expect(f.citations.map(citeOf), summary[i]).toEqual(want.cites);
          });
          if (c.output === null) expect(found.filter((f) => f.fix).map((f) => describeFinding(c.code, f))).toEqual([]);
          else if (c.output !== undefined) expect(applyFixes(c.code, found)).toBe(c.output);
        });
      }
    });
}
