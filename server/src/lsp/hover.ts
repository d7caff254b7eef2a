// Hover: the findings under the cursor with the passages they cite, and the corpus passages
// related to the sentence under the cursor (core/related.ts decides which).
import type { Hover } from 'vscode-languageserver/node';
import type { TextDocument } from 'vscode-languageserver-textdocument';
import type { Analysis } from '../core/analyse';
import type { Span } from '../core/types';
import { relatedTo } from '../core/related';
import { citationMarkdown, toRange } from './convert';

/** The plain text (markup removed) of a finding's span. */
function plainOf(analysis: Analysis, span: Span): string {
  const passage = analysis.draft.passages.find((p) => p.start <= span.start && span.end <= p.end);
  if (!passage) return analysis.draft.text.slice(span.start, span.end);
  let from = passage.offsets.findIndex((o) => o >= span.start);
  let to = passage.offsets.findIndex((o) => o >= span.end);
  if (from < 0) from = 0;
  if (to < 0) to = passage.text.length;
  return passage.text.slice(from, to);
}

export function hoverAt(doc: TextDocument, analysis: Analysis, offset: number): Hover | null {
  const parts: string[] = [];
  const covering = analysis.findings.filter((f) => f.start <= offset && offset <= f.end);
  const cited = new Set<string>();
  for (const f of covering) {
    parts.push(`**Policy Lint** \`${f.rule}\`: ${f.message}`);
    if (f.citations.length) parts.push(citationMarkdown(doc, f.citations, plainOf(analysis, f)));
    if (f.hover) parts.push(f.hover);
    for (const c of f.citations) if (c.kind === 'corpus') cited.add(`${c.path}:${c.line}`);
  }
  // Sentences that resemble the corpus without being flagged still show their sources.
  const { draft } = analysis;
  const units = draft.passages.filter((p) => p.start <= offset && offset <= p.end).flatMap((p) => [draft.wholeUnit(p), ...draft.sentenceUnits(p)]);
  // The sentence under the cursor first, then its paragraph.
  const under = units.filter((u) => u.start <= offset && offset <= u.end).reverse();
  const unit = under[0];
  if (unit) {
    const { similar, sameSubject } = relatedTo(draft, under, cited);
    if (similar.length) parts.push(`**Similar passages in the corpus**\n\n${citationMarkdown(doc, similar, unit.text)}`);
    if (sameSubject.length) parts.push(`**Agreed policy on the same subject**\n\n${citationMarkdown(doc, sameSubject, unit.text)}`);
  }
  if (!parts.length) return null;
  const range = covering[0] ?? unit;
  return { contents: { kind: 'markdown', value: parts.join('\n\n') }, range: range ? toRange(doc, range) : undefined };
}
