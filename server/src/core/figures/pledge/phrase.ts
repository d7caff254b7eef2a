// Noun phrases of a pledge: where the object of its verb ends, which word heads it, what that
// word measures, and the words that name the measured thing in a message ("funding for adult
// social care", "nurses"). Read off the tokens with the lexicon: no parser.
import {
  ADJECTIVE_ENDING,
  CAPACITY_NOUNS,
  CHANGE_NOUNS,
  DETERMINERS,
  LOSS_NEEDS_MEASURE,
  LOSS_NOUNS,
  MONEY_NOUNS,
  NEED_VERBS,
  NOUNS_LIKE_ADJECTIVES,
  OBJECT_STOPS,
  PLAIN_ADJECTIVES,
  PREPOSITIONS,
  QUANTITY_CUES,
  RELATIVE_PRONOUNS,
  STAFF_MODIFIER_ONLY,
  STAFF_NOUNS,
  TARGET_NOUNS,
  UNMEASURED_NOUNS,
  WAIT_MODIFIER,
  WAIT_NOUNS,
  WRAPPER_NOUNS,
} from './lexicon';
import { verbBase, type Tok } from './tokens';

/** What a pledge is about, in the words of its message. */
export type MeasureKind = 'money' | 'staff' | 'places' | 'waits' | 'targets' | 'change';

/** What one noun can measure (several at once: "cuts" is a loss and a change). */
export interface NounKinds {
  money: boolean;
  staff: boolean;
  places: boolean;
  waits: boolean;
  targets: boolean;
  loss: boolean;
  change: boolean;
  wrapper: boolean;
  unmeasured: boolean;
}

export function nounKinds(w: string, prev = '', next = ''): NounKinds {
  const waitsWord =
    WAIT_NOUNS.has(w) &&
    (/^(times|lists?)$/.test(w) ? WAIT_MODIFIER.test(prev) : w !== 'waiting' || !/^(times|lists?)$/.test(next));
  // "more financial help for carers", "financial support": help that is money.
  const financial = prev === 'financial' && /^(help|support|assistance|aid)$/.test(w);
  return {
    money: MONEY_NOUNS.has(w) || financial,
    staff: STAFF_NOUNS.has(w) && !STAFF_MODIFIER_ONLY.has(w),
    places: CAPACITY_NOUNS.has(w),
    waits: waitsWord,
    targets: TARGET_NOUNS.has(w),
    loss: LOSS_NOUNS.has(w),
    change: CHANGE_NOUNS.has(w),
    wrapper: WRAPPER_NOUNS.has(w),
    unmeasured: UNMEASURED_NOUNS.has(w) && !financial,
  };
}

/** The first measured kind a noun has, in the order a message names them. */
export function measuredKind(k: NounKinds): MeasureKind | null {
  if (k.money) return 'money';
  if (k.waits) return 'waits';
  if (k.staff) return 'staff';
  if (k.places) return 'places';
  if (k.targets) return 'targets';
  return null;
}

const CLAUSE_PUNCT = /^[;:.!?()—–"“”]$/;
/** Verbs outside the lexicon that open a second verb phrase after "and": "and go on improving…". */
const COMMON_VERBS = /^(go|do|come|carry|look|work|help|take|make|ensure|bring)$/;

/** Where an object that starts at `from` ends, and whether it ends where a phrase ends. */
export function objectEnd(toks: Tok[], from: number, maxWords = 16): { end: number; clean: boolean } {
  let j = from;
  let words = 0;
  const lc = (i: number) => toks[i]?.lc ?? '';
  while (j < toks.length) {
    const t = toks[j]!;
    if (t.t === ',') {
      // "fair, sustainable funding": a comma between two adjectives does not end the phrase.
      if (coordinateAdjectives(toks, from, j)) {
        j++;
        continue;
      }
      return { end: j, clean: cleanAfterComma(toks, j) };
    }
    if (CLAUSE_PUNCT.test(t.t)) return { end: j, clean: true };
    if (t.t === '-' && toks[j - 1] && toks[j - 1]!.e !== t.s) return { end: j, clean: true };
    if (OBJECT_STOPS.has(t.lc)) {
      // "recruit more dentists in the places where…": the place is the relative clause's; the phrase ends before it.
      if (/^(that|which|who|whom|where|when)$/.test(t.lc) && j > from) {
        for (let p = j - 1; p > from; p--) {
          if (
            PREPOSITIONS.has(toks[p]!.lc) &&
            toks[p]!.lc !== 'of' &&
            /^(the|those|areas|places|people|parts)$/.test(toks[p + 1]?.lc ?? '') &&
            j - p <= 4
          )
            return { end: p, clean: true };
        }
      }
      return { end: j, clean: true };
    }
    if (t.lc === 'in' && lc(j + 1) === 'order') return { end: j, clean: true };
    // "day centres such as Phoenix": the examples are not part of the thing.
    if (t.lc === 'such' && lc(j + 1) === 'as' && j > from) return { end: j, clean: true };
    if (t.lc === 'to' && verbBase(lc(j + 1)) && !DETERMINERS.has(lc(j + 1))) return { end: j, clean: true };
    if ((t.lc === 'and' || t.lc === 'or') && (verbAfterConj(toks, j + 1) || COMMON_VERBS.test(lc(j + 1))))
      return { end: j, clean: true };
    if (t.lc === 'and' && /^(will|we|they|it|this|then|also|i)$/.test(lc(j + 1))) return { end: j, clean: true };
    if (RELATIVE_PRONOUNS.has(t.lc) && j > from) {
      // "the nurses they need": a two-word relative clause belongs to the phrase.
      if (NEED_VERBS.has(lc(j + 1))) {
        j += 2;
        words += 2;
        if (lc(j) === 'to' || lc(j) === 'on') {
          // "the support they need to…", "the services they rely on": stop before what follows.
          if (lc(j) === 'on') j++;
          return {
            end: j,
            clean: lc(j) === 'to' ? true : j >= toks.length || CLAUSE_PUNCT.test(toks[j]!.t) || toks[j]!.t === ',',
          };
        }
        continue;
      }
      if (/^(it|they|we|you|he|she)$/.test(t.lc)) return { end: j, clean: true };
    }
    if (words >= maxWords) return { end: j, clean: false };
    j++;
    words++;
  }
  return { end: j, clean: true };
}

/** Whether a word reads as an adjective: a common one, or an adjective's ending on a word not known as a noun. */
function adjectiveLike(w: string): boolean {
  if (PLAIN_ADJECTIVES.has(w)) return true;
  if (!ADJECTIVE_ENDING.test(w) || /ment$/.test(w) || NOUNS_LIKE_ADJECTIVES.has(w)) return false;
  return !Object.values(nounKinds(w)).some(Boolean);
}

/**
 * Whether the comma at `j` separates coordinate adjectives before their noun ("a sustainable,
 * long-term settlement"): every word before it since `from` is a determiner or an adjective, and
 * an adjective (or an adverb in -ly before one) follows it.
 */
function coordinateAdjectives(toks: Tok[], from: number, j: number): boolean {
  if (j === from) return false;
  for (let p = from; p < j; p++) {
    const w = toks[p]!;
    if (!w.word || !(DETERMINERS.has(w.lc) || adjectiveLike(w.lc))) return false;
  }
  if (!adjectiveLike(toks[j - 1]!.lc)) return false;
  const next = toks[j + 1]?.lc ?? '';
  const after = toks[j + 2]?.lc ?? '';
  return adjectiveLike(next) || (/ly$/.test(next) && /(ed|able|al)$/.test(after));
}

/**
 * Whether the word after "and" opens a verb phrase ("and spend more on…") rather than naming
 * another noun of the object ("cuts and closures", "pay and conditions").
 */
export function verbAfterConj(toks: Tok[], i: number): boolean {
  const w = toks[i]?.lc ?? '';
  if (!verbBase(w)) return false;
  const noun =
    MONEY_NOUNS.has(w) || STAFF_NOUNS.has(w) || CAPACITY_NOUNS.has(w) || LOSS_NOUNS.has(w) || CHANGE_NOUNS.has(w);
  if (!noun) return true;
  const next = toks[i + 1]?.lc ?? '';
  return (
    /^(more|extra|additional|the|a|an|our|their|its|on|in|into|up|down|back|for|new|every|all|it|them|further|properly|fairly)$/.test(
      next,
    ) && !/s$/.test(w)
  );
}

/**
 * Whether a comma ends a phrase ("…, and recruit", "…, which") or only separates items of it ("the pay, training,
 * and…").
 */
function cleanAfterComma(toks: Tok[], j: number): boolean {
  const next = toks[j + 1]?.lc ?? '';
  const after = toks[j + 2]?.lc ?? '';
  if (!next) return true;
  if (
    OBJECT_STOPS.has(next) ||
    /^(particularly|especially|notably|so|to|in|with|as|for|from|across|at|both|not|helping|making|giving|ensuring|while|and then|then|but|or)$/.test(
      next,
    )
  )
    return true;
  if ((next === 'and' || next === 'or') && (verbAfterConj(toks, j + 2) || /^(we|will|to|then|also)$/.test(after)))
    return true;
  // "the pay, training, and terms…": a word followed by another comma or "and" is an item of a list.
  if (after === ',' || after === 'and' || after === 'or') return false;
  if (verbAfterConj(toks, j + 1)) return true;
  if (/(ing|ed)$/.test(next) && !MONEY_NOUNS.has(next)) return true;
  return false;
}

/** A noun phrase's first chunk: the words up to its first preposition, and the nouns that head it. */
export interface Chunk {
  start: number;
  end: number;
  /** Token indices of the chunk's head nouns (one per coordinated noun). */
  heads: number[];
}

/** Words in -ing that are nouns or modifiers inside a noun phrase ("social care funding", "waiting times"). */
const ING_NOUNS = new Set([
  'funding',
  'spending',
  'nursing',
  'staffing',
  'training',
  'housing',
  'prescribing',
  'waiting',
  'resourcing',
  'financing',
  'building',
  'buildings',
  'screening',
  'testing',
  'visiting',
  'counselling',
  'safeguarding',
  'caring',
  'learning',
  'hearing',
  'listening',
  'smoking',
  'drinking',
  'gambling',
  'dispensing',
  'commissioning',
  'planning',
  'offending',
  'wellbeing',
  'being',
  'sewing',
  'clothing',
  'heating',
  'parking',
  'booking',
  'tutoring',
  'mentoring',
  'befriending',
  'monitoring',
  'modelling',
  'ageing',
  'living',
  'working',
  'sharing',
  'rationing',
  'underfunding',
  'downgrading',
  'morning',
  'evening',
  'spring',
  'string',
  'thing',
  'things',
  'ring',
]);

function isWordTok(t: Tok | undefined): t is Tok {
  return !!t && t.word;
}

/** Words that only strengthen the quantity cue after them: "many more", "far fewer", "a lot more", "thousands more
 * GPs" (which gives no count). */
const INTENSIFIERS = new Set([
  'many',
  'far',
  'much',
  'lot',
  'even',
  'still',
  'significantly',
  'substantially',
  'hundreds',
  'thousands',
  'dozens',
]);

/** The head chunk of the phrase in [from, to): determiners and modifiers, then a noun (or nouns joined by "and"). */
export function headChunk(toks: Tok[], from: number, to: number): Chunk {
  let j = from;
  const heads: number[] = [];
  let sawContent = false;
  while (j < to) {
    const t = toks[j]!;
    if (!t.word) {
      // "carers' breaks": the apostrophe belongs to the chunk; so does the comma of "fair, sustainable funding".
      if (((t.t === "'" || t.t === '’') && sawContent) || (t.t === ',' && coordinateAdjectives(toks, from, j))) {
        j++;
        continue;
      }
      break;
    }
    // "many more nurses", "far more", "a lot more": a word that only strengthens the quantity cue after it.
    if (!sawContent && INTENSIFIERS.has(t.lc) && QUANTITY_CUES.has(toks[j + 1]?.lc ?? '')) {
      j++;
      continue;
    }
    // "more of our own doctors": the cue's partitive "of" leads to what there is to be more of.
    if (
      QUANTITY_CUES.has(t.lc) &&
      toks[j + 1]?.lc === 'of' &&
      /^(our|the|their|its|your)$/.test(toks[j + 2]?.lc ?? '')
    ) {
      j += toks[j + 3]?.lc === 'own' ? 4 : 3;
      continue;
    }
    if (PREPOSITIONS.has(t.lc) && sawContent) break;
    if (OBJECT_STOPS.has(t.lc)) break;
    if (RELATIVE_PRONOUNS.has(t.lc) && sawContent && /^(it|they|we|you|he|she)$/.test(t.lc)) break;
    if (RELATIVE_PRONOUNS.has(t.lc) && sawContent && NEED_VERBS.has(toks[j + 1]?.lc ?? '')) break;
    // "the funding councils need": a noun and a verb of needing open a relative clause.
    if (
      sawContent &&
      /^(need|needs|deserve|deserves|require|requires|want|wants)$/.test(toks[j + 1]?.lc ?? '') &&
      toks[j - 1]?.word &&
      !DETERMINERS.has(toks[j - 1]!.lc)
    )
      break;
    // A determiner after a noun starts the second object: "give the NHS the money".
    if (
      sawContent &&
      /^(the|a|an|our|their|its|this|these|those|more|extra|additional|further|every|all|each)$/.test(t.lc) &&
      !/^(and|or)$/.test(toks[j - 1]?.lc ?? '')
    )
      break;
    // "enough staff trained in dementia care", "nurses employed by the trust": so does a past participle and its
    // preposition.
    if (
      sawContent &&
      /[a-z]{3}ed$/.test(t.lc) &&
      /^(in|by|for|on|at|from|with|across|within)$/.test(toks[j + 1]?.lc ?? '') &&
      toks[j - 1]?.word &&
      !DETERMINERS.has(toks[j - 1]!.lc)
    )
      break;
    // "the funding gap facing hospices": a participle after a noun opens a modifier of its own.
    if (
      sawContent &&
      /[a-z]{3}ing$/.test(t.lc) &&
      !ING_NOUNS.has(t.lc) &&
      toks[j - 1]?.word &&
      !DETERMINERS.has(toks[j - 1]!.lc)
    )
      break;
    if (t.lc === 'and' || t.lc === 'or') {
      // "pay for care workers and go on improving…": a verb after "and" ends the phrase.
      if (
        verbAfterConj(toks, j + 1) ||
        COMMON_VERBS.test(toks[j + 1]?.lc ?? '') ||
        /^(then|also|we|will|to)$/.test(toks[j + 1]?.lc ?? '')
      )
        break;
      if (sawContent && isWordTok(toks[j - 1])) heads.push(j - 1);
      j++;
      continue;
    }
    sawContent = sawContent || !DETERMINERS.has(t.lc);
    j++;
  }
  // A chunk cut at "and" ("contracts and to requiring…") ends before it.
  while (j > from && /^(and|or)$/.test(toks[j - 1]!.lc)) j--;
  // The last word is a head; trailing adverbs ("paid properly") are not.
  let last = j - 1;
  while (last >= from && (!toks[last]!.word || (/ly$/.test(toks[last]!.lc) && toks[last]!.lc.length > 4))) last--;
  if (last >= from && !heads.includes(last)) heads.push(last);
  return {
    start: from,
    end: j,
    heads: heads.filter((h) => h >= from && toks[h]!.word && !DETERMINERS.has(toks[h]!.lc)),
  };
}

/** The phrase a preposition right after a chunk opens ("of community pharmacies"), if any. */
export function complementOf(toks: Tok[], chunk: Chunk, to: number): Chunk | null {
  const p = toks[chunk.end];
  if (!p || chunk.end >= to || !/^(of|in|to|for|on|at|across|between)$/.test(p.lc)) return null;
  const c = headChunk(toks, chunk.end + 1, to);
  return c.heads.length ? c : null;
}

export function kindsAt(toks: Tok[], i: number): NounKinds {
  return nounKinds(toks[i]!.lc, toks[i - 1]?.lc ?? '', toks[i + 1]?.lc ?? '');
}

/** The measured kind of a chunk's heads, and which head has it. */
export function chunkKind(toks: Tok[], chunk: Chunk, to = toks.length): { kind: MeasureKind; head: number } | null {
  for (const h of chunk.heads) {
    const k = measuredKind(kindsAt(toks, h));
    // "the number of school nurses": a number is of its complement's kind.
    if (
      k &&
      /^(number|numbers|supply|amount|amounts)$/.test(toks[h]!.lc) &&
      h === chunk.heads[chunk.heads.length - 1]
    ) {
      const comp = complementOf(toks, chunk, to);
      const inner = comp && chunkKind(toks, comp, to);
      if (inner) return { kind: inner.kind, head: h };
    }
    if (k) return { kind: k, head: h };
    // "the time (that) people wait for a care package": a time that is waited is a wait.
    if (
      /^(time|times|length)$/.test(toks[h]!.lc) &&
      h === chunk.heads[chunk.heads.length - 1] &&
      waitedUntil(toks, chunk.end) > 0
    )
      return { kind: 'waits', head: h };
  }
  return null;
}

/**
 * Where a clause describing a time ends when it says the time is waited ("(the time) that children wait"), or 0. The
 * clause may run past where the object was cut ("that" ends it).
 */
export function waitedUntil(toks: Tok[], from: number): number {
  for (let j = from; j < Math.min(toks.length, from + 6); j++) {
    const w = toks[j]!.lc;
    if (/^(wait|waits|waited|waiting)$/.test(w)) return j + 1;
    if (!toks[j]!.word || PREPOSITIONS.has(w)) return 0;
  }
  return 0;
}

/** The kind a loss measures when nothing beside it says: closures lose places, shortages staff. */
function lossKind(w: string): MeasureKind {
  if (/^closures?$/.test(w)) return 'places';
  if (/^(shortages?|vacancies)$/.test(w)) return 'staff';
  if (/^(backlogs?|waits|delays|queues)$/.test(w)) return 'waits';
  if (/^(underfunding|underinvestment|deficits?)$/.test(w)) return 'money';
  return 'change';
}

/** Whether any head of the chunk names something unmeasured (a right, a review, a plan). */
export function chunkUnmeasured(toks: Tok[], chunk: Chunk): boolean {
  return (
    chunk.heads.length > 0 &&
    chunk.heads.every((h) => {
      const k = kindsAt(toks, h);
      return k.unmeasured && !k.money && !k.places && !k.staff && !k.waits;
    })
  );
}

/** Whether a measured word modifies the head inside the chunk ("the funding gap", "pay rises"). */
export function measuredModifier(toks: Tok[], chunk: Chunk, head: number): MeasureKind | null {
  for (let i = chunk.start; i < head; i++) {
    if (!toks[i]!.word) continue;
    const k = measuredKind(kindsAt(toks, i));
    if (k && k !== 'targets') return k;
    if (
      STAFF_NOUNS.has(toks[i]!.lc) ||
      /^(workforce|staffing|nursing|recruitment|spending|funding|pay|wage)$/.test(toks[i]!.lc)
    )
      return STAFF_NOUNS.has(toks[i]!.lc) ? 'staff' : 'money';
  }
  return null;
}

/**
 * What a stopping verb stops, if measured: a loss ("pharmacy cuts", "the funding gap"), a wait,
 * or a wrapper around one ("the scandal of slowing response times", "the closure of pharmacies").
 */
export function lossMeasure(
  toks: Tok[],
  chunk: Chunk,
  to: number,
  depth = 0,
): { kind: MeasureKind; chunk: Chunk; head: number } | null {
  // "the long waits older people face": a wait inside the chunk, before a clause that describes it.
  for (let i = chunk.start; i < chunk.end; i++) {
    if (chunk.heads.includes(i) || !toks[i]!.word) continue;
    const w = toks[i]!.lc;
    if (
      /^(waits|delays|backlogs?|queues|shortages|closures|cuts)$/.test(w) &&
      !CAPACITY_NOUNS.has(toks[i + 1]?.lc ?? '') &&
      !MONEY_NOUNS.has(toks[i + 1]?.lc ?? '')
    ) {
      return {
        kind: w === 'shortages' ? 'staff' : w === 'closures' ? 'places' : w === 'cuts' ? 'change' : 'waits',
        chunk,
        head: i,
      };
    }
  }
  for (const h of chunk.heads) {
    const w = toks[h]!.lc;
    const k = kindsAt(toks, h);
    const comp = complementOf(toks, chunk, to);
    if (k.waits) return { kind: 'waits', chunk, head: h };
    if (k.loss) {
      if (!LOSS_NEEDS_MEASURE.has(w))
        return {
          kind: (comp && chunkKind(toks, comp, to)?.kind) || measuredModifier(toks, chunk, h) || lossKind(w),
          chunk,
          head: h,
        };
      const mod = measuredModifier(toks, chunk, h);
      if (mod) return { kind: mod, chunk, head: h };
      const ck = comp && chunkKind(toks, comp);
      if (ck && ck.kind !== 'targets') return { kind: ck.kind, chunk, head: h };
      continue;
    }
    if (
      (k.wrapper || k.change) &&
      comp &&
      depth < 2 &&
      !/^(crisis|practice|use|issue|problem|problems|lack)$/.test(w)
    ) {
      const inner = lossMeasure(toks, comp, to, depth + 1);
      if (inner) return { ...inner, chunk, head: h };
      const ck = chunkKind(toks, comp);
      if (ck && k.wrapper && w !== 'number' && w !== 'numbers') return { kind: ck.kind, chunk, head: h };
      // "the closure of community pharmacies" — a closure is a loss: see LOSS_NOUNS.
    }
  }
  return null;
}

/** Token range naming the measured thing: the chunk without determiners, with a short complement. */
export function thingRange(toks: Tok[], chunk: Chunk, head: number, to: number): { start: number; end: number } {
  let s = chunk.start;
  while (
    s < head &&
    ((DETERMINERS.has(toks[s]!.lc) && !/^(more|extra|additional|further|new)$/.test(toks[s]!.lc)) || !toks[s]!.word)
  )
    s++;
  let e = head + 1;
  // Coordinated heads stay together: "district nurses and health visitors".
  const lastHead = Math.max(...chunk.heads);
  if (lastHead > head && lastHead - head <= 4) e = lastHead + 1;
  // A short complement names what the head is of or for: "funding for adult social care",
  // "an increase in the budget for sexual health clinics" (two at most, eight words in all).
  let c: Chunk = chunk;
  for (let n = 0; n < 2 && e === c.end; n++) {
    const comp = complementOf(toks, c, to);
    if (!comp || comp.end - s > 9 || (comp.end >= to && toks[to]?.t === ',' && !cleanAfterComma(toks, to))) break;
    const e2 = Math.max(...comp.heads) + 1;
    // Never stop just before "of": "in every part" of the country is not a phrase.
    if (toks[e2]?.lc === 'of' && (n === 1 || e2 !== comp.end)) break;
    e = e2;
    if (e !== comp.end) break;
    c = comp;
  }
  return { start: s, end: e };
}

/** Whether a phrase [s, e) ends where a noun phrase can end (not on a determiner or preposition). */
export function endsWell(toks: Tok[], s: number, e: number): boolean {
  if (e <= s) return false;
  const last = toks[e - 1]!;
  if (!last.word) return last.t === "'" || last.t === '’' || last.t === ')';
  return (
    !DETERMINERS.has(last.lc) && !PREPOSITIONS.has(last.lc) && !/^(and|or|but|to|very|most|such|as)$/.test(last.lc)
  );
}
