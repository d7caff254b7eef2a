// Markdown -> passages: the paragraphs, list items and table cells a drafter writes, with their
// plain text (markup removed) and a map from every plain-text character back to its source
// offset, taken from remark's AST positions. Front matter, code, HTML and block quotes are
// quoted or machine material, not the drafter's text, and yield no passage.
import { unified } from 'unified';
import remarkParse from 'remark-parse';
import remarkGfmWithoutAutolinks from './gfm';
import remarkFrontmatter from 'remark-frontmatter';
import type { Nodes, Root, ListItem } from 'mdast';
import type { Span } from '../types';
import { splitSentences } from './sentences';
import { labelOf } from '../text/normalise';

export type PassageKind = 'paragraph' | 'listItem' | 'tableCell';

export interface Sentence extends Span {
  /** Plain text of the sentence. */
  text: string;
}

export interface Passage extends Span {
  kind: PassageKind;
  /** Plain text, markup removed. */
  text: string;
  /** offsets[i] is the source offset of text[i]; offsets[text.length] is the end. */
  offsets: number[];
  sentences: Sentence[];
  /** "Amendment 7" when the passage starts with such a label. */
  label?: string;
  /** Whether deleting [start, end) removes this passage and nothing else. */
  removable: boolean;
}

const parser = unified().use(remarkParse).use(remarkGfmWithoutAutolinks).use(remarkFrontmatter, ['yaml', 'toml']);

export function parseMarkdown(text: string): Root {
  return parser.parse(text);
}

/** Builds plain text from inline nodes, remembering where each character came from. */
class PlainText {
  text = '';
  offsets: number[] = [];

  constructor(private readonly source: string) {}

  add(value: string, start: number, end: number): void {
    const length = end - start;
    if (value.length === length) {
      for (let i = 0; i < value.length; i++) this.offsets.push(start + i);
    } else {
      // Escapes and entities make value differ from its source: characters that agree at either
      // end map exactly, the rest spread over what lies between.
      let head = 0;
      while (head < value.length && head < length && value[head] === this.source[start + head]) head++;
      let tail = 0;
      while (
        tail < value.length - head &&
        tail < length - head &&
        value[value.length - 1 - tail] === this.source[end - 1 - tail]
      )
        tail++;
      const middle = value.length - head - tail;
      const room = length - head - tail;
      for (let i = 0; i < value.length; i++) {
        if (i < head) this.offsets.push(start + i);
        else if (i >= value.length - tail) this.offsets.push(end - (value.length - i));
        else
          this.offsets.push(start + head + Math.min(Math.max(room - 1, 0), Math.floor(((i - head) * room) / middle)));
      }
    }
    this.text += value;
  }

  separator(at: number): void {
    if (this.text && !/\s$/.test(this.text)) {
      this.text += ' ';
      this.offsets.push(at);
    }
  }

  inline(node: Nodes): void {
    const pos = node.position;
    switch (node.type) {
      case 'text':
      case 'inlineCode':
        if (pos) this.add(node.value, pos.start.offset!, pos.end.offset!);
        return;
      case 'break':
        if (pos) this.separator(pos.start.offset!);
        return;
      case 'html':
      case 'image':
      case 'imageReference':
      case 'footnoteReference':
        return;
      default:
        if ('children' in node) for (const child of node.children) this.inline(child as Nodes);
    }
  }
}

function toPassage(
  source: string,
  kind: PassageKind,
  node: Nodes,
  inlines: Nodes[],
  removable: boolean,
): Passage | undefined {
  const pos = node.position;
  if (!pos) return undefined;
  const plain = new PlainText(source);
  for (const n of inlines) {
    if (n.position) plain.separator(n.position.start.offset!);
    plain.inline(n);
  }
  const end = pos.end.offset!;
  plain.offsets.push(plain.offsets.length ? plain.offsets[plain.offsets.length - 1]! + 1 : end);
  if (!plain.text.trim()) return undefined;
  const sentences = splitSentences(plain.text).map((s) => ({
    start: plain.offsets[s.start]!,
    end: plain.offsets[s.end - 1]! + 1,
    text: plain.text.slice(s.start, s.end),
  }));
  const label = labelOf(plain.text);
  return { kind, start: pos.start.offset!, end, text: plain.text, offsets: plain.offsets, sentences, label, removable };
}

/** An HTML comment or other raw HTML in the document, with its source span. */
export interface HtmlChunk extends Span {
  value: string;
}

/** A top-level block of the document (paragraph, list, table…), for re-reading only what an edit touched. */
export interface Block extends Span {
  type: string;
}

export interface MarkdownDocument {
  passages: Passage[];
  /** Raw HTML nodes, block and inline (where inline-disable comments live). */
  html: HtmlChunk[];
  /** The root's children, in order. */
  blocks: Block[];
  /**
   * Whether the document holds constructs whose meaning reaches beyond their block (link definitions, footnotes, front
   * matter).
   */
  nonLocal: boolean;
}

/** The passages of a Markdown document, in document order. */
export function extractPassages(text: string): Passage[] {
  return readMarkdown(text).passages;
}

/** Passages and raw HTML of a Markdown document, from one parse. */
export function readMarkdown(text: string): MarkdownDocument {
  // micromark drops a leading byte-order mark, so its offsets would be one short: parse without
  // it and shift every offset back by one.
  if (text.charCodeAt(0) === 0xfeff) return shiftDocument(readMarkdown(text.slice(1)), 1);
  const tree = parseMarkdown(text);
  const blocks: Block[] = [];
  let nonLocal = false;
  for (const node of tree.children) {
    if (NON_LOCAL.has(node.type)) nonLocal = true;
    if (node.position)
      blocks.push({ type: node.type, start: node.position.start.offset!, end: node.position.end.offset! });
  }
  return { passages: passagesOf(text, tree), html: htmlOf(tree), blocks, nonLocal };
}

/** Top-level nodes that change how other blocks read, or that only exist at the top of the file. */
const NON_LOCAL = new Set(['definition', 'footnoteDefinition', 'yaml', 'toml']);

/** The document with every offset moved by `by` (for a document read from a slice of a larger text). */
export function shiftDocument(doc: MarkdownDocument, by: number): MarkdownDocument {
  if (by === 0) return doc;
  return {
    passages: doc.passages.map((p) => shift(p, by)),
    html: doc.html.map((h) => ({ ...h, start: h.start + by, end: h.end + by })),
    blocks: doc.blocks.map((b) => ({ ...b, start: b.start + by, end: b.end + by })),
    nonLocal: doc.nonLocal,
  };
}

function htmlOf(tree: Root): HtmlChunk[] {
  const out: HtmlChunk[] = [];
  const visit = (node: Nodes): void => {
    if (node.type === 'html' && node.position)
      out.push({ value: node.value, start: node.position.start.offset!, end: node.position.end.offset! });
    if (node.type === 'code' || node.type === 'inlineCode') return;
    if ('children' in node) for (const child of node.children) visit(child as Nodes);
  };
  visit(tree as Nodes);
  return out;
}

/**
 * A passage moved by some characters (text inserted or removed before it). Its offset map, one
 * number per character, is moved only when something reads it (a hover): an edit moves every
 * passage after it, and copying all their maps would cost as much as parsing them again. A class,
 * so every moved passage shares one shape and its getter.
 */
class MovedPassage implements Passage {
  readonly kind: PassageKind;
  readonly start: number;
  readonly end: number;
  readonly text: string;
  readonly sentences: Sentence[];
  readonly label?: string;
  readonly removable: boolean;
  private moved: number[] | undefined;

  constructor(
    p: Passage,
    by: number,
    /** The offset map as parsed, and how far the passage has moved from there. */
    readonly origin: number[],
    readonly originBy: number,
  ) {
    this.kind = p.kind;
    this.start = p.start + by;
    this.end = p.end + by;
    this.text = p.text;
    this.sentences = p.sentences.map((s) => ({ start: s.start + by, end: s.end + by, text: s.text }));
    this.label = p.label;
    this.removable = p.removable;
  }

  get offsets(): number[] {
    return (this.moved ??= this.origin.map((o) => o + this.originBy));
  }
}

/** The passage moved by `by` characters. */
export function shift(p: Passage, by: number): Passage {
  return p instanceof MovedPassage
    ? new MovedPassage(p, by, p.origin, p.originBy + by)
    : new MovedPassage(p, by, p.offsets, by);
}

function passagesOf(text: string, tree: Root): Passage[] {
  const out: Passage[] = [];
  const visit = (node: Nodes): void => {
    switch (node.type) {
      case 'yaml':
      case 'toml' as Nodes['type']:
      case 'code':
      case 'html':
      case 'blockquote':
      case 'definition':
      case 'footnoteDefinition':
      case 'heading':
      case 'thematicBreak':
        return;
      case 'paragraph': {
        const p = toPassage(text, 'paragraph', node, [node], true);
        if (p) out.push(p);
        return;
      }
      case 'listItem':
        visitListItem(node);
        return;
      case 'tableCell': {
        // Removing a cell would break the table: no fix for cells.
        const p = toPassage(text, 'tableCell', node, [node], false);
        if (p) out.push(p);
        return;
      }
      default:
        if ('children' in node) for (const child of node.children) visit(child as Nodes);
    }
  };
  const visitListItem = (item: ListItem): void => {
    const paragraphs = item.children.filter((c) => c.type === 'paragraph');
    // An item that holds more than paragraphs (a nested list, code) cannot be removed whole safely.
    const onlyParagraphs = paragraphs.length === item.children.length;
    const p = toPassage(text, 'listItem', item, paragraphs, onlyParagraphs);
    if (p) out.push(p);
    for (const child of item.children) if (child.type !== 'paragraph') visit(child as Nodes);
  };
  visit(tree as Nodes);
  return out;
}
