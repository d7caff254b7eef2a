// Action claims: a word of direction (introduce, end, restore, widen, relax, include, optional…
// the antonym table in text/lexicon.ts, and nouns derived from them, "the abolition of") with
// what it acts on and whether it is negated. "End the collection of ethnicity data" and "restore
// the collection of race equality and ethnicity data" are opposite actions on one object.
import { STOPWORDS } from '../text/lexicon';
import { antonymSides } from '../match/conflict';
import { DERIVATIONS, FRAME_WORDS } from './lexicon';
import { isClauseMark, stemOf, termsOf, type Term } from './words';

export interface ActionClaim {
  /** The direction word's stem, as the antonym table knows it. */
  direction: string;
  /** The word as written, for messages. */
  written: string;
  sides: ReadonlyArray<{ pair: number; side: 0 | 1 }>;
  negated: boolean;
  /** What it acts on: content stems around it in its clause. */
  object: string[];
  start: number;
  end: number;
}

const NEGATORS = new Set(['not', 'never', 'no', 'nor', "won't", "don't", "doesn't", "shouldn't", "wouldn't", "isn't", "aren't", 'cannot', "can't", 'against']);
const OBJECT_WORDS = 6;
const DERIVED = new Map(Object.entries(DERIVATIONS).map(([noun, verb]) => [noun, stemOf(verb)]));
/** Words whose direction is too common to anchor a claim on their own ("more", "national"). */
const WEAK = new Set(['more', 'higher', 'greater', 'fewer', 'less', 'lower', 'nation', 'nation', 'public', 'publicli', 'privat', 'free', 'charg', 'paid', 'fee', 'support', 'back', 'help', 'rise', 'rose', 'fall', 'fell', 'leav', 'chang', 'includ', 'continu', 'keep', 'limit']);

const isObjectWord = (t: Term) => t.kind === 'concept' || t.kind === 'place' || (t.kind === 'word' && !STOPWORDS.has(t.text) && !FRAME_WORDS.has(t.stem) && !NEGATORS.has(t.text));

/** The direction of a term, if it has one: its stem, or the verb a noun is derived from. */
function directionOf(t: Term): string | undefined {
  if (t.kind === 'concept' && antonymSides(t.stem).length) return t.stem;
  if (t.kind !== 'word') return undefined;
  if (antonymSides(t.stem).length && !WEAK.has(t.stem)) return t.stem;
  const verb = DERIVED.get(t.text);
  return verb && antonymSides(verb).length ? verb : undefined;
}

/** The action claims of one sentence. */
export function actionClaims(text: string): ActionClaim[] {
  const terms = termsOf(text);
  const claims: ActionClaim[] = [];
  terms.forEach((t, i) => {
    const direction = directionOf(t);
    if (!direction) return;
    // The clause the word stands in.
    let from = i;
    while (from > 0 && !isClauseMark(terms[from - 1]!)) from--;
    let to = i + 1;
    while (to < terms.length && !isClauseMark(terms[to]!)) to++;
    const after = terms.slice(i + 1, to).filter(isObjectWord).slice(0, OBJECT_WORDS);
    const before = terms.slice(from, i).filter(isObjectWord).slice(-OBJECT_WORDS);
    const preceding = terms.slice(Math.max(from, i - 4), i);
    // "rather than repeal", "instead of scrapping": the action is ruled out.
    const ruledOut = preceding.some((w, k) => (w.text === 'rather' && preceding[k + 1]?.text === 'than') || (w.text === 'instead' && preceding[k + 1]?.text === 'of'));
    const negated = (preceding.filter((w) => NEGATORS.has(w.text) || w.text.endsWith("n't")).length + (ruledOut ? 1 : 0)) % 2 === 1;
    claims.push({
      direction,
      written: t.text,
      sides: antonymSides(direction),
      negated,
      object: [...new Set([...before, ...after].map((w) => w.stem).filter((s) => s !== direction))],
      start: t.start,
      end: t.end,
    });
  });
  return claims;
}
