// Detects a sentence that pledges action on something measured (money, staff, places, waits,
// targets) yet gives no figure. The work is done in ./pledge/: the lexicon, tokens, noun phrases
// and the analyser; this module puts the pledge into words for the message.
import { hasFigure } from './figures';
import { PledgeAnalyser, type PledgeOptions } from './pledge/analyser';
import type { MeasureKind } from './pledge/phrase';
import { lowerPhrase } from './pledge/tokens';
import { hasTimeFrame } from './pledge/timing';

export type { PledgeOptions } from './pledge/analyser';
export type { MeasureKind } from './pledge/phrase';

export interface Pledge {
  /** Offsets of the trimmed sentence within the text given. */
  start: number;
  end: number;
  /** "will", "pledge to", '' for an imperative or verbless list item. */
  trigger: string;
  /** The verb phrase in base form ("increase", "make sure"); '' when the pledge has no verb. */
  action: string;
  /** The object of `action` as written, lower-cased: a whole phrase when `complete`. */
  topic: string;
  /** The measured thing as a noun phrase: "funding for adult social care", "nurses". */
  thing: string;
  kind: MeasureKind;
  /** Whether `action` + `topic` reads as a whole verb phrase, short enough for a message. */
  complete: boolean;
  /** `action topic` when complete, else the thing. */
  summary: string;
}

/** Most words a message quotes of the pledge ("Pledge to …"). */
const MAX_SUMMARY_WORDS = 12;

/**
 * A lettered or numbered item written into a paragraph ("b) Raising the earnings limit…",
 * "(ii) …"), as a motion's "Conference calls for:" lists run: Markdown reads no list there, but
 * the item is one, and pledges as a list item does. A closing bracket is required: "a rise" is not "a)".
 */
const ITEM_MARKER = /^\(?(?:[a-z]|[ivx]{1,4}|\d{1,2})\)\s+/i;

/**
 * A pledge of measured action that gives no figure, or null.
 */
export function detectPledge(sentence: string, opts: PledgeOptions = {}): Pledge | null {
  const start = sentence.search(/\S/);
  if (start < 0) return null;
  const end = sentence.replace(/\s+$/, '').length;
  const body = sentence.slice(start, end);
  if (/\?\s*["'”’)\]]*$/.test(body)) return null;
  if (!/[a-z]/i.test(body)) return null;
  if (hasFigure(sentence) || hasTimeFrame(sentence)) return null;
  const marker = ITEM_MARKER.exec(body);
  // The marker is blanked, not cut, so that offsets stay those of the sentence given.
  const read = marker
    ? sentence.slice(0, start) + ' '.repeat(marker[0].length) + sentence.slice(start + marker[0].length)
    : sentence;
  const f = new PledgeAnalyser(read).detect(marker ? { ...opts, inCommitmentList: true } : opts);
  if (!f) return null;
  const topic = f.objectEnd > f.objectStart ? lowerPhrase(sentence.slice(f.objectStart, f.objectEnd)) : '';
  let thing = f.thingLabel ?? (lowerPhrase(sentence.slice(f.thingStart, f.thingEnd)) || topic);
  // A pledge with no verb is its noun phrase: "more beds for people with learning disabilities".
  if (!f.action && f.clean && topic && !f.thingLabel && topic.split(/\s+/).length <= MAX_SUMMARY_WORDS - 2)
    thing = topic.replace(/^(an?|the|our|their)\s+/i, '');
  const phrase = `${f.action} ${topic}`.trim();
  const complete =
    f.clean &&
    f.action !== '' &&
    phrase.split(/\s+/).length <= MAX_SUMMARY_WORDS &&
    !/\s(the|a|an|of|for|to|in|and|or|on|with)$/.test(phrase);
  return {
    start,
    end,
    trigger: f.trigger,
    action: f.action,
    topic,
    thing,
    kind: f.kind,
    complete,
    summary: complete ? phrase : thing,
  };
}
