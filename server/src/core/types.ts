// Shared vocabulary of the core. Offsets are JS string indices (UTF-16 code units) into the
// original text, always taken from remark's AST or the corpus loader, never found by search.

/**
 * The rules by id. Empty here: checks/index.ts adds every rule of its list (declaration merging),
 * so that the ids are written once, in each rule's meta, and this file need not import the checks,
 * which import it.
 */
// eslint-disable-next-line @typescript-eslint/no-empty-object-type -- filled by declaration merging
export interface Rules {}
export type RuleId = keyof Rules & string;

export interface Span {
  start: number;
  end: number;
}

/** The values a finding's message template is filled with. */
export type MessageData = Readonly<Record<string, string | number>>;

/** A place in the corpus: a file and a 1-based line, with the passage quoted. */
export interface CorpusCitation {
  kind: 'corpus';
  file: string;
  path: string;
  line: number;
  quote: string;
}

/** A place earlier in the same draft. */
export interface DraftCitation {
  kind: 'draft';
  span: Span;
  line: number;
  label?: string;
  quote: string;
}

export type Citation = CorpusCitation | DraftCitation;

/** An edit on the draft: replace [start, end) with text. */
export interface TextEdit extends Span {
  text: string;
}

export type Severity = 'error' | 'warning' | 'information' | 'hint';

/** What a fix removes: a whole block, or one sentence of a paragraph (so fixes can be combined). */
export type Removal = { block: Span } | { sentence: Span; paragraph: Span };

export interface Finding extends Span {
  rule: RuleId;
  /** Set by the analysis from the rule's settings. */
  severity?: Severity;
  message: string;
  /** Which of its rule's `meta.messages` the message is, and what it was filled with (set by every check). */
  messageId?: string;
  data?: MessageData;
  citations: Citation[];
  /** The edit that removes this finding's passage, when removing it is safe. */
  fix?: { title: string; edits: TextEdit[]; removes: Removal };
  /** Extra Markdown for the hover (explanations, examples). */
  hover?: string;
}

export const README_URL = 'https://github.com/policy-lint/policy-lint/blob/main/README.md';
