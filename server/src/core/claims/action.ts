// Action claims: a word of direction (introduce, end, restore, widen, relax, include, optional…
// the antonym table in text/lexicon.ts, and nouns derived from them, "the abolition of") with
// what it acts on and whether it is negated. "End the collection of ethnicity data" and "restore
// the collection of race equality and ethnicity data" are opposite actions on one object.
import { ANTONYMS, NEGATIONS, STOPWORDS } from '../text/lexicon';
import { antonymSides, DIRECTION_ENTRIES } from '../match/conflict';
import { DERIVATIONS, FRAME_WORDS, TIME_PREPOSITIONS } from './lexicon';
import { wordnetAdjectives, wordnetDerivations, wordnetVerbs } from './wordnet';
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
  /** Whether the object follows the word (a verb's object) rather than precedes it (a state's subject). */
  follows: boolean;
  start: number;
  end: number;
}

/** The project's negations, and verbs that rule out the action after them ("avoid extreme cuts"). */
const NEGATORS = new Set([...NEGATIONS, 'against', 'avoid', 'avoiding', 'prevent', 'preventing']);
/** Verbs of a stance against what follows in their clause. */
const OPPOSING = new Set([
  'reject',
  'rejects',
  'rejected',
  'rejecting',
  'oppose',
  'opposes',
  'opposed',
  'opposing',
  'resist',
  'resists',
  'resisted',
  'resisting',
  // Said as a noun: "setting out its opposition to closing the centre".
  'opposition',
  'rejection',
  'objection',
  'objections',
]);
/**
 * Verbs of belief: negated ("I do not believe such a duty should be introduced") they negate what follows in their
 * clause.
 */
const BELIEVING = new Set(['believe', 'think', 'accept', 'agree', 'consider']);
/** Words that start a new predicate after "and" / "but": a stance before them is not about what follows. */
const NEW_PREDICATE = new Set([
  'will',
  'we',
  'would',
  'shall',
  'should',
  'must',
  'can',
  'also',
  'then',
  'they',
  'it',
  'i',
  'to',
  'instead',
]);
/** Judgements that rule out the action they introduce: "it is short-sighted to close …", "wrong to cut". */
const RULING_OUT = new Set(['sighted', 'wrong', 'mistake', 'misguided', 'foolish', 'unacceptable', 'reckless']);
/** Conjunctions that open a clause of time: "as their contracts end", "when the scheme closes". */
const TIME_CONJUNCTIONS = new Set(['as', 'when', 'once', 'until', 'till', 'whenever']);
const OBJECT_WORDS = 6;
const SCALE_OR_UNIT = new Set(['per', 'cent', 'percent', 'thousand', 'million', 'billion', 'bn', 'm', 'k']);
/** Nouns of direction: the curated ones, then WordNet's (when the switch in wordnet.ts takes them). */
const DERIVED = new Map(Object.entries(wordnetDerivations(DERIVATIONS)).map(([noun, verb]) => [noun, stemOf(verb)]));
/** Words whose direction is too common to anchor a claim on their own ("more", "national"). */
const WEAK = new Set([
  'more',
  'higher',
  'greater',
  'fewer',
  'less',
  'lower',
  'nation',
  'nation',
  'public',
  'publicli',
  'privat',
  'free',
  'charg',
  'paid',
  'fee',
  'support',
  'back',
  'help',
  'rise',
  'rose',
  'fall',
  'fell',
  'leav',
  'chang',
  'includ',
  'continu',
  'keep',
  'limit',
]);

/** Auxiliaries that make a word of direction a report of the past: "has cut", "were closed". */
const REPORTED = new Set(['has', 'have', 'had', 'was', 'were', "hasn't", "haven't", "wasn't", "weren't"]);
/** Words that start another clause: what follows them is not the object. */
const CLAUSE_WORDS = new Set([
  'but',
  'while',
  'whilst',
  'although',
  'though',
  'because',
  'so',
  'which',
  'who',
  'whereas',
  'unless',
  'since',
  // A comparison is about something else: "protected what it spends, unlike England" does not act on England.
  'unlike',
]);
/**
 * "Stay" and "remain" are too common to be words of direction ("stay in hospital", "remains a
 * concern"), but with these complements they say a thing is kept as it is: "the regulations
 * should stay on the statute book" retains them, as "keep" would. Said of the subject, as a state.
 */
const STAYING = new Set(['stay', 'stays', 'staying', 'remain', 'remains', 'remaining']);
const KEPT_AS: Array<[complement: string[], direction: string]> = [
  [['on', 'the', 'statute', 'book'], 'retain'],
  [['on', 'the', 'statute', 'books'], 'retain'],
  [['in', 'place'], 'retain'],
  [['in', 'force'], 'retain'],
  [['as', 'it', 'is'], 'unchanged'],
  [['as', 'they', 'are'], 'unchanged'],
];
/** A "stay …" phrase at i that keeps its subject: its direction and the index of its last word. */
function keptAt(terms: Term[], i: number): { direction: string; last: number } | undefined {
  if (!STAYING.has(terms[i]!.text)) return undefined;
  const hit = KEPT_AS.find(([words]) => words.every((w, k) => terms[i + 1 + k]?.text === w));
  return hit && { direction: stemOf(hit[1]), last: i + hit[0].length };
}

/** Verbs of taking that, after "required to", make what is taken compulsory. */
const TAKING = new Set(['take', 'use', 'have', 'accept', 'receive', 'join']);
/** The words that make one take something: "required to take", "obliged to use". */
const COMPELLING = new Set(['required', 'obliged', 'compelled', 'forced']);
/**
 * "Everyone eligible will be required to take a personal budget": what they must take is made compulsory, as
 * "personal budgets will be compulsory" says. Its direction and the index of the verb of taking.
 */
function compelledAt(terms: Term[], i: number): { direction: string; last: number } | undefined {
  if (!COMPELLING.has(terms[i]!.text) || terms[i + 1]?.text !== 'to') return undefined;
  return TAKING.has(terms[i + 2]?.text ?? '') ? { direction: stemOf('compulsory'), last: i + 2 } : undefined;
}

/**
 * "National" is too common to be a word of direction ("national insurance", "the national
 * minimum wage"), but before a rule it says the rule is set centrally, for everyone: "national
 * minimum eligibility criteria", "a national waiting time standard", "a national entitlement".
 */
const RULES = new Set([
  'standard',
  'standards',
  'criteria',
  'eligibility',
  'target',
  'targets',
  'framework',
  'entitlement',
  'entitlements',
  'threshold',
  'thresholds',
]);
const nationalRuleAt = (terms: Term[], i: number): boolean =>
  terms[i]!.text === 'national' && terms.slice(i + 1, i + 4).some((w) => RULES.has(w.text));

/**
 * "Do not need X", "there is no need for X": X is ruled out, as "should not introduce X" rules it
 * out. "Need" said plainly is no direction ("the care they need"), nor "do not need to" (a verb
 * follows), nor people's needs in a relative clause ("patients who do not need a bed").
 */
function rejectedNeedAt(terms: Term[], i: number): boolean {
  if (terms[i]!.text !== 'need' && terms[i]!.text !== 'needs') return false;
  const before = terms[i - 1]?.text ?? '';
  if (!(before === 'not' || before === 'no' || before.endsWith("n't"))) return false;
  return (
    terms[i + 1]?.text !== 'to' &&
    !terms.slice(Math.max(0, i - 4), i).some((w) => w.text === 'who' || w.text === 'that')
  );
}

/** Forms of "be" before a participle: "will not be widened", "should be scrapped", "are being closed". */
const BE = new Set(['be', 'been', 'being', 'is', 'are']);
/** Whether the word at i is a passive participle: its object is its subject, said before it. */
function isPassive(terms: Term[], i: number, written = terms[i]!.text): boolean {
  if (!/(?:ed|en|cut|shut|set)$/.test(written)) return false;
  // Adverbs and negations may stand between: "be properly ringfenced", "be no longer funded".
  for (let k = i - 1, seen = 0; k >= 0 && seen < 3; k--, seen++) {
    const w = terms[k]!.text;
    if (BE.has(w)) return true;
    if (!(w.endsWith('ly') || NEGATORS.has(w) || w === 'longer')) return false;
  }
  return false;
}
const endsClause = (t: Term) => isClauseMark(t) || (t.kind === 'word' && CLAUSE_WORDS.has(t.text));

/** Words of direction that are states, said of a subject: their object comes before them. */
const STATES = new Set(
  [
    'optional',
    'voluntary',
    'discretionary',
    'compulsory',
    'mandatory',
    'obligatory',
    'statutory',
    'fine',
    'acceptable',
    'unacceptable',
    'wrong',
    'intolerable',
    'free',
    'unchanged',
    'tougher',
    'stricter',
    'weaker',
    'looser',
    'private',
    'public',
  ].map(stemOf),
);
// WordNet's adjectives are states too, unless the word is also a verb of the tables ("open", "narrow").
{
  const verbs = new Set([...ANTONYMS.flat(2), ...wordnetVerbs()].map(stemOf));
  for (const w of wordnetAdjectives()) if (!verbs.has(stemOf(w))) STATES.add(stemOf(w));
}

/**
 * The negation word just before an action ("not be widened", "no longer be ring-fenced"), when the action is negated by
 * it.
 */
function negatorAt(preceding: Term[], negated: boolean): Term | undefined {
  if (!negated) return undefined;
  const near = preceding.slice(-3);
  let at = near.length - 1;
  while (
    at >= 0 &&
    !(
      near[at]!.text === 'not' ||
      near[at]!.text === 'no' ||
      near[at]!.text === 'never' ||
      near[at]!.text.endsWith("n't")
    )
  )
    at--;
  // Only "be" or "longer" may stand between it and the action.
  return at >= 0 && near.slice(at + 1).every((w) => w.text === 'be' || w.text === 'longer') ? near[at] : undefined;
}

const isObjectWord = (t: Term) =>
  t.kind === 'concept' ||
  t.kind === 'place' ||
  (t.kind === 'word' && !STOPWORDS.has(t.text) && !FRAME_WORDS.has(t.stem) && !NEGATORS.has(t.text));

/** The table's words by stem, without a final "e", so that "closed", "increasing" and "scrapped" are their forms. */
const ROOTS = new Map<string, string[]>();
for (const [a, b] of DIRECTION_ENTRIES)
  for (const w of [...a, ...b]) ROOTS.set(stemOf(w), [...(ROOTS.get(stemOf(w)) ?? []), w.replace(/e$/, '')]);

/**
 * A cheap first look: whether a sentence has a word that may be a word of direction (its first
 * four letters are those of one of the curated table's), so most sentences are not read into
 * terms at all. WordNet's many words would make four letters pass most sentences: for them a
 * word must start with one's whole root, or be one of its nouns.
 */
const DIRECTION_PREFIXES = new Set<string>();
const EXTRA_ROOTS = new Set<string>();
const EXTRA_NOUNS = new Set<string>();
let rootLengths: [number, number] = [Infinity, 0];
export function mayHaveAction(text: string): boolean {
  if (!DIRECTION_PREFIXES.size) {
    for (const [a, b] of ANTONYMS)
      for (const w of [...a, ...b]) if (!WEAK.has(stemOf(w))) DIRECTION_PREFIXES.add(w.slice(0, 4));
    for (const noun of Object.keys(DERIVATIONS)) DIRECTION_PREFIXES.add(noun.slice(0, 4));
    for (const w of ['ring', 'nati', 'need', ...[...STAYING].map((w) => w.slice(0, 4))]) DIRECTION_PREFIXES.add(w);
    const curated = (w: string) => DIRECTION_PREFIXES.has(w.slice(0, 4)) || DIRECTION_PREFIXES.has(w.slice(0, 3));
    for (const [a, b] of DIRECTION_ENTRIES.slice(ANTONYMS.length)) {
      for (const w of [...a, ...b]) if (!WEAK.has(stemOf(w)) && !curated(w)) EXTRA_ROOTS.add(w.replace(/e$/, ''));
    }
    for (const [noun, verb] of DERIVED)
      if (!(noun in DERIVATIONS) && antonymSides(verb).length && !WEAK.has(verb) && !curated(noun))
        EXTRA_NOUNS.add(noun);
    for (const r of EXTRA_ROOTS) rootLengths = [Math.min(rootLengths[0], r.length), Math.max(rootLengths[1], r.length)];
  }
  for (const m of text.toLowerCase().matchAll(/[a-z]{3,}/g)) {
    const w = m[0];
    if (DIRECTION_PREFIXES.has(w.slice(0, 4)) || DIRECTION_PREFIXES.has(w.slice(0, 3))) return true;
    if (EXTRA_NOUNS.has(w) || COMPELLING.has(w)) return true;
    for (let k = rootLengths[0], to = Math.min(w.length, rootLengths[1]); k <= to; k++)
      if (EXTRA_ROOTS.has(w.slice(0, k))) return true;
  }
  return false;
}

/** The direction of a term, if it has one: its stem, or the verb a noun is derived from. */
function directionOf(t: Term): string | undefined {
  if (t.kind === 'concept' && antonymSides(t.stem).length) return t.stem;
  if (t.kind !== 'word') return undefined;
  // The word must be a form of the table's word, not another word with its stem: "option" is not "optional".
  if (antonymSides(t.stem).length && !WEAK.has(t.stem) && (ROOTS.get(t.stem) ?? []).some((r) => t.text.startsWith(r)))
    return t.stem;
  const verb = DERIVED.get(t.text);
  return verb && antonymSides(verb).length ? verb : undefined;
}

/**
 * Whether the direction word at `i` is the verb of a clause of time with nothing after it to act on: "as their
 * contracts end," (not "such as ending the cap", nor "when we end the cap").
 */
function timeClauseAt(terms: Term[], i: number): boolean {
  const next = terms[i + 1];
  if (next && next.kind !== 'mark' && !['and', 'but', 'or'].includes(next.text)) return false;
  for (let k = i - 1; k >= Math.max(0, i - 3); k--) {
    const w = terms[k]!.text;
    if (TIME_CONJUNCTIONS.has(w)) return !['such', 'well', 'so'].includes(terms[k - 1]?.text ?? '');
    if (w === 'to' || isClauseMark(terms[k]!)) return false;
  }
  return false;
}

/** Forms of "make" before a state: "makes personal budgets compulsory". */
const MAKE = new Set(['make', 'makes', 'made', 'making']);

/** Verbs and modals after a gerund's object that make the gerund its clause's subject. */
const SUBJECT_OF = new Set([
  ...['can', 'could', 'would', 'will', 'may', 'might', 'is', 'was', 'has', 'had'],
  ...['costs', 'cost', 'takes', 'took', 'means', 'meant', 'saves', 'saved', 'helps', 'helped', 'risks'],
]);

/** Whether the word at `i` is an "-ing" form opening its clause with a verb of its own a few words on. */
function gerundSubjectAt(terms: Term[], i: number): boolean {
  if (!/[a-z]{3}ing$/.test(terms[i]!.text)) return false;
  const previous = terms[i - 1];
  const opens =
    !previous || endsClause(previous) || (previous.text === 'and' && (!terms[i - 2] || terms[i - 2]!.text === ','));
  if (!opens) return false;
  for (let k = i + 2; k < Math.min(terms.length, i + 8); k++) {
    if (endsClause(terms[k]!) || terms[k]!.text === ',') return false;
    if (SUBJECT_OF.has(terms[k]!.text)) return true;
  }
  return false;
}

/** The action claims of one sentence. */
export function actionClaims(text: string, termsOfText: (text: string) => Term[] = termsOf): ActionClaim[] {
  const terms = termsOfText(text);
  // The words of a figure ("5 per cent", "£2bn") say how much, not what is acted on.
  const inFigure = (t: Term) => t.kind === 'number' || SCALE_OR_UNIT.has(t.text);
  const claims: ActionClaim[] = [];
  terms.forEach((t, i) => {
    const kept = keptAt(terms, i);
    const compelled = compelledAt(terms, i);
    const direction =
      compelled?.direction ??
      kept?.direction ??
      (nationalRuleAt(terms, i) ? t.stem : rejectedNeedAt(terms, i) ? stemOf('introduce') : directionOf(t));
    if (!direction) return;
    // The last word of the direction: what follows it may be the object.
    const last = compelled?.last ?? kept?.last ?? i;
    // "at the end of December", "by the close of the year": a time, not an action.
    if (terms[i + 1]?.text === 'of' && terms[i - 1]?.text === 'the' && TIME_PREPOSITIONS.has(terms[i - 2]?.text ?? ''))
      return;
    // "as their contracts end", "when the scheme closes": a time clause, not a position.
    if (timeClauseAt(terms, i)) return;
    // "have been closed since 2010", "the Government has cut": a report of what happened, not a position.
    if (terms.slice(Math.max(0, i - 3), i).some((w) => REPORTED.has(w.text))) return;
    // "replacing a single care worker can cost £3,500", "Scrapping the cap would be a betrayal": what the act costs or
    // is, said of it as its clause's subject, is no position on doing it.
    if (gerundSubjectAt(terms, i)) return;
    // The clause the word stands in.
    let from = i;
    while (from > 0 && !endsClause(terms[from - 1]!)) from--;
    let to = last + 1;
    // ", and we have no intention of …": a new clause, with its own subject, is not the object.
    const newClause = (k: number) =>
      terms[k]!.text === ',' && (terms[k + 1]?.text === 'and' || terms[k + 1]?.text === 'but');
    // "boost spending on mental health services and end the long waits": a second verb of direction after "and" acts
    // on its own object, once the first has one.
    const nextAction = (k: number) =>
      terms[k]!.text === 'and' &&
      !!terms[k + 1] &&
      !!directionOf(terms[k + 1]!) &&
      terms.slice(last + 1, k).some((w) => isObjectWord(w) && !inFigure(w));
    while (to < terms.length && !endsClause(terms[to]!) && !newClause(to) && !nextAction(to)) to++;
    // "cuts people off", "ends up": a phrasal verb that is not the direction.
    if (terms.slice(last + 1, last + 4).some((w) => w.text === 'off' || w.text === 'up')) return;
    // What a verb acts on follows it; a state ("personal budgets becoming optional", "it is
    // properly ringfenced") is said of what comes before it.
    // The direction's own word elsewhere in the clause ("not ring-fenced, … ring-fencing it") is no object word.
    const objectWord = (w: Term) => isObjectWord(w) && !inFigure(w) && w.stem !== direction;
    const after = terms
      .slice(last + 1, to)
      .filter(objectWord)
      .slice(0, OBJECT_WORDS);
    // A state or passive is said of what comes before it; after it, only up to a comma or a joined clause ("the social
    // care budget is protected, obviously I can't prejudge those decisions", "waiting times are reduced and that the
    // distances travelled…": the decisions and the distances are another clause's).
    const clauseBreak = terms
      .slice(last + 1, to)
      .findIndex(
        (w, k, all) => w.text === ',' || ((w.text === 'and' || w.text === 'or') && all[k + 1]?.text === 'that'),
      );
    const afterInClause = clauseBreak < 0 ? after : after.filter((w) => w.start < terms[last + 1 + clauseBreak]!.start);
    // A state ("personal budgets will be compulsory") is said of what comes before it, always.
    // What one is required to take follows the verb of taking, as a verb's object does.
    const state = (STATES.has(direction) && !compelled) || !!kept;
    // A passive verb ("will not be widened to take in young carers") acts on its subject, as a state does.
    // A folded phrase is judged by its words as written ("ring-fenced").
    const passive = !state && !compelled && isPassive(terms, i, text.slice(t.start, t.end).toLowerCase());
    // "The draft policy makes personal budgets compulsory": what is made so is what follows "make", not its subject.
    let made = from;
    for (let k = i - 1; state && k >= from; k--) {
      if (!MAKE.has(terms[k]!.text)) continue;
      // "Personal budgets should be made compulsory": a passive, made so is its subject.
      if (terms.slice(k + 1, i).some(objectWord)) made = k + 1;
      break;
    }
    // "a consultation on the future of the centre, closing on 6 August": a participle after a comma says what it says
    // of whatever the clause before is about, which is not sure enough to take the words before it as its object.
    const afterComma = terms[i - 1]?.text === ',';
    const before =
      (after.length >= 2 && !state && !passive) || afterComma
        ? []
        : terms.slice(made, i).filter(objectWord).slice(-OBJECT_WORDS);
    const preceding = terms.slice(Math.max(from, i - 4), i);
    // "rather than repeal", "instead of scrapping": the action is ruled out.
    const ruledOut = preceding.some(
      (w, k) =>
        (w.text === 'rather' && preceding[k + 1]?.text === 'than') ||
        (w.text === 'instead' && preceding[k + 1]?.text === 'of'),
    );
    const judged = preceding.some((w, k) => RULING_OUT.has(w.text) && preceding[k + 1]?.text === 'to');
    // "we reject the Conservatives' plans for extreme spending cuts": a stance against the action, said anywhere before
    // it in its clause.
    // It does not reach past "and" or "but" starting a new predicate ("we oppose privatisation and will increase
    // funding").
    let stanceFrom = from;
    for (let k = i - 1; k > from; k--) {
      if ((terms[k]!.text === 'and' || terms[k]!.text === 'but') && NEW_PREDICATE.has(terms[k + 1]?.text ?? '')) {
        stanceFrom = k + 1;
        break;
      }
    }
    const opposed = terms.slice(stanceFrom, i).some((w) => OPPOSING.has(w.text));
    // "I do not believe such a duty should be introduced": the negation stands before the belief,
    // farther back than the words just before the action (where it is counted already).
    const disbelieved = terms
      .slice(stanceFrom, Math.max(from, i - 4))
      .some(
        (w, k, all) =>
          BELIEVING.has(w.text) && k > 0 && (all[k - 1]!.text === 'not' || all[k - 1]!.text.endsWith("n't")),
      );
    const negated =
      (preceding.filter((w) => NEGATORS.has(w.text) || w.text.endsWith("n't")).length +
        (ruledOut || judged ? 1 : 0) +
        (opposed ? 1 : 0) +
        (disbelieved ? 1 : 0)) %
        2 ===
      1;
    claims.push({
      direction,
      // As the sentence has it ("ring-fenced", not the concept "ringfenc"), from a negation just before it ("not be
      // widened").
      written: text.slice(
        negatorAt(preceding, negated)?.start ?? t.start,
        kept || compelled ? terms[last]!.end : t.end,
      ),
      sides: antonymSides(direction),
      negated,
      object: [
        ...new Set(
          (state || passive ? [...before.reverse(), ...afterInClause] : [...after, ...before.reverse()])
            .map((w) => w.stem)
            .filter((s) => s !== direction),
        ),
      ],
      follows: after.length >= 2 && !state && !(passive && before.length),
      start: t.start,
      end: terms[last]!.end,
    });
  });
  return claims;
}

/**
 * The stance a sentence takes with a direction word, as written: negated or not, as its action claim has it;
 * 'reported' in a report of the past ("have been closed since 2010"); undefined when the word is not there or makes
 * no claim.
 */
export function stanceOfWord(text: string, word: string | undefined): boolean | 'reported' | undefined {
  if (!word) return undefined;
  const terms = termsOf(text);
  const i = terms.findIndex((t) => t.text === word);
  if (i < 0) return undefined;
  if (terms.slice(Math.max(0, i - 3), i).some((w) => REPORTED.has(w.text))) return 'reported';
  const at = terms[i]!.start;
  return actionClaims(text, () => terms).find((a) => a.start <= at && at < a.end)?.negated;
}
