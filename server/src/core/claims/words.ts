// The claim model's one tokenizer: a sentence as terms with exact offsets. A term is a word, a
// number, a clause mark, or a phrase folded to one concept or place (lexicon.ts), so the
// recognisers after it see "gp" for "family doctor" and "wales" for "Welsh".
import { stem } from '../text/normalise';
import { MISSPELT_NEGATIONS, SPELLING_VARIANTS } from '../text/lexicon';
import { CONCEPTS, PLACES } from './lexicon';

export type TermKind = 'word' | 'number' | 'mark' | 'concept' | 'place';

export interface Term {
  kind: TermKind;
  /** Lower-case text as written (for a folded phrase: the concept or place). */
  text: string;
  /** Stem of a word; the concept or place itself for a folded phrase. */
  stem: string;
  start: number;
  end: number;
}

/** The stem of a word, as terms carry it. */
export const stemOf = (word: string): string => stem(word.toLowerCase());

/** Phrases by their first word, longest first, for folding in one pass. */
const PHRASES = new Map<string, Array<{ words: string[]; kind: 'concept' | 'place'; value: string }>>();
for (const [kind, table] of [
  ['concept', CONCEPTS],
  ['place', PLACES],
] as const) {
  for (const [value, phrases] of table) {
    for (const phrase of phrases) {
      const words = phrase.split(' ');
      const list = PHRASES.get(words[0]!) ?? [];
      list.push({ words, kind, value });
      PHRASES.set(words[0]!, list);
    }
  }
}
for (const list of PHRASES.values()) list.sort((a, b) => b.words.length - a.words.length);

// Hyphenated words are their parts ("home-care workers" are care workers).
// A number's commas are inside it ("4,000"), never after it ("in 2010, and").
const TOKEN = /(\d(?:[\d,]*\d)?(?:\.\d+)?)|([a-z]+(?:['’][a-z]+)*)|([;:()\u2013\u2014,?!]|\s-\s)/gi;

/** The raw words, numbers and clause marks of a text. */
function rawTerms(text: string): Term[] {
  const terms: Term[] = [];
  for (const m of text.matchAll(TOKEN)) {
    const start = m.index!;
    const end = start + m[0].length;
    if (m[1]) terms.push({ kind: 'number', text: m[1], stem: m[1], start, end });
    else if (m[2]) {
      const lowered = m[2].toLowerCase();
      const folded = lowered.includes('’') ? lowered.replace(/’/g, "'") : lowered;
      const lower = MISSPELT_NEGATIONS.get(folded) ?? folded;
      // A compound also written as two words ("homecare", "healthcare") reads as the two.
      const parts = SPELLING_VARIANTS[lower]?.includes(' ') ? SPELLING_VARIANTS[lower].split(' ') : [lower];
      for (const w of parts)
        terms.push({ kind: 'word', text: w, stem: stem(w.endsWith("'s") ? w.slice(0, -2) : w), start, end });
    } else terms.push({ kind: 'mark', text: m[0].trim(), stem: m[0].trim(), start, end });
  }
  return terms;
}

/** A sentence as terms, phrases of the lexicon folded to one term each. */
export function termsOf(text: string): Term[] {
  const raw = rawTerms(text);
  const out: Term[] = [];
  for (let i = 0; i < raw.length; i++) {
    const t = raw[i]!;
    const candidates = t.kind === 'word' ? PHRASES.get(t.text) : undefined;
    const hit = candidates?.find((c) => c.words.every((w, k) => raw[i + k]?.kind === 'word' && raw[i + k]!.text === w));
    if (hit) {
      const last = raw[i + hit.words.length - 1]!;
      out.push({ kind: hit.kind, text: hit.value, stem: hit.value, start: t.start, end: last.end });
      i += hit.words.length - 1;
    } else out.push(t);
  }
  return out;
}

/**
 * Whether a term ends a clause for the words around a figure (a comma or a bracket does not: "half (45%) of carers").
 */
export function isClauseMark(t: Term): boolean {
  return t.kind === 'mark' && t.text !== ',' && t.text !== '(' && t.text !== ')';
}
