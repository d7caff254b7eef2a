// Finds the pledge in one sentence: a trigger ("we will", "we pledge to", an imperative list item),
// a subject that is ours, and a predicate whose measured thing decides whether it is a pledge
// about money, staff, places, waits or targets. Deliberately conservative: unknown verbs never
// pledge by themselves, and pledges about rights, duties, reviews or values are left alone.
import {
  ABSTRACT_SUBJECTS,
  ADVOCACY_VERBS,
  CARE_VERBS,
  CHANGE_OK_NOUNS,
  CHANGE_PARTICLES,
  COMMENTARY_BEFORE,
  COMMENTARY_DETERMINERS,
  DETERMINERS,
  DOCUMENT_SUBJECTS,
  DO_ALL_WE_CAN,
  EXACT_COMPARATIVES,
  FILLERS,
  FILLERS_NEED_TO,
  FORECAST_ADVERBS,
  FUNDING_MODES,
  HEDGE_CONDITION_WORDS,
  INFINITIVE_BLOCKING_NOUNS,
  IRREGULAR_VERBS,
  KEPT_PLACES,
  MODALS,
  MONEY_ONLY_CUES,
  NAMED_RATE,
  NEED_VERBS,
  NEEDING,
  NEGATORS,
  NOMINAL_CUES,
  NOT_IMPERATIVE,
  NOUN_USE_FOLLOWERS,
  OTHER_ACTORS,
  PARTICLE_ONLY_CHANGE,
  PAST_TIME,
  PAST_TRIGGERS,
  PEOPLE,
  PERSON_SUBJECTS,
  PHRASAL_BLOCKS,
  PLEDGERS,
  PLEDGE_NOUNS,
  PLEDGE_VERBS,
  PREDICTIVE_VERBS,
  PREPOSITIONS,
  QUANTITY_CUES,
  RELATIVE_PRONOUNS,
  REPORTING_VERBS,
  SPEED_WORDS,
  STATE_ADJECTIVES,
  UNMEASURED_NOUNS,
  WEAK_TARGETS,
  type VerbClass,
  STAFFING_CUE_VERBS,
} from './lexicon';
import {
  chunkKind,
  chunkUnmeasured,
  complementOf,
  headChunk,
  kindsAt,
  lossMeasure,
  measuredKind,
  measuredModifier,
  nounKinds,
  objectEnd,
  thingRange,
  verbAfterConj,
  waitedUntil,
  type Chunk,
  type MeasureKind,
} from './phrase';
import { LABOUR_VOICE, type Voice } from './voice';
import { baseForms, isLexiconVerb, lowerPhrase as lowerWords, tokenize, verbBase, verbClass, type Tok } from './tokens';

export interface PledgeOptions {
  /** The sentence is an item in a list of commitments (imperatives and verbless items pledge). */
  inCommitmentList?: boolean;
  /** The party the draft speaks for: its name as a subject pledges, another party's reports. Labour by default. */
  voice?: Voice;
}

/** A pledge found in the tokens: what it does, to what, and which words name the measured thing. */
export interface Found {
  trigger: string;
  /** The verb phrase in base form ("increase", "make sure", "recruit and keep"); '' when the pledge has no verb. */
  action: string;
  /** Offsets of the object as written: with `action`, the pledge in words. */
  objectStart: number;
  objectEnd: number;
  /** Whether the object ends where its phrase ends, so that action + object reads as a whole. */
  clean: boolean;
  kind: MeasureKind;
  thingStart: number;
  thingEnd: number;
  /** The thing in words, when not a stretch of the sentence. */
  thingLabel?: string;
}

interface Measure {
  kind: MeasureKind;
  thing: { start: number; end: number };
  /** The thing in words made from the clause, when its own words do not name it ("pay for care workers"). */
  label?: string;
}

interface Analysis {
  action: string;
  /** The object is an embedded clause ("every ward has the nurses it needs"): read whole or not at all. */
  clause?: boolean;
  /** Token range of the object. */
  obj: { start: number; end: number };
  clean: boolean;
  measure: Measure;
}

interface Trigger {
  text: string;
  word: string;
  next: number;
  negated: boolean;
  /** What follows is a noun phrase, not a verb: "we commit to more funding". */
  nominal: boolean;
}

const MAX_DEPTH = 3;
/** Verbs of opposition: with a change as object ("fight the cuts"), a pledge to stop it. */
const OPPOSING_VERBS = new Set(['fight', 'oppose', 'resist']);
/** A verb of care in any form: "seen", "treated", "diagnosing", "assesses". */
function careVerb(w: string): boolean {
  return w === 'seen' || CARE_VERBS.has(w) || baseForms(w).some((form) => CARE_VERBS.has(form));
}
/** Those a draft calls on to act ("Ministers must …"): their "must" is the draft's own demand. */
const GOVERNMENT_ROLES = new Set(['ministers', 'chancellor']);
/** An amendment's instruction words before its text (Lawmaker's and conference amendments' forms). */
const AMENDMENT_INSTRUCTIONS = new Set(['insert', 'add', 'substitute', 'append']);
/** What may open an amendment's inserted words. */
const OPENING_QUOTES = new Set(['"', '“', "'", '‘']);
/** A motion's verbs of demand: "Conference calls on the Government to …", "this meeting instructs GPC England to …". */
const MOTION_VERBS = new Set([
  'calls',
  'call',
  'urges',
  'urge',
  'asks',
  'instructs',
  'instruct',
  'demands',
  'requests',
  'directs',
  'resolves',
]);
/** Most words that name those a list of demands calls on ("councils and health commissioners"). */
const CALLED_ON_WORDS = 6;
/** Words between "we" and its verb of demand: "we therefore call on…", "we also urge…". */
const DEMAND_ADVERBS = new Set(['also', 'therefore', 'further', 'again', 'now', 'jointly', 'strongly']);
/** The bodies whose motions a draft holds: their demand is the draft's own, as "must" is. */
const MOTION_BODIES = new Set([
  'conference',
  'meeting',
  'house',
  'senedd',
  'assembly',
  'parliament',
  'congress',
  'forum',
  'committee',
  'council',
  'branch',
]);
/** Sections of a motion that state facts or beliefs: text inserted under them pledges nothing. */
const NOTING_SECTIONS = new Set([
  'notes',
  'believes',
  'recognises',
  'recognizes',
  'welcomes',
  'regrets',
  'condemns',
  'acknowledges',
  'notices',
]);

export class PledgeAnalyser {
  private readonly toks: Tok[];
  private voice: Voice = LABOUR_VOICE;
  constructor(private readonly text: string) {
    this.toks = tokenize(text);
  }

  private lc(i: number): string {
    return this.toks[i]?.lc ?? '';
  }

  detect(opts: PledgeOptions): Found | null {
    const toks = this.toks;
    this.voice = opts.voice ?? LABOUR_VOICE;
    if (!toks.length || this.hedgedConditional()) return null;
    for (let i = 0; i < toks.length; i++) {
      const trig = this.triggerAt(i);
      if (!trig || trig.negated) continue;
      // A motion's demand has had its subject checked: its "believes" and "notes" are the motion's own.
      if (trig.word !== 'motion' && !this.subjectOk(i, trig.word)) continue;
      let a = trig.nominal ? null : this.analyse(trig.next, i, 0);
      if (!a && !trig.negated && (trig.nominal || !verbBase(this.lc(trig.next)))) a = this.nominal(trig.next, false);
      // "…calls for every nursing home to have the registered nurses it needs": what a motion calls for is a clause.
      if (!a && trig.word === 'motion' && trig.nominal) a = this.control(trig.next, i, 0);
      if (!a) a = this.speedOfCare(trig.next);
      if (a) return this.found(trig.text, a);
    }
    // Imperatives ("Increase the pay of care workers.") and, in lists, verbless items ("More funding for hospices").
    for (const k of this.itemStarts(opts)) {
      const a = this.imperative(k, opts) ?? this.calledOnItem(k, opts);
      if (a) return this.found('', a);
    }
    // An amendment's own words after its instruction ("Amendment 7: Under 'Conference calls for',
    // insert: Increase funding for …") are an item of the motion's list of what it calls for.
    // Only an imperative that opens it pledges: what a motion notes or believes is not what it calls for.
    const inserted = this.insertedText();
    if (inserted !== undefined) {
      // After its own item marker ("5. demand an end to the cuts") an inserted item may start in lower case.
      const marked = inserted > 0 && /^[.)]$/.test(this.toks[inserted - 1]!.t);
      const a = this.imperative(inserted, { ...opts, inCommitmentList: false }, marked);
      if (a) return this.found('', a);
    }
    return null;
  }

  /**
   * An item of a list of demands ("We call on: - councils to pay a fair price for homecare; - ministers to make
   * sure…"): those called on, then "to" and what they are to do, which pledges as an item opening with it does.
   */
  private calledOnItem(k: number, opts: PledgeOptions): Analysis | null {
    if (!opts.inCommitmentList) return null;
    for (let p = k; p <= k + CALLED_ON_WORDS && p < this.toks.length - 1; p++) {
      const t = this.toks[p]!;
      if (!t.word) return null;
      if (t.lc === 'to') return p > k && verbBase(this.lc(p + 1)) ? this.imperative(p, opts) : null;
      // Those called on are named, not described by what they do: "care homes struggling to…" is no demand.
      if (isLexiconVerb(t.lc) || /(?:ing|ed)$/.test(t.lc)) return null;
    }
    return null;
  }

  /** Where an amendment's inserted words start: after "insert:", "add:", "insert the following:". */
  private insertedText(): number | undefined {
    const toks = this.toks;
    for (let i = 1; i < toks.length - 1; i++) {
      if (toks[i]!.t !== ':') continue;
      const start = this.insertionStart(i + 1);
      if (start === undefined) continue;
      const before = this.lc(i - 1);
      if (!(
        AMENDMENT_INSTRUCTIONS.has(before) ||
        (before === 'following' && AMENDMENT_INSTRUCTIONS.has(this.lc(i - 3)))
      ))
        continue;
      // Under "Conference notes" / "believes": statements of fact or belief, not commitments.
      if (toks.slice(0, i).some((t) => NOTING_SECTIONS.has(t.lc))) return undefined;
      return start;
    }
    return undefined;
  }

  /**
   * The first word of inserted text that starts at token `k`, past its opening quote and its own item marker
   * (`insert: "5. demand an end to the cuts"`, `insert: "h) Increase funding…"`), or undefined.
   */
  private insertionStart(k: number): number | undefined {
    const toks = this.toks;
    if (toks[k] && OPENING_QUOTES.has(toks[k]!.t)) k++;
    const marker = toks[k]?.t ?? '';
    if ((/^\d{1,2}$/.test(marker) || /^([a-z]|[ivx]{1,4})$/i.test(marker)) && /^[.)]$/.test(toks[k + 1]?.t ?? ''))
      k += 2;
    return toks[k]?.word ? k : undefined;
  }

  private found(trigger: string, analysis: Analysis): Found {
    let a = analysis;
    const toks = this.toks;
    // An object cut for length (not at a comma that continues a list) reads whole up to its measured thing:
    // "increase funding for adult social care services [in every part of the country and …]".
    const th = a.measure.thing;
    const cutAtList = !a.clean && toks[a.obj.end]?.t === ',';
    if (
      a.action &&
      !a.measure.label &&
      !a.clause &&
      !cutAtList &&
      th.end > th.start &&
      th.start >= a.obj.start &&
      th.end < a.obj.end &&
      (!a.clean || a.obj.end - a.obj.start > 10)
    ) {
      a = { ...a, obj: { start: a.obj.start, end: th.end }, clean: true };
    }
    // A measured thing that runs on past where the object was cut ("cut the time | that children wait") is the
    // object's, as the message quotes it.
    if (a.action && th.start >= a.obj.start && th.start < a.obj.end && th.end > a.obj.end)
      a = { ...a, obj: { start: a.obj.start, end: th.end } };
    const objStart = a.obj.end > a.obj.start ? toks[a.obj.start]!.s : 0;
    const objEnd = a.obj.end > a.obj.start ? toks[a.obj.end - 1]!.e : 0;
    const thingStart = toks[a.measure.thing.start]?.s ?? objStart;
    const thingEnd = a.measure.thing.end > a.measure.thing.start ? toks[a.measure.thing.end - 1]!.e : objEnd;
    return {
      trigger,
      action: a.action,
      objectStart: objStart,
      objectEnd: objEnd,
      clean: a.clean,
      kind: a.measure.kind,
      thingStart,
      thingEnd,
      thingLabel: a.measure.label,
    };
  }

  // -------------------------------------------------------------------------
  // Triggers and subjects

  private hedgedConditional(): boolean {
    const first = this.toks.find((t) => t.word);
    if (!first || !/^(if|unless|where|when|subject|provided|assuming)$/.test(first.lc)) return false;
    for (let i = this.toks.indexOf(first) + 1; i < this.toks.length; i++) {
      const t = this.toks[i]!;
      if (t.t === ',') return false;
      if (HEDGE_CONDITION_WORDS.has(t.lc)) return true;
    }
    return false;
  }

  private triggerAt(i: number): Trigger | null {
    const t = this.toks[i]!;
    if (!t.word) return null;
    const lc = t.lc;
    const prev = this.lc(i - 1);
    if (MODALS.has(lc) || /'ll$/.test(lc)) {
      if (lc === 'will' && /^(the|a|political|good|free|ill|his|her|their|its|of|own|popular|public)$/.test(prev))
        return null;
      return this.withNegation({
        text: t.t,
        word: /'ll$/.test(lc) ? 'will' : lc,
        next: this.pastAside(i + 1),
        negated: /n't$/.test(lc),
        nominal: false,
      });
    }
    if (
      (lc === 'is' || lc === 'are' || lc === "'re") &&
      this.lc(i + 1) === 'to' &&
      verbBase(this.lc(i + 2)) &&
      !this.abstractSubject(i) &&
      !this.conditionOpensAt(i)
    ) {
      return this.withNegation({
        text: this.text.slice(t.s, this.toks[i + 1]!.e),
        word: 'to',
        next: i + 2,
        negated: false,
        nominal: false,
      });
    }
    if ((lc === 'is' || lc === 'are' || lc === "we're") && this.lc(i + 1) === 'going' && this.lc(i + 2) === 'to') {
      return this.withNegation({
        text: this.text.slice(t.s, this.toks[i + 2]!.e),
        word: 'going',
        next: i + 3,
        negated: false,
        nominal: false,
      });
    }
    if (lc === 'going' && this.lc(i + 1) === 'to' && /^(are|is|am|we're|'re)$/.test(prev)) {
      return this.withNegation({
        text: this.text.slice(t.s, this.toks[i + 1]!.e),
        word: 'going',
        next: i + 2,
        negated: false,
        nominal: false,
      });
    }
    if (PLEDGE_NOUNS.has(lc) && this.nounUse(i)) return this.pledgeNoun(i);
    if (MOTION_VERBS.has(lc)) return this.motionDemand(i);
    if (!PLEDGE_VERBS.has(lc)) return null;
    if (this.commentaryBefore(i)) return null;
    let j = i + 1;
    if (/^(ourselves|itself|themselves|myself|us)$/.test(this.lc(j))) j++;
    if (this.lc(j) === 'to' || this.lc(j) === 'that') {
      const nextWord = this.lc(j + 1);
      const verbal = this.lc(j) === 'that' || !!verbBase(nextWord) || FILLERS.has(nextWord) || NEGATORS.has(nextWord);
      return this.withNegation({
        text: this.text.slice(t.s, this.toks[j]!.e),
        word: lc,
        next: j + 1,
        negated: false,
        nominal: !verbal,
      });
    }
    // "We guarantee an increase in…", "We pledge more money for…".
    if (
      /^(we|i|labour|government|party|council|us)$/.test(prev) ||
      prev === 'will' ||
      prev === 'shall' ||
      prev === 'would'
    ) {
      if (prev === 'will' || prev === 'shall' || prev === 'would') return null; // the modal is the trigger
      if (verbBase(this.lc(i + 1))) return null;
      return { text: t.t, word: lc, next: i + 1, negated: false, nominal: true };
    }
    return null;
  }

  /**
   * A motion's demand: "Conference calls on the Government to increase…", "That this meeting …
   * therefore calls for sustained investment…", "3. Calls on the Welsh Government to…". It is the
   * draft's own call, as "must" is, when the body moving it is the subject or none is named; what
   * an organisation "calls for" elsewhere ("Carers UK calls on…") is reported, not ours.
   */
  private motionDemand(i: number): Trigger | null {
    const subject: string[] = [];
    for (let j = i - 1; j >= 0 && !/^[;:.!?,]$/.test(this.toks[j]!.t); j--)
      if (this.toks[j]!.word) subject.push(this.lc(j));
    // "…, and therefore calls for", "notes … and calls for": the subject is the one the sentence
    // opened with ("That this meeting believes…").
    const continues =
      /^(and|therefore|also|further|then|so)$/.test(subject[0] ?? '') ||
      (subject.length === 0 && i !== this.toks.findIndex((t) => t.word));
    // "We call on the Government to…": a briefing's or a submission's own demand, as its "Ministers must" is.
    const ours = subject.at(-1) === 'we' && subject.every((w) => w === 'we' || DEMAND_ADVERBS.has(w));
    const ownBody =
      ours ||
      (continues
        ? this.toks.slice(0, 5).some((t) => MOTION_BODIES.has(t.lc))
        : subject.length === 0 || subject.slice(0, 3).some((w) => MOTION_BODIES.has(w)));
    if (!ownBody) return null;
    const text = (k: number) => this.text.slice(this.toks[i]!.s, this.toks[k]!.e);
    const verb = this.lc(i);
    if ((verb === 'calls' || verb === 'call') && this.lc(i + 1) === 'for')
      return { text: text(i + 1), word: 'motion', next: i + 2, negated: false, nominal: true };
    let j = i + 1;
    if ((verb === 'calls' || verb === 'call') && /^(on|upon)$/.test(this.lc(j))) j++;
    else if (verb === 'calls' || verb === 'call') return null;
    // The body called on, then "to" and the verb: "the Welsh Government to publish…".
    for (let k = j; k < Math.min(this.toks.length - 1, j + 10); k++) {
      if (!this.toks[k]!.word) return null;
      if (this.lc(k) === 'to' && k > j)
        return this.withNegation({
          text: text(k),
          word: 'motion',
          next: k + 1,
          negated: false,
          nominal: !verbBase(this.lc(k + 1)),
        });
    }
    return null;
  }

  /**
   * Past an aside between commas after a modal ("Ministers must, without further delay, increase…", "we will, as a
   * matter of urgency, recruit…"): what is pledged follows it. Only a short aside, closed by a comma.
   */
  private pastAside(k: number): number {
    if (this.toks[k]?.t !== ',') return k;
    for (let j = k + 1; j < Math.min(this.toks.length, k + 8); j++) {
      const t = this.toks[j]!;
      if (t.t === ',') return j > k + 1 && verbBase(this.lc(j + 1)) ? j + 1 : k;
      if (!t.word) return k;
    }
    return k;
  }

  /** "The challenge is to…", "the aim is to…": a definition, unless the aim is ours ("our aim is to…"). */
  private abstractSubject(i: number): boolean {
    const subj: string[] = [];
    for (let j = i - 1; j >= 0 && j >= i - 8 && !/^[;:.!?,]$/.test(this.toks[j]!.t); j--) subj.push(this.lc(j));
    if (!subj.some((w) => ABSTRACT_SUBJECTS.has(w))) return false;
    return !subj.includes('our') && !subj.includes('my');
  }

  /** Marks a trigger negated when "not", "never" or "no longer" follow it (after fillers). */
  private withNegation(trig: Trigger): Trigger {
    // "will have to", "will need to", "will probably": an obligation or a forecast, not a pledge.
    if (MODALS.has(trig.word) || trig.word === 'will') {
      for (let j = trig.next; j < Math.min(this.toks.length, trig.next + 3); j++) {
        const w = this.lc(j);
        if (FORECAST_ADVERBS.has(w) && ((w !== 'need' && w !== 'have') || this.lc(j + 1) === 'to'))
          return { ...trig, negated: true };
        if (!FILLERS.has(w) && !/ly$/.test(w)) break;
      }
    }
    for (let j = trig.next; j < Math.min(this.toks.length, trig.next + 4); j++) {
      const w = this.lc(j);
      if (
        (w === 'not' && this.lc(j + 1) !== 'only') ||
        w === 'never' ||
        w === 'neither' ||
        w === 'nor' ||
        (w === 'no' && this.lc(j + 1) === 'longer')
      )
        return { ...trig, negated: true };
      if (!FILLERS.has(w) || w === 'to') break;
    }
    return trig;
  }

  /** Whether a word that can be a verb or a noun ("pledge", "promise") is a noun here. */
  private nounUse(i: number): boolean {
    const lc = this.lc(i);
    if (
      lc === 'commitment' ||
      lc === 'commitments' ||
      lc === 'undertaking' ||
      lc === 'pledges' ||
      lc === 'promises' ||
      lc === 'guarantees'
    ) {
      // Plural -s forms are verbs after a singular subject ("Labour pledges to"): a noun after a determiner.
      if (/s$/.test(lc) && lc !== 'commitments') return this.determinerBefore(i);
      return true;
    }
    return this.determinerBefore(i);
  }

  private determinerBefore(i: number): boolean {
    for (let j = i - 1; j >= Math.max(0, i - 3); j--) {
      const w = this.lc(j);
      if (DETERMINERS.has(w) || COMMENTARY_DETERMINERS.has(w) || /'s$/.test(w) || w === 'no' || w === 'any')
        return true;
      if (
        !/^(firm|clear|new|major|explicit|specific|manifesto|key|headline|central|main|flagship|election|funding|spending|cast-iron|solemn|real|big|bold|further|similar)$/.test(
          w,
        )
      )
        return false;
    }
    return false;
  }

  /** "Our pledge is to…", "we make a commitment to…": ours. "The pledge to…", "no commitment to…": commentary. */
  private pledgeNoun(i: number): Trigger | null {
    let d = i - 1;
    while (
      d >= 0 &&
      /^(firm|clear|new|major|explicit|specific|manifesto|key|headline|central|main|flagship|election|cast-iron|solemn|real|big|bold|further)$/.test(
        this.lc(d),
      )
    )
      d--;
    const det = this.lc(d);
    const ours =
      det === 'our' ||
      det === 'my' ||
      (/^(a|an|the|this|that)$/.test(det) &&
        /^(make|makes|made|give|gives|given|renew|reaffirm|repeat|offer|set)$/.test(this.lc(d - 1)) &&
        this.ourSubject(d - 1));
    if (!ours) return null;
    let j = i + 1;
    if (this.lc(j) === 'is' || this.lc(j) === 'remains' || (this.lc(j) === 'will' && this.lc(j + 1) === 'be'))
      j += this.lc(j) === 'will' ? 2 : 1;
    if (this.lc(j) === ':') j++;
    if (this.lc(j) === 'to' || this.lc(j) === 'that') j++;
    else if (j === i + 1) return null;
    const verbal = !!verbBase(this.lc(j)) || FILLERS.has(this.lc(j));
    return this.withNegation({
      text: this.text.slice(this.toks[i]!.s, this.toks[j - 1]!.e),
      word: 'pledge',
      next: j,
      negated: false,
      nominal: !verbal,
    });
  }

  private ourSubject(i: number): boolean {
    for (let j = i - 1; j >= Math.max(0, i - 4); j--) if (this.isPledger(this.lc(j))) return true;
    return false;
  }

  /** A subject word that names us: "we", "the council", or the party the draft speaks for. */
  private isPledger(w: string): boolean {
    if (this.voice.words.has(w)) return true;
    return PLEDGERS.has(w) && !LABOUR_VOICE.words.has(w);
  }

  /** A subject word that names someone else: another party, a minister, critics. */
  private isOtherActor(w: string): boolean {
    if (this.voice.words.has(w)) return false;
    return OTHER_ACTORS.has(w) || LABOUR_VOICE.words.has(w);
  }

  /** "failed to commit", "not to have pledged", "without committing", "has yet to promise". */
  private commentaryBefore(i: number): boolean {
    for (let j = i - 1; j >= Math.max(0, i - 3); j--) {
      const w = this.lc(j);
      if (COMMENTARY_BEFORE.has(w)) return true;
      if (
        !/^(to|have|has|had|be|been|yet|to|any|a|an|the|make|made|making|clear|firm|explicitly|publicly|formally|actually|still)$/.test(
          w,
        )
      )
        return false;
    }
    return false;
  }

  private subjectOk(i: number, word: string): boolean {
    let prev = this.lc(i - 1);
    // Step over a parenthetical: "which, if it collapses, will…".
    if (prev === ',') {
      for (let j = i - 2; j >= Math.max(0, i - 10); j--) {
        if (this.toks[j]!.t === ',') {
          prev = this.lc(j - 1);
          break;
        }
      }
    }
    // "which would see…", "this will help…": consequences, not pledges.
    // "It must increase the number…" after "Any new plan must…": a demand on what came before, as "must" is.
    if (
      /^(which|that|it|this|these|those|there|what|who|they|cuts|demand|he|she|you)$/.test(prev) &&
      word !== 'to' &&
      !(word === 'must' && prev === 'it')
    )
      return false;
    // Subject words back to the clause start.
    let j = i - 1;
    const subj: string[] = [];
    while (j >= 0 && !/^[;:.!?]$/.test(this.toks[j]!.t)) {
      subj.push(this.toks[j]!.lc);
      j--;
    }
    if (subj.some((w) => REPORTING_VERBS.has(w))) {
      // "We have said we will…" is still ours.
      const k = subj.findIndex((w) => REPORTING_VERBS.has(w));
      const before = subj.slice(k + 1, k + 3);
      if (!before.includes('we') && !before.includes('i') && !before.includes('have')) return false;
    }
    const nearSubj = subj.slice(0, 8);
    // "Andy Burnham also pledged the party would…", "Mr Davey promised…": someone else's pledge, reported.
    const pastPledge = subj.findIndex((w) => PAST_TRIGGERS.has(w));
    if (pastPledge >= 0 && !subj.slice(pastPledge + 1, pastPledge + 4).some((w) => w === 'we' || w === 'i'))
      return false;
    const titled = nearSubj.some(
      (w, n) => /^(mr|mrs|ms|miss|sir|dame|lord|lady|baroness|dr|professor|cllr)$/.test(w) && n < 6,
    );
    if (titled) return false;
    if ((PAST_TRIGGERS.has(word) || PLEDGE_VERBS.has(word)) && nearSubj.slice(0, 4).some((w) => PERSON_SUBJECTS.has(w)))
      return false;
    if (nearSubj.some((w) => this.isOtherActor(w))) {
      // "may" / "last" / "reform" only count as actors when capitalised or with "government".
      // "Ministers must fund a pay rise": a briefing's or a submission's own call on government, not a pledge it
      // reports.
      const calledOn = (w: string) => word === 'must' && GOVERNMENT_ROLES.has(w);
      const strong = nearSubj.filter(
        (w) => this.isOtherActor(w) && !/^(may|last|previous|reform|hunt)$/.test(w) && !calledOn(w),
      );
      const govPast = nearSubj.includes('government') && nearSubj.some((w) => w === 'last' || w === 'previous');
      if (strong.length || govPast) return false;
    }
    // Quoted speech attributed to someone: "“We will…,” said the minister."
    if (this.insideQuote(i) && this.toks.some((t) => REPORTING_VERBS.has(t.lc))) return false;
    if (word === 'would' && !nearSubj.some((w) => this.isPledger(w))) return false;
    if (
      PAST_TRIGGERS.has(word) &&
      !/^(are|is|am|remain|remains|'re|stay|fully|firmly|absolutely|wholly|deeply|also|still)$/.test(prev)
    ) {
      if (!nearSubj.some((w) => this.isPledger(w))) return false;
      // "In 2019 we pledged…", "we pledged last year…": a past event.
      if (
        subj.some((w) => PAST_TIME.has(w) || /^(19|20)\d\d$/.test(w)) ||
        this.toks.some((t) => /^(ago|previously)$/.test(t.lc))
      )
        return false;
    }
    // "The manifesto commits to…", "the plan pledges to…": a document's pledge, reported.
    if (
      PLEDGE_VERBS.has(word) &&
      nearSubj.slice(0, 3).some((w) => DOCUMENT_SUBJECTS.has(w)) &&
      !nearSubj.slice(0, 4).includes('our')
    )
      return false;
    return true;
  }

  private insideQuote(i: number): boolean {
    let n = 0;
    for (let j = 0; j < i; j++) if (/^["“”]$/.test(this.toks[j]!.t)) n++;
    return n % 2 === 1;
  }

  // -------------------------------------------------------------------------
  // Imperatives and verbless list items

  /** Where an item may start: the sentence start and, in lists, after a label ("End the crisis: …"). */
  private itemStarts(opts: PledgeOptions): number[] {
    const toks = this.toks;
    let k = 0;
    while (k < toks.length && !toks[k]!.word) k++;
    const starts = k < toks.length ? [k] : [];
    if (opts.inCommitmentList) {
      for (let i = k + 1; i < toks.length - 1; i++) {
        if (/^[:–—]$/.test(toks[i]!.t) && toks[i + 1]!.word) starts.push(i + 1);
      }
    }
    return starts;
  }

  private imperative(k: number, opts: PledgeOptions, anyCase = false): Analysis | null {
    const toks = this.toks;
    const list = !!opts.inCommitmentList;
    if (list && this.lc(k) === 'to' && verbBase(this.lc(k + 1))) k++;
    // "Fully fund…", "Urgently increase…".
    if (/ly$/.test(this.lc(k)) && this.lc(k).length > 4 && isLexiconVerb(this.lc(k + 1))) k++;
    const first = toks[k];
    if (!first || !first.word) return null;
    const capital = /^[A-Z]/.test(first.t) || (k > 0 && /^[A-Z]/.test(toks[k - 1]!.t) && /ly$/.test(toks[k - 1]!.lc));
    if (!list && !capital && !anyCase) return null;
    const follower = this.lc(k + 1);
    const nounUse =
      NOUN_USE_FOLLOWERS.has(follower) &&
      !(follower === 'in' && /^(invest|reinvest)$/.test(first.lc)) &&
      !(follower === 'for' && /^(pay|press|call|campaign|push|fight|argue|lobby)$/.test(first.lc)) &&
      !(follower === 'on' && first.lc === 'spend');
    const base = isLexiconVerb(first.lc) ? first.lc : list && /ing$/.test(first.lc) ? verbBase(first.lc) : '';
    // "Funding health and social care is a political choice": a gerund that is the subject of "is" states a view.
    if (/ing$/.test(first.lc) && this.gerundSubject(k)) return null;
    if (base && !nounUse) {
      const a = this.analyse(k, -1, 0);
      if (a) return a;
      if (isLexiconVerb(first.lc) || /ing$/.test(first.lc)) return null;
    }
    if (!list) return null;
    // "Finish the rebuilds already promised and spend more on mental health": a verb we do not
    // know opens the item; a later verb we know may still pledge.
    if (
      !base &&
      !NOT_IMPERATIVE.has(first.lc) &&
      !/(ed|ly|s)$/.test(first.lc) &&
      /^(the|a|an|our|their|its|all|every|more|new|local|existing)$/.test(follower)
    ) {
      const end = objectEnd(toks, k + 1).end;
      const rest = this.continuation(end, -1, 0, 'unknown', null);
      if (rest) return rest;
    }
    if (!base || nounUse) return this.nominal(k, true);
    return null;
  }

  /**
   * A verbless pledge: a noun phrase headed by a change ("an increase in the budget"), or money,
   * staff or places with a quantity cue ("more funding for school nursing"). In a list (`strict`)
   * a bare money noun is not enough: "Fair pay for care workers" names a value, not an amount.
   */
  private nominal(k: number, strict: boolean): Analysis | null {
    const toks = this.toks;
    if (k >= toks.length || !toks[k]!.word) return null;
    if (/^(no|zero|nil|not|never|none)$/.test(this.lc(k))) return null;
    const { end, clean } = objectEnd(toks, k);
    if (end <= k) return null;
    const chunk = headChunk(toks, k, end);
    if (!chunk.heads.length || this.exact(chunk)) return null;
    const cues = toks
      .slice(chunk.start, chunk.end)
      .map((t) => t.lc)
      .filter((w) => NOMINAL_CUES.has(w));
    const moneyCue = cues.length > 0;
    const countCue = cues.some((w) => !MONEY_ONLY_CUES.has(w));
    for (const h of chunk.heads) {
      const kinds = kindsAt(toks, h);
      if (kinds.change && !kinds.money) {
        const mod = measuredModifier(toks, chunk, h);
        const comp = complementOf(toks, chunk, end);
        if (comp && chunkUnmeasured(toks, comp) && !comp.heads.some((c) => CHANGE_OK_NOUNS.has(this.lc(c)))) continue;
        const kind = mod ?? (comp ? chunkKind(toks, comp, end)?.kind : null) ?? 'change';
        if (!mod && !comp) continue;
        return { action: '', obj: { start: k, end }, clean, measure: { kind, thing: thingRange(toks, chunk, h, end) } };
      }
      const kind = measuredKind(kinds);
      if (!kind || kinds.unmeasured) continue;
      const ok =
        kind === 'money'
          ? !strict || moneyCue
          : kind === 'targets'
            ? false
            : kind === 'waits'
              ? !strict || countCue
              : countCue;
      if (ok)
        return { action: '', obj: { start: k, end }, clean, measure: { kind, thing: thingRange(toks, chunk, h, end) } };
    }
    return null;
  }

  // -------------------------------------------------------------------------
  // Predicates

  /** Analyse the predicate starting at token `k`; `trigIdx` for passive subjects. */
  private analyse(k: number, trigIdx: number, depth: number): Analysis | null {
    const toks = this.toks;
    if (depth > MAX_DEPTH) return null;
    let passive = false;
    let guard = 0;
    while (k < toks.length && guard++ < 14) {
      const lc = toks[k]!.lc;
      if (lc === ',') {
        k++;
        continue;
      }
      if (NEGATORS.has(lc) && !(lc === 'not' && this.lc(k + 1) === 'only')) return null;
      if (lc === 'not' && this.lc(k + 1) === 'only') {
        k += 2;
        continue;
      }
      if (lc === 'be' || lc === 'been') {
        passive = true;
        k++;
        continue;
      }
      // "keep raising pay", "go on investing", "carry on recruiting": continuing is the pledge's verb.
      if (
        /^(keep|continue|carry|go)$/.test(lc) &&
        (/ing$/.test(this.lc(k + 1)) || (/^(on)$/.test(this.lc(k + 1)) && /ing$/.test(this.lc(k + 2))))
      ) {
        k += this.lc(k + 1) === 'on' ? 2 : 1;
        continue;
      }
      const doAll = this.doAllWeCan(k);
      if (doAll) {
        k = doAll;
        continue;
      }
      if (FILLERS_NEED_TO.has(lc) && this.lc(k + 1) === 'to') {
        k += 2;
        continue;
      }
      if (FILLERS_NEED_TO.has(lc)) break;
      if ((lc === 'to' || lc === 'that') && depth > 0) {
        k++;
        continue;
      }
      if (FILLERS.has(lc) && !isLexiconVerb(lc)) {
        k++;
        continue;
      }
      if (/ly$/.test(lc) && lc.length > 4 && !verbBase(lc)) {
        k++;
        continue;
      }
      break;
    }
    if (k >= toks.length || !toks[k]!.word) return null;
    // "We will pledge more funding…", "we will commit to recruiting…": the pledge verb after a modal.
    if (/^(pledge|promise|commit|vow)$/.test(toks[k]!.lc) && depth === 0) {
      let n = k + 1;
      if (/^(ourselves|itself)$/.test(this.lc(n))) n++;
      if (this.lc(n) === 'to' || this.lc(n) === 'that') {
        if (NEGATORS.has(this.lc(n + 1))) return null;
        if (verbBase(this.lc(n + 1)) || this.lc(n) === 'that') return this.analyse(n + 1, trigIdx, depth + 1);
        n++;
      }
      const nominal = this.nominal(n, false);
      return nominal ? { ...nominal, action: '' } : null;
    }
    // A verb we do not know after the trigger ("we will launch a drive to recruit…"): its
    // object pledges nothing, but an infinitive or a later verb of the same predicate may.
    if (
      !verbBase(toks[k]!.lc) &&
      trigIdx >= 0 &&
      !passive &&
      !DETERMINERS.has(toks[k]!.lc) &&
      !PREDICTIVE_VERBS.has(toks[k]!.lc) &&
      !NEGATORS.has(toks[k]!.lc) &&
      /^[a-z]+$/.test(toks[k]!.lc) &&
      !/(ed|ly)$/.test(toks[k]!.lc)
    ) {
      const end = objectEnd(toks, k + 1).end;
      return this.continuation(end, trigIdx, depth, 'unknown', headChunk(toks, k + 1, end));
    }
    // Advocacy: "press for greater funding", "campaign for more nurses", and whom it presses first: "press
    // ministers for more money", "lobby the Government for…".
    const pressedFor = ADVOCACY_VERBS.includes(verbBase(toks[k]!.lc) || toks[k]!.lc) ? this.forAfterWhom(k + 1) : -1;
    if (pressedFor >= 0) {
      const action = `${verbBase(toks[k]!.lc) || toks[k]!.lc} for`;
      const n = this.nominal(pressedFor + 1, false);
      if (n) return { ...n, action, obj: n.obj };
      // "press for homecare workers to be paid for travel time", "call for every council to
      // increase its fees": what is pressed for is the clause, as after "require".
      const c = this.control(pressedFor + 1, trigIdx, depth);
      return c ? { ...c, action: c.action || action } : null;
    }
    // Opposition to a change: "fight the cuts to day centres", "oppose any closure of wards" pledge to stop it.
    if (OPPOSING_VERBS.has(verbBase(toks[k]!.lc) || toks[k]!.lc) && this.lc(k + 1) !== 'for') {
      const n = this.nominal(k + 1, false);
      if (n && n.measure.kind !== 'money') return { ...n, action: verbBase(toks[k]!.lc) || toks[k]!.lc };
    }
    // Verb chain: "recruit and train", "invest, train and develop".
    const chain: Array<{ base: string; cls: VerbClass; idx: number }> = [];
    let j = k;
    while (j < toks.length) {
      const form = toks[j]!.lc;
      const base = verbBase(form);
      if (!base) break;
      // Passives read a participle; actives a base or -ing form.
      if (!passive && chain.length === 0 && /ed$/.test(form) && form !== base && !IRREGULAR_VERBS[form]) return null;
      chain.push({ base, cls: verbClass(base), idx: j });
      j++;
      const link = chain[chain.length - 1]!;
      if (PHRASAL_BLOCKS[base]?.includes(this.lc(j))) link.cls = 'unknown';
      // "put an end to the long waits", "bring an end to…", "demand an end to the cuts": a verb of stopping.
      if (
        (base === 'put' || base === 'bring' || base === 'demand' || base === 'seek') &&
        this.lc(j) === 'an' &&
        this.lc(j + 1) === 'end' &&
        this.lc(j + 2) === 'to'
      ) {
        link.cls = 'stop';
        link.base = `${base} an end to`;
        j += 3;
        break;
      }
      if (base === 'make' && /^(sure|certain)$/.test(this.lc(j))) {
        link.cls = 'control';
        link.base = `make ${this.lc(j)}`;
        j++;
      } else if (base === 'ring' && this.lc(j) === '-') {
        j += 2;
      }
      if (CHANGE_PARTICLES.has(this.lc(j)) && (verbClass(base) === 'change' || PARTICLE_ONLY_CHANGE.has(base))) {
        link.cls = 'change';
        link.base = `${base} ${this.lc(j)}`;
        j++;
      } else if (PARTICLE_ONLY_CHANGE.has(base)) {
        link.cls = base === 'bring' ? 'provide' : 'unknown';
        if (base === 'bring' && this.lc(j) === 'back') {
          link.base = 'bring back';
          j++;
        }
      }
      if (
        (this.lc(j) === 'and' || this.lc(j) === 'or' || this.lc(j) === ',') &&
        verbBase(this.lc(j + 1)) &&
        !this.nounAfterConj(j + 1)
      ) {
        j++;
        continue;
      }
      if (this.lc(j) === ',' && (this.lc(j + 1) === 'and' || this.lc(j + 1) === 'or') && verbBase(this.lc(j + 2))) {
        j += 2;
        continue;
      }
      break;
    }
    if (!chain.length) return null;
    const objStart = j;
    const { end: objEnd, clean } = objectEnd(toks, objStart);
    const obj = toks.slice(objStart, objEnd).map((t) => t.lc);
    if (/^(no|zero|nil)$/.test(obj[0] ?? '')) return null;
    const rest = toks.slice(objStart, Math.min(toks.length, objEnd + 3)).map((t) => t.lc);
    const action = joinVerbs(chain.map((c) => c.base));
    // "make personal budgets compulsory": a change of rule, not of quantity — unless money is made available.
    if (chain.some((v) => v.base === 'make') && rest.some((w) => STATE_ADJECTIVES.has(w))) {
      const moneyAvailable =
        rest.includes('available') && obj.some((w) => kindsAt(toks, objStart + obj.indexOf(w)).money);
      if (!moneyAvailable) return null;
      return {
        action,
        obj: { start: objStart, end: objEnd },
        clean,
        measure: { kind: 'money', thing: this.moneyThing(objStart, objEnd) },
      };
    }
    // "bring waiting lists down", "get waiting times down": a change verb with its particle after the object, at
    // the phrase's end or before a phrase saying for whom or where ("bring these charges down for every carer").
    if (chain.length === 1 && /^(bring|get|drive|push|keep)$/.test(chain[0]!.base)) {
      const isParticle = (k: number) => CHANGE_PARTICLES.has(this.lc(k));
      let particle = objEnd - 1;
      if (!isParticle(particle)) {
        for (let k = objStart + 1; k < objEnd - 1; k++) {
          if (isParticle(k) && PREPOSITIONS.has(this.lc(k + 1))) {
            particle = k;
            break;
          }
        }
      }
      if (isParticle(particle) && particle > objStart) {
        const m = this.changeMeasure(objStart, particle);
        if (m) return { action, obj: { start: objStart, end: particle + 1 }, clean, measure: m };
      }
    }
    const done = (measure: Measure | null, start = objStart, end = objEnd, isClean = clean): Analysis | null =>
      measure ? { action, obj: { start, end }, clean: isClean, measure } : null;

    for (const v of chain) {
      if (v.cls === 'control') {
        const a = this.control(v.idx + (v.base.startsWith('make ') ? 2 : 1), trigIdx, depth);
        if (a) return a.action ? a : { ...a, action: v.base, clause: true };
        continue;
      }
      if (v.cls === 'unmeasured' || v.cls === 'unknown' || v.cls === 'review') continue;
      if (passive) {
        if (trigIdx < 0) continue;
        // "will be publicly funded": how it is funded, not how much.
        if (v.cls === 'money' && FUNDING_MODES.has(this.lc(v.idx - 1))) continue;
        // "will be funded through general taxation", "paid for by a levy": the means, not the amount.
        if (
          v.cls === 'money' &&
          /^(through|by|via|from|out)$/.test(this.lc(v.idx + 1) === 'for' ? this.lc(v.idx + 2) : this.lc(v.idx + 1))
        )
          continue;
        // "Councils must be given the money they need": a passive of giving keeps what is given as its object.
        if (/^(give|offer|guarantee|grant|award|promise)$/.test(v.base) && objEnd > objStart) {
          const given = this.measureObject(v.cls, objStart, objEnd);
          if (given) return done(given);
        }
        const s = this.subjectStart(trigIdx);
        if (s >= trigIdx) continue;
        // "Care workers will be paid properly": what is paid is pay.
        const m =
          v.base === 'pay' && !/^(for|back|off)$/.test(this.lc(v.idx + 1))
            ? this.payOf(s, trigIdx)
            : this.measureObject(v.cls, s, trigIdx);
        if (m) return { action: v.base.split(' ')[0]!, obj: { start: s, end: trigIdx }, clean: !m.label, measure: m };
        continue;
      }
      if (v.cls === 'change' && obj.filter((w) => /^[a-z]/.test(w) && !/ly$/.test(w)).length === 0) continue;
      const m = this.measureObject(v.cls, objStart, objEnd, v.base);
      if (m && (v.base === 'get' || v.base === 'receive') && trigIdx > 0 && depth === 0) {
        // "Every council will get the funding it needs": the pledge is about the council's funding.
        const s = this.subjectStart(trigIdx);
        const subject = s < trigIdx ? this.text.slice(toks[s]!.s, toks[trigIdx - 1]!.e) : '';
        const thing =
          m.thing.end > m.thing.start ? this.text.slice(toks[m.thing.start]!.s, toks[m.thing.end - 1]!.e) : '';
        if (
          subject &&
          thing &&
          !/^(we|i|us|labour|government|party|administration)$/.test(lowerWords(subject).split(' ').pop() ?? '') &&
          !/\bfor\b/.test(thing)
        ) {
          return done({ ...m, label: `${lowerWords(thing)} for ${lowerWords(subject)}` }, objStart, objEnd, false);
        }
      }
      if (m) return done(m);
      // "pay care workers properly", "pay nurses what they deserve": what is pledged is their pay.
      if (v.base === 'pay' && !/^(for|back|off|tribute|attention|respect|heed)$/.test(this.lc(objStart))) {
        const who = headChunk(toks, objStart, objEnd);
        const ck = chunkKind(toks, who);
        const restChunk = who.end < objEnd && toks[who.end]!.word ? headChunk(toks, who.end, objEnd) : null;
        if (ck?.kind === 'staff' && !(restChunk && this.exact(restChunk))) {
          const t = thingRange(toks, who, ck.head, objEnd);
          return done({
            kind: 'money',
            thing: t,
            label: `pay for ${lowerWords(this.text.slice(toks[t.start]!.s, toks[t.end - 1]!.e))}`,
          });
        }
      }
    }
    if (passive) return null;
    // Not measured here: the pledge may lie further on — an infinitive ("a plan to recruit more
    // midwives"), a "by" clause ("by investing in…"), or the next verb of a list of them.
    const firstCls = chain[0]!.cls;
    const headNoun = headChunk(toks, objStart, objEnd);
    return this.continuation(objEnd, trigIdx, depth, firstCls, headNoun);
  }

  /** The pledge after an object that pledged nothing measured, if any. */
  private continuation(
    objEnd: number,
    trigIdx: number,
    depth: number,
    cls: VerbClass,
    head: Chunk | null,
  ): Analysis | null {
    if (depth >= MAX_DEPTH) return null;
    const toks = this.toks;
    if (cls === 'review') return null;
    // "work with unions, councils and providers to improve pay": an object that is a list of things ends at its
    // last item, and what the pledge does comes after that.
    let j = this.pastListItems(objEnd);
    // "bring back the family doctor, training more GPs and…": a participle after the object says how, and may
    // be the measured part, when it is a verb of the lexicon's own classes ("working with councils, …" is not).
    const participle = this.lc(j) === ',' && /ing$/.test(this.lc(j + 1)) ? verbBase(this.lc(j + 1)) : '';
    if (participle && verbClass(participle) !== 'unknown') {
      const a = this.analyse(j + 1, trigIdx, depth + 1);
      if (a) return a;
    }
    // "the power to raise funding", "a review of how to…": the noun before the infinitive decides.
    let before = j - 1;
    while (before >= 0 && !toks[before]!.word) before--;
    const blocked =
      (head?.heads.some((h) => INFINITIVE_BLOCKING_NOUNS.has(this.lc(h))) ?? false) ||
      INFINITIVE_BLOCKING_NOUNS.has(this.lc(before));
    // "to VERB": an infinitive of the object ("the savings to hire…") or of purpose.
    if (this.lc(j) === 'to' && verbBase(this.lc(j + 1)) && !blocked) {
      const a = this.analyse(j + 1, trigIdx, depth + 1);
      if (a) return a;
    }
    // "a workforce plan that recruits and keeps the staff…", "a settlement which funds…": a
    // relative clause of a thing pledges what its verb does, as an infinitive would. Its verb in
    // the present ("recruits"), so "the help that families need" is not read as one.
    if (
      (this.lc(j) === 'that' || this.lc(j) === 'which') &&
      /s$/.test(this.lc(j + 1)) &&
      verbBase(this.lc(j + 1)) &&
      !blocked &&
      !(head?.heads.some((h) => this.namesPeople(h)) ?? false)
    ) {
      const a = this.analyse(j + 1, trigIdx, depth + 1);
      if (a) return a;
    }
    // "by VERB-ing".
    if (this.lc(j) === 'by' && /ing$/.test(this.lc(j + 1)) && verbBase(this.lc(j + 1))) {
      const a = this.analyse(j + 1, trigIdx, depth + 1);
      if (a) return a;
    }
    // The next verb phrase of a list: ", and spend more on…", "and to invest in…" — after any
    // modifiers of this one ("treat mental health with the same seriousness as physical health and spend…").
    const scanEnd = Math.min(toks.length, j + 24);
    for (let m = j; m < scanEnd && !/^[;:.!?()—–]$/.test(toks[m]!.t); m++) {
      if (m > j && (this.lc(m) === 'and' || this.lc(m) === 'or')) {
        j = this.lc(m - 1) === ',' ? m - 1 : m;
        break;
      }
      if (m > j && this.lc(m) === ',' && verbAfterConj(toks, m + 1) && !/ing$/.test(this.lc(m + 1))) {
        j = m;
        break;
      }
      if (MODALS.has(this.lc(m)) || /^(we|they|it|he|she|i)$/.test(this.lc(m))) break;
    }
    for (let guard = 0; guard < 3 && j < toks.length; guard++) {
      let m = j;
      if (this.lc(m) === ',') m++;
      if (this.lc(m) === 'and' || this.lc(m) === 'or' || this.lc(m) === 'then') m++;
      if (m === j) return null;
      if (this.lc(m) === 'to') m++;
      while (/ly$/.test(this.lc(m)) && this.lc(m).length > 4 && !verbBase(this.lc(m))) m++;
      if (!verbBase(this.lc(m)) || this.nounAfterConj(m)) return null;
      const a = this.analyse(m, trigIdx, depth + 1);
      if (a) return a;
      // Skip that verb phrase and try the one after it.
      let v = m;
      while (v < toks.length && verbBase(this.lc(v))) v++;
      const next = objectEnd(toks, v).end;
      if (next <= j) return null;
      j = next;
    }
    return null;
  }

  /** Whether an object's words after its head only say where (", at our community hospitals"), to the clause end. */
  private keptWhereTheyAre(from: number, to: number): boolean {
    const rest = this.toks.slice(from, to).filter((t) => t.word);
    if (rest.length && !/^(at|in|across|throughout)$/.test(rest[0]!.lc)) return false;
    // What follows the object, if anything, is more of the places' names ("…in Cockermouth, Maryport and
    // Workington"), not another clause.
    let end = to;
    while (end < this.toks.length && !/^[.;:!?]$/.test(this.toks[end]!.t)) end++;
    const tail = this.toks.slice(to, end);
    const ends = tail.every((t) => !t.word || t.lc === 'and' || /^[A-Z]/.test(t.t));
    return (
      ends && !rest.some((t) => /^(public|hands|safe|from|local|control)$/.test(t.lc) || STATE_ADJECTIVES.has(t.lc))
    );
  }

  /** Whether the -ing word at `k` heads the subject of a copula in its own clause ("Funding care is a choice"). */
  private gerundSubject(k: number): boolean {
    for (let j = k + 1; j < this.toks.length && j - k <= 10; j++) {
      const t = this.toks[j]!;
      if (!t.word || MODALS.has(t.lc) || /^(that|which|who|to)$/.test(t.lc)) return false;
      if (/^(is|are|was|were|remains|has|have)$/.test(t.lc)) return true;
    }
    return false;
  }

  /**
   * Whether the subject before token `i` follows "if", "unless" or "whether": "…are essential if we are to recruit
   * experienced staff" states a condition, not a plan.
   */
  private conditionOpensAt(i: number): boolean {
    for (let k = i - 1; k >= 0 && i - k <= 4 && this.toks[k]!.word; k--)
      if (/^(if|unless|whether)$/.test(this.lc(k))) return true;
    return false;
  }

  /**
   * The "for" of an advocacy verb, straight after it or after whom it presses (up to four words: "ministers",
   * "the Scottish Government", "every council"); -1 when there is none.
   */
  private forAfterWhom(k: number): number {
    for (let j = k; j < Math.min(this.toks.length, k + 5); j++) {
      const w = this.lc(j);
      if (w === 'for') return j;
      if (!this.toks[j]!.word || MODALS.has(w) || PREPOSITIONS.has(w) || /^(and|or|to|that)$/.test(w)) return -1;
      if (j > k && verbBase(w) && !DETERMINERS.has(this.lc(j - 1))) return -1;
    }
    return -1;
  }

  /**
   * How soon people are cared for, said by its speed rather than a wait: "so that patients are diagnosed and
   * treated sooner", "make sure people are seen more quickly", "see and treat patients faster". A pledge about
   * waiting times wherever in the sentence it sits, as "cut waiting times" is.
   */
  private speedOfCare(from: number): Analysis | null {
    const toks = this.toks;
    for (let i = from; i < toks.length; i++) {
      if (!careVerb(this.lc(i))) continue;
      // The verbs of care in a row ("diagnosed and treated", "see and treat"), then up to four words of their
      // object ("patients with suspected cancer"), then the speed.
      let j = i + 1;
      while ((this.lc(j) === 'and' || this.lc(j) === 'or') && careVerb(this.lc(j + 1))) j += 2;
      for (let words = 0; words < 4 && toks[j]?.word && !SPEED_WORDS.has(this.lc(j)); words++) {
        if (MODALS.has(this.lc(j)) || /^(and|or|than|more)$/.test(this.lc(j))) break;
        j++;
      }
      const more = this.lc(j) === 'more' && this.lc(j + 1) === 'quickly';
      const speed = more ? j + 1 : j;
      if (!SPEED_WORDS.has(this.lc(speed))) continue;
      const passive = /^(are|is|be|get|gets|being)$/.test(this.lc(i - 1));
      const start = passive ? this.subjectBefore(i - 1) : i;
      const words = lowerWords(this.text.slice(toks[start]!.s, toks[j - 1]!.e));
      const thing = { start, end: speed + 1 };
      return {
        action: '',
        obj: thing,
        clean: true,
        measure: { kind: 'waits', thing, label: passive ? `how soon ${words}` : `how quickly to ${words}` },
      };
    }
    return null;
  }

  /** The first word of the few before a passive's auxiliary that name who is cared for ("patients", "people with…"). */
  private subjectBefore(aux: number): number {
    let k = aux;
    while (
      k - 1 >= 0 &&
      aux - (k - 1) <= 4 &&
      this.toks[k - 1]!.word &&
      !/^(that|so|we|will|to|and|make|sure|ensure)$/.test(this.lc(k - 1))
    )
      k--;
    return k;
  }

  /**
   * Past the further items of a list that an object's first item opens (", councils and providers"), to the token
   * after its last; `j` itself when no list follows or its next item is a verb's ("…, and spend more").
   */
  private pastListItems(j: number): number {
    const toks = this.toks;
    let end = j;
    for (let items = 0; items < 6 && this.lc(end) === ','; items++) {
      let m = end + 1;
      if (this.lc(m) === 'and' || this.lc(m) === 'or') m++;
      // An item is a noun phrase: not a verb's, a participle's or a preposition's (", with the devolved governments").
      const w = this.lc(m);
      if (!toks[m]?.word || verbAfterConj(toks, m) || /ing$/.test(w) || DETERMINERS.has(w) || PREPOSITIONS.has(w))
        break;
      const next = objectEnd(toks, m).end;
      if (next <= m) break;
      end = next;
    }
    return end;
  }

  /** Whether the noun at `i` names people (staff, carers, patients), whose relative clause says what they do. */
  private namesPeople(i: number): boolean {
    const w = this.lc(i);
    return PERSON_SUBJECTS.has(w) || PEOPLE.test(w) || nounKinds(w).staff;
  }

  /** Whether a word after "and" is a noun of the object ("cuts and closures"), not a verb. */
  private nounAfterConj(i: number): boolean {
    return !verbAfterConj(this.toks, i);
  }

  private doAllWeCan(k: number): number {
    if (this.lc(k) !== 'do') return 0;
    for (let n = 3; n <= 8; n++) {
      const words = this.toks
        .slice(k, k + n)
        .map((t) => t.lc)
        .join(' ');
      if (DO_ALL_WE_CAN.test(words)) return k + n;
    }
    return 0;
  }

  /**
   * After "ensure" / "make sure" / "require": an embedded infinitive ("require councils to spend
   * more"), or a clause whose measured thing is had, paid or funded ("every ward has the nurses it
   * needs", "care workers are paid properly", "there are enough beds").
   */
  private control(from: number, trigIdx: number, depth: number): Analysis | null {
    const toks = this.toks;
    const inf = this.infinitive(from, trigIdx, depth);
    if (inf) return inf;
    let s = from;
    if (this.lc(s) === 'that') s++;
    const clauseEnd = this.clauseEnd(s);
    const words = toks.slice(s, clauseEnd).map((t) => t.lc);
    if (words.some((w) => NEGATORS.has(w) || w === "n't" || /n't$/.test(w))) return null;
    const clauseText = { start: s, end: clauseEnd };
    for (let m = s; m < clauseEnd; m++) {
      const w = this.lc(m);
      // "the sector can recruit and keep the staff it needs": what it is made able to do is the pledge.
      if (/^(can|will)$/.test(w) && m > s && verbBase(this.lc(m + 1))) return this.analyse(m + 1, trigIdx, depth + 1);
      // "there are enough nurses", "there is the funding…".
      if (w === 'there' && /^(is|are|will|be)$/.test(this.lc(m + 1))) {
        let n = m + 2;
        if (this.lc(n) === 'be') n++;
        const a = this.nominal(n, true) ?? this.hadObject(n);
        return a ? { ...a, action: '', obj: clauseText, clean: true } : null;
      }
      // "every ward has the nurses it needs", "the NHS gets the funding it needs", "every board commissions
      // the nurses that the children in its area need".
      const having = /^(has|have|gets|get|receives|receive|commissions|commission|employs|employ|provides|provide)$/;
      if (having.test(w) && m > s) {
        const a = this.hadObject(m + 1);
        return a ? { ...a, action: '', obj: clauseText, clean: true } : null;
      }
      // "care workers are paid properly", "the service is fully funded".
      if (/^(is|are|be|gets|get)$/.test(w) && m > s) {
        let n = m + 1;
        while (/ly$/.test(this.lc(n)) && this.lc(n).length > 4 && !FUNDING_MODES.has(this.lc(n))) n++;
        if (/^(paid|funded|resourced|financed|staffed|remunerated|rewarded)$/.test(this.lc(n))) {
          if (
            EXACT_COMPARATIVES.has(this.lc(n + 1)) ||
            (/^(as|at)$/.test(this.lc(n + 1)) && EXACT_COMPARATIVES.has(this.lc(n + 2)))
          )
            return null;
          // "paid the real living wage": a named rate, not an open one.
          if (
            this.lc(n) === 'paid' &&
            /^the$/.test(this.lc(n + 1)) &&
            /^(real|national|london)?$/.test(this.lc(n + 2)) &&
            /(living|minimum)/.test(this.lc(n + 2) + ' ' + this.lc(n + 3))
          )
            return null;
          const kind: MeasureKind = this.lc(n) === 'staffed' ? 'staff' : 'money';
          // The thing is named from the clause: "pay for every care worker", "funding for this service".
          let subjectStart = s;
          while (subjectStart < m && /^(the|that|this|these|those|our|its|their)$/.test(this.lc(subjectStart)))
            subjectStart++;
          let subjectEnd = m;
          if (/^(will|would|shall|can|must|to)$/.test(this.lc(subjectEnd - 1))) subjectEnd--;
          const named =
            subjectEnd > subjectStart
              ? lowerWords(this.text.slice(toks[subjectStart]!.s, toks[subjectEnd - 1]!.e))
              : '';
          const label = named
            ? `${this.lc(n) === 'paid' ? 'pay for' : this.lc(n) === 'staffed' ? 'staffing of' : 'funding for'} ${named}`
            : undefined;
          return {
            action: '',
            obj: clauseText,
            clean: true,
            measure: { kind, thing: { start: subjectStart, end: subjectEnd }, label },
          };
        }
      }
    }
    // "ensure that waiting times fall", "make sure funding rises with demand".
    const change = this.clauseChange(s, clauseEnd);
    if (change) return { action: '', obj: clauseText, clean: true, measure: change };
    // "ensure adequate funding for…", "guarantee real-terms pay rises".
    const n = this.nominal(s, false);
    if (n) return { ...n, action: '' };
    return null;
  }

  /** An infinitive after whom it asks of, within ten words: "(require) councils to spend more". */
  private infinitive(from: number, trigIdx: number, depth: number): Analysis | null {
    const toks = this.toks;
    for (let m = from; m < Math.min(toks.length, from + 10); m++) {
      if (toks[m]!.lc === 'to' && verbBase(this.lc(m + 1))) return this.analyse(m + 1, trigIdx, depth + 1);
      if (/^[,;.:]$/.test(toks[m]!.t) || NEGATORS.has(toks[m]!.lc)) break;
    }
    return null;
  }

  /** The thing had in "X has the nurses it needs": money, or staff and places in the plural. */
  private hadObject(n: number): Analysis | null {
    const toks = this.toks;
    const { end, clean } = objectEnd(toks, n);
    if (end <= n || /^(one|no|access)$/.test(this.lc(n))) return null;
    // "gets a pay rise": one change of a measured thing; "has a named GP": one of a thing, a count.
    if (/^(a|an)$/.test(this.lc(n))) return this.nominal(n, true);
    const chunk = headChunk(toks, n, end);
    if (this.exact(chunk)) return null;
    const ck = chunkKind(toks, chunk);
    if (!ck || ck.kind === 'targets') return null;
    if (ck.kind === 'staff' || ck.kind === 'places') {
      if (
        !/s$/.test(this.lc(ck.head)) &&
        !/^(staff|staffing|workforce|capacity|provision|cover|respite)$/.test(this.lc(ck.head))
      )
        return null;
    }
    return {
      action: '',
      obj: { start: n, end },
      clean,
      measure: { kind: ck.kind, thing: thingRange(toks, chunk, ck.head, end) },
    };
  }

  private clauseEnd(from: number): number {
    let j = from;
    while (j < this.toks.length && !/^[,;:.!?()—–]$/.test(this.toks[j]!.t)) j++;
    return j;
  }

  /**
   * "waiting times fall", "funding rises with demand", "waiting times come down": a measured subject, then a verb of
   * change.
   */
  private clauseChange(from: number, to: number): Measure | null {
    const toks = this.toks;
    const CHANGE =
      /^(rise|rises|fall|falls|increase|increases|grow|grows|drop|drops|shrink|shrinks|come|comes|go|goes|reduce|reduces|match|matches|keep|keeps)$/;
    for (let v = from + 1; v < Math.min(to, from + 14); v++) {
      if (!CHANGE.test(this.lc(v))) continue;
      if (/^(come|comes|go|goes)$/.test(this.lc(v)) && !/^(down|up)$/.test(this.lc(v + 1))) continue;
      if (/^(keep|keeps)$/.test(this.lc(v)) && !/^(pace|up)$/.test(this.lc(v + 1))) continue;
      let e = v;
      while (
        e > from &&
        (/^(will|can|should|would|must|continue|continues|to|always|steadily|quickly|then)$/.test(this.lc(e - 1)) ||
          (/ly$/.test(this.lc(e - 1)) && this.lc(e - 1).length > 4))
      )
        e--;
      const subject = headChunk(toks, from, e);
      const ck = chunkKind(toks, subject);
      if (!ck || ck.kind === 'targets') return null;
      // The subject must reach the verb: "funding for public health keeps pace", not "GPs work together to improve".
      const comp = complementOf(toks, subject, e);
      if (subject.end !== e && comp?.end !== e) return null;
      return { kind: ck.kind, thing: thingRange(toks, subject, ck.head, e) };
    }
    return null;
  }

  /** The money of an object: "funding", "more money". */
  private moneyThing(from: number, to: number): { start: number; end: number } {
    for (let i = from; i < to; i++)
      if (kindsAt(this.toks, i).money) return thingRange(this.toks, headChunk(this.toks, from, to), i, to);
    return { start: from, end: to };
  }

  private subjectStart(trigIdx: number): number {
    if (trigIdx <= 0) return Math.max(0, trigIdx);
    let s = trigIdx - 1;
    while (s > 0 && !/^[,;:.!?"“”]$/.test(this.toks[s - 1]!.t) && this.toks[s - 1]!.lc !== 'that') s--;
    while (s < trigIdx && /^(the|a|an|our|all)$/.test(this.toks[s]!.lc)) s++;
    return s;
  }

  /** Whether the object [from, to) of a verb of class `cls` is measured, and what names it. */
  private measureObject(cls: VerbClass, from: number, to: number, verb = ''): Measure | null {
    const toks = this.toks;
    if (cls === 'money' || cls === 'staff') {
      const kind: MeasureKind = cls === 'money' ? 'money' : 'staff';
      if (to <= from) return { kind, thing: { start: from, end: from } };
      let s = from;
      // "invest in X", "spend more on X": the thing is X.
      if (/^(in|on|into|for)$/.test(this.lc(s))) s++;
      else if (/^(more|extra|additional)$/.test(this.lc(s)) && /^(in|on|into)$/.test(this.lc(s + 1))) s += 2;
      const chunk = headChunk(toks, s, to);
      const ck = chunkKind(toks, chunk);
      const head = ck?.head ?? chunk.heads[0];
      if (head === undefined) return { kind, thing: { start: s, end: to } };
      return { kind, thing: thingRange(toks, chunk, head, to) };
    }
    if (to <= from) return null;
    if (cls === 'change') return this.changeMeasure(from, to);
    let s = from;
    if (/^(in|on|into|for|back)$/.test(this.lc(s))) s++;
    const chunk = headChunk(toks, s, to);
    if (this.exact(chunk)) return null;
    const cue = toks.slice(chunk.start, chunk.end).some((t) => QUANTITY_CUES.has(t.lc));
    const chunks = [chunk];
    // "give local authorities more money": the second object.
    if (cls === 'provide' && chunk.end < to && !complementOf(toks, chunk, to) && toks[chunk.end]!.word)
      chunks.push(headChunk(toks, chunk.end, to));
    if (cls === 'stop') {
      const lm = lossMeasure(toks, chunk, to);
      return lm ? { kind: lm.kind, thing: thingRange(toks, lm.chunk, lm.head, to) } : null;
    }
    for (const c of chunks) {
      if (this.exact(c)) return null;
      const cCue = toks.slice(c.start, c.end).some((t) => QUANTITY_CUES.has(t.lc));
      for (const h of c.heads) {
        const w = this.lc(h);
        const k = kindsAt(toks, h);
        // "pay talks", "pay review body": money words that modify an unmeasured head are that head.
        if (k.unmeasured && !k.money && !k.places) continue;
        const thing = () => thingRange(toks, c, h, to);
        switch (cls) {
          case 'protect':
            if (k.money) return { kind: 'money', thing: thing() };
            if (k.waits && w !== 'waiting') return { kind: 'waits', thing: thing() };
            // "keep the beds at our community hospital open", "keep operating theatres open": how many stay open.
            if (k.places && /s$/.test(w) && toks.slice(c.end, to + 1).some((t) => t.lc === 'open'))
              return { kind: 'places', thing: thing() };
            // "keep the beds at our community hospitals", "protect the wards at St Mary's": the ones a place has, kept
            // from closure. Not "keep our hospitals safe", "protect pharmacies from cuts", "in public hands".
            if (KEPT_PLACES.has(w) && this.keptWhereTheyAre(c.end, to)) return { kind: 'places', thing: thing() };
            if (k.targets && this.strongTarget(c, h, to)) return { kind: 'targets', thing: thing() };
            break;
          case 'provide':
            if (k.money) return { kind: 'money', thing: thing() };
            // "deliver an increase in the number of GP partners": a change of what its complement measures.
            if (k.change && !k.money) {
              const comp = complementOf(toks, c, to);
              const ck = comp && chunkKind(toks, comp, to);
              if (ck) return { kind: ck.kind, thing: thing() };
            }
            if (k.waits) return { kind: 'waits', thing: thing() };
            if (k.places && (cCue || /s$/.test(w) || k.wrapper || /^(capacity|provision|respite|cover)$/.test(w)))
              return { kind: 'places', thing: thing() };
            if (k.targets && this.strongTarget(c, h, to)) return { kind: 'targets', thing: thing() };
            // "commissions the nurses that the children in its area need": enough of them, a quantity.
            if (k.staff && (cCue || this.neededAfter(c.end))) return { kind: 'staff', thing: thing() };
            break;
          case 'cue':
            if (cCue && (k.staff || k.places || k.money))
              return { kind: k.money ? 'money' : k.staff ? 'staff' : 'places', thing: thing() };
            // "train the doctors and nurses the NHS needs": as many as it needs, a quantity. Not "support the carers
            // we rely on", "treat the doctors the last government drove abroad with respect".
            if (k.staff && STAFFING_CUE_VERBS.has(verb) && this.neededAfter(c.end))
              return { kind: 'staff', thing: thing() };
            break;
          case 'direct':
            if (k.money) return { kind: 'money', thing: thing() };
            break;
        }
        // "the number of beds", "levels of pay": a wrapper passes to its complement.
        if (k.wrapper && (cls === 'protect' || cls === 'provide')) {
          const comp = complementOf(toks, c, to);
          const ck = comp && chunkKind(toks, comp);
          if (ck && (ck.kind === 'money' || cls === 'provide'))
            return { kind: ck.kind, thing: thingRange(toks, c, h, to) };
        }
      }
    }
    if (cls === 'provide' && cue) {
      // "give carers more support": a quantity without an amount.
      const content = toks
        .slice(chunk.start, chunk.end)
        .filter((t) => /^[a-z]/.test(t.lc) && !DETERMINERS.has(t.lc) && !QUANTITY_CUES.has(t.lc));
      if (
        content.length &&
        !content.some((t) => UNMEASURED_NOUNS.has(t.lc) && !/^(support|care|services)$/.test(t.lc))
      ) {
        const head = chunk.heads[chunk.heads.length - 1] ?? chunk.start;
        return { kind: 'change', thing: thingRange(toks, chunk, head, to) };
      }
    }
    return null;
  }

  /**
   * Whether a relative clause after the object says someone needs it: "the nurses that the children in its
   * area need", "the doctors the NHS needs" (no pronoun: a subject of its own, from its determiner). Its own subject
   * comes first: in "the nurses who need help", the nurses are the ones in need.
   */
  private neededAfter(from: number): boolean {
    // Past the object's end: the clause is what ends it.
    const end = Math.min(this.toks.length, from + 10);
    if (/^(the|our|their|its|every|each|this)$/.test(this.lc(from))) {
      // A subject of a few words, then "needs": "the NHS needs". In "give care workers the recognition they
      // deserve" the determiner starts a second object, with a clause of its own; "the carers the system has failed"
      // do not say how many.
      for (let k = from + 1; k < Math.min(this.toks.length, from + 5); k++) {
        if (!this.toks[k]!.word || RELATIVE_PRONOUNS.has(this.lc(k)) || /^(that|which|who)$/.test(this.lc(k)))
          return false;
        if (NEEDING.has(this.lc(k))) return k > from + 1;
      }
      return false;
    }
    if (!/^(that|which|whom)$/.test(this.lc(from)) && !RELATIVE_PRONOUNS.has(this.lc(from))) return false;
    // "the nurses it needs".
    if (RELATIVE_PRONOUNS.has(this.lc(from)) && NEEDING.has(this.lc(from + 1))) return true;
    // After "that", its subject first: in "the nurses that need help" the nurses are the ones in need.
    for (let k = from + 2; k < end; k++) {
      if (!this.toks[k]!.word) return false;
      if (NEED_VERBS.has(this.lc(k))) return true;
    }
    return false;
  }

  /** "X will be paid (properly)": a pledge about X's pay. */
  private payOf(s: number, end: number): Measure | null {
    let e = end;
    if (/^(will|would|shall|must|can)$/.test(this.lc(e - 1))) e--;
    if (e <= s) return null;
    return {
      kind: 'money',
      thing: { start: s, end: e },
      label: `pay for ${lowerWords(this.text.slice(this.toks[s]!.s, this.toks[e - 1]!.e))}`,
    };
  }

  /** "staffing levels", "levels of pay", "targets": a level alone ("a minimum level of training") is not measured. */
  private strongTarget(c: Chunk, h: number, to: number): boolean {
    if (!WEAK_TARGETS.has(this.lc(h))) return true;
    if (measuredModifier(this.toks, c, h)) return true;
    const comp = complementOf(this.toks, c, to);
    const ck = comp && chunkKind(this.toks, comp);
    return !!ck && ck.kind !== 'targets';
  }

  /** A quantity fixed by name or comparison: "the living wage", "equal resources", "the same pay as". */
  private exact(c: Chunk): boolean {
    const words = this.toks
      .slice(c.start, c.end)
      .filter((t) => t.word)
      .map((t) => t.lc);
    if (words.some((w) => EXACT_COMPARATIVES.has(w))) return true;
    const cueless = words.filter((w) => !QUANTITY_CUES.has(w) && !/^(higher|better|new)$/.test(w));
    return cueless.length === words.length && NAMED_RATE.test(words.join(' '));
  }

  /**
   * Change verbs flag unless their object is unmeasured: a change in a countable thing is still a
   * change ("reduce hospital admissions"); an abstract singular is not ("raise standards").
   */
  private changeMeasure(from: number, to: number): Measure | null {
    const toks = this.toks;
    let s = from;
    if (/^(in|on|to|for)$/.test(this.lc(s))) s++;
    const chunk = headChunk(toks, s, to);
    // "cut the time that people wait for a care package": the time is a wait, though "time" alone measures nothing.
    const waited = chunkKind(toks, chunk, to);
    if (waited?.kind === 'waits' && !measuredKind(kindsAt(toks, waited.head)))
      return { kind: 'waits', thing: { start: waited.head, end: waitedUntil(toks, chunk.end) } };
    // "boost the importance of…", "raise the profile of…": an abstract head is not a quantity.
    const head0 = chunk.heads[0];
    if (head0 !== undefined) {
      const hk = kindsAt(toks, head0);
      if (
        !measuredKind(hk) &&
        !hk.loss &&
        !hk.change &&
        !hk.wrapper &&
        /(ance|ence|ness|ity|ism|ship|hood|dom)$/.test(this.lc(head0))
      )
        return null;
    }
    const obj = toks.slice(from, to);
    for (let i = 0; i < obj.length; i++) {
      const idx = from + i;
      const w = obj[i]!.lc;
      if (QUANTITY_CUES.has(w)) continue;
      const k = kindsAt(toks, idx);
      // "pay talks": a money word used as a modifier of an unmeasured noun.
      const nextW = obj[i + 1]?.lc ?? '';
      if (k.money && UNMEASURED_NOUNS.has(nextW) && !CHANGE_OK_NOUNS.has(nextW)) return null;
      if (k.unmeasured && !k.money && !k.places) {
        // Weak nouns ("care", "services") are changed too: "expand respite care" — unless a measured
        // head follows them ("grow the social care workforce").
        if (CHANGE_OK_NOUNS.has(w)) {
          const later = chunk.heads.find((h) => h > idx && measuredKind(kindsAt(toks, h)));
          if (later !== undefined)
            return { kind: measuredKind(kindsAt(toks, later))!, thing: thingRange(toks, chunk, later, to) };
          return { kind: 'change', thing: thingRange(toks, chunk, chunk.heads[0] ?? idx, to) };
        }
        return null;
      }
      const kind = measuredKind(k);
      if (kind) {
        const c = idx < chunk.end && idx >= chunk.start ? chunk : headChunk(toks, idx, to);
        const isHead = c.heads.includes(idx);
        const head = isHead ? idx : (c.heads[c.heads.length - 1] ?? idx);
        // A measured word that only modifies the head ("stop smoking services") says what changes, not its kind.
        return { kind: isHead ? kind : 'change', thing: thingRange(toks, c, head, to) };
      }
      if (k.staff) return { kind: 'staff', thing: thingRange(toks, chunk, chunk.heads[0] ?? idx, to) };
    }
    // A countable plural ("admissions", "prescriptions") is measured; an abstract singular is not.
    if (obj.some((t) => /^[a-z]{3,}[^s]s$/.test(t.lc) && !DETERMINERS.has(t.lc))) {
      return { kind: 'change', thing: thingRange(toks, chunk, chunk.heads[0] ?? from, to) };
    }
    return null;
  }
}

/** "invest", "invest and train", "invest, train and develop". */
function joinVerbs(verbs: string[]): string {
  if (verbs.length <= 1) return verbs[0] ?? '';
  if (verbs.length === 2) return `${verbs[0]} and ${verbs[1]}`;
  return `${verbs.slice(0, -1).join(', ')} and ${verbs[verbs.length - 1]}`;
}
