// Quantity claims: each figure of a sentence with what it measures and its scope, so a figure is
// matched by the thing it is about, not by the words of the sentence around it. "The UK's 6.3
// million carers save the economy billions" and "Across the UK there are 6.5 million unpaid
// carers" are two claims about one thing (carers, in the UK) with two values.
import type { Figure } from '../figures/figures';
import { isMultipliedChange } from '../figures/compare';
import { figuresOf } from '../figures/valued';
import { NEGATIONS, STOPWORDS } from '../text/lexicon';
import {
  COMPARISON_MARKERS,
  FLOW_PHRASE,
  STATE_REACHED,
  FRAME_WORDS,
  GROUP_PHRASES,
  LEAVING_WORDS,
  NUMBER_WORDS,
  APPROXIMATORS,
  OLDER_WORDS,
  PERSON_STEMS,
  CONDITION_BEFORE,
  CONDITION_PEOPLE,
  CONDITIONS,
  PER_HEAD_WORDS,
  PROJECTION_BEFORE,
  SHARED_PROJECTION,
  SAMPLE_PHRASE,
  SCALE_WORDS,
  STAFF_STEMS,
  YOUNG_WORDS,
} from './lexicon';
import { isClauseMark, stemOf, termsOf, type Term } from './words';

export interface Scope {
  /** Places the claim names (or its sentence names, when it names one only). */
  places: string[];
  /** The group of people counted: "65+" for carers aged 65 and over, "older", "young". */
  group?: string;
  /**
   * The condition those counted (or a share of) live with, said in the figure's clause ("670,000 carers of someone
   * with dementia"): a group of its own. Not one said after a comma ("1.5 million older carers, many of them caring
   * for someone with dementia"): that says what some of them do.
   */
  condition?: string;
  /** The amount is per person ("each carer", "per carer", "the average …"), not a total. */
  perHead: boolean;
  /** Years the claim is dated to ("in 2011"), when it gives any. */
  years: number[];
  /** A survey's figure: of its respondents or their answers, not of everyone. */
  sample?: boolean;
  /** A count of people coming into a state ("will become carers"), not of those in it. */
  flow?: boolean;
  /** A time ahead ("book more than 48 hours ahead"): how far in advance, not how long a wait. */
  ahead?: boolean;
  /** A value expected in time to come ("expected to rise to 9 million"), not today's. */
  projected?: boolean;
  /** A percentage by which something changed ("fell by 18 per cent", "a 5% rise"), not a share of it. */
  change?: boolean;
  /** A share of something named before ("3 per cent of that", "half of which"), not of a whole. */
  shareOfAnother?: boolean;
  /** A sum each year ("£2.5bn extra every year", "an annual £1bn"), not a total: "£16 billion more" is not a year's. */
  yearly?: boolean;
  /**
   * A count of people said to be in a state ("1.2 million carers are living in poverty") or to have received, said or
   * felt something ("13,000 fewer carers received direct support"): those of them, not all there are.
   */
  inState?: boolean;
}

export interface QuantityClaim {
  figure: Figure;
  /**
   * What is counted, for a count of something named ("carer" in "6.5 million unpaid carers"); for a sum, the noun it
   * is of ("cap" in "an £86,000 cap on care costs"), when it names one.
   */
  head?: string;
  /** The words that say what the figure measures: stems and concepts, without frame words, nearest first. */
  thing: string[];
  /** How near each word of `thing` stands to the figure (1 next to it, less further away). */
  nearness: number[];
  /**
   * A count's words before what it counts ("care" in "5,000 new care workers"); a sum's words after its noun, up to
   * the verb ("hospices" in "a £10m fund for hospices will open").
   */
  modifiers: string[];
  scope: Scope;
}

const CLAIM_KINDS = new Set(['money', 'count', 'percent', 'duration', 'deadline', 'multiplier', 'frequency']);
/** Content words either side of a figure that say what it measures. */
const WINDOW = 8;
/**
 * Around a percentage: it is how much something changed by ("fell by 18 per cent", "an 8% real-terms cut"), not a
 * share.
 */
const CHANGE_BEFORE =
  /\b(?:fell|fallen|falls?|rose|risen|rises?|grew|grown|grows?|dropped|drops?|increased|increases?|decreased|decreases?|declined|declines?|cut|cuts|reduced|reduces?|went (?:up|down)|gone (?:up|down)|(?<!\bma(?:ke|kes|de|king) )(?:up|down)|reductions?),?\s+(?:by\s+|of\s+)?(?:about|around|almost|nearly|roughly|some|over|more than|less than|close to|just over|just under|just|at least|up to)?\s*$/i;
const CHANGE_AFTER =
  /^\s*(?:real[- ]terms\s+)?(?:rise|fall|increase|decrease|drop|cut|reduction|decline|growth|uplift)\b/i;
/** "9% lower in 2015/16 than in 2009/10": a change between two years, said as a comparison. */
const CHANGE_SINCE = /^\s*(?:lower|higher|less|more)\s+(?:in\s+\S+\s+)?than\s+(?:in\s+)?\d{4}/i;
/** After a percentage: what it is a share of was named before it. */
const SHARE_OF_ANOTHER = /^\s*of\s+(?:that|this|it|which|these|those|them)\b/i;
/** A sum's rate: in its own words, in the words after it up to a clause's end, or before it. */
const YEARLY = /\b(?:a|per|each|every) (?:year|annum)\b|\bannual(?:ly)?\b|\byearly\b/i;
const YEARLY_AFTER = /^[^,;:.()]{0,30}?\b(?:(?:a|per|each|every) (?:year|annum)|annually|yearly)\b/i;
const YEARLY_BEFORE = /\bannual(?:ly)?\b[^,;:.]*$/i;
/** After a duration: it is a time in advance, not a wait. */
const AHEAD = /^\s*(?:ahead|in advance|beforehand)\b/i;
/**
 * Where the clause a condition is said in ends: a clause mark, "including" or "such as" (a part of it), or "and" (not
 * in "aged 65 and over"). A bracket is no edge ("half (45%) of carers").
 */
function conditionEdge(terms: Term[], k: number): boolean {
  const t = terms[k]!;
  if (t.kind === 'mark') return t.text !== '(' && t.text !== ')' && t.text !== '?' && t.text !== '!';
  if (t.text === 'and') return !/^(?:over|above|older|under)$/.test(terms[k + 1]?.text ?? '');
  return t.text === 'including' || (t.text === 'such' && terms[k + 1]?.text === 'as');
}

/**
 * The condition named in the figure's own clause, if any (see Scope.condition): said of people ("with dementia",
 * "survivors of stroke", "cancer patients"), not in a name ("the Alzheimer's Society says…", "Macmillan Cancer
 * Support estimates…"). Read from the sentence's terms, the figure's own words among them ("1.3 million stroke
 * survivors").
 */
function conditionAt(terms: Term[], figure: Figure): { condition?: string } {
  let from = terms.findIndex((t) => t.end > figure.end);
  if (from < 0) from = terms.length;
  let to = from;
  while (from > 0 && !conditionEdge(terms, from - 1)) from--;
  while (to < terms.length && !conditionEdge(terms, to)) to++;
  const article = (t: Term | undefined) => t?.text === 'a' || t?.text === 'an' || t?.text === 'the';
  for (let k = from; k < to; k++) {
    const condition = CONDITIONS.get(terms[k]!.stem);
    if (!condition) continue;
    const previous = article(terms[k - 1]) ? terms[k - 2] : terms[k - 1];
    if (CONDITION_BEFORE.has(previous?.text ?? '') || CONDITION_PEOPLE.has(terms[k + 1]?.stem ?? ''))
      return { condition };
  }
  return {};
}

/**
 * A year that opens the sentence ("In 1948 the NHS had fewer than 150,000 staff and a budget of about £11 billion;
 * today…") dates the figures of its clause: up to a semicolon, a colon, a dash, a comma before a new clause (", and
 * 2,000 have been recruited", ", rising to…") or a word that turns to another time. Not "In 2019 prices", a unit.
 */
const LEAD_YEAR = /^\W*(?:back\s+)?in\s+((?:19|20)\d\d)\b(?!\s+(?:prices|terms|money|cash)\b)/i;
const LEAD_YEAR_END =
  /[;:]|\s[\u2013\u2014-]\s|,\s*(?:and|but|yet|while|whereas|rising|falling|up|down|compared|against)\b|\b(?:today|now|currently|nowadays|at present|since|but|yet|whereas|while|compared)\b/i;
function leadYear(text: string, figures: Figure[]): { year: number; end: number } | undefined {
  const m = LEAD_YEAR.exec(text);
  if (!m) return undefined;
  // The year as the figure reader has it (a month and year are one date).
  const at = m[0].length - m[1]!.length;
  const date = figures.find((f) => f.kind === 'date' && f.start <= at && f.end > at);
  if (typeof date?.value !== 'number') return undefined;
  const stop = text.slice(m[0].length).search(LEAD_YEAR_END);
  return { year: date.value, end: stop < 0 ? text.length : m[0].length + stop };
}
/** Words that open a clause of the figure's own: what comes before them is another's. */
const CLAUSE_OPENERS = new Set(['that', 'since', 'because', 'although', 'though', 'whereas', 'unless']);
/** Words that, after a comma, start a clause of their own. */
const NEW_CLAUSE = new Set(['and', 'but', 'while', 'whilst', 'whereas', 'although', 'though', 'yet', 'so', 'even']);
/** Words that open a clause of its own, with or without a comma: "96% of the care, even though 65% of them …". */
const SUBORDINATORS = new Set(['although', 'though', 'whereas', 'whilst', 'because', 'unless']);
const COMPARING = new Set(['than', 'compared', 'other', 'unlike', 'versus']);
const TIME_WORDS = new Set(['year', 'month', 'week', 'day', 'hour', 'annual', 'everi', 'decad']);

const isContent = (t: Term) =>
  t.kind === 'concept' ||
  (t.kind === 'word' &&
    !STOPWORDS.has(t.text) &&
    !FRAME_WORDS.has(t.stem) &&
    !SCALE_WORDS.has(t.text) &&
    !NUMBER_WORDS.has(t.text) &&
    // "not", "never": how a thing is said of, not what is measured; "whilst", "although": how clauses join.
    !NEGATORS.has(t.text) &&
    !SUBORDINATORS.has(t.text));
const NEGATORS = new Set(['not', 'no', 'never', "n't"]);

/** The terms either side of a figure that belong to it: up to the next figure or clause mark. */
function windowOf(
  terms: Term[],
  figure: Figure,
  before: number,
  after: number,
): { left: Term[]; own: Term[]; right: Term[] } {
  const left: Term[] = [];
  const own: Term[] = [];
  const right: Term[] = [];
  let i = terms.findIndex((t) => t.end > figure.start);
  if (i < 0) i = terms.length;
  for (let k = i - 1, content = 0; k >= 0 && content < WINDOW; k--) {
    const t = terms[k]!;
    if (t.end <= before || isClauseMark(t)) break;
    // "Half of the budget and a third of the users": after another figure, "and" starts this one's words.
    // Not the "and" of a period ("between 2009-10 and 2015-16").
    const ofPeriod = t.text === 'and' && terms[k - 1]?.kind === 'number' && terms[k + 1]?.kind === 'number';
    if (before > 0 && t.kind === 'word' && !ofPeriod && (t.text === 'and' || t.text === 'but' || t.text === 'while'))
      break;
    // "Policy should reflect the fact that 60 per cent of …", "we know that", "only part of the
    // picture, since 80 per cent …": the words before open another clause, not the figure's.
    if (t.kind === 'word' && CLAUSE_OPENERS.has(t.text)) break;
    // "the NHS and social care levy, and £86,000 cap on care costs": after ", and" the figure's words start anew.
    if (t.kind === 'word' && NEW_CLAUSE.has(t.text) && terms[k - 1]?.text === ',') break;
    left.unshift(t);
    if (isContent(t)) content++;
  }
  let k = i;
  for (; k < terms.length && terms[k]!.start < figure.end; k++) own.push(terms[k]!);
  for (let content = 0; k < terms.length && content < WINDOW; k++) {
    const t = terms[k]!;
    if (t.start >= after || isClauseMark(t)) break;
    // "£7.7 billion from their budgets, and in some areas funding has been cut": a new clause.
    // After the figure, ", which …" says something of the whole clause ("…of their staff every year, which makes
    // training hard"), not what the figure measures; before it, it may be what holds the figure ("Care, which
    // employs 1.5 million people").
    const opensClause = NEW_CLAUSE.has(t.text) || t.text === 'which';
    if (t.kind === 'word' && ((opensClause && terms[k - 1]?.text === ',') || SUBORDINATORS.has(t.text))) break;
    // ", far faster than the growth in carers as a whole": a comparison with something else.
    if (t.text === ',' && terms.slice(k + 1, k + 4).some((w) => w.text === 'than')) break;
    right.push(t);
    if (isContent(t)) content++;
  }
  return { left, own, right };
}

/**
 * The terms of the clause a figure stands in, as [from, to): between clause marks, and a comma
 * followed by "and", "but" or the like ("each carer saves £19,300 a year, and older carers …").
 */
function clauseAround(terms: Term[], figure: Figure): [number, number] {
  // "Whilst the number of carers has risen by 11%, the number of those over 65 rose by 35%": a sentence that opens
  // with a subordinate clause ends it at its first comma.
  const leading = SUBORDINATORS.has(terms[0]?.text ?? '') || terms[0]?.text === 'while';
  const firstComma = leading ? terms.findIndex((t) => t.text === ',') : -1;
  const opens = (k: number) =>
    isClauseMark(terms[k]!) ||
    k === firstComma ||
    (terms[k]!.text === ',' && NEW_CLAUSE.has(terms[k + 1]?.text ?? '')) ||
    SUBORDINATORS.has(terms[k + 1]?.text ?? '');
  let at = terms.findIndex((t) => t.end > figure.start);
  if (at < 0) at = terms.length;
  let from = at;
  while (from > 0 && !opens(from - 1)) from--;
  let to = at;
  while (to < terms.length && !opens(to)) to++;
  return [from, to];
}

/**
 * The people a count names after words the figure did not take: "8 million unpaid and
 * overworked family carers". Only describing words and "and" may come between.
 */
function personAfter(right: Term[]): string | undefined {
  for (const t of right.slice(0, 6)) {
    if (isPerson(t)) return t.stem;
    if (!(t.kind === 'word' && (t.text === 'and' || !STOPWORDS.has(t.text))) && t.text !== ',') return undefined;
  }
  return undefined;
}

/** Whether nothing that opens a new clause stands between two figures. */
function sameClause(terms: Term[], a: Figure, b: Figure): boolean {
  const [from, to] = clauseAround(terms, b);
  return (terms[from]?.start ?? 0) <= a.start && (terms[to - 1]?.end ?? Infinity) >= b.end;
}

const isPerson = (t: Term | undefined) =>
  t !== undefined &&
  ((t.kind === 'concept' && t.text === 'carer') || PERSON_STEMS.has(t.stem) || t.text.endsWith('ers'));

/** The distinct words of a claim, nearest the figure first, with how near each is (1/(1 + d/4), d in words). */
function byNearness(words: Term[], figure: Figure): { thing: string[]; nearness: number[] } {
  const best = new Map<string, number>();
  const before = words.filter((t) => t.end <= figure.start).reverse();
  const after = words.filter((t) => t.start >= figure.end);
  const inside = words.filter((t) => t.start >= figure.start && t.end <= figure.end);
  const note = (t: Term, d: number) => best.set(t.stem, Math.max(best.get(t.stem) ?? 0, 1 / (1 + d / 4)));
  inside.forEach((t) => note(t, 0));
  before.forEach((t, d) => note(t, d));
  after.forEach((t, d) => note(t, d));
  const thing = [...best.keys()].sort((a, b) => best.get(b)! - best.get(a)!);
  return { thing, nearness: thing.map((t) => best.get(t)!) };
}

/**
 * The noun a sum is of, when the sum names one: "£86,000 cap on care costs", "a lifetime cap of £90,000", "£2.5bn
 * extra money". Said next to the figure, it is what the sum measures more surely than any word further off.
 */
function moneyHead(left: Term[], right: Term[]): { head?: string; modifiers: string[] } {
  const noun = (t: Term | undefined) =>
    t !== undefined && (t.kind === 'word' || t.kind === 'concept') && isContent(t) && !TIME_WORDS.has(t.stem)
      ? t.stem
      : undefined;
  // "A cap of £86,000": the noun before "of" is the sum's, whatever follows it.
  const last = left[left.length - 1];
  const before = last?.kind === 'word' && last.text === 'of' ? noun(left[left.length - 2]) : undefined;
  // Past a word of frame ("extra", "new", "additional") to the noun it describes.
  let after = before ? -1 : right.findIndex((t) => !(t.kind === 'word' && FRAME_WORDS.has(t.stem)));
  let head = before ?? (after >= 0 && after <= 2 ? noun(right[after]) : undefined);
  if (!head) {
    // "£3bn extra every year for the NHS", "£1.5 billion a year more": extra money, its noun left out.
    // What it is for is said after: "… for councils' children's social care services".
    if (after > 0 && right.slice(0, after).some((t) => EXTRA_WORDS.has(t.text))) {
      head = MONEY;
      after--;
    } else return after >= 0 && after <= 2 ? paidIn(right.slice(after), noun) : { modifiers: [] };
  }
  // A compound's last noun is its head: "£80,000 lifetime cap on care costs" is a cap, a lifetime one.
  const compound: string[] = [];
  while (!before && compound.length < 2) {
    const next = right[after + 1];
    // The next word as written, not the next content word: "cap on care costs" is a cap.
    const adjacent = next !== undefined && after >= 0 && next.start - right[after]!.end <= 1;
    // A noun phrase ends where a preposition or a mark follows: "lifetime cap | on", not "cap won't | fix".
    const beyond = right[after + 2];
    // A concept is a noun phrase of its own ("cap on care costs").
    const endsPhrase = !beyond || beyond.kind === 'mark' || PHRASE_ENDS.has(beyond.text) || next?.kind === 'concept';
    const n = adjacent && endsPhrase && !(next.kind === 'word' && VERB_STARTS.has(next.text)) ? noun(next) : undefined;
    if (!n || FRAME_WORDS.has(n) || !NOUN_LIKE.test(next!.text)) break;
    compound.push(head!);
    head = n;
    after++;
  }
  // What the noun is of or for, said before the verb: "on what anyone pays for personal care", "for hospices".
  const phrase: Term[] = [];
  for (const t of right.slice(after + 1, after + 7)) {
    if (isClauseMark(t) || (t.kind === 'word' && (VERB_STARTS.has(t.text) || t.text.endsWith("n't")))) break;
    phrase.push(t);
  }
  const modifiers = [...compound, ...phrase.filter((t) => isContent(t) && !FRAME_WORDS.has(t.stem)).map((t) => t.stem)];
  return { head, modifiers };
}

/** Words that say a sum is more of what there was: with no noun after them, the sum is money. */
const EXTRA_WORDS = new Set(['extra', 'additional', 'more']);
const MONEY = stemOf('money');
/** Words that follow a noun phrase: after "£80,000 lifetime cap", "on care costs". */
const PHRASE_ENDS = new Set('on of for in to from at over with per each every which that'.split(' '));
/** Words that are not a compound's next noun: a verb's or adverb's ending ("£10m fund earmarked", "cap entirely"). */
const NOUN_LIKE = /^[a-z][a-z-]*(?<!ed|ly|ing)$/;
/** Nouns of a sum that frame other sums: "£8 billion of budget cuts" is a sum of cuts. */
const SUM_NOUNS = new Set(['cut', 'cuts', 'saving', 'savings', 'cost', 'costs'].map(stemOf));

/** "in real terms": how a sum is counted. */
const TERMS = stemOf('terms');

/**
 * A sum paid in or spent on a thing: "£600 a year in hospital car parking charges", "£2bn on agency staff". The
 * thing is the noun phrase after the preposition, and its last noun is the head ("charges", "staff").
 */
function paidIn(
  right: Term[],
  noun: (t: Term | undefined) => string | undefined,
): { head?: string; modifiers: string[] } {
  const prep = right[0];
  if (prep?.kind !== 'word' || (prep.text !== 'in' && prep.text !== 'on' && prep.text !== 'of'))
    return { modifiers: [] };
  // The nouns up to the first word that is not one ("on agency staff | last year", "in charges | that…"); a sum "of"
  // may be of cuts or savings ("£8 billion of budget cuts").
  const nouns: string[] = [];
  for (const t of right.slice(right[1]?.text === 'the' ? 2 : 1, 6)) {
    const n = isClauseMark(t) || VERB_STARTS.has(t.text) ? undefined : noun(t);
    if (n === undefined || (FRAME_WORDS.has(n) && !(prep.text === 'of' && SUM_NOUNS.has(n)))) break;
    nouns.push(n);
  }
  const head = nouns.at(-1);
  // "in real terms", "in cash terms": how the sum is counted, not what it is of.
  if (!head || head === TERMS) return { modifiers: [] };
  return { head, modifiers: nouns.slice(0, -1) };
}

/**
 * Words that start what is said of a noun phrase, ending it: "a £10m fund for hospices | will open", "charges |
 * that place a strain on families".
 */
const VERB_STARTS = new Set(
  (
    'will would could can should must shall may might is are was were be been has have had does do did not ' +
    'that which who'
  ).split(' '),
);

/** What a share of staff who leave measures. */
const TURNOVER = stemOf('turnover');

/** Whether the words around a share say staff leave: a word of leaving and one of staff. */
function staffLeaving(terms: Term[], text: string): boolean {
  // As written: "lose" is read as the concept of a cut.
  return (
    terms.some((t) => LEAVING_WORDS.has(text.slice(t.start, t.end).toLowerCase())) &&
    terms.some((t) => STAFF_STEMS.has(t.stem))
  );
}

/** Verbs of giving something up, as people who did so to care are said to: "quit their jobs to look after…". */
const GIVING_UP = new Set(
  'quit quitting left leave leaving gave give given giving stopped stop reduced reduce cut lost lose'.split(' '),
);

/** A figure's determiner that makes it all there are: "the 370,000 carers", "the UK's 6.3 million carers". */
const DEFINITE_BEFORE = /(?:\b(?:the|their|its|our|these|those|all)|['\u2019]s)\s+$/i;
const COPULAS = new Set(['are', 'is', 'were', 'was']);
/** Words after which a verb is another clause's: "carers, and this number is…", "carers of which many receive…". */
const RELATIVES = new Set(['and', 'who', 'which', 'whom', 'that', 'whose']);
/** "There are 6.5 million unpaid carers": all there are, whatever is said of them after. */
const EXISTENTIAL_BEFORE = /\bthere\s+(?:are|were|is|was|will be|would be)\s+(?:\w+\s+){0,2}$/i;
/** Verbs that some of a population do, as a survey or a register counts them: received, reported, told… */
const PART_VERBS = new Set(
  `receive receives received get gets got report reports reported say says said tell tells told feel feels felt
  struggle struggles struggled claim claims claimed rely relies relied need needs needed lack lacks lacked`.split(
    /\s+/,
  ),
);

/**
 * Whether a count of people is said to be in a state, or to have received, said or felt something: "1.2 million unpaid
 * carers are living in poverty", "400,000 are in deep poverty", "13,000 fewer carers received direct support" count
 * those of the carers in it or who did. Not when the state is caring ("370,000 people in Wales are unpaid
 * carers", "are providing unpaid care"), an age (a group), or the count is all of them ("the 370,000 carers are …").
 */
function saidInState(text: string, figure: Figure, rest: Term[]): boolean {
  // "the 121,000 carers who received direct support": those of them who did, whatever the determiner.
  const who = rest.slice(0, 4).findIndex((t) => t.kind === 'mark' || t.text === 'who' || t.text === 'that');
  if (who >= 0 && rest[who]!.kind !== 'mark' && PART_VERBS.has(rest[who + 1]?.text ?? '')) return true;
  const before = text.slice(Math.max(0, figure.start - 40), figure.start);
  if (DEFINITE_BEFORE.test(before) || EXISTENTIAL_BEFORE.test(before)) return false;
  // The verb comes after what is counted and where: "… carers in the UK are …", not after a clause of its own
  // ("there are 370,000 carers, and this number is expected to rise").
  const k = rest.slice(0, 6).findIndex((t) => t.kind === 'word' && (COPULAS.has(t.text) || PART_VERBS.has(t.text)));
  if (k < 0 || rest.slice(0, k).some((t) => t.kind === 'mark' || RELATIVES.has(t.text))) return false;
  // "13,000 fewer carers received direct support", "45 per cent report…": those who did, not all there are.
  if (PART_VERBS.has(rest[k]!.text)) return true;
  let next = rest.slice(k + 1, k + 6);
  if (next[0]?.text === 'now' || next[0]?.text === 'currently' || next[0]?.text === 'still') next = next.slice(1);
  if (!next.length || next[0]!.text === 'aged' || next[0]!.kind === 'number') return false;
  return (
    !next.some((t) => t.kind === 'concept' && t.text === 'carer') && !caresFor(next) && !PROVIDING.test(next[0]!.text)
  );
}
/** "are providing unpaid care", "are looking after": caring, said another way. */
const PROVIDING = /^(?:providing|giving|looking|supporting)$/;

/** "people who care unpaid", "pensioners caring for a partner": caring, not cared for ("care homes"). */
function caresFor(terms: Term[]): boolean {
  return terms.some(
    (t, k) =>
      t.kind === 'word' &&
      (t.text === 'care' || t.text === 'cares' || t.text === 'caring') &&
      ['for', 'unpaid', 'after'].includes(terms[k + 1]?.text ?? ''),
  );
}

/** An age written without the figure extractor's "65 and over": "over the age of 75", "aged 85 or more". */
const AGE_PHRASE = /\b(?:aged|age of|over|above)\s+(\d{2})\b/i;

/** `close`: the words right at what is counted, where "full-time" or "of working age" qualify it. */
function groupOf(words: Term[], ages: Figure[], text = '', close = ''): string | undefined {
  if (ages.length) return `${ages[0]!.value}+`;
  const age = AGE_PHRASE.exec(text);
  if (age && Number(age[1]) >= 50) return `${age[1]}+`;
  if (words.some((t) => OLDER_WORDS.includes(t.text))) return '65+';
  if (words.some((t) => YOUNG_WORDS.includes(t.text))) return 'young';
  for (const [group, phrase] of GROUP_PHRASES) if (phrase.test(close)) return group;
  return undefined;
}

/**
 * No change, said without a figure: "the level of spend has remained broadly flat in real terms", "was frozen in cash
 * terms", "stayed the same".
 */
const NO_CHANGE =
  /\b(?:remained|remains|remain|stayed|stays|stay|held|kept|been|was|were|is|are)\s+(?:(broadly|largely|roughly|more or less|almost|about)\s+)?(?:flat|unchanged|static|steady|frozen|the same)\b/gi;
/** Whether a sentence may say no change (a cheap test before it is read for figures). */
export const mayHaveNoChange = (text: string) => /\b(?:flat|unchanged|static|steady|frozen|same)\b/i.test(text);
/** How far either way a no-change phrase reaches, as a percentage change: "broadly flat" further than "flat". */
const NO_CHANGE_REACH = { plain: 1, loose: 3 };

/** No-change phrases as the figure they say: a change of nothing, within their reach. */
function noChangeFigures(text: string): Figure[] {
  return [...text.matchAll(NO_CHANGE)].map((m) => ({
    kind: 'percent',
    start: m.index,
    end: m.index + m[0].length,
    text: m[0],
    value: 0,
    valueMax: m[1] ? NO_CHANGE_REACH.loose : NO_CHANGE_REACH.plain,
    unit: 'percent',
    qualifier: 'range',
  }));
}

/** The quantity claims of one sentence. */
export function quantityClaims(text: string, termsOfText: (text: string) => Term[] = termsOf): QuantityClaim[] {
  // Shared with the sentence-level comparison, which finds the same sentences' figures.
  const noChange = noChangeFigures(text);
  const figures = noChange.length
    ? [...figuresOf(text), ...noChange].sort((a, b) => a.start - b.start)
    : figuresOf(text);
  if (!figures.some((f) => CLAIM_KINDS.has(f.kind))) return [];
  const terms = termsOfText(text);
  const ages = figures.filter((f) => f.kind === 'count' && f.unit === 'age');
  // "higher than in England": a place named for comparison is not where the sentence's figures are.
  const comparedAt = (k: number) => terms.slice(Math.max(0, k - 3), k).some((w) => COMPARING.has(w.text));
  const sentencePlaces = [...new Set(terms.filter((t, k) => t.kind === 'place' && !comparedAt(k)).map((t) => t.text))];
  // "over the age of 75": an age, the group's, not a claim of its own, nor where another figure's words end.
  // So is "those over 65", "people under 18": an age said of people.
  const isAge = (f: Figure) =>
    f.kind === 'count' &&
    (f.value ?? 0) < 120 &&
    ((!f.text.includes(' ') &&
      /\b(age of|aged|ages of|over|above|under)\s*$/i.test(text.slice(Math.max(0, f.start - 12), f.start))) ||
      (/^(?:over|above|under)\s+\d{2}$/i.test(f.text) &&
        /\b(?:those|people|aged|carers|adults|anyone|everyone|men|women|patients)\s*$/i.test(
          text.slice(Math.max(0, f.start - 12), f.start),
        )));
  const claimFigures = figures.filter((f) => CLAIM_KINDS.has(f.kind) && f.unit !== 'age' && !isAge(f));
  const claims: QuantityClaim[] = [];
  // A figure that counts no one ("worth £6bn a year") is about the people its clause counts.
  // Only up to the next figure: words past it are about that one ("with £7 billion taken out since
  // 2010, 26 per cent fewer older people …": the older people are the percentage's).
  const clauseGroup = (figure: Figure, after: number) => {
    const [from, clauseEnd] = clauseAround(terms, figure);
    let to = clauseEnd;
    while (to > from && terms[to - 1]!.end > after) to--;
    const inClause = (f: Figure) =>
      f.start >= (terms[from]?.start ?? 0) && f.end <= (terms[to - 1]?.end ?? text.length);
    return groupOf(
      terms.slice(from, to),
      ages.filter(inClause),
      text.slice(terms[from]?.start ?? 0, terms[to - 1]?.end ?? text.length),
    );
  };
  const opening = leadYear(text, figures);
  let previousHead: string | undefined;
  let previousInState = false;
  let previousProjected = false;
  claimFigures.forEach((figure, n) => {
    const before = n > 0 ? claimFigures[n - 1]!.end : 0;
    const after = n + 1 < claimFigures.length ? claimFigures[n + 1]!.start : text.length;
    const { left, own, right } = windowOf(terms, figure, before, after);
    // "up from 4.9 million", "compared with £2bn": an earlier or other value, not a claim of its own.
    const leftText = text.slice(left[0]?.start ?? figure.start, figure.start).toLowerCase();
    if (COMPARISON_MARKERS.some((re) => re.test(leftText))) return;
    // "the 2018 Carers Action Plan": a year naming something, not a count of it.
    if (figure.kind === 'count' && /^(19|20)\d\d\b/.test(figure.text)) return;
    // "could not get an appointment within two weeks": a negated figure asserts no value.
    // ("None the less, … has reduced by 12%" negates nothing.)
    const negates = (t: Term, k: number) =>
      (NEGATIONS.has(t.text) && !(t.text === 'none' && left[k + 1]?.text === 'the' && left[k + 2]?.text === 'less')) ||
      t.text.endsWith("n't");
    if (left.some(negates)) return;
    // "ten years earlier", "two years ago": a time, not a duration anything takes.
    if (figure.kind === 'duration' && /^\s*(earlier|ago|before|later|previously|on)\b/i.test(text.slice(figure.end)))
      return;
    const near = [...left, ...own, ...right];
    // A count's own words name what is counted; other figures' own words are units ("per cent").
    const words = (figure.kind === 'count' ? near : [...left, ...right]).filter(isContent);
    // The rest of the clause after the figure, past other figures: "5.1 million people in England
    // and 340,000 in Wales care for someone unpaid" says what both counts are.
    const predicate = terms.slice(terms.indexOf(own[own.length - 1] ?? right[0]!) + 1);
    const clauseEnd = predicate.findIndex(isClauseMark);
    const rest = clauseEnd < 0 ? predicate : predicate.slice(0, clauseEnd);
    let head: string | undefined;
    let modifiers: string[] = [];
    let inState = false;
    if (figure.kind === 'count') {
      // What is counted is the last noun of the figure before any "a year", "every week".
      const counted = own.filter(
        (t) =>
          t.kind === 'concept' ||
          (t.kind === 'word' &&
            !SCALE_WORDS.has(t.text) &&
            !STOPWORDS.has(t.text) &&
            !TIME_WORDS.has(t.stem) &&
            !NUMBER_WORDS.has(t.text) &&
            !APPROXIMATORS.has(t.text)),
      );
      const named = counted.length ? counted[counted.length - 1]!.stem : figure.per ? undefined : personAfter(right);
      // "1.2 million carers are living in poverty and 400,000 in deep poverty": a count with no noun of its own
      // counts what the one before it counts, and in the state that one is said to be in.
      const elliptical = named === undefined && !figure.per && previousHead !== undefined;
      head = named ?? (figure.per ? undefined : previousHead);
      modifiers = counted
        .slice(0, -1)
        .filter(isContent)
        .map((t) => t.stem);
      // "people who care for someone", "pensioners looking after a partner": carers. Not those who gave something up
      // to care ("2.6 million people have quit their jobs to look after a relative"): they are counted by what they
      // gave up, a part of the carers.
      const caring = rest.findIndex(
        (t, k) => (t.kind === 'concept' && t.text === 'carer') || (k < 6 && caresFor(rest.slice(k, k + 2))),
      );
      if (head && PERSON_STEMS.has(head) && caring >= 0 && !rest.slice(0, caring).some((t) => GIVING_UP.has(t.text)))
        head = 'carer';
      previousHead = head;
      inState =
        (elliptical && previousInState) ||
        (head !== undefined && (head === 'carer' || PERSON_STEMS.has(head)) && saidInState(text, figure, rest));
      previousInState = inState;
    } else if (figure.kind === 'money') ({ head, modifiers } = moneyHead(left, right));
    // "340,000 in Wales": a place after the figure is its own; else the nearest before it.
    // "compared to other parts of the UK", "than in England": another place, for comparison.
    const own_ = (t: Term, k: number, list: Term[]) =>
      t.kind === 'place' && !list.slice(Math.max(0, k - 4), k).some((w) => COMPARING.has(w.text));
    const placeAfter = right.find(own_);
    const placeBefore = [...left].reverse().find((t, k, rev) => own_(t, rev.length - 1 - k, left));
    const places = placeAfter ? [placeAfter.text] : placeBefore ? [placeBefore.text] : [];
    const years = figures
      .filter(
        (f) =>
          f.kind === 'date' &&
          f.start >= (left[0]?.start ?? figure.start) &&
          f.end <= (right[right.length - 1]?.end ?? figure.end),
      )
      .map((f) => f.value!);
    // A date or deadline of its own ("by 2023") is not dated by another year.
    if (!years.length && opening && figure.end <= opening.end && figure.kind !== 'deadline') years.push(opening.year);
    // "each unpaid carer", "per person", "the average": an amount per head ("every year" is not).
    const around = [...left, ...right];
    const perHead =
      around.some(
        (t, k) =>
          t.text === 'average' || t.text === 'perhead' || (PER_HEAD_WORDS.has(t.text) && isPerson(around[k + 1])),
      ) ||
      (figure.per !== undefined && (PERSON_STEMS.has(stemOf(figure.per)) || figure.per === 'carer'));
    const { thing, nearness } = byNearness(words, figure);
    // "lose a third of their staff every year", "one in five of their staff leave each year": what the share measures
    // is staff turnover, as "turnover of 25-33% every year" says.
    if (figure.kind === 'percent' && !thing.includes(TURNOVER) && staffLeaving(near, text)) {
      thing.unshift(TURNOVER);
      nearness.unshift(1);
    }
    // "£700 million of cuts to councils in 2018-19, with £7 billion taken out since 2010": a sum
    // that follows another in its clause is about what that one is about too, if less surely; so is one
    // that says little of its own in the next clause ("…in 2018-19 alone, and with £7 billion taken out since 2010").
    const previous = claims[claims.length - 1];
    const saysLittle = (p: QuantityClaim) =>
      thing.filter((t) => !TIME_WORDS.has(t)).length <= 1 &&
      !terms.some((t) => t.start >= p.figure.end && t.end <= figure.start && isClauseMark(t));
    // "…the number of carers has risen by 11%, the number of those over 65 rose by 35%": a figure that names
    // nothing of its own, in a clause after one of its kind, counts what that one counts.
    const saysNothing = thing.length === 0 && previous?.figure.kind === figure.kind;
    const sameSum =
      figure.kind === 'money' &&
      previous?.figure.kind === 'money' &&
      (sameClause(terms, previous.figure, figure) || saysLittle(previous));
    if (previous && (saysNothing || sameSum)) {
      previous.thing.forEach((t, k) => {
        if (!thing.includes(t)) {
          thing.push(t);
          nearness.push(previous.nearness[k]! / 2);
        }
      });
    }
    const nextTo = [...left.slice(-2), ...own, ...right.slice(0, 6)];
    // Where what is said of the figure ends: its window, up to a comma.
    const ownClauseEnd = (right.find((t) => t.text === ',') ?? right.at(-1))?.end ?? figure.end;
    const projected =
      PROJECTION_BEFORE.test(text.slice(Math.max(0, figure.start - 40), figure.start)) ||
      (previousProjected && SHARED_PROJECTION.test(text.slice(before, figure.start)));
    previousProjected = projected;
    claims.push({
      figure,
      head,
      thing,
      nearness,
      modifiers,
      scope: {
        places: places.length ? places : sentencePlaces.length === 1 ? sentencePlaces : [],
        // The group is said next to what is counted: "carers aged 65 and over", "older carers".
        group:
          groupOf(
            [...left.slice(-2), ...own, ...right.slice(0, 3)],
            // An age said in another clause is another figure's group: "Whilst the number of carers has risen by
            // 11%, the number of those over 65 rose by 35%".
            ages.filter((f) => f.start >= (left[0]?.start ?? figure.start) && f.end <= ownClauseEnd),
            text.slice(nextTo[0]?.start ?? figure.start, nextTo[nextTo.length - 1]?.end ?? figure.end),
            text.slice(figure.start, (right[2] ?? right[right.length - 1])?.end ?? figure.end),
          ) ?? (head === undefined || figure.kind !== 'count' ? clauseGroup(figure, after) : undefined),
        perHead,
        years,
        // The figure's own clause says it is a survey's: "11,600 carers filled in our survey".
        ...(SAMPLE_PHRASE.test(text.slice(left[0]?.start ?? figure.start, right[right.length - 1]?.end ?? figure.end))
          ? { sample: true }
          : {}),
        // What is counted becomes something: "twenty million people will become carers" (not "have become the
        // backbone").
        ...(figure.kind === 'percent' && SHARE_OF_ANOTHER.test(text.slice(figure.end, figure.end + 20))
          ? { shareOfAnother: true }
          : {}),
        ...(figure.kind === 'percent' &&
        (noChange.includes(figure) ||
          CHANGE_BEFORE.test(text.slice(Math.max(0, figure.start - 30), figure.start)) ||
          CHANGE_AFTER.test(text.slice(figure.end, figure.end + 25)) ||
          CHANGE_SINCE.test(text.slice(figure.end, figure.end + 40)) ||
          isMultipliedChange(figure))
          ? { change: true }
          : {}),
        ...(projected ? { projected: true } : {}),
        ...(figure.kind === 'money' &&
        (YEARLY.test(figure.text) ||
          YEARLY_AFTER.test(text.slice(figure.end, figure.end + 40)) ||
          YEARLY_BEFORE.test(text.slice(Math.max(0, figure.start - 25), figure.start)))
          ? { yearly: true }
          : {}),
        ...(inState ? { inState: true } : {}),
        ...(figure.kind === 'count' || figure.kind === 'percent' ? conditionAt(terms, figure) : {}),
        ...(figure.kind === 'duration' && AHEAD.test(text.slice(figure.end, figure.end + 20)) ? { ahead: true } : {}),
        ...(figure.kind === 'count' &&
        FLOW_PHRASE.test(text.slice(figure.end, figure.end + 40)) &&
        !STATE_REACHED.test(text.slice(figure.end, figure.end + 40))
          ? { flow: true }
          : {}),
      },
    });
  });
  return claims;
}
