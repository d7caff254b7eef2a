// duplicate-amendment: a paragraph, list item or sentence that repeats an earlier one of the
// draft or a corpus passage, exactly or nearly. The whole passage is tried first; only when it
// is not a copy are its sentences tried one by one. The later copy is the one flagged.
import type { Check } from './check';
import type { Draft, DraftUnit } from '../draft';
import type { CorpusRef } from '../corpus/index';
import { PassageIndex, type Candidate } from '../match/index';
import { compare, type Similarity } from '../match/similarity';
import { findConflict } from '../match/conflict';
import { removeBlock, removeSentence } from '../edits';
import type { Citation, CorpusCitation, DraftCitation, Finding, RuleMeta } from '../types';
import { quote } from '../text/quote';
import { LABEL_PATTERN } from '../text/normalise';
import { DEFAULT_THRESHOLDS, type Thresholds } from '../config';

export const meta: RuleMeta = {
  id: 'duplicate-amendment',
  description: 'A paragraph, list item or sentence that repeats an earlier one of the draft or a corpus passage.',
  docs: 'duplicate-amendment',
};


/** Whether the similarity makes `query` a near copy of the candidate (ignoring figures and polarity). */
export function isNearCopy(sim: Similarity, queryWords: number, candidateWords: number, t: Thresholds = DEFAULT_THRESHOLDS, wordsAdded = true): boolean {
  if (queryWords < t.minWords || candidateWords < t.minWords - 1) return false;
  if (sim.order < 0.75) return false;
  // Light rewording, typos, a few words added or dropped.
  if (sim.queryCovered >= t.nearDuplicate && sim.candidateCovered >= t.nearDuplicate - 0.1) return true;
  // A clause or sentence cut out of a longer passage, nearly word for word.
  if (sim.queryCovered >= t.clauseContainment && queryWords >= t.minWords + 2 && sim.compactness >= 0.6) return true;
  // The source repeated with a few words added around it.
  return wordsAdded && sim.candidateCovered >= t.clauseContainment && candidateWords >= t.minWords + 2 && sim.queryCovered >= 0.65;
}

interface DraftRef {
  unit: DraftUnit;
}

function isCopy(unit: DraftUnit, c: Candidate<unknown>, thresholds: Thresholds): boolean {
  // A paragraph that adds whole sentences to a copied one is not itself the copy: its sentence is.
  const wordsAdded = Boolean(unit.sentence) || unit.passage.sentences.length < 2;
  return isNearCopy(c.similarity, unit.norm.tokens.length, c.unit.norm.tokens.length, thresholds, wordsAdded) && !findConflict(unit, c.unit, c.similarity);
}

const rank = (s: Similarity) => s.queryCovered + s.candidateCovered;

export function corpusCitations(matches: Array<Candidate<CorpusRef>>, max = 3): CorpusCitation[] {
  const out: CorpusCitation[] = [];
  const seen = new Set<string>();
  for (const m of [...matches].sort((a, b) => rank(b.similarity) - rank(a.similarity))) {
    const key = `${m.unit.ref.doc.path}:${m.unit.ref.line}`;
    if (seen.has(key)) continue;
    seen.add(key);
    out.push({ kind: 'corpus', file: m.unit.ref.doc.file, path: m.unit.ref.doc.path, line: m.unit.ref.line, quote: m.unit.text });
    if (out.length >= max) break;
  }
  return out;
}

export function checkDuplicates(draft: Draft, thresholds: Thresholds = DEFAULT_THRESHOLDS): Finding[] {
  const findings: Finding[] = [];
  const earlier = new PassageIndex<DraftRef>();
  const describe = (unit: DraftUnit, draftHits: Array<Candidate<DraftRef>>, corpusHits: Array<Candidate<CorpusRef>>): Finding => {
    const draftCites: DraftCitation[] = draftHits
      .sort((a, b) => rank(b.similarity) - rank(a.similarity))
      .slice(0, 3)
      .map((h) => {
        const u = h.unit.ref.unit;
        return { kind: 'draft', span: { start: u.start, end: u.end }, line: draft.line(u.start), label: u.passage.label, quote: u.text.replace(LABEL_PATTERN, '') };
      });
    const corpusCites = corpusCitations(corpusHits);
    const citations: Citation[] = [...draftCites, ...corpusCites];
    const first = citations[0]!;
    const where = first.kind === 'draft' ? `${first.label ? `${first.label} ` : ''}(line ${first.line})` : `${first.file}:${first.line}`;
    const also = citations.length > 1 ? ` and ${citations.length - 1} more passage${citations.length > 2 ? 's' : ''}` : '';
    const message = `Repeats ${where} — '${quote(first.quote)}'${also}.`;
    const paragraph = { start: unit.passage.start, end: unit.passage.end };
    const fix = unit.sentence
      ? { title: 'Remove duplicate sentence', edits: [removeSentence(draft.text, unit.sentence, paragraph)], removes: { sentence: { start: unit.sentence.start, end: unit.sentence.end }, paragraph } }
      : unit.passage.removable
        ? { title: `Remove duplicate ${unit.passage.kind === 'listItem' ? 'list item' : 'paragraph'}`, edits: [removeBlock(draft.text, unit.passage)], removes: { block: paragraph } }
        : undefined;
    return { rule: 'duplicate-amendment', start: unit.start, end: unit.end, message, citations, fix };
  };
  // Verdicts depend only on the two texts and the thresholds: kept across edits. Words are
  // weighed by the corpus, which an edit does not change, so a kept verdict stays right.
  const copiesInDraft = (unit: DraftUnit): Array<Candidate<DraftRef>> => {
    const out: Array<Candidate<DraftRef>> = [];
    for (const u of earlier.nominate(unit.norm)) {
      const similarity = draft.cache.memo(`copy-pair:${key}`, `${unit.text}\u0002${u.text}`, () => {
        const sim = compare(unit.norm, u.norm, draft.corpus.index.weigh);
        return isCopy(unit, { unit: u, similarity: sim }, thresholds) ? sim : null;
      });
      if (similarity) out.push({ unit: u, similarity });
    }
    return out;
  };
  const key = `${thresholds.nearDuplicate}:${thresholds.clauseContainment}:${thresholds.minWords}`;
  const copiesOf = (unit: DraftUnit) => ({
    draft: copiesInDraft(unit),
    corpus: draft.cache.memo(`corpus-copies:${key}`, unit.text, () => draft.corpusCandidates(unit).filter((c) => isCopy(unit, c, thresholds))),
  });

  for (const passage of draft.passagesInTime()) {
    const whole = draft.wholeUnit(passage);
    const sentences = draft.sentenceUnits(passage);
    const hits = copiesOf(whole);
    if (hits.draft.length || hits.corpus.length) {
      findings.push(describe(whole, hits.draft, hits.corpus));
    } else {
      for (const s of sentences) {
        const sh = copiesOf(s);
        if (sh.draft.length || sh.corpus.length) findings.push(describe(s, sh.draft, sh.corpus));
      }
    }
    // Only now is the passage "earlier" for the ones that follow.
    earlier.add(whole.text, { unit: whole }, whole.norm);
    for (const s of sentences) earlier.add(s.text, { unit: s }, s.norm);
  }
  return findings;
}

export const duplicateAmendment: Check = { meta, run: (draft, settings) => checkDuplicates(draft, settings.thresholds) };
