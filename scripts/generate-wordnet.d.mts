// Types for generate-wordnet.mjs (the tests import it).
export interface Generated {
  source: string;
  antonyms: { verb: Array<[string, string, string]>; adj: Array<[string, string]> };
  derivations: Record<string, string>;
}
export const OUT: string;
export const NOMINAL_ENDINGS: RegExp;
export function generate(dictDir: string): Generated;
export function wordnetDict(): string | undefined;
export function serialise(g: Generated): string;
