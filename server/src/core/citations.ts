// The corpus passages a finding or a hover cites: the closest first, one per corpus line.
import { citationOf, type CorpusRef } from './corpus/index';
import type { Candidate } from './match/index';
import type { Similarity } from './match/similarity';
import type { CorpusCitation } from './types';

const closeness = (s: Similarity) => s.queryCovered + s.candidateCovered;

/** Citations of the candidates, closest first, each corpus line once, at most `max`. */
export function corpusCitations(matches: Array<Candidate<CorpusRef>>, max = 3): CorpusCitation[] {
  const out: CorpusCitation[] = [];
  const seen = new Set<string>();
  for (const m of [...matches].sort((a, b) => closeness(b.similarity) - closeness(a.similarity))) {
    const key = `${m.unit.ref.doc.path}:${m.unit.ref.line}`;
    if (seen.has(key)) continue;
    seen.add(key);
    out.push(citationOf(m.unit));
    if (out.length >= max) break;
  }
  return out;
}
