// Core findings -> LSP. The one place where offsets become UTF-16 line/character positions.
import {
  DiagnosticSeverity,
  type Diagnostic,
  type DiagnosticRelatedInformation,
  type Range,
  type TextEdit,
} from 'vscode-languageserver/node';
import type { TextDocument } from 'vscode-languageserver-textdocument';
import { pathToFileURL } from 'node:url';
import type {
  Citation,
  CorpusCitation,
  DraftCitation,
  Finding,
  Severity,
  Span,
  TextEdit as CoreEdit,
} from '../core/types';
import { DEFAULT_RULES } from '../core/config';
import { README_URL } from '../core/types';
import { wordDiff } from '../core/text/diff';
import { quote } from '../core/text/quote';
import { remembered } from '../core/cache';

const SEVERITY: Record<Severity, DiagnosticSeverity> = {
  error: DiagnosticSeverity.Error,
  warning: DiagnosticSeverity.Warning,
  information: DiagnosticSeverity.Information,
  hint: DiagnosticSeverity.Hint,
};

export function toRange(doc: TextDocument, span: Span): Range {
  return { start: doc.positionAt(span.start), end: doc.positionAt(span.end) };
}

// Every diagnostic of every edit cites corpus files by URI: each path is converted once.
export const fileUri: (path: string) => string = remembered((path) => pathToFileURL(path).href, 50_000);

/** A link that opens a corpus file at a line. */
export function lineLink(path: string, line: number): string {
  return `${fileUri(path)}#L${line}`;
}

const RELATED_QUOTE_CHARS = 120;

// The same corpus passages are cited by diagnostic after diagnostic, edit after edit.
const shortQuote = remembered((text) => quote(text, RELATED_QUOTE_CHARS), 50_000);

function related(doc: TextDocument, c: Citation): DiagnosticRelatedInformation {
  if (c.kind === 'draft') {
    return {
      location: { uri: doc.uri, range: toRange(doc, c.span) },
      message: `${c.label ? `${c.label}, ` : ''}line ${c.line}: ${shortQuote(c.quote)}`,
    };
  }
  const line = Math.max(0, c.line - 1);
  // The hover quotes the passage in full; the problem list gets the start of it.
  return {
    location: { uri: fileUri(c.path), range: { start: { line, character: 0 }, end: { line, character: 0 } } },
    message: shortQuote(c.quote),
  };
}

export function toDiagnostic(doc: TextDocument, finding: Finding, range = toRange(doc, finding)): Diagnostic {
  return {
    range,
    severity: SEVERITY[finding.severity ?? DEFAULT_RULES[finding.rule].severity],
    code: finding.rule,
    codeDescription: { href: `${README_URL}#${finding.rule}` },
    source: 'policy-lint',
    message: finding.message,
    relatedInformation: finding.citations.map((c) => related(doc, c)),
  };
}

/**
 * A document's diagnostics, each made once and given again, the same object, for as long as its
 * finding says the same thing at the same line and column. A long draft has thousands of findings
 * and an edit changes a few; the wire (wire.ts) then serialises only the diagnostics that changed.
 */
export class DocumentDiagnostics {
  /** By rule and range: a finding that moved with an edit but kept its line and column is found again. */
  private kept = new Map<string, Made>();

  of(doc: TextDocument, findings: Finding[]): Diagnostic[] {
    const next = new Map<string, Made>();
    const out = findings.map((finding) => {
      const range = toRange(doc, finding);
      const { start, end } = range;
      const key = `${finding.rule}@${start.line}:${start.character}-${end.line}:${end.character}`;
      const before = this.kept.get(key);
      const diagnostic =
        before && saysTheSame(doc, before, finding) ? before.diagnostic : toDiagnostic(doc, finding, range);
      next.set(key, { finding, diagnostic });
      return diagnostic;
    });
    this.kept = next;
    return out;
  }
}

interface Made {
  finding: Finding;
  diagnostic: Diagnostic;
}

/** Whether toDiagnostic() would give the finding the diagnostic made before (its range aside). */
function saysTheSame(doc: TextDocument, before: Made, finding: Finding): boolean {
  const was = before.finding;
  if (
    was.rule !== finding.rule ||
    was.severity !== finding.severity ||
    was.citations.length !== finding.citations.length
  )
    return false;
  for (let i = 0; i < finding.citations.length; i++) {
    const c = finding.citations[i]!;
    const old = was.citations[i]!;
    // The corpus citations of an unchanged passage are the same objects, kept by the analysis cache.
    if (c === old) continue;
    if (c.kind !== old.kind || c.line !== old.line || c.quote !== old.quote) return false;
    if (c.kind === 'corpus') {
      if (c.path !== (old as CorpusCitation).path) return false;
      continue;
    }
    if (c.label !== (old as DraftCitation).label) return false;
    // A cited passage of the draft may have moved with the edit: the same line and column is the same place.
    const range = before.diagnostic.relatedInformation![i]!.location.range;
    const from = doc.positionAt(c.span.start);
    if (from.line !== range.start.line || from.character !== range.start.character) return false;
    const to = doc.positionAt(c.span.end);
    if (to.line !== range.end.line || to.character !== range.end.character) return false;
  }
  return was.message === finding.message;
}

/** The notice for text that was not checked (too large, or binary). */
export function skippedDiagnostic(doc: TextDocument, skipped: { from: number; reason: string }): Diagnostic {
  const at = doc.positionAt(skipped.from);
  return {
    range: { start: at, end: { line: at.line, character: at.character + 1 } },
    severity: DiagnosticSeverity.Information,
    code: 'not-checked',
    source: 'policy-lint',
    message: skipped.reason,
  };
}

export function toTextEdits(doc: TextDocument, edits: CoreEdit[]): TextEdit[] {
  return edits.map((e) => ({ range: toRange(doc, e), newText: e.text }));
}

/** Markdown for the words that differ: ~~corpus words~~ → **draft words**. */
export function differenceMarkdown(ours: string, theirs: string): string {
  const hunks = wordDiff(ours, theirs);
  if (!hunks.length) return 'same words';
  return hunks
    .map((h) => [h.theirs && `~~${h.theirs}~~`, h.ours && `**${h.ours}**`].filter(Boolean).join(' → '))
    .join('; ');
}

/**
 * Markdown for a list of citations: quote, file and line, and a link that opens it; with
 * `ours`, the words of the draft that differ from each corpus passage.
 */
export function citationMarkdown(doc: TextDocument, citations: Citation[], ours?: string): string {
  return citations
    .map((c) => {
      if (c.kind === 'draft') return `- line ${c.line}${c.label ? ` (${c.label})` : ''}: “${c.quote}”`;
      const diff = ours !== undefined ? `\n  - differs: ${differenceMarkdown(ours, c.quote)}` : '';
      return `- [${c.file}:${c.line}](${lineLink(c.path, c.line)}): “${c.quote}”${diff}`;
    })
    .join('\n');
}
