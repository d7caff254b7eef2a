// Types for wordnet.mjs (the tests import it).
export interface Pointer {
  symbol: string;
  offset: string;
  pos: string;
  source: number;
  target: number;
}
export interface Synset {
  offset: string;
  lex: number;
  type: string;
  words: string[];
  pointers: Pointer[];
}
export function lemmaOf(word: string): string;
export function parseData(text: string): Map<string, Synset>;
export function readData(dictDir: string, pos: 'verb' | 'adj' | 'noun' | 'adv'): Map<string, Synset>;
export function lexicalLinks(
  from: Map<string, Synset>,
  symbol: string,
  into: Record<string, Map<string, Synset>>,
): Generator<[source: string, target: string, file: string, from: Synset, to: Synset]>;
export function isSingleWord(w: string): boolean;
export const VERB_FILES: Record<number, string>;
