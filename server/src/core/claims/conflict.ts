// When a draft claim and a corpus claim are about the same thing and say different things: a
// different value for the same measured thing in a compatible scope, or the opposite direction
// (or a negation) of the same action on the same object.
import type { ActionClaim } from './action';
import type { QuantityClaim, Scope } from './quantity';
import { comparable, compareValues, valueOf, type ValueVerdict } from './values';
import { OLDER_WORDS, PERSON_STEMS, YOUNG_WORDS } from './lexicon';
import { stemOf } from './words';

/** Words for who a share is of: the population, not the thing measured of it. */
const WHO_STEMS = new Set([
  ...PERSON_STEMS,
  ...[
    ...OLDER_WORDS,
    ...YOUNG_WORDS,
    'carer',
    'carers',
    'patient',
    'patients',
    'user',
    'users',
    'worker',
    'workers',
    'staff',
  ].map(stemOf),
]);

/** Inverse document frequency of a stem, and the weight of a word never seen (the most). */
export interface Weights {
  weigh(stem: string): number;
  rarest: number;
}

/**
 * How much of the smaller of two word sets the other shares, by weight (rarer words and, when
 * given, words nearer the figure weigh more), and the shared weight.
 */
export function overlap(
  a: string[],
  b: string[],
  w: Weights,
  nearA?: number[],
  nearB?: number[],
): { share: number; shared: number; words: number; rarestShared: number } {
  let shared = 0;
  let words = 0;
  let wa = 0;
  let rarestShared = 0;
  a.forEach((t, i) => {
    const idf = w.weigh(t);
    const x = idf * (nearA?.[i] ?? 1);
    wa += x;
    // The lists are short (a claim's words): a scan costs less than a map built per call.
    const j = b.lastIndexOf(t);
    if (j >= 0) {
      const other = nearB?.[j] ?? 1;
      // A word shared counts as near as it is on the nearer side, so it weighs the same both ways.
      shared += idf * Math.max(nearA?.[i] ?? 1, other);
      words++;
      rarestShared = Math.max(rarestShared, idf / w.rarest);
    }
  });
  let wb = 0;
  b.forEach((t, i) => (wb += w.weigh(t) * (nearB?.[i] ?? 1)));
  const least = Math.min(wa, wb);
  return { share: least ? Math.min(1, shared / least) : 0, shared: shared / w.rarest, words, rarestShared };
}

/**
 * Whether two scopes can be about the same quantity: no two different places, groups, conditions or years, and both a
 * survey's or neither, both a flow or neither, both a time ahead or neither, both a projection or neither, both a
 * change or neither, both a share of something named before or neither, both a sum each year or neither, both a count
 * of those in a state or neither.
 */
export function compatibleScopes(a: Scope, b: Scope): boolean {
  if (a.places.length && b.places.length && !a.places.some((p) => b.places.includes(p))) return false;
  if ((a.group ?? '') !== (b.group ?? '') || (a.condition ?? '') !== (b.condition ?? '')) return false;
  if (a.perHead !== b.perHead) return false;
  if (a.years.length && b.years.length && !a.years.some((y) => b.years.includes(y))) return false;
  if (
    !!a.sample !== !!b.sample ||
    !!a.flow !== !!b.flow ||
    !!a.ahead !== !!b.ahead ||
    !!a.projected !== !!b.projected ||
    !!a.change !== !!b.change ||
    !!a.shareOfAnother !== !!b.shareOfAnother ||
    !!a.yearly !== !!b.yearly ||
    !!a.inState !== !!b.inState
  )
    return false;
  return true;
}

/** The share of words two figures of one place and period must have in common (see `sameQuantity`). */
const PERIOD_SHARE = 0.2;

/** Whether what two claims' heads are qualified by can be one thing: one says nothing of it, or they share a word. */
function modifiersAgree(a: QuantityClaim, b: QuantityClaim): boolean {
  return !a.modifiers.length || !b.modifiers.length || a.modifiers.some((m) => b.modifiers.includes(m));
}

/** Whether two quantity claims measure the same thing in compatible scopes. */
export function sameQuantity(a: QuantityClaim, b: QuantityClaim, w: Weights): boolean {
  if (!comparable(a.figure, b.figure) || !compatibleScopes(a.scope, b.scope)) return false;
  // Values of one thing tenfold apart are a total and a part, or another thing: "£2 billion a year it would
  // save the NHS" is not the "£100 million a year" of savings a pledge spends.
  const [x, y] = [Math.abs(valueOf(a.figure)), Math.abs(valueOf(b.figure))];
  if ((a.figure.kind === 'money' || a.figure.kind === 'count') && Math.max(x, y) > 10 * Math.min(x, y)) return false;
  if (a.figure.kind === 'count' && a.head && b.head && !PERSON_STEMS.has(a.head)) {
    // "5,000 new care workers" and "1,500 maternity support workers" count different workers.
    if (a.head !== b.head) return false;
    return modifiersAgree(a, b);
  }
  // A sum of a named thing ("an £80,000 cap on what anyone pays", "£86,000 cap on care costs") is that thing's, unless
  // both say what it is for and nothing alike ("a £10m grant for hospices", "a £50m grant for dentistry"). One dated
  // when the other is not ("the £72,000 cap legislated for in 2014") may be that thing as it was once.
  if (
    a.figure.kind === 'money' &&
    a.head &&
    a.head === b.head &&
    !a.scope.years.length === !b.scope.years.length &&
    modifiersAgree(a, b)
  )
    return true;
  // A count whose noun is left out ("about 9,000 a year receive an assessment") is judged by its words.
  if (a.figure.kind === 'count' && a.head && b.head && a.head !== b.head) return false;
  // "One in three older carers felt overwhelmed" and "65% of older carers have health problems":
  // shares of one population, of different things. Sharing only who is counted is not enough, unless
  // what changed is how many they are ("the number of carers aged 85 and over grew by 128%").
  const shareOfWho = a.figure.kind === 'percent' && !a.scope.change && !b.scope.change;
  if (shareOfWho && a.thing.filter((t) => b.thing.includes(t)).every((t) => WHO_STEMS.has(t))) return false;
  const o = overlap(a.thing, b.thing, w, a.nearness, b.nearness);
  // "The number of carers aged 85 and over rose by about 60 per cent": a change in how many of one
  // group there are, said of nothing but the group, is the same change however common its words.
  // So is one since the same year ("the number of carers has grown by almost a quarter since 2001").
  const onlyWho = (c: QuantityClaim) => c.thing.length > 0 && c.thing.every((t) => WHO_STEMS.has(t));
  const period = (c: QuantityClaim) => [...new Set(c.scope.years)].sort().join();
  const sameGroupOrSince = a.scope.group || (a.scope.years.length > 0 && period(a) === period(b));
  if (a.figure.kind === 'percent' && a.scope.change && b.scope.change && sameGroupOrSince && onlyWho(a) && onlyWho(b)) {
    return o.words > 0;
  }
  // Figures of one place over one period ("in England … between 2009-10 and 2015-16") need fewer words in common to
  // be one: the place and the two years already say much of what is measured.
  if (
    o.words >= 2 &&
    a.scope.years.length >= 2 &&
    period(a) === period(b) &&
    a.scope.places.length &&
    b.scope.places.length
  )
    return o.share >= PERIOD_SHARE;
  if (o.words >= 3) return o.share >= 0.4 && o.shared >= 0.9 && o.rarestShared >= 0.5;
  if (o.words === 2) return o.share >= 0.5 && o.shared >= 0.6;
  // A period ("over the next three years") is matched by more than one word.
  if (a.figure.kind === 'duration') return false;
  // One word in common is enough only between short descriptions that it dominates ("£100
  // million a year in general practice", "£50 million a year for GP services"): "half of the
  // budget" says too little to be the budget for disabled facilities grants.
  // A year on one side only is then enough to say they are of different times ("in 1948, a budget of £11 billion").
  return (
    o.words === 1 &&
    o.share >= 0.75 &&
    Math.max(a.thing.length, b.thing.length) <= 3 &&
    o.rarestShared >= 0.5 &&
    !a.scope.years.length === !b.scope.years.length
  );
}

export interface QuantityConflict {
  kind: 'figure';
  ours: QuantityClaim;
  /** The corpus claims about the same thing whose values differ from ours. */
  theirs: QuantityClaim[];
}

/** Our claim against the corpus claims about the same thing: a conflict when none agrees and one differs. */
export function quantityConflict(ours: QuantityClaim, peers: QuantityClaim[]): QuantityClaim[] | undefined {
  const verdicts: Array<[QuantityClaim, ValueVerdict]> = peers.map((p) => [p, compareValues(ours.figure, p.figure)]);
  if (!verdicts.length || verdicts.some(([, v]) => v === 'agree')) return undefined;
  const differ = verdicts.filter(([, v]) => v === 'differ').map(([p]) => p);
  return differ.length ? differ : undefined;
}

/** Whether two actions are opposed: opposite directions, or one negated, on the same object. */
/**
 * Whether two actions say opposite things of whatever they act on: opposite directions, or one
 * negated. Opposed actions are these on the same object (`sameObject`), checked second as it costs more.
 */
export function opposedDirections(a: ActionClaim, b: ActionClaim): boolean {
  const opposite =
    a.sides.some((s) => b.sides.some((t) => t.pair === s.pair && t.side !== s.side)) && a.direction !== b.direction;
  const same = a.direction === b.direction;
  return opposite ? a.negated === b.negated : same && a.negated !== b.negated;
}

/** Stems of the words that make a name a law's: "the Care Act", "the Carers (Leave) Bill". */
const LAW_WORDS = new Set(['act', 'bill']);
const namesLaw = (object: string[]) => object.some((t) => LAW_WORDS.has(t));

/** Whether two actions act on the same object, whatever their directions. */
export function sameObject(a: ActionClaim, b: ActionClaim, w: Weights): boolean {
  // A verb's object is the words just after it: "cut the time people wait for an assessment" does
  // not act on what "increase support for carers" does, though both go on to name assessments.
  if (a.follows && b.follows && !a.object.slice(0, 2).some((t) => b.object.slice(0, 2).includes(t))) return false;
  // Two words in common at least, counted before anything is weighed: most objects filed under a word share only it.
  let common = 0;
  for (const t of a.object) if (b.object.includes(t) && ++common === 2) break;
  if (common < 2) return false;
  // A law is not what it is named after: "repeal the Health and Social Care Act" does not act on social care.
  if (namesLaw(a.object) !== namesLaw(b.object)) return false;
  const o = overlap(a.object, b.object, w);
  return o.words >= 2 && o.share >= 0.4 && o.shared >= 0.9 && o.rarestShared >= 0.5;
}
