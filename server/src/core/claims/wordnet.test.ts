import { describe, expect, it } from 'vitest';
import { ANTONYMS } from '../text/lexicon';
import { DERIVATIONS } from './lexicon';
import {
  SHIPPED_SOURCES,
  WORDNET_SOURCES,
  wordnetAdjectives,
  wordnetAntonyms,
  wordnetDerivations,
  type WordnetSources,
} from './wordnet';

const verbs: WordnetSources = { antonyms: 'verbs', derivations: false };
const has = (entries: Array<[string[], string[]]>, a: string, b: string) =>
  entries.some(([x, y]) => (x.includes(a) && y.includes(b)) || (x.includes(b) && y.includes(a)));

describe('WordNet behind the curated tables', () => {
  it('the shipped server uses what the measurement chose', () => {
    expect(WORDNET_SOURCES).toEqual(SHIPPED_SOURCES);
  });

  it('adds pairs the curated table does not have', () => {
    const added = wordnetAntonyms(ANTONYMS, verbs);
    expect(has(added, 'strengthen', 'weaken') || has(ANTONYMS, 'strengthen', 'weaken')).toBe(true);
    expect(has(added, 'hire', 'fire')).toBe(true);
  });

  it('leaves out what the curated table already opposes, or puts on one side', () => {
    const added = wordnetAntonyms(ANTONYMS, verbs);
    expect(has(added, 'increase', 'decrease')).toBe(false);
    expect(has(added, 'abolish', 'establish')).toBe(false);
    // The curated table has "raise" and "lower" opposed: WordNet's pair adds nothing.
    expect(has(added, 'raise', 'lower')).toBe(false);
    const curated: Array<[string[], string[]]> = [[['hire', 'fire'], ['dismiss']]];
    expect(has(wordnetAntonyms(curated, verbs), 'hire', 'fire')).toBe(false);
  });

  it('takes only the kinds of verb asked for', () => {
    const change = wordnetAntonyms(ANTONYMS, { ...verbs, verbKinds: ['change'] });
    expect(has(change, 'strengthen', 'weaken') || has(ANTONYMS, 'strengthen', 'weaken')).toBe(true);
    expect(has(change, 'hire', 'fire')).toBe(false);
    expect(has(change, 'come', 'go')).toBe(false);
  });

  it('adjectives only when asked for', () => {
    expect(wordnetAdjectives(verbs)).toEqual([]);
    expect(wordnetAdjectives({ antonyms: 'verbs+adjectives', derivations: false })).toContain('obligatory');
  });

  it('derivations: the curated noun keeps its verb', () => {
    const all = wordnetDerivations(DERIVATIONS, { antonyms: 'none', derivations: true });
    expect(all).toMatchObject({ prohibition: 'prohibit', abolition: 'abolish', retention: 'retain' });
    expect(wordnetDerivations(DERIVATIONS, { antonyms: 'none', derivations: false })).toEqual(DERIVATIONS);
  });
});
