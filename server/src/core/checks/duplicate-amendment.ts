// duplicate-amendment: a paragraph, list item or sentence that repeats an earlier one of the
// draft or a corpus passage, exactly or nearly. The whole passage is tried first; only when it
// is not a copy, or holds a sentence that repeats nothing, are its sentences flagged one by one.
// The later copy is the one flagged.
import { report, type Check, type Reported, type RuleMeta } from './check';
import { corpusCitations } from '../citations';
import type { Draft, DraftUnit } from '../draft';
import { hasSentenceUnits } from '../corpus/index';
import type { Candidate } from '../match/index';
import { NearPairs } from '../match/near-pairs';
import type { Passage } from '../markdown/passages';
import { compareCovering, exactShare, TYPO_SHARE, type Similarity, type Weigh } from '../match/similarity';
import { droppedFigure, findConflict, type Comparable } from '../match/conflict';
import { removeBlock, removeSentence } from '../edits';
import type { Citation, CorpusCitation, DraftCitation, Finding } from '../types';
import { quote } from '../text/quote';
import { LABEL_PATTERN, type Normalised } from '../text/normalise';

export const meta = {
  id: 'duplicate-amendment',
  title: 'Duplicate amendment',
  description: 'A paragraph, list item or sentence that repeats an earlier one of the draft or a corpus passage.',
  defaultSeverity: 'warning',
  fixable: true,
  fixAll: true,
  fixAllTitle: 'Remove all duplicate amendments',
  finding: 'duplicate',
  thresholds: {
    nearDuplicate: {
      type: 'number',
      minimum: 0.5,
      maximum: 1,
      default: 0.75,
      description: 'How much of each other two passages must share (weighted by word rarity) to be near copies.',
    },
    clauseContainment: {
      type: 'number',
      minimum: 0.5,
      maximum: 1,
      default: 0.9,
      description: 'How much of a shorter passage must lie inside a longer one to be a clause cut from it.',
    },
    minWords: {
      type: 'integer',
      minimum: 2,
      maximum: 20,
      default: 4,
      description: 'Fewest content words a passage needs before it can be called a duplicate.',
    },
  },
  docs: 'duplicate-amendment',
  messages: {
    // `where`: "Amendment 2 (line 7)" or "(line 7)"; `also`: "" or " and 2 more passages".
    repeatsDraft: "Repeats {{where}} — '{{quote}}'{{also}}.",
    // `where`: "file.txt:12".
    repeatsCorpus: "Repeats {{where}} — '{{quote}}'{{also}}.",
  },
} as const satisfies RuleMeta;

/** The thresholds this rule reads, by key (the settings' `thresholds`). */
export type Thresholds = { [K in keyof typeof meta.thresholds]: number };
const DEFAULT_THRESHOLDS = Object.fromEntries(
  Object.entries(meta.thresholds).map(([key, option]) => [key, option.default]),
) as Thresholds;

/** " and 2 more passages" after the first of several citations; "" after the only one. */
const andMore = (citations: number) =>
  citations > 1 ? ` and ${citations - 1} more passage${citations > 2 ? 's' : ''}` : '';

/** How much of a copy with words added around it must come from the source. */
const ADDED_WORDS_COVERAGE = 0.65;

/** How nearly in one piece a cut of fewer than minWords + 2 words must lie in its source. */
const SHORT_CUT_COMPACTNESS = 0.8;

/** The least share of a query's words that any kind of near copy covers. */
const leastQueryCovered = (t: Thresholds) => Math.min(ADDED_WORDS_COVERAGE, t.nearDuplicate, t.clauseContainment);

/** Whether the similarity makes `query` a near copy of the candidate (ignoring figures and polarity). */
export function isNearCopy(
  sim: Similarity,
  queryWords: number,
  candidateWords: number,
  t: Thresholds = DEFAULT_THRESHOLDS,
  wordsAdded = true,
): boolean {
  if (queryWords < t.minWords || candidateWords < t.minWords - 1) return false;
  if (sim.order < 0.75) return false;
  // Light rewording, typos, a few words added or dropped.
  if (sim.queryCovered >= t.nearDuplicate && sim.candidateCovered >= t.nearDuplicate - 0.1) return true;
  // A clause or sentence cut out of a longer passage, nearly word for word.
  if (sim.queryCovered >= t.clauseContainment && queryWords >= t.minWords + 2 && sim.compactness >= 0.6) return true;
  // A short one must be cut in one piece and in its order: with so few words, a word moved or a gap between them
  // makes another phrase ("the National Assembly for Wales" is not "Wales, the National Assembly's…").
  if (
    sim.queryCovered >= t.clauseContainment &&
    queryWords >= t.minWords &&
    sim.compactness >= SHORT_CUT_COMPACTNESS &&
    sim.order === 1
  )
    return true;
  // The source repeated with a few words added around it.
  return (
    wordsAdded &&
    sim.candidateCovered >= t.clauseContainment &&
    candidateWords >= t.minWords + 2 &&
    sim.queryCovered >= ADDED_WORDS_COVERAGE
  );
}

/**
 * Whether two texts could be near copies at all, from the words they share exactly (cheap):
 * below half of either's weight shared, compare() looks for no typos, so the query's coverage is
 * its exact share, and every way of being a copy needs more than that.
 */
function mayBeNearCopy(query: Normalised, candidate: Normalised, weigh: Weigh, t: Thresholds): boolean {
  const ours = exactShare(query, candidate, weigh);
  if (ours >= leastQueryCovered(t)) return true;
  return Math.max(ours, exactShare(candidate, query, weigh)) >= TYPO_SHARE;
}

function isCopy(unit: DraftUnit, c: Candidate<unknown>, thresholds: Thresholds): boolean {
  return isCopyOf(unit, c.unit, c.similarity, wordsMayBeAdded(unit), thresholds);
}

/** A paragraph that adds whole sentences to a copied one is not itself the copy: its sentence is. */
const wordsMayBeAdded = (unit: DraftUnit) => Boolean(unit.sentence) || !hasSentenceUnits(unit.passage);

function isCopyOf(
  query: Comparable,
  candidate: Comparable,
  similarity: Similarity,
  wordsAdded: boolean,
  thresholds: Thresholds,
): boolean {
  return (
    isNearCopy(similarity, query.norm.tokens.length, candidate.norm.tokens.length, thresholds, wordsAdded) &&
    saysTheSame(query, candidate, similarity)
  );
}

/**
 * Whether a near copy says what its source says: no figure, polarity or action of its own (a contradiction), and
 * none of the source's figures left out (a pledge or claim without its figure, which the other checks judge).
 */
const saysTheSame = (query: Comparable, candidate: Comparable, similarity: Similarity) =>
  !findConflict(query, candidate, similarity) && !droppedFigure(query, candidate);

const rank = (s: Similarity) => s.queryCovered + s.candidateCovered;

/** How one draft text copies another: the similarity, and the verdict for either kind of unit. */
interface Verdict {
  similarity: Similarity;
  /** For a sentence or a one-sentence passage (words may have been added around the copy). */
  whenWordsAdded: boolean;
  /** For a passage of several sentences. */
  otherwise: boolean;
}

/** An earlier unit of the draft that a unit copies. */
interface DraftHit {
  unit: DraftUnit;
  similarity: Similarity;
}

export function checkDuplicates(draft: Draft, thresholds: Thresholds = DEFAULT_THRESHOLDS): Finding[] {
  const findings: Finding[] = [];
  const key = `${thresholds.nearDuplicate}:${thresholds.clauseContainment}:${thresholds.minWords}`;
  const weigh = draft.corpus.index.weigh;
  // Which draft texts copy which, kept from one analysis of the document to the next: an edit
  // compares only the texts it added. Weights come from the corpus, which an edit does not change.
  const pairs = draft.carry(
    `duplicate-amendment:${key}`,
    () =>
      new NearPairs<Verdict>(weigh, (query, candidate) => {
        // Most pairs that share a phrase share little else: those are told apart without a full comparison.
        if (!mayBeNearCopy(query.norm, candidate.norm, weigh, thresholds)) return null;
        const similarity = compareCovering(query.norm, candidate.norm, weigh, leastQueryCovered(thresholds));
        if (!similarity) return null;
        const q = query.norm.tokens.length;
        const c = candidate.norm.tokens.length;
        const whenWordsAdded = isNearCopy(similarity, q, c, thresholds, true);
        const otherwise = isNearCopy(similarity, q, c, thresholds, false);
        if (!(whenWordsAdded || otherwise) || !saysTheSame(query, candidate, similarity)) return null;
        return { similarity, whenWordsAdded, otherwise };
      }),
  );
  const units = (passage: Passage) => [draft.wholeUnit(passage), ...draft.sentenceUnits(passage)];
  // Texts the draft no longer has are forgotten before anything is compared.
  pairs.retain(new Set(draft.unitTexts()));

  const describe = (unit: DraftUnit, draftHits: DraftHit[], corpus: CorpusCopies): Finding => {
    const draftCites: DraftCitation[] = draftHits
      .sort((a, b) => rank(b.similarity) - rank(a.similarity))
      .slice(0, 3)
      .map(({ unit: u }) => ({
        kind: 'draft',
        span: { start: u.start, end: u.end },
        line: draft.line(u.start),
        label: u.passage.label,
        quote: u.text.replace(LABEL_PATTERN, ''),
      }));
    const citations: Citation[] = [...draftCites, ...corpus.citations];
    const first = citations[0]!;
    const where =
      first.kind === 'draft'
        ? `${first.label ? `${first.label} ` : ''}(line ${first.line})`
        : `${first.file}:${first.line}`;
    const said = draftHits.length
      ? report(meta, 'repeatsDraft', {
          where,
          quote: draft.cache.memo('quote', first.quote, () => quote(first.quote)),
          also: andMore(citations.length),
        })
      : corpus.said!;
    const paragraph = { start: unit.passage.start, end: unit.passage.end };
    const fix = unit.sentence
      ? {
          title: 'Remove duplicate sentence',
          edits: [removeSentence(draft.text, unit.sentence, paragraph)],
          removes: { sentence: { start: unit.sentence.start, end: unit.sentence.end }, paragraph },
        }
      : unit.passage.removable
        ? {
            title: `Remove duplicate ${unit.passage.kind === 'listItem' ? 'list item' : 'paragraph'}`,
            edits: [removeBlock(draft.text, unit.passage)],
            removes: { block: paragraph },
          }
        : undefined;
    return { rule: meta.id, start: unit.start, end: unit.end, ...said, citations, fix };
  };

  /** The corpus passages a unit copies, with their citations and message: the same for the same text. */
  const corpusCopies = (unit: DraftUnit): CorpusCopies =>
    draft.cache.memo(wordsMayBeAdded(unit) ? `corpus-copies:${key}` : `corpus-copies-whole:${key}`, unit.text, () => {
      const hits = draft.corpusCandidates(unit).filter((c) => isCopy(unit, c, thresholds));
      if (!hits.length) return NO_COPIES;
      const citations = corpusCitations(hits);
      const first = citations[0]!;
      const where = `${first.file}:${first.line}`;
      const said = report(meta, 'repeatsCorpus', { where, quote: quote(first.quote), also: andMore(citations.length) });
      return { citations, said, sources: hits.map((h) => h.unit.norm) };
    });

  // Earlier units by text: a unit copies only what comes before it.
  const earlier = new Map<string, DraftUnit[]>();
  const draftHits = (unit: DraftUnit): DraftHit[] => {
    const out: DraftHit[] = [];
    for (const [text, verdict] of pairs.of(unit.text) ?? []) {
      if (!(wordsMayBeAdded(unit) ? verdict.whenWordsAdded : verdict.otherwise)) continue;
      for (const u of earlier.get(text) ?? []) out.push({ unit: u, similarity: verdict.similarity });
    }
    return out;
  };

  const judged = pairs.judgements;
  for (const passage of draft.passagesInTime()) {
    const [whole, ...sentences] = units(passage);
    for (const u of [whole!, ...sentences]) pairs.add(u.text, u.norm);
    const wholeDraft = draftHits(whole!);
    const wholeCorpus = corpusCopies(whole!);
    const copied = sentences.map((s) => ({ s, draft: draftHits(s), corpus: corpusCopies(s) }));
    const sources = [...wholeDraft.map((h) => h.unit.norm), ...wholeCorpus.sources];
    const copies = (c: (typeof copied)[number]) => c.draft.length > 0 || c.corpus.citations.length > 0;
    const repeats = (c: (typeof copied)[number]) =>
      copies(c) || (c.s.norm.tokens.length < thresholds.minWords && sources.some((n) => wordsWithin(c.s.norm, n)));
    // A passage near enough to a copy as a whole may still hold a sentence of the drafter's own
    // ("This part is new." before a corpus sentence): then only the repeated sentences are
    // flagged, so that no fix removes a sentence that repeats nothing.
    if ((wholeDraft.length || wholeCorpus.citations.length) && copied.every(repeats)) {
      findings.push(describe(whole!, wholeDraft, wholeCorpus));
    } else {
      for (const c of copied) if (copies(c)) findings.push(describe(c.s, c.draft, c.corpus));
    }
    // Only now is the passage "earlier" for the ones that follow.
    for (const u of [whole!, ...sentences]) {
      const list = earlier.get(u.text);
      if (list) list.push(u);
      else earlier.set(u.text, [u]);
    }
  }
  draft.cache.count('draft-pairs', pairs.judgements - judged);
  return findings;
}

interface CorpusCopies {
  citations: CorpusCitation[];
  /** The finding's message when only the corpus is repeated. */
  said?: Reported;
  /** The copied passages' words. */
  sources: Normalised[];
}

const NO_COPIES: CorpusCopies = { citations: [], sources: [] };

/**
 * Whether every word of a sentence too short to be judged a copy on its own ("It is vital.") is
 * in the passage its paragraph copies: then it is part of the copy, not the drafter's addition.
 */
function wordsWithin(sentence: Normalised, source: Normalised): boolean {
  const words = new Set(source.words);
  return sentence.words.every((w) => words.has(w));
}

export const duplicateAmendment: Check<typeof meta> = {
  meta,
  run: (draft, settings) => checkDuplicates(draft, settings.thresholds),
};
