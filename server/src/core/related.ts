// What stands behind a sentence in the corpus, flagged or not: the passages it resembles, and
// the agreed policy about the same things (a figure for the same measured thing, an action on the
// same object), so a drafter hovering any sentence sees whether agreed policy already covers it.
import { corpusCitations } from './checks/duplicate-amendment';
import { citationOf } from './corpus/index';
import type { Draft, DraftUnit } from './draft';
import type { CorpusCitation } from './types';

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
    for (const c of corpusCitations(draft.corpusCandidates(u).filter((c) => c.similarity.queryCovered >= RESEMBLES.queryCovered && c.similarity.order >= RESEMBLES.order))) {
      if (!shown.has(key(c))) similar.push(c);
      shown.add(key(c));
    }
  }
  const unit = units[0]!;
  const sameSubject = (draft.corpus.claims?.about(unit.text, max + shown.size) ?? []).map(citationOf).filter((c) => !shown.has(key(c))).slice(0, max);
  return { similar, sameSubject };
}
