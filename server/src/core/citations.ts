// The corpus passages a finding or a hover cites: the closest first, one per corpus line.
import { citationOf, type CorpusRef } from './corpus/index';
import type { Candidate, Unit } from './match/index';
import type { Similarity } from './match/similarity';
import type { CorpusCitation } from './types';

const closeness = (s: Similarity) => s.queryCovered + s.candidateCovered;

/** Citations of the candidates, closest first, each corpus line once, at most `max`. */
export function corpusCitations(matches: Array<Candidate<CorpusRef>>, max = 3): CorpusCitation[] {
  const closest = [...matches].sort((a, b) => closeness(b.similarity) - closeness(a.similarity));
  return distinctCitations(
    closest.map((m) => m.unit),
    max,
  );
}

/** Citations of the units in the order given, each corpus line (path:line) once and none of `shown`, at most `max`. */
export function distinctCitations(
  units: Array<Unit<CorpusRef>>,
  max = 3,
  shown: ReadonlySet<string> = new Set(),
): CorpusCitation[] {
  const out: CorpusCitation[] = [];
  const seen = new Set(shown);
  for (const unit of units) {
    const key = `${unit.ref.doc.path}:${unit.ref.line}`;
    if (seen.has(key)) continue;
    seen.add(key);
    out.push(citationOf(unit));
    if (out.length >= max) break;
  }
  return out;
}
