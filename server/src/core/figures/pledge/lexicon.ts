// The word lists pledge detection reads: data, not logic. A verb's class says what its object
// has to be for the pledge to be about something measured; a noun's kind says what it measures.

const set = (words: string[]): ReadonlySet<string> => new Set(words);

// ---------------------------------------------------------------------------
// Triggers and subjects

/** Modal triggers: "we will", "Labour shall", "councils must". */
export const MODALS = set(['will', 'shall', 'must', 'would']);
/** Verbs that pledge with "to" / "that" / a noun phrase: "we pledge to", "we commit to more funding". */
export const PLEDGE_VERBS = set([
  'pledge', 'pledges', 'pledged', 'pledging', 'promise', 'promises', 'promised', 'promising',
  'commit', 'commits', 'committed', 'committing', 'guarantee', 'guarantees', 'guaranteed',
  'vow', 'vows', 'vowed', 'undertake', 'undertakes',
]);
/** The same words used as nouns: "our pledge is to", "there is no commitment to". */
export const PLEDGE_NOUNS = set(['pledge', 'pledges', 'promise', 'promises', 'commitment', 'commitments', 'guarantee', 'guarantees', 'vow', 'undertaking']);
export const PAST_TRIGGERS = set(['pledged', 'promised', 'committed', 'vowed', 'guaranteed']);
/** "would" and past triggers only pledge when the subject is the party or government. */
export const PLEDGERS = set(['we', 'i', 'labour', 'government', 'party', 'administration', "we'd", 'us', 'council', 'network', 'board']);
/** Subjects whose "will" is a claim about others, not our pledge. */
export const OTHER_ACTORS = set([
  'conservative', 'conservatives', 'tory', 'tories', 'coalition', 'opposition', 'critics',
  'opponents', 'ministers', 'chancellor', 'previous', 'last', 'snp', 'reform', 'liberal',
  'lib', 'democrats', 'osborne', 'cameron', 'johnson', 'sunak', 'truss', 'may', 'hunt',
]);
/** Subjects that are documents: "the manifesto commits to…" reports a pledge, it does not make one. */
export const DOCUMENT_SUBJECTS = set([
  'manifesto', 'manifestos', 'plan', 'plans', 'document', 'paper', 'strategy', 'report', 'budget',
  'bill', 'programme', 'proposals', 'statement', 'review', 'framework', 'white', 'policy', 'deal',
]);
/** Reporting verbs: "X said that we will…" reports someone else's words. */
export const REPORTING_VERBS = set([
  'said', 'says', 'say', 'warned', 'warns', 'warn', 'argued', 'argues', 'argue', 'claimed',
  'claims', 'claim', 'believes', 'believe', 'believed', 'thinks', 'think', 'thought',
  'suggested', 'suggests', 'told', 'fear', 'fears', 'feared', 'predicted', 'predicts', 'expects',
  'expected', 'hopes', 'hoped', 'reported', 'reports', 'estimated', 'estimates', 'insisted',
  'insists', 'alleged', 'alleges', 'according', 'admitted', 'admits', 'announced', 'stated',
]);
/** Words in a leading "if …," clause that make the main clause a hedge. */
export const HEDGE_CONDITION_WORDS = set([
  'allow', 'allows', 'permit', 'permits', 'available', 'possible', 'affordable', 'afford',
  'necessary', 'appropriate', 'required', 'feasible', 'practicable', 'resources', 'funding',
]);
/** Words right before a pledge verb or noun that make it commentary: "failed to commit", "no pledge". */
export const COMMENTARY_BEFORE = set([
  'no', 'not', 'never', 'without', 'fail', 'fails', 'failed', 'failing', 'failure', 'refuse',
  'refuses', 'refused', 'refusing', 'yet', 'reluctant', 'unwilling', 'declined', 'declines', 'any',
  'short', 'broken', 'break', 'broke', 'abandoned', 'abandon', 'dropped', 'ditched', 'scrapped',
]);
/** Determiners that make a pledge noun someone's pledge being talked about: "the pledge to". */
export const COMMENTARY_DETERMINERS = set([
  'the', 'a', 'an', 'this', 'that', 'these', 'those', 'its', 'their', 'his', 'her', 'labour', "labour's",
  "party's", "government's", "tories'", "conservatives'", 'whose', 'such', 'new', 'latest', 'earlier',
]);
/** Past-time words before a past trigger: "In 2019 we pledged…" is a past event. */
export const PAST_TIME = set(['ago', 'previously', 'then', 'once', 'earlier', 'already', 'last', 'since']);
export const NEGATORS = set(['not', 'never', 'no', "n't", 'neither', 'nor']);

// ---------------------------------------------------------------------------
// Words between the trigger and the verb

/** Words skipped between the trigger and the main verb. */
export const FILLERS = set([
  'also', 'further', 'then', 'now', 'urgently', 'immediately', 'quickly', 'significantly',
  'substantially', 'dramatically', 'rapidly', 'radically', 'massively', 'finally', 'actively',
  'properly', 'fairly', 'rightly', 'always', 'therefore', 'instead', 'still', 'both', 'first',
  'swiftly', 'decisively', 'steadily', 'progressively', 'gradually', 'sustainably', 'at', 'last',
  'in', 'government', 'office', 'as', 'a', 'priority', 'matter', 'of', 'urgency', 'from', 'day',
  'one', 'continue', 'seek', 'work', 'aim', 'act', 'strive', 'look', 'begin', 'start', 'move',
  'to', 'take', 'action', 'steps', 'help', 'be', 'able', 'that', 'need', 'have', 'get', 'go',
  'and', 'fully', 'genuinely', 'really', 'truly', 'once', 'again', 'fight', 'campaign', 'try',
  'plan', 'want', 'intend', 'expect', 'hope', 'personally', 'together', 'jointly', 'directly',
]);
/** Fillers that only count as fillers when followed by "to" ("work to", "act to"). */
export const FILLERS_NEED_TO = set([
  'continue', 'seek', 'work', 'aim', 'act', 'strive', 'look', 'begin', 'start', 'move',
  'help', 'able', 'fight', 'campaign', 'try', 'plan', 'want', 'intend', 'expect', 'hope',
]);
/** After a modal, verbs of obligation, prediction or state: "councils will have to cut", "demand will rise". */
export const PREDICTIVE_VERBS = set([
  'need', 'needs', 'have', 'has', 'face', 'become', 'remain', 'suffer', 'struggle', 'lose', 'wait', 'feel',
  'mean', 'cost', 'require', 'depend', 'rely', 'fall', 'rise', 'go', 'come', 'seem', 'appear', 'happen',
  'result', 'lead', 'likely', 'probably', 'inevitably', 'surely', 'undoubtedly', 'certainly', 'rightly',
  'wrongly', 'reportedly', 'apparently', 'presumably', 'doubtless', 'almost', 'prove', 'leave', 'affect',
  'hurt', 'damage', 'undermine', 'worsen', 'plunge',
]);
/** Words between a modal and its verb that make the sentence a forecast or a judgement, not a pledge. */
export const FORECAST_ADVERBS = set([
  'likely', 'probably', 'inevitably', 'surely', 'undoubtedly', 'certainly', 'rightly', 'wrongly',
  'reportedly', 'apparently', 'presumably', 'doubtless', 'almost', 'eventually', 'soon', 'need', 'have',
  'inevitably', 'ultimately', 'arguably', 'possibly', 'perhaps', 'no',
]);
/** Subjects of "is to" that are not an actor: "The challenge is to provide…", "the question is to…". */
export const ABSTRACT_SUBJECTS = set([
  'challenge', 'task', 'question', 'problem', 'issue', 'answer', 'solution', 'aim', 'key', 'point', 'idea',
  'danger', 'risk', 'test', 'job', 'role', 'purpose', 'intention', 'goal', 'ambition', 'priority', 'option',
  'alternative', 'choice', 'aim', 'objective', 'hope', 'plan', 'proposal', 'intent', 'focus', 'response',
]);
/** "do everything we can to", "do all we can to", "do what it takes to": skipped like a filler. */
export const DO_ALL_WE_CAN = /^do (everything|all|what|whatever)( (that )?(we|i) (can|possibly can)| (it|that) takes| (in|within) our power| possible)? to$/;

// ---------------------------------------------------------------------------
// Verb classes (a verb in two lists takes the first class in VERB_CLASS_ORDER)

/** Verbs whose pledge is carried by an embedded clause ("require councils to …", "make sure X has …"). */
export const CONTROL_VERBS = ['ensure', 'require', 'enable', 'allow', 'encourage', 'expect', 'ask', 'empower', 'oblige', 'force', 'incentivise', 'incentivize', 'help', 'guarantee'];
/** Money verbs: always about money. */
export const MONEY_VERBS = ['invest', 'fund', 'finance', 'spend', 'allocate', 'resource', 'bankroll', 'reinvest', 'subsidise', 'subsidize', 'underwrite', 'part-fund', 'co-fund', 'refund'];
/** Staff verbs: always about headcount. */
export const STAFF_VERBS = ['recruit', 'hire', 'employ', 'fill', 'rehire'];
/** Change verbs: a change in something measurable; flags unless the object is unmeasured. */
export const CHANGE_VERBS = [
  'increase', 'raise', 'boost', 'cut', 'reduce', 'lower', 'double', 'halve', 'treble', 'triple',
  'grow', 'expand', 'extend', 'slash', 'shorten', 'decrease', 'lift', 'uplift', 'enlarge',
  'widen', 'scale', 'step', 'top', 'bring', 'drive', 'push', 'speed', 'ramp', 'level', 'multiply',
  'quadruple', 'bolster', 'augment', 'accelerate', 'minimise', 'minimize', 'maximise', 'maximize',
  'trim', 'curb', 'limit', 'cap', 'shrink',
];
/** Phrasal particles that turn the verbs above into change verbs ("bring down"). */
export const CHANGE_PARTICLES = set(['up', 'down']);
export const PARTICLE_ONLY_CHANGE = set(['scale', 'step', 'top', 'bring', 'drive', 'push', 'speed', 'ramp', 'level']);
/** Verbs that pledge only when their object is money or a measured level. */
export const PROTECT_VERBS = ['protect', 'ringfence', 'ring', 'safeguard', 'maintain', 'sustain', 'preserve', 'improve', 'keep', 'match', 'index', 'link', 'uprate', 'meet', 'hit', 'honour', 'honor'];
/** Verbs that pledge a measured thing only with a quantity cue ("train more nurses"). */
export const CUE_VERBS = ['train', 'retain', 'support', 'treat', 'see', 'develop', 'attract', 'educate', 'qualify'];
/** Verbs that pledge when their object names money, capacity, waits or targets. */
export const PROVIDE_VERBS = [
  'provide', 'give', 'deliver', 'offer', 'create', 'build', 'open', 'establish', 'put', 'make',
  'introduce', 'set', 'restore', 'reinstate', 'pay', 'secure', 'deploy', 'add', 'award', 'grant',
  'release', 'unlock', 'find', 'return', 'receive', 'reintroduce', 'guarantee', 'commission',
  'bring', 'get', 'reopen', 'supply', 'inject', 'negotiate', 'achieve', 'seek',
];
/** Verbs that pledge when their object is money (and only money): "use the savings", "focus resources". */
export const DIRECT_VERBS = ['use', 'focus', 'direct', 'channel', 'divert', 'redirect', 'reallocate', 'pour', 'plough', 'prioritise', 'prioritize', 'target', 'transfer', 'shift', 'move', 'free', 'switch', 'save'];
/**
 * Verbs of stopping or ending: measured when what stops is a measured change — cuts, closures,
 * shortages, waits ("halt pharmacy closures", "end the long waits") — never when it is a thing
 * ("end mixed-sex wards", "abolish prescription charges": exact outcomes).
 */
export const STOP_VERBS = [
  'end', 'stop', 'halt', 'reverse', 'tackle', 'address', 'fix', 'solve', 'close', 'clear', 'eliminate',
  'eradicate', 'prevent', 'beat', 'combat', 'avert', 'resolve', 'plug', 'bridge', 'overcome', 'rescue', 'undo',
];
/** Advocacy with "for": "press for greater funding", "campaign for more nurses". */
export const ADVOCACY_VERBS = ['press', 'call', 'argue', 'lobby', 'demand', 'seek', 'fight', 'campaign', 'push'];
/** Reviewing and consulting: pledge nothing measurable, and nothing in their infinitives either. */
export const REVIEW_VERBS = [
  'review', 'consult', 'assess', 'consider', 'explore', 'examine', 'investigate', 'evaluate', 'study',
  'audit', 'monitor', 'research', 'discuss', 'debate', 'look', 'report', 'measure', 'scrutinise',
  'scrutinize', 'track', 'map', 'model', 'forecast', 'estimate', 'calculate', 'analyse', 'analyze',
];
/** Verbs that pledge nothing measurable. */
export const UNMEASURED_VERBS = [
  'publish', 'involve', 'respect', 'recognise', 'recognize', 'value', 'champion', 'listen', 'engage',
  'register', 'inspect', 'regulate', 'promote', 'integrate', 'reform', 'repeal', 'legislate',
  'abolish', 'scrap', 'ban', 'remove', 'work', 'talk', 'commission', 'campaign', 'celebrate', 'honour',
  'thank', 'learn', 'share', 'collect', 'record', 'publicise', 'inform', 'tell', 'respond', 'reply',
  'hold', 'strengthen', 'simplify', 'streamline', 'modernise', 'transform', 'rebuild', 'renew',
  'reaffirm', 'restate', 'defend', 'oppose', 'reject', 'resist', 'challenge', 'lead', 'coordinate',
  'co-ordinate', 'join', 'rule', 'outlaw', 'prohibit', 'regulate', 'enshrine', 'uphold', 'clarify',
  'explain', 'accept', 'endorse', 'back', 'welcome', 'name', 'appoint', 'treat',
];
export const VERB_CLASS_ORDER: Array<[VerbClass, string[]]> = [
  ['control', CONTROL_VERBS],
  ['money', MONEY_VERBS],
  ['staff', STAFF_VERBS],
  ['change', CHANGE_VERBS],
  ['protect', PROTECT_VERBS],
  ['cue', CUE_VERBS],
  ['provide', PROVIDE_VERBS],
  ['direct', DIRECT_VERBS],
  ['stop', STOP_VERBS],
  ['advocacy', ADVOCACY_VERBS],
  ['review', REVIEW_VERBS],
  ['unmeasured', UNMEASURED_VERBS],
];
export type VerbClass = 'control' | 'money' | 'staff' | 'change' | 'protect' | 'cue' | 'provide' | 'direct' | 'stop' | 'advocacy' | 'review' | 'unmeasured' | 'unknown';

/** Phrasal verbs that pledge nothing: "build on", "set out proposals". */
export const PHRASAL_BLOCKS: Record<string, string[]> = {
  build: ['on', 'upon'], set: ['out'], put: ['forward'], make: ['clear', 'it'], open: ['up'],
  give: ['up'], bring: ['together', 'forward'], find: ['out', 'ways'], look: ['at', 'into'],
  move: ['away', 'towards', 'toward'], keep: ['under'], take: ['forward'],
};
export const IRREGULAR_VERBS: Record<string, string> = {
  built: 'build', spent: 'spend', paid: 'pay', given: 'give', grown: 'grow', made: 'make',
  brought: 'bring', put: 'put', set: 'set', kept: 'keep', taken: 'take', cut: 'cut', found: 'find',
  driven: 'drive', drove: 'drive', gave: 'give', grew: 'grow', led: 'lead', held: 'hold',
  ringfenced: 'ringfence', 'ring-fenced': 'ringfence', 'ring-fence': 'ringfence', 'ring-fencing': 'ringfence',
  got: 'get', gotten: 'get', met: 'meet', hit: 'hit', shut: 'shut', sought: 'seek',
};

/** "make X compulsory": a change of rule or status, not of quantity. */
export const STATE_ADJECTIVES = set([
  'compulsory', 'mandatory', 'optional', 'voluntary', 'statutory', 'free', 'universal', 'available',
  'legal', 'illegal', 'accessible', 'portable', 'transparent', 'accountable', 'easier', 'simpler',
]);

// ---------------------------------------------------------------------------
// Nouns

/** Money nouns. */
export const MONEY_NOUNS = set([
  'funding', 'funds', 'fund', 'investment', 'investments', 'spending', 'spend', 'budget', 'budgets',
  'pay', 'wage', 'wages', 'salary', 'salaries', 'money', 'resources', 'resourcing', 'cost', 'costs',
  'fee', 'fees', 'charge', 'charges', 'levy', 'levies', 'tax', 'taxes', 'taxation', 'grant',
  'grants', 'allowance', 'allowances', 'payment', 'payments', 'finance', 'finances', 'cash',
  'subsidy', 'subsidies', 'price', 'prices', 'tariff', 'tariffs', 'income', 'incomes', 'revenue', 'capital',
  'remuneration', 'earnings', 'bursary', 'bursaries', 'pension', 'pensions', 'contribution',
  'contributions', 'settlement', 'uplift', 'premium', 'premiums', 'savings', 'pounds', 'financing',
  'expenditure', 'allocation', 'allocations', 'deficit', 'deficits', 'underfunding', 'underinvestment',
]);
/** Staff nouns (counted only with a staff verb, a quantity cue or a "have" frame). */
export const STAFF_NOUNS = set([
  'staff', 'staffing', 'workforce', 'workers', 'nurses', 'doctors', 'gps', 'midwives', 'dentists',
  'pharmacists', 'physiotherapists', 'therapists', 'paramedics', 'consultants', 'surgeons',
  'psychiatrists', 'psychologists', 'visitors', 'carers', 'practitioners', 'clinicians',
  'professionals', 'posts', 'vacancies', 'jobs', 'apprenticeships', 'apprentices', 'trainees',
  'recruits', 'personnel', 'assistants', 'counsellors', 'medics', 'radiographers', 'optometrists',
  'hygienists', 'technicians', 'specialists', 'teams', 'workforces', 'officers', 'porters',
  'cleaners', 'nursing', 'social', 'sonographers', 'audiologists', 'dietitians', 'podiatrists',
  'obstetricians', 'anaesthetists', 'paediatricians', 'oncologists', 'radiologists', 'pathologists',
  'managers', 'navigators', 'coordinators', 'co-ordinators', 'associates', 'workers', 'students',
]);
/** Staff nouns that are never a head alone ("nursing" is a modifier or a service, "social" an adjective). */
export const STAFF_MODIFIER_ONLY = set(['nursing', 'social', 'students']);
/** Capacity nouns. */
export const CAPACITY_NOUNS = set([
  'places', 'beds', 'appointments', 'centres', 'centers', 'homes', 'hubs', 'clinics', 'hospitals',
  'surgeries', 'practices', 'slots', 'capacity', 'units', 'wards', 'theatres', 'scanners',
  'operations', 'procedures', 'checks', 'screenings', 'vaccinations', 'visits', 'sessions',
  'provision', 'supply', 'numbers', 'number', 'availability', 'hours', 'breaks', 'packages',
  'treatments', 'tests', 'scans', 'consultations', 'referrals', 'spaces', 'facilities',
  'pharmacies', 'respite', 'placements', 'cover', 'ambulances', 'machines', 'diagnostics',
]);
/** Waiting nouns. */
export const WAIT_NOUNS = set([
  'waiting', 'waits', 'wait', 'backlog', 'backlogs', 'delays', 'delay', 'queues', 'queue',
  'lists', 'list', 'discharges', 'times', 'handovers',
]);
/** Words before "times"/"lists" that make them waits: "waiting times", "response times". */
export const WAIT_MODIFIER = /(^|-)(waiting|response|treatment|handover|turnaround|ambulance|wait|a&e|diagnosis|referral)$/;
/** Target / level nouns. */
export const TARGET_NOUNS = set([
  'target', 'targets', 'level', 'levels', 'rate', 'rates', 'proportion', 'share', 'ratio', 'ratios',
  'use', 'uptake', 'coverage', 'admissions', 'readmissions', 'deaths', 'inequalities', 'gap',
  'gaps', 'reliance', 'spend', 'output', 'productivity', 'threshold', 'thresholds', 'cap', 'floor',
  'obesity', 'smoking', 'mortality', 'suicide', 'suicides', 'prevalence', 'infections', 'harm',
  'loneliness', 'poverty', 'homelessness', 'overcrowding', 'vacancy', 'turnover', 'sickness',
  'occupancy', 'ratio', 'caseloads', 'caseload', 'incidence',
]);
/** Target nouns that measure only with a measured word beside them ("staffing levels", "levels of pay"). */
export const WEAK_TARGETS = set(['level', 'levels', 'rate', 'rates', 'share', 'proportion', 'use', 'uptake', 'output', 'coverage', 'spend', 'floor']);
/** Words that fix a quantity by comparison: "equal resources", "the same pay as", "parity of funding". */
export const EXACT_COMPARATIVES = set(['equal', 'same', 'parity', 'equivalent', 'identical', 'matching']);
/** Named rates: "pay the living wage" gives a figure by name. */
export const NAMED_RATE = /^(the |a )?(real |national |london |voluntary )?(living|minimum) wage$/;
/** How something is funded, not how much: "publicly funded", "centrally funded". */
export const FUNDING_MODES = set(['publicly', 'privately', 'centrally', 'nationally', 'locally', 'jointly', 'directly', 'separately', 'collectively', 'progressively', 'wholly', 'partly', 'part', 'state', 'tax', 'taxpayer']);
/** Titles and roles that make a subject someone else: "Mr Burnham pledged…", "the Minister promised…". */
export const PERSON_SUBJECTS = set(['mr', 'mrs', 'ms', 'miss', 'sir', 'dame', 'lord', 'lady', 'baroness', 'dr', 'professor', 'spokesperson', 'spokesman', 'spokeswoman', 'leader', 'chief', 'executive', 'minister', 'secretary', 'mp', 'mps', 'he', 'she', 'they', 'candidate', 'councillor', 'cllr', 'chair', 'chairman', 'chairwoman', 'president', 'director']);
/**
 * Nouns that are a measured change in themselves: a pledge to stop them, close them or reverse
 * them is about something measured ("halt pharmacy cuts", "close the funding gap").
 */
export const LOSS_NOUNS = set([
  'cuts', 'cut', 'closures', 'closure', 'shortages', 'shortage', 'shortfall', 'shortfalls',
  'underfunding', 'underinvestment', 'vacancies', 'backlog', 'backlogs', 'waits', 'delays',
  'queues', 'deficit', 'deficits', 'gap', 'gaps', 'losses', 'loss', 'decline', 'erosion', 'squeeze',
  'downgrading', 'rationing', 'freeze', 'freezes', 'fall', 'falls',
]);
/** Loss nouns that are measured only with a measured modifier or complement ("the funding gap"). */
export const LOSS_NEEDS_MEASURE = set(['gap', 'gaps', 'losses', 'loss', 'decline', 'fall', 'falls', 'erosion', 'squeeze', 'rationing', 'freeze', 'freezes', 'downgrading']);
/** Nouns of change: measured like the change verbs ("an increase in the budget"). */
export const CHANGE_NOUNS = set([
  'increase', 'increases', 'rise', 'rises', 'boost', 'boosts', 'uplift', 'uplifts', 'reduction',
  'reductions', 'expansion', 'expansions', 'growth', 'injection', 'hike', 'hikes', 'cut', 'cuts',
  'extension', 'investment', 'top-up', 'improvement', 'increment', 'rise', 'doubling', 'trebling',
]);
/** Nouns that say nothing themselves and pass to their complement ("the scandal of slow response times"). */
export const WRAPPER_NOUNS = set([
  'scandal', 'problem', 'problems', 'breach', 'breaches', 'number', 'numbers', 'level', 'levels', 'amount',
  'amounts', 'supply', 'proportion', 'share', 'rate', 'rates', 'issue', 'crisis', 'cycle', 'trend', 'pattern',
  'practice', 'lack', 'spiral', 'scale', 'volume',
]);
/** Wrappers a stopping verb may not pass through: "end the practice of…" stops a thing, not a quantity. */
export const STOP_OPAQUE_WRAPPERS = set(['crisis', 'practice', 'use', 'issue']);
/** Nouns that make a pledge unmeasured when they head its object. */
export const UNMEASURED_NOUNS = set([
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
  'attention', 'focus', 'emphasis', 'talks', 'negotiations', 'representation', 'protections',
  'safeguards', 'complaints', 'data', 'name', 'identity', 'system', 'contract', 'contracts', 'access',
  'experience', 'outcomes', 'care', 'services', 'obstacles', 'support', 'training', 'formula',
  'mechanism', 'mechanisms', 'model', 'structure', 'terms', 'conditions', 'career', 'careers',
  'pathway', 'pathways', 'ability', 'chance', 'licence', 'license', 'permission', 'consent',
  'portal', 'app', 'website', 'helpline', 'line', 'campaign', 'study', 'research', 'audit',
  'evaluation', 'summit', 'convention', 'forum', 'agency', 'service', 'academy', 'college',
]);
/** Nouns that, for change verbs only, do not block ("expand respite care", "improve access"). */
export const CHANGE_OK_NOUNS = set(['care', 'services', 'service', 'access', 'outcomes', 'contracts', 'contract', 'system', 'support', 'training']);
/** Head nouns whose infinitive is not a pledge of its own ("the power to raise funding", "a review of how to…"). */
export const INFINITIVE_BLOCKING_NOUNS = set([
  'right', 'rights', 'entitlement', 'duty', 'duties', 'power', 'powers', 'freedom', 'freedoms',
  'flexibility', 'ability', 'opportunity', 'opportunities', 'chance', 'choice', 'say', 'voice',
  'review', 'reviews', 'consultation', 'inquiry', 'commission', 'study', 'assessment', 'body',
  'bodies', 'permission', 'licence', 'license', 'autonomy', 'independence', 'option', 'options',
  'time', 'means', 'tools', 'incentive', 'incentives', 'need', 'case', 'evidence', 'ways', 'way',
]);
/** Quantity cues that make staff or generic nouns countable ("more nurses"). */
export const QUANTITY_CUES = set([
  'more', 'extra', 'additional', 'further', 'increased', 'higher', 'fewer', 'less', 'lower', 'shorter',
  'faster', 'enough', 'thousands', 'hundreds', 'millions', 'billions', 'bigger', 'larger', 'greater',
  'sufficient', 'record',
]);
/** Cues that count in a pledge with no verb of its own ("New hospitals for…", "Better pay for…"). */
export const NOMINAL_CUES = set([...QUANTITY_CUES, 'new', 'adequate', 'major', 'significant', 'substantial', 'better', 'improved', 'immediate']);
/** Of those, the ones that count only for money ("better pay", "major investment"). */
export const MONEY_ONLY_CUES = set(['better', 'improved', 'major', 'significant', 'substantial', 'adequate', 'immediate']);
/** Function words that end an object phrase. */
export const OBJECT_STOPS = set([
  'so', 'which', 'who', 'whom', 'whose', 'while', 'whilst', 'because', 'where', 'when', 'unless',
  'although', 'though', 'but', 'whereas', 'if', 'until', 'before', 'after', 'since', 'through',
  'by', 'thereby', 'via', 'that', 'how', 'what', 'whether', 'including', 'alongside', 'rather',
  'instead', 'as', 'without', 'despite',
]);
/** Prepositions that end a noun phrase's head chunk. */
export const PREPOSITIONS = set([
  'of', 'for', 'in', 'on', 'to', 'at', 'from', 'with', 'into', 'across', 'within', 'among', 'amongst',
  'between', 'under', 'over', 'towards', 'toward', 'throughout', 'about', 'around', 'near', 'per',
  'onto', 'upon', 'beyond', 'against', 'outside', 'inside', 'like', 'than',
]);
/** Pronouns that open a reduced relative clause: "the nurses they need". */
export const RELATIVE_PRONOUNS = set(['it', 'they', 'we', 'you', 'he', 'she', 'people', 'patients', 'families']);
/** Verbs of such a clause that the object keeps ("the money they need", "the pay they deserve"). */
export const NEED_VERBS = set([
  'need', 'needs', 'deserve', 'deserves', 'require', 'requires', 'want', 'wants', 'expect', 'expects', 'were',
  'was', 'are', 'is', 'have', 'has', 'lost', 'lose', 'rely', 'gives', 'give', 'provides', 'provide', 'pays',
  'offers', 'offer', 'receive', 'receives', 'get', 'gets', 'spends', 'spend', 'employs', 'employ', 'runs', 'run',
  'funds', 'fund', 'face', 'faces',
]);
/** Words that follow a noun, not a verb: "Increase in demand", "Cut to budgets has". */
export const NOUN_USE_FOLLOWERS = set(['in', 'of', 'on', 'is', 'was', 'has', 'had', 'are', 'were', 'will', 'would', 'to', 'from', "'s", 'for', 'have', 'can', 'could', 'should', 'may', 'might', 'must']);
export const DETERMINERS = set([
  'the', 'a', 'an', 'our', 'their', 'its', 'this', 'that', 'these', 'those', 'all', 'every',
  'each', 'any', 'some', 'his', 'her', 'more', 'extra', 'additional', 'further', 'new', 'local',
  'your', 'my',
]);
/** Words that open a clause, not an imperative: "Despite the cuts, …". */
export const NOT_IMPERATIVE = set([
  'despite', 'under', 'after', 'before', 'since', 'for', 'with', 'without', 'across', 'in', 'on', 'at',
  'by', 'from', 'as', 'while', 'whilst', 'when', 'if', 'unless', 'although', 'because', 'between',
  'during', 'over', 'through', 'throughout', 'following', 'given', 'including', 'the', 'a', 'an', 'our',
  'their', 'this', 'these', 'those', 'there', 'it', 'we', 'they', 'he', 'she', 'you', 'i', 'all',
  'every', 'each', 'many', 'most', 'some', 'no', 'not', 'only', 'more', 'less', 'fewer', 'half',
  'one', 'two', 'three', 'of', 'to', 'and', 'or', 'but', 'so', 'yet', 'also', 'too', 'very', 'why',
  'how', 'what', 'who', 'where', 'which', 'that', 'labour', 'nhs', 'local', 'new', 'better', 'good',
  'free', 'fair', 'safe', 'real', 'key', 'total', 'about', 'around', 'against', 'among', 'toward',
  'towards', 'within', 'into', 'upon', 'per', 'via', 'like', 'unlike', 'such', 'other', 'both',
]);
