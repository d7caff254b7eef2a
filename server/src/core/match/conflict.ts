// What makes a near-copy say something else: a different figure for the same quantity, a
// negation, or the opposite action. Such a passage contradicts its source; it never duplicates it.
import { stemmer } from 'stemmer';
import { ANTONYMS } from '../text/lexicon';
import { wordnetAntonyms } from '../claims/wordnet';
import { contentTokens, normalise, type Normalised } from '../text/normalise';
import type { Figure } from '../figures/figures';
import { figuresOf } from '../figures/valued';
import { comparable, sameValue } from '../figures/compare';
import type { Similarity } from './similarity';
import { remembered } from '../cache';
import { compareValues } from '../claims/values';
import { NUMBER_WORDS, SCALE_WORDS, TIME_PREPOSITIONS } from '../claims/lexicon';
import { quantityClaims, type Scope } from '../claims/quantity';
import { splitSentences } from '../markdown/sentences';

export interface Comparable {
  text: string;
  norm: Normalised;
}

export type Conflict =
  /** A figure of ours and one of theirs for the same kind of quantity, with different values. */
  | { kind: 'figure'; ours: Figure; theirs: Figure; also: Figure[] }
  /** Ours gives a figure where theirs gives none: not the same statement, not a contradiction. */
  | { kind: 'added-figure'; ours: Figure }
  | { kind: 'negation'; oursNegated: boolean }
  | { kind: 'antonym'; ours: string; theirs: string };

/**
 * Whether two shares, one put as a bound or an approximation ("just over a quarter", "nearly half"), say one value:
 * "fell by just over a quarter" repeats "fell by 26 per cent". Other figures of a near copy must be the same value,
 * since a changed deadline or wait ("within 72 hours" for "within 48 hours") is the contradiction drafters look for.
 */
function boundedShareKept(a: Figure, b: Figure): boolean {
  return (
    a.kind === 'percent' && b.kind === 'percent' && !!(a.qualifier || b.qualifier) && compareValues(a, b) !== 'differ'
  );
}

/**
 * A count of ours whose number theirs gives, of another noun: "some 370,000 people in Wales are unpaid carers"
 * restates "of the 370,000 carers", whatever other counts the passage holds (not one it expects in years to come).
 */
const countGiven = (f: Figure, theirs: Figure[], apart?: (ours: Figure, theirs: Figure) => boolean) =>
  f.kind === 'count' && theirs.some((g) => g.kind === 'count' && g.unit !== 'age' && sameValue(f, g) && !apart?.(f, g));

/**
 * `apart`, when given, says whether two figures are said of other places or people, or of a time to come (asked only
 * of figures that differ, and of counts the passage gives of another noun, as it costs more).
 */
export function findFigureConflict(
  ours: Figure[],
  theirs: Figure[],
  apart?: (ours: Figure, theirs: Figure) => boolean,
): Conflict | undefined {
  for (const f of ours) {
    if (apart && countGiven(f, theirs, apart)) continue;
    let peers = theirs.filter((g) => comparable(f, g));
    if (peers.length && !peers.some((g) => sameValue(f, g) || boundedShareKept(f, g))) {
      // An age ("65 and over") differs only from an age: from a count it is the group counted.
      peers = peers.filter((g) => (f.unit === 'age') === (g.unit === 'age') && !apart?.(f, g));
      if (!peers.length) continue;
      const [first, ...rest] = peers;
      // Other values the corpus gives for the same quantity are cited too.
      const also = rest.filter((g, i) => !sameValue(g, first!) && rest.findIndex((h) => sameValue(g, h)) === i);
      return { kind: 'figure', ours: f, theirs: first!, also };
    }
  }
  return undefined;
}

/**
 * The antonym entries in use: the curated table, then the pairs WordNet adds to it (if the
 * switch in claims/wordnet.ts takes any), which the curated table overrules.
 */
export const DIRECTION_ENTRIES: ReadonlyArray<[string[], string[]]> = [...ANTONYMS, ...wordnetAntonyms(ANTONYMS)];

/** For each stemmed word, the antonym entries it belongs to and on which side. */
const SIDES = new Map<string, Array<{ pair: number; side: 0 | 1 }>>();
DIRECTION_ENTRIES.forEach(([a, b], pair) => {
  const add = (w: string, side: 0 | 1) => {
    const key = stemmer(w);
    SIDES.set(key, [...(SIDES.get(key) ?? []), { pair, side }]);
  };
  a.forEach((w) => add(w, 0));
  b.forEach((w) => add(w, 1));
});

/** The antonym entries a stemmed word belongs to, and on which side (empty when none). */
export function antonymSides(stem: string): ReadonlyArray<{ pair: number; side: 0 | 1 }> {
  return SIDES.get(stem) ?? [];
}

/**
 * The words of a text that belong to an antonym entry, each once, in their order: few words do, and the same corpus
 * passages are compared again and again, so each word list is read once (normalised forms are remembered).
 */
const sidedOf = new WeakMap<readonly string[], string[]>();
function sidedWords(words: readonly string[]): string[] {
  let sided = sidedOf.get(words);
  if (!sided) {
    sided = [...new Set(words.filter((w, i) => SIDES.has(w) && !pointInTime(words, i)))];
    sidedOf.set(words, sided);
  }
  return sided;
}

const TIME_PREPOSITION_STEMS = new Set([...TIME_PREPOSITIONS].map(stemmer));
/**
 * Whether the direction word at `i` (of a text's stemmed words) names a point in time, not an action: "at the end of
 * life", "by the end of the year", "end-of-life care" (as the claims' action reader reads them too).
 */
function pointInTime(words: readonly string[], i: number): boolean {
  if (words[i + 1] !== 'of') return false;
  return words[i + 2] === 'life' || (words[i - 1] === 'the' && TIME_PREPOSITION_STEMS.has(words[i - 2] ?? ''));
}

/** A word of ours and a word of theirs on opposite sides of one antonym entry, if any. */
export function findAntonymSwap(
  ours: readonly string[],
  theirs: readonly string[],
): { ours: string; theirs: string } | undefined {
  const ourWords = sidedWords(ours);
  if (!ourWords.length) return undefined;
  const theirWords = sidedWords(theirs);
  // A word both use says the same on both sides; a word only one uses may be the swap.
  for (const w of ourWords) {
    if (theirWords.includes(w)) continue;
    for (const s of SIDES.get(w)!) {
      // Their first word (in their order) on the other side of the entry.
      for (const t of theirWords) {
        if (ourWords.includes(t)) continue;
        if (SIDES.get(t)!.some((o) => o.pair === s.pair && o.side !== s.side)) return { ours: w, theirs: t };
      }
    }
  }
  return undefined;
}

/** Words a figure is written with ("6.5 million", "one week"), never the words around it. */
const FIGURE_WORDS = new Set([...SCALE_WORDS, ...NUMBER_WORDS].map(stemmer));

/**
 * A figure of the candidate that the query copies the words either side of yet does not give: "We will bring in
 * new care workers to…" leaves out the 5,000 of "bring in 5,000 new care workers to…". The copy is then a pledge
 * (or claim) without its figure, which the other checks judge, not a repeat of its source. A figure whose clause
 * the query leaves out as a whole ("Scrapping the cap [saves £1.1 billion, but it] does nothing…") is not dropped:
 * the words next to it are missing too.
 */
export function droppedFigure(query: Comparable, candidate: Comparable): Figure | undefined {
  const theirs = figuresOf(candidate.text);
  if (!theirs.length) return undefined;
  const ours = figuresOf(query.text);
  const words = new Set(query.norm.tokens);
  return theirs.find((f) => {
    if (ours.some((g) => comparable(f, g))) return false;
    const own = contentTokens(candidate.text.slice(f.start, f.end)).filter((w) => !FIGURE_WORDS.has(w));
    // "a week" says "one week": a figure of one is given by its unit alone.
    if (f.value === 1 && own.length > 0 && own.every((w) => words.has(w))) return false;
    const before = contentTokens(candidate.text.slice(Math.max(0, f.start - 60), f.start)).at(-1);
    // A count names its thing inside the figure ("5,000 new care workers"): those are the words after its number.
    const after = [...own, ...contentTokens(candidate.text.slice(f.end, f.end + 60))].slice(0, 2);
    return before !== undefined && words.has(before) && after.some((w) => words.has(w));
  });
}

/** Each sentence's quantity claims, and each text's sentences: a corpus passage comes up again and again. */
const claimsOfText = remembered((sentence: string) => quantityClaims(sentence), 5_000);
const sentenceSpans = remembered((text: string) => splitSentences(text), 5_000);

/** The scope of a figure's claim, read in its own sentence of the text (undefined when it makes none). */
function scopeOf(text: string, figure: Figure): Scope | undefined {
  const span = sentenceSpans(text).find((s) => figure.start >= s.start && figure.end <= s.end);
  if (!span) return undefined;
  const at = figure.start - span.start;
  return claimsOfText(text.slice(span.start, span.end)).find((c) => c.figure.start === at)?.scope;
}

/**
 * Whether two figures of near copies are said of different places or groups of people, or one of a time to come:
 * "1.2 million unpaid carers in the UK are aged 65 and over" says nothing against "Across the UK there are 6.5
 * million unpaid carers", nor "England's 11 million" against the UK's 6.5 million.
 */
function scopesApart(kind: Figure['kind'], a: Scope | undefined, b: Scope | undefined): boolean {
  if (!a || !b) return false;
  if (a.places.length && b.places.length && !a.places.some((p) => b.places.includes(p))) return true;
  // Of people counted or a share of them only: a plan's length or a sum is not told apart by who its sentence names.
  const ofPeople = kind === 'count' || kind === 'percent';
  return (ofPeople && (a.group ?? '') !== (b.group ?? '')) || !!a.projected !== !!b.projected;
}

/**
 * A figure conflict of a near copy, judged again by what each figure is said of: none when the figures that differ
 * are said of other places or people, or one of years to come, or when the passage gives our count of another noun.
 * Asked only of a candidate on the query's subject, as reading claims costs more than the comparison.
 */
export function scopedFigureConflict(query: Comparable, candidate: Comparable): Conflict | undefined {
  return findFigureConflict(figuresOf(query.text), figuresOf(candidate.text), (f, g) =>
    scopesApart(f.kind, scopeOf(query.text, f), scopeOf(candidate.text, g)),
  );
}

/**
 * How much of a candidate the draft must cover for all its words to count: below it, the candidate's negations and
 * opposite words count only in what the draft matched (its other clauses and sentences say other things).
 */
const MOSTLY_COVERED = 0.7;

/** The words a pledge is made with: a date beside them is the pledge's own. */
const PLEDGE_MODAL = /\b(?:will|shall|must|going to|pledge|promise|commit)\b/i;

export function findConflict(query: Comparable, candidate: Comparable, sim: Similarity): Conflict | undefined {
  const ourFigures = figuresOf(query.text);
  // Without a figure of ours there is no figure to conflict or to add: theirs are not looked for
  // (finding a long corpus passage's figures costs more than the rest of the comparison).
  if (ourFigures.length) {
    const theirFigures = figuresOf(candidate.text);
    const figure = findFigureConflict(ourFigures, theirFigures);
    if (figure) return figure;
    // In a report or a description, a date the candidate does not give says when or where it was said ("Labour's
    // 2015 manifesto promised…", "In 2019 there were…", "13,000 fewer carers were receiving support by 2020/21"); in
    // a pledge it is the pledge's own ("From April 2027, we will…", "by 2030, we will…").
    const framing = (f: Figure) => (f.kind === 'date' || f.kind === 'deadline') && !PLEDGE_MODAL.test(query.text);
    const added = ourFigures.find((f) => !framing(f) && !theirFigures.some((g) => comparable(f, g) && sameValue(f, g)));
    if (added) return { kind: 'added-figure', ours: added };
  }
  // An opposite word is the more specific sign: a negation may sit in a clause of its own.
  const swap = findAntonymSwap(query.norm.words, candidate.norm.words);
  if (swap && (sim.candidateCovered >= MOSTLY_COVERED || swapInSentenceMatched(query, candidate.text))) {
    return { kind: 'antonym', ...swap };
  }
  // Where the candidate is much longer, its other clauses may hold negations of their own:
  // only those inside the stretch the draft matched count.
  const theirNegations =
    sim.candidateCovered >= MOSTLY_COVERED
      ? candidate.norm.negations
      : candidate.norm.negationAt.filter((k) => k >= sim.window.first && k <= sim.window.last).length;
  if (query.norm.negations % 2 !== theirNegations % 2) {
    return { kind: 'negation', oursNegated: query.norm.negations > theirNegations };
  }
  // Negations of two clauses cancel out over the sentence: "Their proposals won't provide any additional resources
  // now, and there's no guarantee of extra funding" against "Our proposals do provide additional resources now, and
  // there is a firm guarantee…". Clause is then compared with clause.
  // Only when they negate a different number of times: as often on both sides, a clause of theirs that holds a
  // negation of ours is one clause as the other cuts it ("— not what the council contributes —" against ", and not
  // what the council contributes, …").
  if (query.norm.negations !== theirNegations && sentenceSized(query.norm) && sentenceSized(candidate.norm)) {
    const oursNegated = clauseNegationDiffers(query.text, candidate.text);
    if (oursNegated !== undefined) return { kind: 'negation', oursNegated };
  }
  return undefined;
}

/**
 * Whether the opposite words are still found in the candidate's sentence that shares most of the query's words: in a
 * much longer passage, the word may be in another of its sentences ("Wales has a *higher* share of unpaid carers…"
 * against a passage whose "a greater proportion of unpaid carers in Wales" is followed by "*less* than 20% receiving
 * an offer of care"). Asked only once a swap is found, which is rare.
 */
function swapInSentenceMatched(query: Comparable, text: string): boolean {
  const sentences = sentenceNorms(text);
  if (sentences.length < 2) return true;
  const { part } = closestPart(new Set(query.norm.tokens), sentences);
  return !part || findAntonymSwap(query.norm.words, part.norm.words) !== undefined;
}

/** A passage's sentences, normalised, each with its set of words: the same passages come up again and again. */
const sentenceNorms = remembered(
  (text: string) =>
    sentenceSpans(text).map((span) => {
      const norm = normalise(text.slice(span.start, span.end));
      return { norm, words: new Set(norm.tokens) };
    }),
  2_000,
);

/** Of `parts`, the first that shares most of `words`, and how many it shares (none: no part, 0). */
function closestPart<P extends { words: ReadonlySet<string> }>(
  words: ReadonlySet<string>,
  parts: readonly P[],
): { part?: P; shared: number } {
  let part: P | undefined;
  let most = 0;
  for (const p of parts) {
    let shared = 0;
    for (const t of words) if (p.words.has(t)) shared++;
    if (shared > most) [part, most] = [p, shared];
  }
  return { part, shared: most };
}

/** Where the clauses of a sentence of several part: a semicolon, a colon, a dash, or a comma before "and", "but"… */
const CLAUSE_PARTS = /\s*(?:[;:]|\s[\u2013\u2014-]\s)\s*|,\s+(?=(?:and|but|while|whereas|yet|so)\b)/i;
const clauseNorms = remembered(
  (text: string) =>
    text
      .split(CLAUSE_PARTS)
      .map((c) => normalise(c))
      .filter((n) => n.tokens.length >= 3)
      .map((norm) => ({ norm, words: new Set(norm.tokens) })),
  2_000,
);
/**
 * Most content words of a text whose clauses are paired: a sentence's. A longer passage's clauses belong to several
 * sentences, and pairing them would cost a first lint much (the same passages are compared again and again).
 */
const CLAUSED_WORDS = 40;
const sentenceSized = (norm: Normalised) => norm.tokens.length <= CLAUSED_WORDS;
/** Fewest content words two clauses share to be one clause said twice, and the least share of the shorter's. */
const CLAUSE_SHARED = 3;
const CLAUSE_SHARE = 0.6;

/**
 * Whether a clause of ours and the clause of theirs it restates differ in negation: undefined when none do (or either
 * text is one clause), else whether ours is the negated one.
 */
export function clauseNegationDiffers(ours: string, theirs: string): boolean | undefined {
  // Most sentences are one clause: told by a pattern before any is normalised. One of one clause is compared with
  // the other's clause it restates ("This plan does provide additional resources for social care now, with…" against
  // "Their proposals won't provide any additional resources for social care now, and there's no guarantee…").
  if (!CLAUSE_PARTS.test(ours) && !CLAUSE_PARTS.test(theirs)) return undefined;
  const a = clauseNorms(ours);
  const b = clauseNorms(theirs);
  if (a.length < 2 && b.length < 2) return undefined;
  // A negation of the one clause may be the other's other clause said in it ("cannot function without carers and yet
  // they do without support"): only one with none is compared.
  const single = a.length < 2 ? a : b.length < 2 ? b : [];
  if (single.some((c) => c.norm.negations > 0)) return undefined;
  for (const q of a) {
    const { part: best, shared: bestShared } = closestPart(q.words, b);
    if (!best || bestShared < CLAUSE_SHARED) continue;
    if (bestShared < CLAUSE_SHARE * Math.min(q.words.size, best.words.size)) continue;
    if (q.norm.negations % 2 !== best.norm.negations % 2) return q.norm.negations > best.norm.negations;
  }
  return undefined;
}
