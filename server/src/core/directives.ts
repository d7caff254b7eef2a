// Inline disables, in the comment style markdownlint users know:
//   <!-- policy-lint-disable RULE... -->        until a matching enable (all rules when none named)
//   <!-- policy-lint-enable RULE... -->
//   <!-- policy-lint-disable-line RULE... -->   the line the comment is on
//   <!-- policy-lint-disable-next-line RULE...-->  the line after it
// Comments come from remark's HTML nodes, so one inside a code block is just code.
import type { HtmlChunk } from './markdown/passages';
import type { LineIndex } from './text/lines';
import type { RuleId } from './types';

export type DirectiveKind = 'disable' | 'enable' | 'disable-line' | 'disable-next-line';

export interface Directive {
  kind: DirectiveKind;
  /** The rules named, or undefined for all rules. */
  rules?: string[];
  /** 0-based line of the comment. */
  line: number;
}

const COMMENT = /<!--\s*policy-lint-(disable-next-line|disable-line|disable|enable)\b([\s\S]*?)-->/g;

export function readDirectives(html: HtmlChunk[], lines: LineIndex): Directive[] {
  const out: Directive[] = [];
  for (const chunk of html) {
    for (const m of chunk.value.matchAll(COMMENT)) {
      const names = m[2]!
        .trim()
        .split(/[\s,]+/)
        .filter(Boolean);
      out.push({
        kind: m[1] as DirectiveKind,
        rules: names.length ? names : undefined,
        line: lines.lineOf(chunk.start + m.index!),
      });
    }
  }
  return out.sort((a, b) => a.line - b.line);
}

/** Answers "is this rule switched off on this line?" from the directives of a document. */
export class Suppressions {
  constructor(private readonly directives: Directive[]) {}

  get empty(): boolean {
    return this.directives.length === 0;
  }

  suppressed(rule: RuleId, line: number): boolean {
    const names = (d: Directive) => !d.rules || d.rules.includes(rule);
    let disabled = false;
    for (const d of this.directives) {
      if (d.kind === 'disable-line' && d.line === line && names(d)) return true;
      if (d.kind === 'disable-next-line' && d.line + 1 === line && names(d)) return true;
      // A block disable covers lines after its comment (and the comment's own line).
      if (d.line > line) continue;
      if (d.kind === 'disable' && names(d)) disabled = true;
      if (d.kind === 'enable' && names(d)) disabled = false;
    }
    return disabled;
  }
}
