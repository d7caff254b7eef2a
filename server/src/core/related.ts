// What stands behind a sentence in the corpus, flagged or not: the passages it resembles, and
// the agreed policy about the same things (a figure for the same measured thing, an action on the
// same object), so a drafter hovering any sentence sees whether agreed policy already covers it.
import type { Analysis } from './analyse';
import { corpusCitations } from './citations';
import { citationOf } from './corpus/index';
import type { Draft, DraftUnit } from './draft';
import type { CorpusCitation, Finding, Span } from './types';

/** How much of a sentence a corpus passage must cover, in order, to be shown as resembling it. */
export const RESEMBLES = { queryCovered: 0.6, order: 0.6 };

export interface Related {
  /** Corpus passages the unit resembles (near copies and close rewordings). */
  similar: CorpusCitation[];
  /** Other corpus sentences with claims about what the unit's claims are about. */
  sameSubject: CorpusCitation[];
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
  return { similar, sameSubject };
}

/** What a hover at one offset of a draft shows: the shell only writes it out. */
export interface RelatedAt {
  /** Findings whose span holds the offset, each with its span's plain text (markup removed), to quote against. */
  findings: Array<{ finding: Finding; plain: string }>;
  /** The sentence under the offset (else its passage), which `similar` and `sameSubject` stand behind. */
  unit?: DraftUnit;
  similar: CorpusCitation[];
  sameSubject: CorpusCitation[];
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
  if (!unit) return { findings, similar: [], sameSubject: [] };
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
