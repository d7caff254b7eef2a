// Hover: what core/related.ts says is at the cursor (the findings there with the passages they
// cite, and the corpus passages related to the sentence), written out as Markdown.
import type { Hover } from 'vscode-languageserver/node';
import type { TextDocument } from 'vscode-languageserver-textdocument';
import type { Analysis } from '../core/analyse';
import { relatedAt } from '../core/related';
import { citationMarkdown, toRange } from './convert';

export function hoverAt(doc: TextDocument, analysis: Analysis, offset: number): Hover | null {
  const { findings, unit, similar, sameSubject, sameTopic } = relatedAt(analysis, offset);
  const parts: string[] = [];
  for (const { finding: f, plain } of findings) {
    parts.push(`**Policy Lint** \`${f.rule}\`: ${f.message}`);
    if (f.citations.length) parts.push(citationMarkdown(doc, f.citations, plain));
    if (f.hover) parts.push(f.hover);
  }
  if (unit && similar.length) {
    parts.push(`**Similar passages in the corpus**\n\n${citationMarkdown(doc, similar, unit.text)}`);
  }
  if (unit && sameSubject.length) {
    parts.push(`**Agreed policy on the same subject**\n\n${citationMarkdown(doc, sameSubject, unit.text)}`);
  }
  if (unit && sameTopic.length) {
    parts.push(`**Corpus passages on the same topic**\n\n${citationMarkdown(doc, sameTopic, unit.text)}`);
  }
  if (!parts.length) return null;
  const range = findings[0]?.finding ?? unit;
  return { contents: { kind: 'markdown', value: parts.join('\n\n') }, range: range ? toRange(doc, range) : undefined };
}
