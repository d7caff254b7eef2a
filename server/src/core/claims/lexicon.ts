// What the claim model knows about words: data, not code. A claim is matched by what it measures
// and what it acts on, so the words that name the same measured thing in other frames fold to one
// concept here ("family doctor" and "GP"; "look after" and "carer"), places and groups are scope,
// and the frame words around a figure ("invest", "extra", "there are") say nothing about what it
// measures.
import { stemmer } from 'stemmer';

/** Phrases folded to one concept word before a claim's words are taken (longest first). */
export const CONCEPTS: Array<[concept: string, phrases: string[]]> = [
  [
    'carer',
    [
      'unpaid carers',
      'unpaid carer',
      'family carers',
      'family carer',
      'carers',
      'carer',
      'caregivers',
      'caregiver',
      'care givers',
      'care for someone',
      'care for a relative',
      'care for relatives',
      'caring for someone',
      'caring for a relative',
      'provide unpaid care',
      'providing unpaid care',
      'provides unpaid care',
      'giving unpaid care',
      'give unpaid care',
      'gives unpaid care',
      'look after',
      'looks after',
      'looking after',
      'looked after',
    ],
  ],
  [
    'gp',
    [
      'general practitioners',
      'general practitioner',
      'general practice',
      'family doctors',
      'family doctor',
      'gps',
      'gp',
    ],
  ],
  ['appointment', ['appointments', 'appointment', 'consultation', 'see a']],
  // Money taken away, however a sentence says it: "£8 billion of budget cuts", "budgets reduced by
  // £5 billion", "£6 billion taken out of council budgets".
  [
    'cut',
    [
      'cuts',
      'cut',
      'reductions in spending',
      'spending reductions',
      'reduced',
      'reduction',
      'reductions',
      'taken out of',
      'taken out',
      'taken from',
      'stripped out of',
      'stripped from',
      'slashed',
      'lost',
      'lose',
      'losing',
    ],
  ],
  // What shapes health and where it lies: "60 per cent of a person's health is determined by
  // factors beyond the influence of the NHS" is "80 per cent of health is shaped outside the health service".
  ['nh', ['the national health service', 'national health service', 'the health service', 'nhs']],
  [
    'determin',
    [
      'determined by',
      'determines',
      'determine',
      'determinants of',
      'determinants',
      'shaped by',
      'shapes',
      'shaped',
      'influenced by',
      'causes of',
      'caused by',
      'drivers of',
    ],
  ],
  ['beyond', ['beyond', 'outside of', 'outside']],
  // What carers' unpaid care is worth to the state: "saves the state £18,471", "spares the public purse £19,300".
  ['state', ['the public purse', 'the taxpayer', 'taxpayers', 'the exchequer', 'the treasury', 'the state']],
  ['save', ['saves', 'saving', 'savings', 'save', 'spares', 'spare', 'spared']],
  // "12% of the population", "15 per cent of the people of Wales".
  ['popul', ['population', 'the people of', 'people of']],
  // "the share of the population", "a greater proportion of unpaid carers": a share, however named.
  ['share', ['proportion', 'share', 'percentage']],
  // An amount for each person: "spending per head", "per capita spending".
  ['perhead', ['per capita', 'per head', 'a head', 'per person']],
  ['council', ['local authorities', 'local authority', 'local government', 'local councils', 'councils', 'council']],
  // The people a service is for, however a sentence names them.
  [
    'user',
    [
      'service users',
      'service user',
      'users',
      'user',
      'people who use',
      'people using',
      'those who use',
      'those using',
      'people receiving',
      'those receiving',
      'people who receive',
      'those who receive',
      'recipients',
    ],
  ],
  ['cap', ['cap on care costs', 'care cost cap', 'cap on the cost of care', 'cap']],
  ['ringfenc', ['ring fenced', 'ring fence', 'ring fencing', 'ringfenced', 'ringfence', 'ringfencing']],
];

/** Places: a claim's scope. Two claims that name different places are about different things. */
export const PLACES: Array<[place: string, phrases: string[]]> = [
  [
    'uk',
    [
      'united kingdom',
      'the uk',
      "the uk's",
      'uk',
      'uk-wide',
      'britain',
      "britain's",
      'great britain',
      'across the country',
      'nationwide',
    ],
  ],
  ['england+wales', ['england and wales']],
  ['england', ['england', "england's", 'english']],
  ['wales', ['wales', "wales's", 'welsh']],
  ['scotland', ['scotland', "scotland's", 'scottish']],
  ['northern-ireland', ['northern ireland', "northern ireland's"]],
  ['london', ['london', "london's"]],
  // A council's or a constituency's own area: a local count is not a national one.
  [
    'local-area',
    [
      'the borough',
      'our borough',
      'this borough',
      'the county',
      'our county',
      'this county',
      'the constituency',
      'my constituency',
      'our constituency',
      'this constituency',
      'our area',
      'the local area',
      'our local area',
      'our town',
      'our city',
      'the district',
      'our district',
    ],
  ],
];

/**
 * Groups of people a count is about: part of what is measured, so "carers aged 65 and over" is
 * not "carers". Ages come from the figure extractor ("65 and over" is an age); these words name
 * the older group without a figure.
 */
export const OLDER_WORDS = ['pensioners', 'pensioner', 'older', 'elderly', 'over-65s', 'retired'];
export const YOUNG_WORDS = ['young', 'younger', 'child', 'children', 'teenage'];
/** Other groups a count of carers or users is often cut to: part of what is measured too. */
export const GROUP_PHRASES: Array<[group: string, phrase: RegExp]> = [
  ['full-time', /\bfull[- ]time\b/i],
  ['working-age', /\bworking[- ]age\b|\bof working age\b/i],
];

/**
 * Words that make a figure a survey's: its respondents or their answers are a sample, not the
 * whole ("11,600 carers filled in our survey" does not count the carers of a country), and what
 * people told it they would like is their answer, not a policy. A survey
 * that estimates a population ("the Family Resources Survey estimates 6.3 million") is not one.
 */
export const SAMPLE_PHRASE =
  /\b(?:respondents?|responded|surveyed|polled|filled in|took part in|completed (?:our|the|a|this) (?:survey|questionnaire|poll)|they (?:would like|wanted|wished|would want))\b/i;

/**
 * A count of people coming into a state over a time ("will become carers", "becoming carers each year"): a flow, not
 * how many there are.
 */
export const FLOW_PHRASE = /^\W*(?:[\w'’-]+\W+){0,4}?(?:become|becoming)\b/i;
/** "Have become the backbone": a state reached, not people coming into one. */
export const STATE_REACHED = /\b(?:have|has|had|having)\s+(?:now\s+)?become\b/i;

/** Nouns that count people in general: the claim's thing is then what those people do or are. */
export const PERSON_STEMS = new Set(
  ['person', 'people', 'adult', 'individual', 'resident', 'citizen', 'pensioner', 'household', 'family'].map(stemmer),
);

/**
 * Conditions people live with, by stem, each to the condition it names ("Alzheimer's" is a dementia): a count or share
 * of those with one ("670,000 carers of someone with dementia") is of another group than one that names none or
 * another ("6.5 million unpaid carers").
 */
export const CONDITIONS = new Map(
  (
    [
      ['dementia', 'dementia'],
      ['alzheimer', 'dementia'],
      ['cancer', 'cancer'],
      ['autism', 'autism'],
      ['autistic', 'autism'],
      ['stroke', 'stroke'],
      ['parkinson', 'parkinson'],
      ['diabetes', 'diabetes'],
      ['asthma', 'asthma'],
      ['arthritis', 'arthritis'],
      ['epilepsy', 'epilepsy'],
      ['copd', 'copd'],
      ['hiv', 'hiv'],
    ] as const
  ).map(([word, condition]) => [stemmer(word), condition]),
);
/** Words before a condition that say people have it: "with dementia", "survivors of stroke", "has cancer". */
export const CONDITION_BEFORE = new Set(['with', 'has', 'have', 'had', 'having', 'of', 'from', 'after', 'by']);
/** People named after a condition: "stroke survivors", "dementia carers", "cancer patients". */
export const CONDITION_PEOPLE = new Set(
  ['carer', 'patient', 'survivor', 'sufferer', 'people', 'person', 'child', 'children', 'adult'].map(stemmer),
);

/** Words that say a figure is per person: a per-person amount is not a total. */
// ("per head", "per capita" and "per person" are folded to the concept "perhead": see CONCEPTS.)
export const PER_HEAD_WORDS = new Set(['each', 'per', 'every', 'average']);

/**
 * Words of the frame around a figure that do not say what it measures: "we will invest an extra
 * £100 million in general practice" measures money for general practice, not "invest" or "extra"; nor does
 * when it was said ("announced in September", "since April 2019": the year is the figure's scope).
 * Stemmed here, as claims' words are.
 */
export const FRAME_WORDS = new Set(
  `invest spend put provide give deliver fund finance allocate commit pledge promise guarantee extra additional
  new more further total overall around about nearly almost over some just only least estimate expect project
  figure number amount sum level year annual month week day time current now today recent latest record rise
  rose risen fall fell fallen grow grown increase decrease reduce cut save worth value cost make made making
  mean would could said say show report survey suggest there here will shall must can may might need whole all
  nation next last past come cent percent sure properly fully really actually go goes going get gets since
  announce announced grew decade decades january february march april june july august september october
  november december tell tells told somewhere roughly feel feels felt`
    .split(/\s+/)
    .filter(Boolean)
    .map(stemmer),
);

/** Words of staff leaving, as written: a share of staff with one of them measures turnover. */
export const LEAVING_WORDS = new Set([
  'lose',
  'loses',
  'losing',
  'lost',
  'leave',
  'leaves',
  'leaving',
  'left',
  'quit',
  'quits',
]);
/** Stems of the words for an employer's staff. */
export const STAFF_STEMS = new Set(['staff', 'worker', 'workforce', 'employee', 'carer'].map(stemmer));

/** Numbers and fractions written as words: part of a figure, never what it measures. */
export const NUMBER_WORDS = new Set(
  (
    'one two three four five six seven eight nine ten eleven twelve twenty thirty forty fifty sixty seventy ' +
    'eighty ninety hundred half quarter third thirds fifth fifths'
  ).split(' '),
);

/** Words that say how near a figure is ("around 6,200 a year", "nearly 1.4 million"): never what it counts. */
export const APPROXIMATORS = new Set(
  'about around approximately roughly nearly almost some circa estimated over under just'.split(' '),
);

/** Words that scale a figure ("6.5 million", "aged 65"): part of it, never what it measures. */
export const SCALE_WORDS = new Set(['thousand', 'million', 'billion', 'trillion', 'bn', 'm', 'k', 'hundred', 'aged']);

/**
 * Before a figure: it is a value expected in time to come ("this number is expected to rise to 9 million",
 * "projected to reach £10bn by 2030", "demographers expect nine million to be doing so"), not today's; so is what
 * would be needed ("the country would need 8 million carers by 2035", "will need an extra 50,000 nurses").
 */
export const PROJECTION_BEFORE =
  /\b(?:(?:expected|projected|forecast|predicted|set|likely)\s+to\s+(?:rise|grow|increase|climb|fall|drop|reach|hit|top|exceed|double)\s+(?:to\s+)?|(?:will|could|may|might|would)\s+(?:rise|grow|increase|climb|reach|hit|top|exceed|fall|drop)\s+(?:to\s+|by\s+)?|(?:will|would|could|may|might)\s+(?:need|require)\s+(?:an?\s+(?:extra|additional|further)\s+)?|(?:expects?|expected|forecasts?|predicts?|predicted|projects?|anticipates?|anticipated)\s+(?:that\s+)?)(?:about|around|almost|nearly|roughly|over|more than|some)?\s*$/i;

/**
 * Between a projected figure and the next: a verb sharing its subject and modal ("would need 8 million carers but have
 * only 6 million available"), so the next is projected too.
 */
export const SHARED_PROJECTION =
  /^\s*(?:[a-z]+\s+){0,3}?(?:but|and|yet)\s+(?:only\s+)?(?:have|need|require|reach|see)\s+(?:only\s+|just\s+|about\s+|around\s+|some\s+)?$/i;

/** Words that mark a figure as a past or projected value of something else's current one. */
export const COMPARISON_MARKERS = [
  /\b(up|down|rising|falling|risen|fallen|rose|fell|increased|decreased|grown|dropped)\s+from\s*$/,
  /\bcompared\s+(to|with)\s*$/,
  /\bfrom\s*$/,
];

/**
 * Nouns derived from verbs of direction, for actions written as nouns ("the abolition of …",
 * "an expansion of …"): noun -> verb. The verb is what the antonym table knows. Singular only:
 * plurals ("closures of walk-in centres have had …") report events more often than positions.
 */
export const DERIVATIONS: Record<string, string> = {
  abolition: 'abolish',
  repeal: 'repeal',
  removal: 'remove',
  restoration: 'restore',
  reinstatement: 'reinstate',
  introduction: 'introduce',
  reintroduction: 'reintroduce',
  creation: 'create',
  establishment: 'establish',
  expansion: 'expand',
  extension: 'extend',
  increase: 'increase',
  reduction: 'reduce',
  cut: 'cut',
  closure: 'close',
  opening: 'open',
  inclusion: 'include',
  exclusion: 'exclude',
  ban: 'ban',
  relaxation: 'relax',
  tightening: 'tighten',
  narrowing: 'narrow',
  widening: 'widen',
  privatisation: 'privatise',
  nationalisation: 'nationalise',
  retention: 'retain',
  continuation: 'continue',
  scrapping: 'scrap',
  withdrawal: 'withdraw',
  rejection: 'reject',
};

/** Prepositions of time before "the end of", "the close of": the direction word is a point in time. */
export const TIME_PREPOSITIONS = new Set([
  'at',
  'by',
  'until',
  'till',
  'before',
  'after',
  'from',
  'to',
  'towards',
  'since',
]);
