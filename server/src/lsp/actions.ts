// Code actions: a finding's own fix and an "Ignore here" for each diagnostic asked about, and
// "fix all" for the document. They apply the edits the core made; nothing here decides a fix.
import { CodeActionKind, type CodeAction, type Diagnostic, type TextEdit } from 'vscode-languageserver/node';
import type { WorkspaceEdit } from 'vscode-languageserver/node';
import type { TextDocument } from 'vscode-languageserver-textdocument';
import type { Analysis } from '../core/analyse';
import { fixAllTitle, ignoreTitle, takesPartInFixAll } from '../core/checks/index';
import { removeAll } from '../core/edits';
import type { Finding, RuleId } from '../core/types';
import { toTextEdits } from './convert';

/**
 * Quick fixes for the diagnostics asked about, and "fix all" for the document. Where the client can
 * take them, edits name the document's version, so one worked out for an older version is refused
 * by the editor instead of deleting whatever now lies at those offsets.
 */
export function codeActions(
  doc: TextDocument,
  analysis: Analysis,
  diagnostics: Diagnostic[],
  only: string[] | undefined,
  versioned = false,
): CodeAction[] {
  const actions: CodeAction[] = [];
  const editOf = (edits: TextEdit[]): WorkspaceEdit =>
    versioned
      ? { documentChanges: [{ textDocument: { uri: doc.uri, version: doc.version }, edits }] }
      : { changes: { [doc.uri]: edits } };
  const wants = (kind: string) => !only || only.some((k) => kind === k || kind.startsWith(`${k}.`));
  if (wants(CodeActionKind.QuickFix)) {
    for (const diagnostic of diagnostics) {
      if (diagnostic.source !== 'policy-lint') continue;
      const finding = findingAt(doc, analysis, diagnostic);
      if (!finding) continue;
      if (finding.fix) {
        actions.push({
          title: finding.fix.title,
          kind: CodeActionKind.QuickFix,
          diagnostics: [diagnostic],
          isPreferred: true,
          edit: editOf(toTextEdits(doc, finding.fix.edits)),
        });
      }
      actions.push(ignoreAction(doc, finding.rule, finding.start, diagnostic, editOf));
    }
  }
  if (wants(CodeActionKind.SourceFixAll)) {
    const fixed = analysis.findings.filter((f) => takesPartInFixAll(f.rule) && f.fix);
    const edits = removeAll(
      doc.getText(),
      fixed.map((f) => f.fix!.removes),
    );
    if (edits.length) {
      const edit = editOf(toTextEdits(doc, edits));
      actions.push({ title: fixAllTitle(fixed.map((f) => f.rule)), kind: CodeActionKind.SourceFixAll, edit });
    }
  }
  return actions;
}

/**
 * The finding a diagnostic was made from: the same rule over the same stretch of the text. The
 * analysis is the one of the document's current version, so its offsets are the document's.
 */
function findingAt(doc: TextDocument, analysis: Analysis, diagnostic: Diagnostic): Finding | undefined {
  const start = doc.offsetAt(diagnostic.range.start);
  const end = doc.offsetAt(diagnostic.range.end);
  return analysis.findings.find((f) => f.start === start && f.end === end && f.rule === diagnostic.code);
}

/** Inserts `<!-- policy-lint-disable-next-line RULE -->` above the line of the finding. */
function ignoreAction(
  doc: TextDocument,
  rule: RuleId,
  offset: number,
  diagnostic: Diagnostic,
  editOf: (edits: TextEdit[]) => WorkspaceEdit,
): CodeAction {
  const line = doc.positionAt(offset).line;
  const text = doc.getText({ start: { line, character: 0 }, end: { line: line + 1, character: 0 } });
  // The comment goes at the line's indent, a list marker's width included, so it stays inside the item.
  const indent = /^[ \t]*(?:(?:[-*+]|\d+[.)])[ \t]+)?/.exec(text)?.[0].replace(/[^ \t]/g, ' ') ?? '';
  const eol = /\r\n/.test(doc.getText()) ? '\r\n' : '\n';
  const at = { start: { line, character: 0 }, end: { line, character: 0 } };
  return {
    title: ignoreTitle(rule),
    kind: CodeActionKind.QuickFix,
    diagnostics: [diagnostic],
    edit: editOf([{ range: at, newText: `${indent}<!-- policy-lint-disable-next-line ${rule} -->${eol}` }]),
  };
}
