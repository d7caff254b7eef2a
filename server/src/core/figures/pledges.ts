// Detects a sentence that pledges action on something measurable (money,
// staff, capacity, waits, targets) yet gives no figure. Lexicon-driven and
// deliberately conservative: unknown verbs never pledge, and pledges about
// rights, duties, reviews or values are left alone.

import { hasFigure } from './figures';

export interface Pledge {
  start: number;
  end: number;
  trigger: string;
  action: string;
  topic: string;
  summary: string;
}

export interface PledgeOptions {
  /** The sentence is an item in a list of commitments (imperatives pledge). */
  inCommitmentList?: boolean;
}

// ---------------------------------------------------------------------------
// Lexicon

/** Modal triggers: "we will", "Labour shall", "councils must". */
const MODAL_TRIGGERS = ['will', 'shall', 'must', 'would'];
/** Verb triggers followed by "to" / "that": "we pledge to", "we promise that". */
const VERB_TRIGGERS = [
  'pledge', 'pledges', 'pledged', 'pledging', 'promise', 'promises', 'promised', 'promising',
  'commit', 'commits', 'committed', 'committing', 'commitment', 'guarantee', 'guarantees',
  'guaranteed', 'vow', 'vows', 'vowed', 'undertake', 'undertakes',
];
const PAST_TRIGGERS = ['pledged', 'promised', 'committed', 'vowed', 'guaranteed'];
/** "would" only pledges when the subject is the party or government. */
const PLEDGER_WORDS = ['we', 'i', 'labour', 'government', 'party', 'administration', "we'd", 'us'];
/** Subjects whose "will" is a claim about others, not our pledge. */
const OTHER_ACTORS = [
  'conservative', 'conservatives', 'tory', 'tories', 'coalition', 'opposition', 'critics',
  'opponents', 'ministers', 'chancellor', 'previous', 'last', 'snp', 'reform', 'liberal',
  'lib', 'democrats', 'osborne', 'cameron', 'johnson', 'sunak', 'truss', 'may', 'hunt',
];
/** Reporting verbs: "X said that we will…" reports someone else's words. */
const REPORTING_VERBS = [
  'said', 'says', 'say', 'warned', 'warns', 'warn', 'argued', 'argues', 'argue', 'claimed',
  'claims', 'claim', 'believes', 'believe', 'believed', 'thinks', 'think', 'thought',
  'suggested', 'suggests', 'told', 'fear', 'fears', 'feared', 'predicted', 'predicts', 'expects',
  'expected', 'hopes', 'hoped', 'reported', 'reports', 'estimated', 'estimates', 'insisted',
  'insists', 'alleged', 'alleges', 'according', 'admitted', 'admits', 'announced', 'stated',
];
/** Words in a leading "if …," clause that make the main clause a hedge. */
const HEDGE_CONDITION_WORDS = [
  'allow', 'allows', 'permit', 'permits', 'available', 'possible', 'affordable', 'afford',
  'necessary', 'appropriate', 'required', 'feasible', 'practicable', 'resources', 'funding',
];
const NEGATORS = ['not', 'never', 'no', "n't", 'neither'];

/** Words skipped between the trigger and the main verb. */
const FILLERS = [
  'also', 'further', 'then', 'now', 'urgently', 'immediately', 'quickly', 'significantly',
  'substantially', 'dramatically', 'rapidly', 'radically', 'massively', 'finally', 'actively',
  'properly', 'fairly', 'rightly', 'always', 'therefore', 'instead', 'still', 'both', 'first',
  'swiftly', 'decisively', 'steadily', 'progressively', 'gradually', 'sustainably', 'at', 'last',
  'in', 'government', 'office', 'as', 'a', 'priority', 'matter', 'of', 'urgency', 'from', 'day',
  'one', 'continue', 'seek', 'work', 'aim', 'act', 'strive', 'look', 'begin', 'start', 'move',
  'to', 'take', 'action', 'steps', 'help', 'be', 'able', 'that', 'need', 'have', 'get', 'go',
  'and', 'further',
];
// Fillers that only count as fillers when followed by "to" ("work to", "act to").
const FILLERS_NEED_TO = ['continue', 'seek', 'work', 'aim', 'act', 'strive', 'look', 'begin', 'start', 'move', 'need', 'have', 'help', 'able'];

/** Change verbs: a change in something measurable; flags unless the object is unmeasured. */
const CHANGE_VERBS = [
  'increase', 'raise', 'boost', 'cut', 'reduce', 'lower', 'double', 'halve', 'treble', 'triple',
  'grow', 'expand', 'extend', 'slash', 'shorten', 'decrease', 'lift', 'uplift', 'enlarge',
  'widen', 'scale', 'step', 'top', 'bring', 'drive', 'push', 'speed', 'ramp', 'level',
];
/** Phrasal particles that turn the verbs above into change verbs ("bring down"). */
const CHANGE_PARTICLES = ['up', 'down'];
const PARTICLE_ONLY_CHANGE = ['scale', 'step', 'top', 'bring', 'drive', 'push', 'speed', 'ramp', 'level'];
/** Money verbs: always about money. */
const MONEY_VERBS = ['invest', 'fund', 'finance', 'spend', 'allocate', 'resource', 'bankroll', 'reinvest', 'subsidise', 'subsidize'];
/** Staff verbs: always about headcount. */
const STAFF_VERBS = ['recruit', 'hire', 'employ', 'fill'];
/** Verbs that pledge a measured thing only with a quantity cue ("train more nurses"). */
const CUE_VERBS = ['train', 'retain', 'support', 'treat', 'see'];
/** Verbs that pledge when their object names money, capacity, waits or targets. */
const PROVIDE_VERBS = [
  'provide', 'give', 'deliver', 'offer', 'create', 'build', 'open', 'establish', 'put', 'make',
  'introduce', 'set', 'restore', 'reinstate', 'pay', 'tackle', 'guarantee', 'secure', 'deploy',
  'add', 'commission', 'award', 'grant', 'channel', 'direct', 'transfer', 'release', 'unlock',
  'find', 'return', 'receive',
];
/** Verbs that pledge only when their object is money or a measured level. */
const PROTECT_VERBS = ['protect', 'ringfence', 'ring', 'safeguard', 'maintain', 'sustain', 'preserve', 'improve', 'keep', 'match', 'index', 'link', 'uprate'];
/** Verbs whose pledge is carried by an embedded clause ("require councils to …"). */
const CONTROL_VERBS = ['ensure', 'require', 'enable', 'allow', 'encourage', 'expect', 'ask', 'empower', 'oblige', 'force', 'incentivise', 'incentivize', 'help'];
/** Verbs that pledge nothing measurable (or something exact: "end", "abolish"). */
const UNMEASURED_VERBS = [
  'review', 'consult', 'publish', 'report', 'assess', 'involve', 'consider', 'explore', 'examine',
  'monitor', 'treat', 'respect', 'recognise', 'recognize', 'value', 'champion', 'listen', 'engage',
  'register', 'inspect', 'regulate', 'promote', 'integrate', 'reform', 'repeal', 'legislate',
  'abolish', 'scrap', 'end', 'ban', 'stop', 'eliminate', 'clear', 'remove', 'work', 'talk',
  'consult', 'evaluate', 'audit', 'study', 'investigate', 'commission', 'research', 'campaign',
  'welcome', 'celebrate', 'honour', 'thank', 'learn', 'share', 'collect', 'record', 'measure',
  'publicise', 'inform', 'tell', 'respond', 'reply', 'listen', 'hold', 'strengthen', 'simplify',
  'streamline', 'modernise', 'transform', 'rebuild', 'renew', 'reaffirm', 'restate', 'defend',
  'oppose', 'reject', 'resist', 'challenge', 'lead', 'coordinate', 'co-ordinate', 'join',
];

/** "make X compulsory": a change of rule or status, not of quantity. */
const STATE_ADJECTIVES = [
  'compulsory', 'mandatory', 'optional', 'voluntary', 'statutory', 'free', 'universal', 'available',
  'legal', 'illegal', 'accessible', 'portable', 'transparent', 'accountable', 'easier', 'simpler',
];

/** Money nouns. */
const MONEY_NOUNS = [
  'funding', 'funds', 'fund', 'investment', 'investments', 'spending', 'spend', 'budget', 'budgets',
  'pay', 'wage', 'wages', 'salary', 'salaries', 'money', 'resources', 'resourcing', 'cost', 'costs',
  'fee', 'fees', 'charge', 'charges', 'levy', 'levies', 'tax', 'taxes', 'taxation', 'grant',
  'grants', 'allowance', 'allowances', 'payment', 'payments', 'finance', 'finances', 'cash',
  'subsidy', 'subsidies', 'price', 'prices', 'tariff', 'tariffs', 'income', 'revenue', 'capital',
  'remuneration', 'earnings', 'bursary', 'bursaries', 'pension', 'pensions', 'contribution',
  'contributions', 'settlement', 'uplift', 'premium', 'premiums',
];
/** Staff nouns (counted only with a staff verb or quantity cue). */
const STAFF_NOUNS = [
  'staff', 'staffing', 'workforce', 'workers', 'nurses', 'doctors', 'gps', 'midwives', 'dentists',
  'pharmacists', 'physiotherapists', 'therapists', 'paramedics', 'consultants', 'surgeons',
  'psychiatrists', 'psychologists', 'visitors', 'carers', 'practitioners', 'clinicians',
  'professionals', 'posts', 'vacancies', 'jobs', 'apprenticeships', 'apprentices', 'trainees',
  'recruits', 'personnel', 'assistants', 'counsellors', 'medics', 'radiographers', 'optometrists',
  'hygienists', 'technicians', 'specialists', 'teams', 'workforces',
];
/** Capacity nouns. */
const CAPACITY_NOUNS = [
  'places', 'beds', 'appointments', 'centres', 'centers', 'homes', 'hubs', 'clinics', 'hospitals',
  'surgeries', 'practices', 'slots', 'capacity', 'units', 'wards', 'theatres', 'scanners',
  'operations', 'procedures', 'checks', 'screenings', 'vaccinations', 'visits', 'sessions',
  'provision', 'supply', 'numbers', 'number', 'availability', 'hours', 'breaks', 'packages',
  'treatments', 'tests', 'scans', 'consultations', 'referrals', 'spaces', 'facilities',
  'pharmacies', 'beds', 'respite', 'placements', 'cover',
];
/** Waiting nouns. */
const WAIT_NOUNS = [
  'waiting', 'waits', 'wait', 'backlog', 'backlogs', 'delays', 'delay', 'queues', 'queue',
  'lists', 'discharges', 'times',
];
/** Target / level nouns. */
const TARGET_NOUNS = [
  'target', 'targets', 'level', 'levels', 'rate', 'rates', 'proportion', 'share', 'ratio', 'ratios',
  'use', 'uptake', 'coverage', 'admissions', 'readmissions', 'deaths', 'inequalities', 'gap',
  'gaps', 'reliance', 'spend', 'output', 'productivity', 'threshold', 'thresholds', 'cap', 'floor',
  'obesity', 'smoking', 'mortality', 'suicide', 'suicides', 'prevalence', 'infections', 'harm',
  'loneliness', 'poverty', 'homelessness', 'overcrowding', 'vacancy', 'turnover', 'sickness',
];
/** Nouns that make a pledge unmeasured when they head its object. */
const UNMEASURED_NOUNS = [
  'right', 'rights', 'entitlement', 'duty', 'duties', 'dignity', 'respect', 'voice', 'say',
  'choice', 'choices', 'control', 'power', 'powers', 'body', 'bodies', 'register', 'registers',
  'review', 'reviews', 'consultation', 'report', 'reports', 'strategy', 'strategies', 'plan',
  'plans', 'framework', 'frameworks', 'standard', 'standards', 'guidance', 'code', 'charter',
  'commission', 'inquiry', 'taskforce', 'role', 'roles', 'responsibility', 'responsibilities',
  'opportunity', 'opportunities', 'information', 'advice', 'awareness', 'stigma', 'bureaucracy',
  'tape', 'culture', 'quality', 'profile', 'morale', 'confidence', 'independence', 'accountability',
  'transparency', 'scrutiny', 'integration', 'collaboration', 'fragmentation', 'competition',
  'privatisation', 'barriers', 'values', 'principles', 'priority', 'status', 'recognition', 'law',
  'laws', 'legislation', 'regulation', 'reform', 'reforms', 'vision', 'ethos', 'definition',
  'criteria', 'partnership', 'partnerships', 'relationship', 'champion', 'ombudsman', 'regulator',
  'watchdog', 'freedom', 'freedoms', 'flexibility', 'autonomy', 'safety', 'compassion', 'kindness',
  'understanding', 'visibility', 'clarity', 'consistency', 'certainty', 'equality', 'fairness',
  'justice', 'contact', 'point', 'assessment', 'assessments', 'conversation', 'debate', 'dialogue',
  'attention', 'focus', 'emphasis', 'priority', 'talks', 'negotiations', 'representation',
  'protections', 'safeguards', 'complaints', 'data', 'transparency', 'name', 'identity', 'system',
  'contract', 'contracts', 'access', 'experience', 'outcomes', 'care', 'services',
];
/** Nouns that, for change verbs only, do not block ("expand respite care"). */
const CHANGE_OK_NOUNS = ['care', 'services', 'access', 'outcomes', 'contracts', 'contract', 'system'];
/** Quantity cues that make staff or generic nouns countable ("more nurses"). */
const QUANTITY_CUES = ['more', 'extra', 'additional', 'further', 'increased', 'higher', 'fewer', 'less', 'lower', 'shorter', 'faster', 'enough', 'thousands', 'hundreds', 'millions', 'billions', 'bigger', 'larger', 'greater'];
/** Function words that end an object phrase. */
const OBJECT_STOPS = [
  'so', 'which', 'who', 'whom', 'whose', 'while', 'whilst', 'because', 'where', 'when', 'unless',
  'although', 'though', 'but', 'whereas', 'if', 'until', 'before', 'after', 'since', 'through',
  'by', 'thereby', 'via', 'that', 'how', 'what', 'whether',
];
/** Words that follow a noun, not a verb: "Increase in demand", "Cut to budgets has". */
const NOUN_USE_FOLLOWERS = ['in', 'of', 'on', 'is', 'was', 'has', 'had', 'are', 'were', 'will', 'would', 'to', 'from', "'s", 'for'];
const DETERMINERS = [
  'the', 'a', 'an', 'our', 'their', 'its', 'this', 'that', 'these', 'those', 'all', 'every',
  'each', 'any', 'some', 'his', 'her', 'more', 'extra', 'additional', 'further', 'new', 'local',
];

/** Phrasal verbs that pledge nothing: "build on", "set out proposals". */
const PHRASAL_BLOCKS: Record<string, string[]> = {
  build: ['on', 'upon'], set: ['out'], put: ['forward'], make: ['clear', 'it'], open: ['up'],
  give: ['up'], bring: ['together', 'forward'], find: ['out', 'ways'],
};

const IRREGULAR_VERBS: Record<string, string> = {
  built: 'build', spent: 'spend', paid: 'pay', given: 'give', grown: 'grow', made: 'make',
  brought: 'bring', put: 'put', set: 'set', kept: 'keep', taken: 'take', cut: 'cut', found: 'find',
  driven: 'drive', drove: 'drive', gave: 'give', grew: 'grow', led: 'lead', held: 'hold',
  ringfenced: 'ringfence', 'ring-fenced': 'ringfence', 'ring-fence': 'ringfence',
};

// ---------------------------------------------------------------------------

const sets = {
  modal: new Set(MODAL_TRIGGERS),
  verbTrig: new Set(VERB_TRIGGERS),
  past: new Set(PAST_TRIGGERS),
  pledger: new Set(PLEDGER_WORDS),
  others: new Set(OTHER_ACTORS),
  reporting: new Set(REPORTING_VERBS),
  hedge: new Set(HEDGE_CONDITION_WORDS),
  neg: new Set(NEGATORS),
  fillers: new Set(FILLERS),
  fillersTo: new Set(FILLERS_NEED_TO),
  change: new Set(CHANGE_VERBS),
  particles: new Set(CHANGE_PARTICLES),
  particleOnly: new Set(PARTICLE_ONLY_CHANGE),
  money: new Set(MONEY_VERBS),
  staff: new Set(STAFF_VERBS),
  cue: new Set(CUE_VERBS),
  provide: new Set(PROVIDE_VERBS),
  protect: new Set(PROTECT_VERBS),
  control: new Set(CONTROL_VERBS),
  unmeasuredV: new Set(UNMEASURED_VERBS),
  moneyN: new Set(MONEY_NOUNS),
  staffN: new Set(STAFF_NOUNS),
  capN: new Set(CAPACITY_NOUNS),
  waitN: new Set(WAIT_NOUNS),
  targetN: new Set(TARGET_NOUNS),
  unmeasuredN: new Set(UNMEASURED_NOUNS),
  changeOk: new Set(CHANGE_OK_NOUNS),
  cues: new Set(QUANTITY_CUES),
  stops: new Set(OBJECT_STOPS),
  nounFollow: new Set(NOUN_USE_FOLLOWERS),
  det: new Set(DETERMINERS),
};
// Classification order matters: a verb in two lists takes the first.
const VERB_CLASSES: Array<[string, Set<string>]> = [
  ['control', sets.control],
  ['money', sets.money],
  ['staff', sets.staff],
  ['change', sets.change],
  ['protect', sets.protect],
  ['cue', sets.cue],
  ['provide', sets.provide],
  ['unmeasured', sets.unmeasuredV],
];
const ALL_VERBS = new Set<string>(VERB_CLASSES.flatMap(([, s]) => [...s]));

interface Tok {
  t: string;
  lc: string;
  s: number;
  e: number;
  word: boolean;
}

function tokenize(text: string): Tok[] {
  const out: Tok[] = [];
  const re = /[A-Za-z]+(?:[-'’][A-Za-z]+)*|\S/g;
  let m: RegExpExecArray | null;
  while ((m = re.exec(text))) {
    const t = m[0];
    out.push({ t, lc: t.toLowerCase().replace(/’/g, "'"), s: m.index, e: m.index + t.length, word: /^[A-Za-z]/.test(t) });
  }
  return out;
}

/** Base form of a verb in our lexicon, or '' ("increasing" -> "increase"). */
function verbBase(w: string): string {
  if (ALL_VERBS.has(w)) return w;
  if (IRREGULAR_VERBS[w]) return IRREGULAR_VERBS[w];
  const cands: string[] = [];
  if (w.endsWith('ing')) {
    const st = w.slice(0, -3);
    cands.push(st, st + 'e');
    if (/(.)\1$/.test(st)) cands.push(st.slice(0, -1));
  }
  if (w.endsWith('ied')) cands.push(w.slice(0, -3) + 'y');
  if (w.endsWith('ed')) {
    const st = w.slice(0, -2);
    cands.push(st, w.slice(0, -1));
    if (/(.)\1$/.test(st)) cands.push(st.slice(0, -1));
  }
  if (w.endsWith('ies')) cands.push(w.slice(0, -3) + 'y');
  if (w.endsWith('es')) cands.push(w.slice(0, -2));
  if (w.endsWith('s')) cands.push(w.slice(0, -1));
  for (const c of cands) if (ALL_VERBS.has(c)) return c;
  return '';
}

function verbClass(base: string): string {
  for (const [name, s] of VERB_CLASSES) if (s.has(base)) return name;
  return '';
}

function lowerTopic(s: string): string {
  return s
    .split(/(\s+)/)
    .map((w) => (/^[A-Z][A-Z0-9&]+s?$/.test(w) ? w : w.toLowerCase()))
    .join('')
    .replace(/[\s,;:.!?"“”'‘’)-]+$/, '')
    .replace(/^[\s"“‘(]+/, '')
    .trim();
}

interface Analysis {
  action: string;
  topicStart: number;
  topicEnd: number;
}

class PledgeAnalyser {
  private readonly toks: Tok[];
  constructor(private readonly text: string) {
    this.toks = tokenize(text);
  }

  private lc(i: number): string {
    return this.toks[i]?.lc ?? '';
  }

  detect(opts: PledgeOptions): { trigger: string; a: Analysis } | null {
    const toks = this.toks;
    if (!toks.length) return null;
    if (this.hedgedConditional()) return null;
    for (let i = 0; i < toks.length; i++) {
      const trig = this.triggerAt(i);
      if (!trig) continue;
      if (trig.negated) return null;
      if (!this.subjectOk(i, trig.word)) continue;
      const a = this.analyse(trig.next, i);
      if (a) return { trigger: trig.text, a };
    }
    // Imperative pledges: "Increase the pay of care workers."
    let k = 0;
    while (k < toks.length && !toks[k].word) k++;
    const first = toks[k];
    if (first && (opts.inCommitmentList || /^[A-Z]/.test(first.t))) {
      const base = ALL_VERBS.has(first.lc) ? first.lc : '';
      const follower = this.lc(k + 1);
      if (base && !(sets.nounFollow.has(follower) && !(base === 'invest' && follower === 'in'))) {
        const a = this.analyse(k, -1);
        if (a) return { trigger: '', a };
      }
      // Verbless commitment-list items: "More funding for carers' breaks".
      if (opts.inCommitmentList && sets.cues.has(first.lc)) {
        for (let j = k + 1; j < Math.min(toks.length, k + 5); j++) {
          const w = this.lc(j);
          if (sets.moneyN.has(w) || sets.staffN.has(w) || sets.capN.has(w) || sets.waitN.has(w)) {
            return { trigger: '', a: { action: 'provide', topicStart: first.s, topicEnd: this.clauseEnd(k) } };
          }
          if (sets.unmeasuredN.has(w)) break;
        }
      }
    }
    return null;
  }

  private clauseEnd(from: number): number {
    let j = from;
    while (j < this.toks.length && !/^[,;:.!?()—–]$/.test(this.toks[j].t)) j++;
    return this.toks[Math.max(from, j - 1)].e;
  }

  private hedgedConditional(): boolean {
    const first = this.toks.find((t) => t.word);
    if (!first || !/^(if|unless|where|when|subject|provided|assuming)$/.test(first.lc)) return false;
    for (let i = this.toks.indexOf(first) + 1; i < this.toks.length; i++) {
      const t = this.toks[i];
      if (t.t === ',') return false;
      if (sets.hedge.has(t.lc)) return true;
    }
    return false;
  }

  private triggerAt(i: number): { text: string; word: string; next: number; negated: boolean } | null {
    const t = this.toks[i];
    if (!t.word) return null;
    const lc = t.lc;
    const prev = this.lc(i - 1);
    let word = '';
    let next = -1;
    let text = '';
    if (sets.modal.has(lc) || /'ll$/.test(lc)) {
      if (lc === 'will' && /^(the|a|political|good|free|ill|his|her|their|its|of|own|popular|public)$/.test(prev)) return null;
      word = /'ll$/.test(lc) ? 'will' : lc;
      next = i + 1;
      text = t.t;
    } else if ((lc === 'is' || lc === 'are' || lc === "'re") && this.lc(i + 1) === 'to') {
      word = 'to';
      next = i + 2;
      text = this.text.slice(t.s, this.toks[i + 1].e);
    } else if ((lc === 'is' || lc === 'are' || lc === "we're") && this.lc(i + 1) === 'going' && this.lc(i + 2) === 'to') {
      word = 'going';
      next = i + 3;
      text = this.text.slice(t.s, this.toks[i + 2].e);
    } else if (lc === 'going' && this.lc(i + 1) === 'to' && /^(are|is|am|we're|'re)$/.test(prev)) {
      word = 'going';
      next = i + 2;
      text = this.text.slice(t.s, this.toks[i + 1].e);
    } else if (sets.verbTrig.has(lc)) {
      const nx = this.lc(i + 1);
      let j = i + 1;
      if (nx === 'ourselves' || nx === 'itself') j++;
      if (this.lc(j) === 'to' || this.lc(j) === 'that') {
        word = lc;
        next = j + 1;
        text = this.text.slice(t.s, this.toks[j].e);
      } else if (/^guarantee/.test(lc) && /^(we|you|i)$/.test(prev)) {
        word = lc;
        next = i + 1;
        text = t.t;
      } else return null;
    } else return null;
    let negated = false;
    if (/n't$/.test(lc) || lc === "won't") negated = true;
    if (sets.neg.has(this.lc(next)) || (this.lc(next) === 'no' && this.lc(next + 1) === 'longer')) negated = true;
    if (this.lc(next) === 'not' || this.lc(next) === 'never') negated = true;
    return { text, word, next, negated };
  }

  private subjectOk(i: number, word: string): boolean {
    let prev = this.lc(i - 1);
    // Step over a parenthetical: "which, if it collapses, will…".
    if (prev === ',') {
      for (let j = i - 2; j >= Math.max(0, i - 10); j--) {
        if (this.toks[j].t === ',') {
          prev = this.lc(j - 1);
          break;
        }
      }
    }
    // "which would see…", "this will help…": consequences, not pledges.
    if (/^(which|that|it|this|these|those|there|what|who|they|cuts|demand)$/.test(prev) && word !== 'to') return false;
    // Subject words back to the clause start.
    let j = i - 1;
    const subj: string[] = [];
    while (j >= 0 && !/^[;:.!?]$/.test(this.toks[j].t)) {
      subj.push(this.toks[j].lc);
      j--;
    }
    if (subj.some((w) => sets.reporting.has(w))) {
      // "We have said we will…" is still ours.
      const k = subj.findIndex((w) => sets.reporting.has(w));
      const before = subj.slice(k + 1, k + 3);
      if (!before.includes('we') && !before.includes('i') && !before.includes('have')) return false;
    }
    const nearSubj = subj.slice(0, 8);
    if (nearSubj.some((w) => sets.others.has(w))) {
      // "may" / "last" / "reform" only count as actors when capitalised or with "government".
      const strong = nearSubj.filter((w) => sets.others.has(w) && !/^(may|last|previous|reform|hunt)$/.test(w));
      const govPast = nearSubj.includes('government') && nearSubj.some((w) => w === 'last' || w === 'previous');
      if (strong.length || govPast) return false;
    }
    // Quoted speech attributed to someone: "“We will…,” said the minister."
    if (this.insideQuote(i) && this.toks.some((t) => sets.reporting.has(t.lc))) return false;
    if (word === 'would' && !nearSubj.some((w) => sets.pledger.has(w))) return false;
    if (sets.past.has(word) && !nearSubj.some((w) => sets.pledger.has(w))) return false;
    return true;
  }

  private insideQuote(i: number): boolean {
    let n = 0;
    for (let j = 0; j < i; j++) if (/^["“”]$/.test(this.toks[j].t)) n++;
    return n % 2 === 1;
  }

  /** Analyse the predicate starting at token `k`; `trigIdx` for passive subjects. */
  private analyse(k: number, trigIdx: number, depth = 0): Analysis | null {
    const toks = this.toks;
    // Skip fillers ("also", "continue to", "take steps to", "be able to").
    let passive = false;
    let guard = 0;
    while (k < toks.length && guard++ < 12) {
      const lc = toks[k].lc;
      if (lc === ',') {
        k++;
        continue;
      }
      if (lc === 'be' || lc === 'been') {
        passive = true;
        k++;
        continue;
      }
      if (sets.fillersTo.has(lc) && this.lc(k + 1) === 'to') {
        k += 2;
        continue;
      }
      if (sets.fillersTo.has(lc)) break;
      if (/^(to|that)$/.test(lc) && depth > 0) {
        k++;
        continue;
      }
      if (sets.fillers.has(lc) && !ALL_VERBS.has(lc)) {
        k++;
        continue;
      }
      if (/ly$/.test(lc) && lc.length > 4 && !verbBase(lc)) {
        k++;
        continue;
      }
      break;
    }
    if (k >= toks.length || !toks[k].word) return null;
    // Verb chain: "recruit and train", "review and increase".
    const chain: Array<{ base: string; cls: string; idx: number }> = [];
    let j = k;
    while (j < toks.length) {
      const base = verbBase(toks[j].lc);
      if (!base) break;
      // Passives read a participle; actives a base/gerund form.
      const form = toks[j].lc;
      if (!passive && chain.length === 0 && /ed$/.test(form) && form !== base && !IRREGULAR_VERBS[form]) return null;
      chain.push({ base, cls: verbClass(base), idx: j });
      j++;
      // "build on", "set out", "put forward": phrasal uses that provide nothing.
      if (PHRASAL_BLOCKS[base]?.includes(this.lc(j))) chain[chain.length - 1].cls = 'unknown';
      // "make sure", "ring-fence", particles.
      if (base === 'make' && /^(sure|certain)$/.test(this.lc(j))) {
        chain[chain.length - 1].cls = 'control';
        j++;
      } else if (base === 'ring' && this.lc(j) === '-' ) {
        j += 2;
      }
      if (sets.particles.has(this.lc(j)) && (sets.change.has(base) || sets.particleOnly.has(base))) {
        chain[chain.length - 1].cls = 'change';
        chain[chain.length - 1].base = `${base} ${this.lc(j)}`;
        j++;
      } else if (sets.particleOnly.has(base)) {
        chain[chain.length - 1].cls = base === 'bring' ? 'provide' : 'unknown';
      }
      if ((this.lc(j) === 'and' || this.lc(j) === 'or' || this.lc(j) === ',') && verbBase(this.lc(j + 1))) {
        j++;
        continue;
      }
      break;
    }
    if (!chain.length) return null;
    const objStart = j;
    const objEnd = this.objectEnd(objStart);
    const obj = toks.slice(objStart, objEnd).map((t) => t.lc);
    const rest = toks.slice(objStart, Math.min(toks.length, objEnd + 3)).map((t) => t.lc);
    if (chain.some((v) => v.base === 'make') && rest.some((w) => STATE_ADJECTIVES.includes(w))) return null;

    let measured: (typeof chain)[number] | null = null;
    for (const v of chain) {
      if (v.cls === 'control') {
        // Look for an embedded "to VERB" or "that …" clause.
        for (let m = v.idx + 1; m < Math.min(toks.length, v.idx + 10); m++) {
          if (toks[m].lc === 'to' && verbBase(this.lc(m + 1))) return this.analyse(m + 1, trigIdx, depth + 1);
          if (/^[,;.]$/.test(toks[m].t)) break;
        }
        if (this.clauseChange(v.idx + 1)) {
          measured = v;
          break;
        }
        continue;
      }
      if (v.cls === 'unmeasured' || v.cls === 'unknown') continue;
      if (passive) {
        const subj = this.subjectWords(trigIdx);
        if (this.objectMeasured(v.cls, subj)) {
          measured = v;
          break;
        }
        continue;
      }
      if (v.cls === 'change' && obj.filter((w) => /^[a-z]/.test(w) && !/ly$/.test(w)).length === 0) continue;
      if (this.objectMeasured(v.cls, obj)) {
        measured = v;
        break;
      }
    }
    if (!measured) return null;
    const action = chain.map((c) => c.base).join(' and ');
    if (passive && trigIdx >= 0) {
      const s = this.subjectStart(trigIdx);
      if (s >= trigIdx) return null;
      return { action: measured.base.split(' ')[0], topicStart: toks[s].s, topicEnd: toks[trigIdx - 1].e };
    }
    if (objEnd <= objStart) return null;
    return { action, topicStart: toks[objStart].s, topicEnd: toks[objEnd - 1].e };
  }

  private subjectStart(trigIdx: number): number {
    if (trigIdx <= 0) return Math.max(0, trigIdx);
    let s = trigIdx - 1;
    while (s > 0 && !/^[,;:.!?"“”]$/.test(this.toks[s - 1].t) && this.toks[s - 1].lc !== 'that') s--;
    while (s < trigIdx && /^(the|a|an|our|all)$/.test(this.toks[s].lc)) s++;
    return s;
  }

  private subjectWords(trigIdx: number): string[] {
    if (trigIdx < 0) return [];
    return this.toks.slice(this.subjectStart(trigIdx), trigIdx).map((t) => t.lc);
  }

  private objectEnd(from: number): number {
    const toks = this.toks;
    let j = from;
    let words = 0;
    while (j < toks.length && words < 14) {
      const t = toks[j];
      if (/^[,;:.!?()—–"“”]$/.test(t.t)) break;
      if (t.t === '-' && toks[j - 1] && toks[j - 1].e !== t.s) break;
      if (sets.stops.has(t.lc)) break;
      if (t.lc === 'in' && this.lc(j + 1) === 'order') break;
      if (t.lc === 'to' && verbBase(this.lc(j + 1)) && !sets.det.has(this.lc(j + 1))) break;
      if (t.lc === 'to' && /^(ensure|help|represent|make|allow|enable|support|meet|tackle|deliver|give|provide|improve|reduce|cut|end|stop|prevent|protect|cover|pay|fund|keep|bring|get|see|take)$/.test(this.lc(j + 1))) break;
      if ((t.lc === 'and' || t.lc === 'or') && (verbBase(this.lc(j + 1)) && !sets.moneyN.has(this.lc(j + 1)) && !sets.staffN.has(this.lc(j + 1)))) break;
      if (t.lc === 'and' && /^(will|we|they|it|this)$/.test(this.lc(j + 1))) break;
      j++;
      words++;
    }
    return j;
  }

  private objectMeasured(cls: string, obj: string[]): boolean {
    if (cls === 'money' || cls === 'staff') return true;
    let cue = false;
    for (let i = 0; i < obj.length; i++) {
      const w = obj[i];
      if (sets.cues.has(w)) {
        cue = true;
        continue;
      }
      const isMoney = sets.moneyN.has(w);
      const isTarget = sets.targetN.has(w);
      const isCap = sets.capN.has(w);
      const isWait = sets.waitN.has(w) && (w !== 'times' && w !== 'lists' ? true : obj[i - 1] === 'waiting' || obj[i - 1] === 'response' || obj[i - 1] === 'treatment');
      const isStaff = sets.staffN.has(w);
      // "pay talks", "pay review body": money word used as a modifier of an unmeasured noun.
      if (isMoney && sets.unmeasuredN.has(obj[i + 1] ?? '') && !sets.changeOk.has(obj[i + 1] ?? '')) return false;
      if (sets.unmeasuredN.has(w) && !isMoney && !isCap) {
        // Weak nouns ("care", "services") are often modifiers: keep reading.
        if (sets.changeOk.has(w)) {
          if (cls === 'change' || cue) return true;
          continue;
        }
        return false;
      }
      switch (cls) {
        case 'change':
          if (isMoney || isTarget || isCap || isWait || isStaff) return true;
          break;
        case 'protect':
          if (isMoney || isTarget || (isWait && w !== 'waiting') || (w === 'waiting' && obj[i + 1] === 'times')) return true;
          if (isStaff && /^(staffing|workforce)$/.test(w) && obj.some((x) => sets.targetN.has(x))) return true;
          break;
        case 'provide':
          if (isMoney || isTarget || isCap || isWait) return true;
          if (isStaff && cue) return true;
          break;
        case 'cue':
          if (cue && (isStaff || isCap || isMoney)) return true;
          break;
      }
    }
    if (cls === 'change') {
      // Unknown object: a change in a countable thing is still a change
      // ("reduce hospital admissions"); an abstract singular is not.
      return obj.some((w) => /^[a-z]{3,}[^s]s$/.test(w) && !sets.det.has(w));
    }
    if (cls === 'provide' && cue) {
      // "give carers more support": quantity without an amount.
      return obj.some((w) => /^[a-z]/.test(w) && !sets.det.has(w) && !sets.cues.has(w));
    }
    return false;
  }

  /** "ensure that waiting times fall", "make sure funding rises with demand". */
  private clauseChange(from: number): boolean {
    const words = this.toks.slice(from, from + 14).map((t) => t.lc);
    let sawMeasured = false;
    for (const w of words) {
      if (w === '.' || w === ';') break;
      if (sets.moneyN.has(w) || sets.waitN.has(w) || sets.capN.has(w) || sets.staffN.has(w)) sawMeasured = true;
      else if (sawMeasured && /^(rise|rises|fall|falls|increase|increases|grow|grows|drop|drops|shrink|shrinks|come|comes|go|goes|keep|keeps|reduce|reduces|improve|improves)$/.test(w)) return true;
    }
    return false;
  }
}

/**
 * A pledge of measurable action that gives no figure, or null.
 * `start`/`end` are offsets of the trimmed sentence within `sentence`.
 */
export function detectPledge(sentence: string, opts: PledgeOptions = {}): Pledge | null {
  const start = sentence.search(/\S/);
  if (start < 0) return null;
  const end = sentence.replace(/\s+$/, '').length;
  const body = sentence.slice(start, end);
  if (/\?\s*["'”’)\]]*$/.test(body)) return null;
  if (!/[a-z]/i.test(body)) return null;
  if (hasFigure(sentence)) return null;
  const r = new PledgeAnalyser(sentence).detect(opts);
  if (!r) return null;
  const topic = lowerTopic(sentence.slice(r.a.topicStart, r.a.topicEnd));
  const words = topic.split(/\s+/);
  const shortTopic = words.length > 12 ? words.slice(0, 12).join(' ') : topic;
  const summary = `${r.a.action} ${shortTopic}`.trim();
  return { start, end, trigger: r.trigger, action: r.a.action, topic: shortTopic, summary };
}
