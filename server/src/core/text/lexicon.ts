// Word lists the matcher relies on. Data, not code: extend a list rather than adding a branch.

export const STOPWORDS = new Set(
  `a an the and or but if of to in on at by for from with as into onto over under about than then that this these those
  is are was were be been being am has have had do does did will shall would should can could may might must
  it its it's their they them there here we our us you your he she his her him i me my who whom whose which
  what when where why how
  also all any each every both either neither some such so too very just only even more most much many other
  others own same
  up down out off again further once per via upon within across through between during before after above below
  labour labour's government party amendment`
    .split(/\s+/)
    .filter(Boolean),
);

/** Words that flip a statement's polarity. */
export const NEGATIONS = new Set([
  'not',
  'no',
  'never',
  'without',
  'nor',
  'none',
  'cannot',
  "can't",
  "won't",
  "don't",
  "doesn't",
  "shouldn't",
  "wouldn't",
  "isn't",
  "aren't",
  "didn't",
  "wasn't",
  "weren't",
  "couldn't",
  'neither',
  'nobody',
  'nothing',
]);

/**
 * Negations as they are often mistyped: without the apostrophe ("dont", "cant") or with a letter doubled ("cannott",
 * "nott"), each to the form meant. A set of spellings rather than a rule, so a word costs one look-up; no English word
 * is among them ("wont" and "cant" are, but rarely in policy text, and far more often mean the negation).
 */
export const MISSPELT_NEGATIONS: ReadonlyMap<string, string> = (() => {
  const out = new Map<string, string>();
  for (const word of NEGATIONS) {
    const bare = word.replace("'", '');
    if (bare !== word) out.set(bare, word);
    for (const form of [word, bare])
      for (let i = 0; i < form.length; i++) {
        if (form[i] === "'") continue;
        const doubled = form.slice(0, i + 1) + form.slice(i);
        if (!NEGATIONS.has(doubled)) out.set(doubled, word);
      }
  }
  return out;
})();

/** Words treated as one another when comparing passages (light rewording). First word is the canonical form. */
export const SYNONYMS: string[][] = [
  ['ensure', 'make sure', 'guarantee'],
  ['provide', 'give', 'offer', 'deliver'],
  ['support', 'help', 'assist'],
  ['people', 'individuals'],
  ['patient', 'patients'],
  ['begin', 'start', 'commence'],
  ['large', 'big'],
  ['almost', 'nearly'],
  ['fast', 'quick', 'rapid', 'swift'],
  ['council', 'councils', 'local authority', 'local authorities'],
  ['staff', 'workforce', 'employees'],
  ['money', 'funds', 'funding', 'resources'],
  ['improve', 'enhance'],
  ['require', 'oblige', 'compel'],
  ['make', 'render'],
  ['end', 'finish'],
  ['bring', 'take'],
  ['establish', 'set up', 'create'],
  ['public', 'publicly'],
  ['plan', 'programme', 'program', 'strategy'],
  ['home', 'house'],
  // "Not for profit" names a kind of body; its "not" negates nothing.
  ['nonprofit', 'not for profit'],
];

/** British and American spellings, and common variants. */
export const SPELLING_VARIANTS: Record<string, string> = {
  labor: 'labour',
  center: 'centre',
  centers: 'centres',
  program: 'programme',
  programs: 'programmes',
  behavior: 'behaviour',
  color: 'colour',
  favor: 'favour',
  honor: 'honour',
  neighbor: 'neighbour',
  pediatric: 'paediatric',
  anesthetic: 'anaesthetic',
  hospitalization: 'hospitalisation',
  fulfill: 'fulfil',
  enroll: 'enrol',
  cooperation: 'co-operation',
  coordinate: 'co-ordinate',
  coordination: 'co-ordination',
  ringfenced: 'ring-fenced',
  healthcare: 'health care',
  homecare: 'home care',
  'not-for-profit': 'nonprofit',
  'non-profit': 'nonprofit',
  wellbeing: 'well-being',
  judgment: 'judgement',
  // "£20bn" says "£20 billion": the scale word is compared as the word.
  bn: 'billion',
};

/**
 * Opposite actions and states. A near-copy that swaps a word of one side for a word of the other
 * says the opposite of its source. Each entry is [one side, other side]; words are compared after
 * stemming, and a word may stand in several entries. Add a pair here to teach the checks a new
 * opposite: no code changes.
 */
export const ANTONYMS: Array<[string[], string[]]> = [
  [
    ['abolish', 'scrap', 'repeal', 'end', 'remove', 'axe', 'dismantle', 'withdraw', 'replace'],
    ['retain', 'keep', 'maintain', 'preserve', 'protect', 'continue'],
  ],
  [
    ['introduce', 'create', 'establish', 'reintroduce', 'launch'],
    ['abolish', 'scrap', 'remove', 'end', 'withdraw', 'axe'],
  ],
  [
    ['increase', 'raise', 'boost', 'expand', 'extend', 'grow', 'double', 'treble'],
    ['cut', 'reduce', 'decrease', 'lower', 'freeze', 'shrink', 'halve', 'slash'],
  ],
  [['open'], ['close', 'shut']],
  [
    ['include', 'including'],
    ['exclude', 'excluding'],
  ],
  [
    ['allow', 'permit', 'legalise'],
    ['ban', 'prohibit', 'forbid', 'outlaw'],
  ],
  [
    ['support', 'back', 'welcome', 'accept', 'endorse'],
    ['oppose', 'reject', 'resist'],
  ],
  [
    ['optional', 'voluntary', 'discretionary'],
    ['compulsory', 'mandatory', 'obligatory', 'statutory'],
  ],
  [
    ['unchanged', 'leave'],
    ['amend', 'change', 'reform', 'rewrite'],
  ],
  [
    ['public', 'publicly'],
    ['private', 'privately'],
  ],
  [
    ['privatise', 'outsource'],
    ['nationalise', 'insource'],
  ],
  [
    ['more', 'higher', 'greater'],
    ['fewer', 'less', 'lower'],
  ],
  [
    ['centralise', 'centralised', 'national'],
    ['devolve', 'devolved', 'decentralise', 'decentralised'],
  ],
  [['free'], ['charge', 'charged', 'paid', 'fee']],
  [
    ['rise', 'rose'],
    ['fall', 'fell'],
  ],
  [
    ['restore', 'reinstate', 'reintroduce', 'resume', 'revive'],
    ['end', 'stop', 'scrap', 'abolish', 'remove', 'axe', 'halt', 'discontinue', 'cease'],
  ],
  [
    ['widen', 'broaden', 'expand', 'extend'],
    ['narrow', 'restrict', 'limit', 'tighten'],
  ],
  [
    ['tighten', 'tougher', 'stricter', 'toughen', 'strengthen'],
    ['relax', 'loosen', 'weaken', 'ease', 'lift', 'weaker', 'looser'],
  ],
  [
    ['fine', 'acceptable', 'welcome'],
    ['unacceptable', 'wrong', 'intolerable'],
  ],
  [
    ['integrate', 'merge', 'unify', 'combine', 'pool'],
    ['separate', 'split', 'fragment', 'divide'],
  ],
  [
    ['reverse', 'undo'],
    ['introduce', 'keep', 'retain'],
  ],
  [
    ['ringfence', 'ringfenced', 'protect', 'safeguard'],
    ['raid', 'divert', 'unprotected'],
  ],
];
