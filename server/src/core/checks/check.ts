// What every check is: its metadata and one entry point from a draft to findings. A rule's `meta`
// is the one source of what is said about it anywhere else: its settings in package.json and in
// the .policylintrc.json schema, the README's rule table and the rule lists of tests are generated
// from it (`npm run generate`), and its messages are built from `meta.messages`.
import type { Draft } from '../draft';
import type { Finding, MessageData, Severity } from '../types';

/** A number a rule reads from the settings' `thresholds`, as its JSON Schema. */
export interface ThresholdOption {
  type: 'number' | 'integer';
  minimum: number;
  maximum: number;
  default: number;
  description: string;
}

export interface RuleMeta<Id extends string = string> {
  id: Id;
  /** A few words for the README's table. */
  title: string;
  description: string;
  defaultSeverity: Severity;
  /** Whether a finding may carry a fix (the quick fix that removes its passage). */
  fixable: boolean;
  /** Whether `source.fixAll` applies this rule's fixes. */
  fixAll: boolean;
  /** The title of `source.fixAll` when it applies this rule's fixes alone. */
  fixAllTitle?: string;
  /** What one finding of the rule is called, for "Ignore this … here". */
  finding: string;
  /** The settings' `thresholds.<key>` this rule reads. */
  thresholds?: Readonly<Record<string, ThresholdOption>>;
  /** Anchor of the rule's section in the README. */
  docs: string;
  /** Message templates by message id; `{{name}}` stands for the finding's `data.name` (as in ESLint). */
  messages: Readonly<Record<string, string>>;
}

/** The values of a rule's own thresholds, by key. */
export type ThresholdValues<M extends RuleMeta> = { readonly [K in keyof NonNullable<M['thresholds']>]: number };

export interface Check<M extends RuleMeta = RuleMeta> {
  meta: M;
  /** `settings.thresholds` holds (at least) the rule's own, set or default. */
  run(draft: Draft, settings: { thresholds: ThresholdValues<M> }): Finding[];
}

/** A template's text between its placeholders, and each placeholder's name and text as written. */
type TemplatePart = string | { name: string; whole: string };

/** Templates split once: the rules' messages are a fixed few, each formatted for every finding on every edit. */
const SPLIT_TEMPLATES = new Map<string, TemplatePart[]>();

function splitTemplate(template: string): TemplatePart[] {
  const parts: TemplatePart[] = [];
  let last = 0;
  for (const m of template.matchAll(/\{\{\s*(\w+)\s*\}\}/g)) {
    parts.push(template.slice(last, m.index), { name: m[1]!, whole: m[0] });
    last = m.index + m[0].length;
  }
  parts.push(template.slice(last));
  return parts;
}

/** A template with each `{{name}}` replaced by `data.name`; a name data lacks is left as written. */
export function formatMessage(template: string, data: MessageData = {}): string {
  let parts = SPLIT_TEMPLATES.get(template);
  if (!parts) SPLIT_TEMPLATES.set(template, (parts = splitTemplate(template)));
  let out = '';
  for (const part of parts)
    out += typeof part === 'string' ? part : part.name in data ? String(data[part.name]) : part.whole;
  return out;
}

/** The message parts of a finding: its id, its data and the text built from them. */
export interface Reported {
  messageId: string;
  data: MessageData;
  message: string;
}

/** What a rule says, by message id and data: the finding's `messageId`, `data` and `message`. */
export function report<M extends RuleMeta>(
  meta: M,
  messageId: keyof M['messages'] & string,
  data: MessageData,
): Reported {
  return { messageId, data, message: formatMessage(meta.messages[messageId]!, data) };
}
