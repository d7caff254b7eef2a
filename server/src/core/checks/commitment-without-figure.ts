// commitment-without-figure: a sentence that pledges action on something measured (money,
// staff, places, waits, targets, cuts, increases) and gives no figure anywhere in it, so no one
// can later say whether the pledge was kept. Pledge detection lives in figures/pledges.ts; this
// check words the message and, when the pledge is a near copy of a corpus passage that does give
// a figure, says which figure agreed policy gives and where.
import { report, type Check, type Reported, type RuleMeta } from './check';
import type { Draft, DraftUnit } from '../draft';
import type { Passage, Sentence } from '../markdown/passages';
import { citationOf, hasSentenceUnits, type CorpusRef } from '../corpus/index';
import type { Candidate } from '../match/index';
import { figuresOf } from '../figures/valued';
import type { Figure } from '../figures/figures';
import { contentTokens } from '../text/normalise';
import { detectPledge, type MeasureKind, type Pledge } from '../figures/pledges';
import { passageMentions, voiceOf } from '../figures/pledge/voice';
import type { CorpusCitation, Finding } from '../types';

export const meta = {
  id: 'commitment-without-figure',
  title: 'Commitment without a figure',
  description:
    'A pledge about money, staff, places, waiting times, targets, cuts or increases that gives no amount, count, ' +
    'percentage, duration or date.',
  defaultSeverity: 'information',
  fixable: false,
  fixAll: false,
  finding: 'pledge',
  docs: 'commitment-without-figure',
  messages: {
    // `pledge`: pledgeWords(); `missing`: "amount, percentage or date" and the like.
    noFigure: '{{pledge}} gives no {{missing}}.',
    // `missing`: the first kind of figure only ("amount"); `figure` and `file`:`line` from the corpus.
    agreedFigure: '{{pledge}} gives no {{missing}}; agreed policy says {{figure}} ({{file}}:{{line}}).',
  },
} as const satisfies RuleMeta;

/** What kind of figure would make the pledge checkable, by what it is about. */
const MISSING: Record<MeasureKind, string> = {
  money: 'amount, percentage or date',
  staff: 'number, percentage or date',
  places: 'number, percentage or date',
  waits: 'time limit, percentage or date',
  targets: 'level, percentage or date',
  change: 'amount, percentage or date',
};
/** How a message names the kind of thing, after the thing: "Pledge about nurses (staff)". */
const KIND_LABEL: Record<MeasureKind, string> = {
  money: 'money',
  staff: 'staff',
  places: 'places',
  waits: 'waiting times',
  targets: 'targets',
  change: '',
};
/** The figures of a corpus passage that answer a pledge of this kind, best first. */
const FIGURE_KINDS: Record<MeasureKind, Array<Figure['kind']>> = {
  money: ['money', 'percent', 'multiplier'],
  staff: ['count', 'percent', 'multiplier'],
  places: ['count', 'percent', 'multiplier'],
  waits: ['duration', 'percent', 'multiplier', 'deadline'],
  targets: ['percent', 'count', 'multiplier'],
  change: ['money', 'count', 'percent', 'multiplier', 'duration'],
};

const HOVER = [
  'A pledge about something measured is only checkable with a figure: an amount, a count, a percentage, a',
  'multiplier, a duration, a deadline or a date. For example:',
  '',
  '- *We will increase funding for community mental health services by £250 million a year by 2028.*',
  '- *We will recruit 2,000 more district nurses within the next parliament.*',
  '',
  'These show the kind of figure that would satisfy the rule; they are not proposals for this pledge.',
].join('\n');

/** A corpus passage the pledge nearly copies, and the figure it gives that the pledge drops. */
export interface AgreedFigure {
  figure: Figure;
  citation: CorpusCitation;
}

/** The pledge in words: "Pledge to increase funding for adult social care", "Pledge about nurses (staff)". */
export function pledgeWords(pledge: Pledge): string {
  if (pledge.complete) return `Pledge to ${pledge.summary}`;
  const label = KIND_LABEL[pledge.kind];
  return `Pledge about ${pledge.thing}${label ? ` (${label})` : ''}`;
}

/** What the finding says of a pledge: its message id, data and text. */
export function reportFor(pledge: Pledge, agreed?: AgreedFigure): Reported {
  const missing = MISSING[pledge.kind];
  const words = pledgeWords(pledge);
  if (!agreed) return report(meta, 'noFigure', { pledge: words, missing });
  const { file, line } = agreed.citation;
  const first = missing.split(',')[0]!;
  return report(meta, 'agreedFigure', { pledge: words, missing: first, figure: agreed.figure.text, file, line });
}

export const messageFor = (pledge: Pledge, agreed?: AgreedFigure): string => reportFor(pledge, agreed).message;

/**
 * A near copy in the corpus that gives a figure: the pledge says what a corpus passage says, in
 * nearly the same words, but without the figure ("We will invest extra money in general
 * practice" against "We will invest an extra £100 million a year in general practice").
 */
export function agreedFigure(
  pledge: Pledge,
  text: string,
  candidates: Array<Candidate<CorpusRef>>,
): AgreedFigure | undefined {
  let best: { c: Candidate<CorpusRef>; figure: Figure; score: number } | undefined;
  const ours = new Set(contentTokens(text));
  if (ours.size < 3) return undefined;
  for (const c of candidates) {
    const s = c.similarity;
    // Nearly all of the pledge's words, in order, in one stretch of the passage: a near copy of
    // it or of a clause cut from it (the passage may go on: "…, funded by savings made from…").
    if (s.queryCovered < 0.8 || s.order < 0.7 || (s.compactness < 0.45 && s.candidateCovered < 0.45)) continue;
    const figures = figuresOf(c.unit.text);
    if (!figures.length) continue;
    const wanted = FIGURE_KINDS[pledge.kind];
    // The figure must sit among the words the pledge copies, not in another clause of the passage.
    const near = figures.filter((f) => sharedAround(c.unit.text, f, ours) >= 2);
    const figure = wanted.map((k) => near.find((f) => f.kind === k)).find((f) => f !== undefined);
    if (!figure) continue;
    const score = s.queryCovered + s.candidateCovered + s.compactness;
    if (!best || score > best.score) best = { c, figure, score };
  }
  if (!best) return undefined;
  return { figure: best.figure, citation: citationOf(best.c.unit) };
}

/**
 * How many of the pledge's words (content words, stemmed) lie within a few words either side of a figure of the
 * passage.
 */
function sharedAround(passage: string, f: Figure, ours: Set<string>): number {
  const before = contentTokens(passage.slice(Math.max(0, f.start - 60), f.start)).slice(-5);
  const after = contentTokens(passage.slice(f.end, f.end + 60)).slice(0, 6);
  // A count names its thing inside the figure: "2,500 more district nurses".
  const inside = contentTokens(passage.slice(f.start, f.end));
  return [...before, ...inside, ...after].filter((w) => ours.has(w)).length;
}

/** The draft unit of a sentence: the sentence itself, or the passage when it is the only sentence. */
function unitOf(draft: Draft, passage: Passage, sentence: Sentence): DraftUnit {
  if (hasSentenceUnits(passage)) {
    const unit = draft.sentenceUnits(passage).find((u) => u.start === sentence.start);
    if (unit) return unit;
  }
  return draft.wholeUnit(passage);
}

interface Verdict {
  said: Reported;
  citations: CorpusCitation[];
}

export function checkCommitments(draft: Draft): Finding[] {
  const findings: Finding[] = [];
  // Whose pledges are ours: "The SNP Government will…" pledges in the SNP's manifesto and reports in Labour's.
  // Counted once per passage text, so an edit counts again only the passage it changed.
  const voice = voiceOf(
    draft.passages.map((p) => draft.cache.memo('party', p.text, () => passageMentions(p.sentences.map((s) => s.text)))),
  );
  // One space of the cache per voice and kind of passage, keyed by the sentence's own text: a key built by
  // concatenation would be a new string to hash for every sentence on every edit.
  const spaces = { list: `pledge-in-list:${voice.party}`, prose: `pledge:${voice.party}` };
  for (const passage of draft.passagesInTime()) {
    if (passage.kind === 'tableCell') continue;
    const inCommitmentList = passage.kind === 'listItem';
    for (const sentence of passage.sentences) {
      // The message, or null: the same for the same sentence (against the same corpus) in the same voice, so kept
      // across edits.
      const verdict = draft.cache.memo(
        inCommitmentList ? spaces.list : spaces.prose,
        sentence.text,
        (): Verdict | null => {
          const pledge = detectPledge(sentence.text, { inCommitmentList, voice });
          if (!pledge) return null;
          const agreed = agreedFigure(pledge, sentence.text, draft.corpusCandidates(unitOf(draft, passage, sentence)));
          return { said: reportFor(pledge, agreed), citations: agreed ? [agreed.citation] : [] };
        },
      );
      if (verdict === null) continue;
      const { start, end } = sentence;
      findings.push({ rule: meta.id, start, end, ...verdict.said, citations: verdict.citations, hover: HOVER });
    }
  }
  return findings;
}

export const commitmentWithoutFigure: Check<typeof meta> = { meta, run: checkCommitments };
