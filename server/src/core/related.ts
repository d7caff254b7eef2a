// What stands behind a sentence in the corpus, flagged or not: the passages it resembles, the
// agreed policy about the same things (a figure for the same measured thing, an action on the
// same object), and, when neither is there, passages on its topic, so a drafter hovering any
// sentence sees whether agreed policy already covers it.
import type { Analysis } from './analyse';
import { corpusCitations, distinctCitations } from './citations';
import { FRAME_WORDS, NUMBER_WORDS, SCALE_WORDS } from './claims/lexicon';
import { citationOf } from './corpus/index';
import type { Draft, DraftUnit } from './draft';
import { stem } from './text/normalise';
import type { CorpusCitation, Finding, Span } from './types';

/** How much of a sentence a corpus passage must cover, in order, to be shown as resembling it. */
export const RESEMBLES = { queryCovered: 0.6, order: 0.6 };

/**
 * A corpus passage is on a sentence's topic when it shares at least `words` of the words that say
 * what the sentence is about (not frame words or numbers, and not common in the corpus: weighing
 * `weight` or more, so held by at most about one unit in e^(weight - 1), 1 in 7) and holds
 * `queryCovered` of the sentence's weight. It is nominated as near copies are, with a lower `share`
 * of word pairs, since a sentence on the same topic in other words shares few of them. Measured on
 * test/cases: of the cited lines with nothing else to show, about 40% then show their source,
 * against 20% of the lines that cite nothing, which show a neighbour on the topic.
 */
export const ON_TOPIC = { words: 3, weight: 3, queryCovered: 0.2, share: 0.05 };

/** Normalised words that never say what a sentence is about. */
const NOT_TOPIC = new Set([...FRAME_WORDS, ...[...NUMBER_WORDS, ...SCALE_WORDS].map(stem), 'twice', 'doubl']);

export interface Related {
  /** Corpus passages the unit resembles (near copies and close rewordings). */
  similar: CorpusCitation[];
  /** Other corpus sentences with claims about what the unit's claims are about. */
  sameSubject: CorpusCitation[];
  /** When there are neither (nor any cited), corpus passages on the unit's topic (ON_TOPIC), the most shared first. */
  sameTopic: CorpusCitation[];
}

/**
 * The related corpus passages of the units under the cursor (its sentence first, then its whole
 * paragraph, which may copy a corpus paragraph that the sentence alone does not), leaving out
 * those `cited` (by path:line) already.
 */
export function relatedTo(draft: Draft, units: DraftUnit[], cited: ReadonlySet<string> = new Set(), max = 3): Related {
  const key = (c: CorpusCitation) => `${c.path}:${c.line}`;
  const shown = new Set(cited);
  const similar: CorpusCitation[] = [];
  for (const u of units) {
    if (similar.length) break;
    for (const c of corpusCitations(
      draft
        .corpusCandidates(u)
        .filter((c) => c.similarity.queryCovered >= RESEMBLES.queryCovered && c.similarity.order >= RESEMBLES.order),
    )) {
      if (!shown.has(key(c))) similar.push(c);
      shown.add(key(c));
    }
  }
  const unit = units[0]!;
  const sameSubject = (draft.corpus.claims?.about(unit.text, max + shown.size) ?? [])
    .map(citationOf)
    .filter((c) => !shown.has(key(c)))
    .slice(0, max);
  // A finding's own citations, or anything closer, make passages on the topic noise.
  const sameTopic = cited.size || similar.length || sameSubject.length ? [] : onTopic(draft, unit, shown, max);
  return { similar, sameSubject, sameTopic };
}

/** Corpus passages on the unit's topic (ON_TOPIC), leaving out those `shown`, the most topic weight shared first. */
function onTopic(draft: Draft, unit: DraftUnit, shown: ReadonlySet<string>, max: number): CorpusCitation[] {
  const { index } = draft.corpus;
  const topicWords = [...new Set(unit.norm.tokens)].filter(
    (t) => !NOT_TOPIC.has(t) && index.weigh(t) >= ON_TOPIC.weight,
  );
  if (topicWords.length < ON_TOPIC.words) return [];
  const ranked = index
    .lookup(unit.norm, ON_TOPIC.share)
    .filter((c) => c.similarity.queryCovered >= ON_TOPIC.queryCovered)
    .map((c) => {
      const unmatched = new Set(c.similarity.unmatchedQuery);
      const shared = topicWords.filter((t) => !unmatched.has(t));
      return { c, shared: shared.length, weight: shared.reduce((sum, t) => sum + index.weigh(t), 0) };
    })
    .filter((r) => r.shared >= ON_TOPIC.words)
    .sort((a, b) => b.weight - a.weight);
  return distinctCitations(
    ranked.map((r) => r.c.unit),
    max,
    shown,
  );
}

/** What a hover at one offset of a draft shows: the shell only writes it out. */
export interface RelatedAt {
  /** Findings whose span holds the offset, each with its span's plain text (markup removed), to quote against. */
  findings: Array<{ finding: Finding; plain: string }>;
  /** The sentence under the offset (else its passage), which `similar` and `sameSubject` stand behind. */
  unit?: DraftUnit;
  similar: CorpusCitation[];
  sameSubject: CorpusCitation[];
  sameTopic: CorpusCitation[];
}

/**
 * The findings at `offset` and what stands behind the sentence there, leaving out the corpus
 * passages those findings already cite: a sentence that resembles the corpus without being
 * flagged still shows its sources.
 */
export function relatedAt(analysis: Analysis, offset: number): RelatedAt {
  const { draft } = analysis;
  const covering = analysis.findings.filter((f) => f.start <= offset && offset <= f.end);
  const cited = new Set<string>();
  for (const f of covering) for (const c of f.citations) if (c.kind === 'corpus') cited.add(`${c.path}:${c.line}`);
  const findings = covering.map((finding) => ({ finding, plain: plainOf(draft, finding) }));
  const units = draft.passages
    .filter((p) => p.start <= offset && offset <= p.end)
    .flatMap((p) => [draft.wholeUnit(p), ...draft.sentenceUnits(p)]);
  // The sentence under the cursor first, then its paragraph.
  const under = units.filter((u) => u.start <= offset && offset <= u.end).reverse();
  const unit = under[0];
  if (!unit) return { findings, similar: [], sameSubject: [], sameTopic: [] };
  return { findings, unit, ...relatedTo(draft, under, cited) };
}

/** The plain text (markup removed) of a span of the draft. */
function plainOf(draft: Draft, span: Span): string {
  const passage = draft.passages.find((p) => p.start <= span.start && span.end <= p.end);
  if (!passage) return draft.text.slice(span.start, span.end);
  let from = passage.offsets.findIndex((o) => o >= span.start);
  let to = passage.offsets.findIndex((o) => o >= span.end);
  if (from < 0) from = 0;
  if (to < 0) to = passage.text.length;
  return passage.text.slice(from, to);
}
