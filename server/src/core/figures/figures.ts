// Finds numeric "figures" (money, counts, percentages, multipliers, durations,
// frequencies, dates, deadlines) in policy prose, with exact offsets and a
// normalised value/unit. Hand-written tokeniser + lookahead rules: no NLP
// dependency, so it stays well under a millisecond per sentence.

export type FigureKind = 'money' | 'count' | 'percent' | 'multiplier' | 'duration' | 'frequency' | 'date' | 'deadline';

export type FigureQualifier = 'up-to' | 'at-least' | 'at-most' | 'about' | 'range' | 'more-than' | 'less-than';

export interface Figure {
  kind: FigureKind;
  start: number;
  end: number;
  text: string;
  value: number | null;
  unit: string;
  qualifier?: FigureQualifier;
  valueMax?: number;
  per?: string;
}

// ---------------------------------------------------------------------------
// Lexicon (data, not logic)

const UNIT_WORDS: Record<string, number> = {
  zero: 0,
  one: 1,
  two: 2,
  three: 3,
  four: 4,
  five: 5,
  six: 6,
  seven: 7,
  eight: 8,
  nine: 9,
  ten: 10,
  eleven: 11,
  twelve: 12,
  thirteen: 13,
  fourteen: 14,
  fifteen: 15,
  sixteen: 16,
  seventeen: 17,
  eighteen: 18,
  nineteen: 19,
};
const TENS_WORDS: Record<string, number> = {
  twenty: 20,
  thirty: 30,
  forty: 40,
  fifty: 50,
  sixty: 60,
  seventy: 70,
  eighty: 80,
  ninety: 90,
};
/** "Two and a half million", "6 and a quarter million": the part added to the whole number. */
const AND_A_PART: Record<string, number> = { half: 0.5, quarter: 0.25, third: 1 / 3 };
const SCALE_WORDS: Record<string, number> = {
  thousand: 1e3,
  million: 1e6,
  billion: 1e9,
  trillion: 1e12,
};
// Scale suffixes written straight after digits ("£2.5bn", "40k", "£100m").
const ATTACHED_SCALES: Record<string, number> = {
  k: 1e3,
  m: 1e6,
  mn: 1e6,
  mil: 1e6,
  bn: 1e9,
  b: 1e9,
  tn: 1e12,
  trn: 1e12,
  thousand: 1e3,
  million: 1e6,
  billion: 1e9,
  trillion: 1e12,
};
// Scale words accepted after a space ("£2.5 bn", "1.2 million").
const SPACED_SCALES: Record<string, number> = {
  thousand: 1e3,
  million: 1e6,
  billion: 1e9,
  trillion: 1e12,
  bn: 1e9,
  mn: 1e6,
};

const CURRENCY_SYMBOLS: Record<string, string> = { '£': 'GBP', $: 'USD', '€': 'EUR' };
const CURRENCY_WORDS: Record<string, [string, number]> = {
  pound: ['GBP', 1],
  pounds: ['GBP', 1],
  sterling: ['GBP', 1],
  quid: ['GBP', 1],
  pence: ['GBP', 0.01],
  penny: ['GBP', 0.01],
  dollar: ['USD', 1],
  dollars: ['USD', 1],
  euro: ['EUR', 1],
  euros: ['EUR', 1],
};

// Time units: [normalised unit, multiplier into that unit].
const TIME_UNITS: Record<string, [string, number]> = {
  second: ['second', 1],
  seconds: ['second', 1],
  sec: ['second', 1],
  secs: ['second', 1],
  minute: ['minute', 1],
  minutes: ['minute', 1],
  min: ['minute', 1],
  mins: ['minute', 1],
  hour: ['hour', 1],
  hours: ['hour', 1],
  hr: ['hour', 1],
  hrs: ['hour', 1],
  day: ['day', 1],
  days: ['day', 1],
  week: ['week', 1],
  weeks: ['week', 1],
  fortnight: ['week', 2],
  fortnights: ['week', 2],
  month: ['month', 1],
  months: ['month', 1],
  year: ['year', 1],
  years: ['year', 1],
  yr: ['year', 1],
  yrs: ['year', 1],
  decade: ['year', 10],
  decades: ['year', 10],
};

// Words after "a/an/per/each/every" that turn a figure into a rate.
const PER_ADVERBS: Record<string, string> = {
  annually: 'year',
  yearly: 'year',
  monthly: 'month',
  weekly: 'week',
  daily: 'day',
  hourly: 'hour',
  nightly: 'night',
  fortnightly: 'fortnight',
  quarterly: 'quarter',
};
const PER_NOUNS_AFTER_A = new Set(['head', 'night', 'quarter', 'session', 'visit']);

const MULTIPLIER_WORDS: Record<string, number> = {
  double: 2,
  doubles: 2,
  doubled: 2,
  doubling: 2,
  treble: 3,
  trebles: 3,
  trebled: 3,
  trebling: 3,
  triple: 3,
  triples: 3,
  tripled: 3,
  tripling: 3,
  quadruple: 4,
  quadruples: 4,
  quadrupled: 4,
  quadrupling: 4,
  halve: 0.5,
  halves: 0.5,
  halved: 0.5,
  halving: 0.5,
  twofold: 2,
  threefold: 3,
  fourfold: 4,
  fivefold: 5,
  tenfold: 10,
};
// "double standards", "triple lock": the multiplier word is part of a name.
const MULTIPLIER_BLOCKERS = new Set([
  'lock',
  'standard',
  'standards',
  'check',
  'checks',
  'checking',
  'counting',
  'whammy',
  'glazing',
  'bed',
  'beds',
  'room',
  'rooms',
  'act',
  'agent',
  'agents',
  'figures',
  'digits',
  'yellow',
  'jeopardy',
]);

const FRACTION_DENOMS: Record<string, number> = {
  half: 2,
  halves: 2,
  third: 3,
  thirds: 3,
  quarter: 4,
  quarters: 4,
  fifth: 5,
  fifths: 5,
  sixth: 6,
  sixths: 6,
  seventh: 7,
  sevenths: 7,
  eighth: 8,
  eighths: 8,
  ninth: 9,
  ninths: 9,
  tenth: 10,
  tenths: 10,
};
const FRACTION_MORE = new Set(['more', 'higher', 'larger', 'bigger', 'extra', 'greater']);
const FRACTION_LESS = new Set(['less', 'fewer', 'lower', 'smaller']);

const MONTHS: Record<string, number> = {
  january: 1,
  february: 2,
  march: 3,
  april: 4,
  may: 5,
  june: 6,
  july: 7,
  august: 8,
  september: 9,
  october: 10,
  november: 11,
  december: 12,
  jan: 1,
  feb: 2,
  mar: 3,
  apr: 4,
  jun: 6,
  jul: 7,
  aug: 8,
  sep: 9,
  sept: 9,
  oct: 10,
  nov: 11,
  dec: 12,
};
const SEASONS: Record<string, number> = { winter: 0, spring: 0.25, summer: 0.5, autumn: 0.75, fall: 0.75 };

// A number right after one of these is a label, not a quantity ("Section 75").
const LABEL_WORDS = new Set([
  'section',
  'sections',
  'amendment',
  'amendments',
  'article',
  'articles',
  'clause',
  'clauses',
  'schedule',
  'schedules',
  'part',
  'parts',
  'chapter',
  'chapters',
  'paragraph',
  'paragraphs',
  'para',
  'paras',
  'rule',
  'rules',
  'regulation',
  'regulations',
  'reg',
  'motion',
  'motions',
  'resolution',
  'resolutions',
  'recommendation',
  'recommendations',
  'item',
  'items',
  'no',
  'nos',
  'number',
  'annex',
  'appendix',
  'figure',
  'fig',
  'table',
  'page',
  'pages',
  'p',
  'pp',
  'box',
  'step',
  'phase',
  'stage',
  'tier',
  'band',
  'level',
  'wave',
  'type',
  'category',
  'grade',
  'option',
  'objective',
  'goal',
  'principle',
  'pillar',
  'priority',
  'lot',
  'ward',
  'room',
  'route',
  'platform',
  'version',
  'volume',
  'vol',
  'issue',
  'standard',
  'outcome',
  'indicator',
  'measure',
  'proposal',
  'question',
  'q',
  'point',
  'line',
  'row',
  'note',
  'footnote',
  'annexe',
  'key',
  'vision',
  'division',
  'league',
]);
// A year next to these names a statute ("the 2012 Act", "Care Act 2014").
const STATUTE_WORDS = new Set([
  'act',
  'acts',
  'bill',
  'bills',
  'regulations',
  'regulation',
  'order',
  'orders',
  'measure',
  'directive',
  'rules',
  'code',
  'convention',
]);
// Hyphen compounds that number labels rather than quantities ("10-point plan").
const LABEL_COMPOUNDS = new Set(['point', 'step', 'part', 'tier', 'stage', 'way', 'page', 'digit', 'star']);

// Words that may sit between a number and the counted noun ("4,000 more nurses").
const COUNT_MODIFIERS = new Set([
  'more',
  'extra',
  'additional',
  'new',
  'fewer',
  'further',
  'less',
  'full',
  'part',
  'time',
  'qualified',
  'trained',
  'permanent',
  'frontline',
  'front',
  'line',
  'newly',
  'fully',
  'other',
  'existing',
  'specialist',
  'senior',
  'junior',
  'local',
  'community',
  'district',
  'mental',
  'health',
  'social',
  'care',
  'primary',
  'acute',
  'nhs',
  'unpaid',
  'paid',
  'older',
  'young',
  'younger',
  'disabled',
  'vulnerable',
  'home',
  'hospital',
  'district',
]);
const IRREGULAR_PLURALS: Record<string, string> = {
  people: 'person',
  children: 'child',
  women: 'woman',
  men: 'man',
  staff: 'staff',
  police: 'police',
  personnel: 'personnel',
  workforce: 'workforce',
  teeth: 'tooth',
  feet: 'foot',
  lives: 'life',
  wives: 'wife',
  midwives: 'midwife',
  analyses: 'analysis',
  diagnoses: 'diagnosis',
  crises: 'crisis',
  cases: 'case',
  nurses: 'nurse',
  houses: 'house',
  courses: 'course',
  purposes: 'purpose',
  premises: 'premises',
  species: 'species',
  series: 'series',
  means: 'means',
};
const NOT_PLURAL = new Set([
  'this',
  'was',
  'has',
  'as',
  'its',
  'is',
  'us',
  'his',
  'hers',
  'yes',
  'plus',
  'thus',
  'various',
  'across',
  'less',
  'unless',
  'whereas',
  'always',
  'perhaps',
  'towards',
  'afterwards',
  'onwards',
  'does',
  'numerous',
  'serious',
  'previous',
  'famous',
  'obvious',
  'gas',
  'bus',
  'status',
  'focus',
  'access',
  'process',
  'business',
  'success',
  'progress',
  'wellness',
  'illness',
  'its',
  'ours',
  'theirs',
  'yours',
  'sometimes',
  'besides',
  'nhs',
]);
// Function words end a counted noun phrase.
const STOP_WORDS = new Set([
  'a',
  'an',
  'the',
  'and',
  'or',
  'but',
  'nor',
  'of',
  'to',
  'in',
  'on',
  'at',
  'by',
  'for',
  'from',
  'with',
  'without',
  'into',
  'onto',
  'over',
  'under',
  'across',
  'through',
  'throughout',
  'per',
  'each',
  'every',
  'than',
  'as',
  'who',
  'which',
  'that',
  'this',
  'these',
  'those',
  'it',
  'they',
  'we',
  'our',
  'their',
  'its',
  'be',
  'been',
  'being',
  'is',
  'are',
  'was',
  'were',
  'will',
  'would',
  'should',
  'could',
  'can',
  'may',
  'might',
  'must',
  'shall',
  'have',
  'has',
  'had',
  'do',
  'does',
  'did',
  'not',
  'so',
  'such',
  'if',
  'when',
  'where',
  'while',
  'whilst',
  'because',
  'since',
  'until',
  'before',
  'after',
  'between',
  'among',
  'around',
  'about',
  'up',
  'down',
  'out',
  'off',
  'all',
  'both',
  'either',
  'neither',
  'there',
  'here',
  'now',
  'then',
  'also',
  'only',
  'just',
  'against',
  'within',
  'via',
  'including',
  'like',
  'more',
  'most',
  'less',
  'least',
  'very',
  'too',
]);

// Nouns whose "over 65" is an age ("people over 65", "those under 18").
const AGE_HOLDERS = new Set([
  'people',
  'those',
  'adults',
  'carers',
  'patients',
  'children',
  'women',
  'men',
  'residents',
  'everyone',
  'anyone',
  'pensioners',
  'persons',
  'individuals',
  'citizens',
  'users',
]);

const DURATION_PREPS = new Set([
  'within',
  'for',
  'over',
  'after',
  'in',
  'than',
  'every',
  'of',
  'up',
  'to',
  'under',
  'about',
  'around',
  'least',
]);

// Multi-word qualifiers looked for just before a figure (longest first).
const QUALIFIER_PATTERNS: Array<[RegExp, FigureQualifier]> = [
  [/\b(?:no|not)\s+more\s+than\s*$/i, 'at-most'],
  [/\b(?:no|not)\s+(?:fewer|less)\s+than\s*$/i, 'at-least'],
  [/\bno\s+later\s+than\s*$/i, 'at-most'],
  [/\bup\s+to\s*$/i, 'up-to'],
  [/\bas\s+(?:many|much)\s+as\s*$/i, 'up-to'],
  [/\bat\s+least\s*$/i, 'at-least'],
  [/\bat\s+most\s*$/i, 'at-most'],
  [/\ba\s+minimum\s+of\s*$/i, 'at-least'],
  [/\ba\s+maximum\s+of\s*$/i, 'at-most'],
  [/\b(?:more|greater|higher)\s+than\s*$/i, 'more-than'],
  [/\b(?:in\s+excess\s+of|upwards\s+of)\s*$/i, 'more-than'],
  [/\b(?:less|fewer|lower)\s+than\s*$/i, 'less-than'],
  [/\b(?:in\s+the\s+region\s+of)\s*$/i, 'about'],
  [
    /\b(?:about|around|approximately|roughly|nearly|almost|some|circa|c\.|approx\.?|an\s+estimated|estimated)\s*$/i,
    'about',
  ],
  [/~\s*$/, 'about'],
  [/\b(?:over|above)[\s-]*$/i, 'more-than'],
  [/\b(?:under|below)[\s-]*$/i, 'less-than'],
];

// Deadlines without a number ("by the end of the parliament").
const RELATIVE_DEADLINES: Array<[RegExp, string]> = [
  [
    /(?:by|before)\s+(?:the\s+)?(?:end|close)\s+of\s+(?:the\s+|this\s+|next\s+|that\s+|our\s+)?(?:(?:next|current|first|second)\s+)?(decade|parliament|parliamentary\s+term|term(?:\s+of\s+office)?|year|financial\s+year|spending\s+review(?:\s+period)?|century)\b/iy,
    '',
  ],
  [/(?:by|before)\s+(?:the\s+time\s+of\s+)?the\s+next\s+(?:general\s+)?(election)\b/iy, ''],
  [/(?:by|before)\s+(next\s+(?:year|month|spring|summer|autumn|winter)|this\s+time\s+next\s+year)\b/iy, ''],
  [
    /within\s+(?:the\s+)?(?:lifetime\s+of\s+)?(?:the\s+|this\s+|next\s+|our\s+)?(?:(?:next|current|first|single)\s+)?(parliament|parliamentary\s+term|term(?:\s+of\s+office)?)\b/iy,
    '',
  ],
];
// "within a year", "for a decade": an implied count of one.
/** "Over" after a wait: more than the duration that follows, not a period. */
const WAITED_OVER = /\b(?:wait(?:s|ed|ing)?|for|tak(?:e|es|ing)|took|last(?:s|ed|ing)?)\s+over$/i;
const ONE_UNIT_DURATION =
  /(within|for|over|after|in|under)\s+(?:(?:the\s+)?(?:next|first|coming)\s+|a\s+single\s+)?(?:a|an|one)\s+(year|month|week|day|fortnight|decade|hour)\b/iy;
const HALF_UNIT_DURATION = /half\s+an?\s+(hour|day|year)\b/iy;

/**
 * The words a figure can start with: what each word recogniser of the scanner first asks of the word at hand.
 * A word outside this set is passed over without trying them (most words of a passage are: it makes the scan
 * nearly three times faster), so a recogniser that comes to start on a new word must add it here; figures.test.ts
 * checks the scanner finds the same with and without this gate on every line of the seeds and the cases.
 */
const FIGURE_STARTERS: ReadonlySet<string> = new Set([
  // relativeDeadline, oneUnitDuration
  ...['by', 'before', 'within', 'for', 'over', 'after', 'in', 'under', 'half'],
  // multiplier
  ...['twice', 'thrice', 'once', ...Object.keys(MULTIPLIER_WORDS)],
  // fraction and parseNumber: "a quarter", "a hundred", "three-quarters", "twenty"
  ...['a', 'an', ...Object.keys(UNIT_WORDS), ...Object.keys(TENS_WORDS)],
  // monthDate, seasonDate
  ...Object.keys(MONTHS),
  ...Object.keys(SEASONS),
  // money after a currency code: "US$", "GBP 40"
  ...['us', 'gbp', 'usd', 'eur'],
]);

// ---------------------------------------------------------------------------
// Tokeniser

interface Tok {
  t: string;
  lc: string;
  s: number;
  e: number;
  k: 'w' | 'n' | 'p';
  sp: boolean; // whitespace (or start of text) before the token
  nl: boolean; // first token on its line
}

const TOKEN_RE = /(\d+(?:,\d{3})+(?:\.\d+)?|\d+(?:\.\d+)?)|([A-Za-z]+(?:['’][A-Za-z]+)*)|(\S)/g;

function breaksLine(text: string, from: number, to: number): boolean {
  for (let k = from; k < to; k++) if (text.charCodeAt(k) === 10) return true;
  return false;
}

function tokenize(text: string): Tok[] {
  const toks: Tok[] = [];
  TOKEN_RE.lastIndex = 0;
  let m: RegExpExecArray | null;
  let prevEnd = 0;
  while ((m = TOKEN_RE.exec(text))) {
    const s = m.index;
    const t = m[0];
    const lower = t.toLowerCase();
    toks.push({
      t,
      lc: lower.includes('’') ? lower.replace(/’/g, "'") : lower,
      s,
      e: s + t.length,
      k: m[1] ? 'n' : m[2] ? 'w' : 'p',
      // The gap since the last token: is there one, and does it hold a line break (looked for only within it)?
      sp: toks.length === 0 || s > prevEnd,
      nl: toks.length === 0 || (s > prevEnd && breaksLine(text, prevEnd, s)),
    });
    prevEnd = s + t.length;
  }
  return toks;
}

// ---------------------------------------------------------------------------
// Scanner

interface NumParse {
  v: number;
  end: number; // exclusive token index
  words: boolean;
  scale: number;
  bareOne: boolean;
  plainDigits: boolean; // a single digit token with no commas/decimal/scale
  cap: boolean; // word number written with a capital
}

class Scanner {
  private readonly toks: Tok[];
  private readonly out: Figure[] = [];
  private floor = 0; // text offset before which look-back may not reach
  constructor(
    private readonly text: string,
    /** The words to try the word recognisers on (FIGURE_STARTERS), or null for every word. */
    private readonly starters: ReadonlySet<string> | null,
  ) {
    this.toks = tokenize(text);
  }

  run(): Figure[] {
    const pre = this.prePass();
    const n = this.toks.length;
    let i = 0;
    let p = 0;
    while (i < n) {
      const tok = this.toks[i];
      while (p < pre.length && pre[p].end <= tok.s) {
        this.push(pre[p]);
        p++;
      }
      if (p < pre.length && tok.e > pre[p].start) {
        // Token inside a pre-pass figure: emit it and skip its tokens.
        const f = pre[p++];
        this.push(f);
        while (i < n && this.toks[i].s < f.end) i++;
        continue;
      }
      const next = this.at(i);
      i = next > i ? next : i + 1;
    }
    while (p < pre.length) this.push(pre[p++]);
    this.out.sort((a, b) => a.start - b.start);
    return this.out;
  }

  private push(f: Figure): void {
    f.text = this.text.slice(f.start, f.end);
    this.out.push(f);
    this.floor = f.end;
  }

  // Patterns whose punctuation the tokeniser would split badly.
  private prePass(): Figure[] {
    const res: Figure[] = [];
    const text = this.text;
    const add = (f: Omit<Figure, 'text'>) => {
      if (!res.some((r) => r.start < f.end && f.start < r.end)) res.push({ ...f, text: '' });
    };
    let m: RegExpExecArray | null;
    const dmy = /(?<![\d./])(\d{1,2})([./])(\d{1,2})\2(\d{4}|\d{2})(?![\d./]*\d)/g;
    while ((m = dmy.exec(text))) {
      const d = +m[1],
        mo = +m[3];
      let y = +m[4];
      if (d < 1 || d > 31 || mo < 1 || mo > 12) continue;
      if (m[4].length === 2) y += y < 70 ? 2000 : 1900;
      add({ kind: 'date', start: m.index, end: m.index + m[0].length, value: dateValue(y, mo, d), unit: 'year' });
    }
    const iso = /(?<!\d)(\d{4})-(\d{2})-(\d{2})(?!\d)/g;
    while ((m = iso.exec(text))) {
      const y = +m[1],
        mo = +m[2],
        d = +m[3];
      if (mo < 1 || mo > 12 || d < 1 || d > 31) continue;
      add({ kind: 'date', start: m.index, end: m.index + m[0].length, value: dateValue(y, mo, d), unit: 'year' });
    }
    const allDay = /(?<![\d/])24\s*\/\s*7(?![\d/])/g;
    while ((m = allDay.exec(text))) {
      add({ kind: 'frequency', start: m.index, end: m.index + m[0].length, value: 168, unit: 'hour', per: 'week' });
    }
    const clock = /(?<![\d.:])(\d{1,2})(?:[.:](\d{2}))?\s?(am|pm|a\.m\.|p\.m\.)(?![A-Za-z])/gi;
    while ((m = clock.exec(text))) {
      let h = +m[1];
      if (h < 1 || h > 12) continue;
      const pm = m[3].toLowerCase().startsWith('p');
      if (pm && h < 12) h += 12;
      if (!pm && h === 12) h = 0;
      add({
        kind: 'date',
        start: m.index,
        end: m.index + m[0].length,
        value: h + (m[2] ? +m[2] / 60 : 0),
        unit: 'time-of-day',
      });
    }
    return res.sort((a, b) => a.start - b.start);
  }

  // ----- token helpers
  private w(i: number): string {
    const t = this.toks[i];
    return t && t.k === 'w' ? t.lc : '';
  }
  private lc(i: number): string {
    const t = this.toks[i];
    return t ? t.lc : '';
  }
  private glued(i: number): boolean {
    const t = this.toks[i];
    return !!t && !t.sp;
  }
  private isSentenceStart(i: number): boolean {
    if (i === 0 || this.toks[i].nl) return true;
    const p = this.toks[i - 1].t;
    return /^[.!?:;"“‘(•*#>\-–—]$/.test(p);
  }
  private before(i: number): string {
    // Text before token i, not reaching into an earlier figure.
    const s = this.toks[i].s;
    return this.text.slice(Math.max(this.floor, s - 60), s);
  }
  private fig(
    kind: FigureKind,
    a: number,
    b: number,
    value: number | null,
    unit: string,
    extra: Partial<Figure> = {},
  ): Figure {
    return { kind, start: this.toks[a].s, end: this.toks[b - 1].e, text: '', value, unit, ...extra };
  }

  // ----- number parsing
  private parseNumber(i: number): NumParse | null {
    const t = this.toks[i];
    if (!t) return null;
    if (t.k === 'n') {
      if (/^0\d/.test(t.t)) return null; // phone numbers, codes
      let v = parseFloat(t.t.replace(/,/g, ''));
      let end = i + 1;
      let scale = 1;
      const nx = this.toks[end];
      if (nx && nx.k === 'w' && !nx.sp && ATTACHED_SCALES[nx.lc] !== undefined) {
        scale = ATTACHED_SCALES[nx.lc];
        end++;
      } else if (nx && nx.k === 'w' && nx.sp && SPACED_SCALES[nx.lc] !== undefined) {
        scale = SPACED_SCALES[nx.lc];
        end++;
      } else if (
        nx &&
        nx.lc === 'and' &&
        this.w(end + 1) === 'a' &&
        AND_A_PART[this.w(end + 2)] !== undefined &&
        (this.w(end + 2) === 'half' || SPACED_SCALES[this.w(end + 3)] !== undefined)
      ) {
        v += AND_A_PART[this.w(end + 2)]!;
        end += 3;
        if (SPACED_SCALES[this.w(end)] !== undefined) scale = SPACED_SCALES[this.w(end++)];
      }
      v *= scale;
      return {
        v,
        end,
        words: false,
        scale,
        bareOne: false,
        plainDigits: scale === 1 && end === i + 1 && /^\d+$/.test(t.t),
        cap: false,
      };
    }
    if (t.k !== 'w') return null;
    // "half a million"
    if (t.lc === 'half' && (this.w(i + 1) === 'a' || this.w(i + 1) === 'an') && SCALE_WORDS[this.w(i + 2)]) {
      return {
        v: 0.5 * SCALE_WORDS[this.w(i + 2)],
        end: i + 3,
        words: true,
        scale: SCALE_WORDS[this.w(i + 2)],
        bareOne: false,
        plainDigits: false,
        cap: false,
      };
    }
    let total = 0;
    let cur = 0;
    let last = '';
    let j = i;
    let scale = 1;
    let count = 0;
    while (j < this.toks.length) {
      const lc = this.w(j);
      const tk = this.toks[j];
      if (
        tk.k === 'p' &&
        (tk.t === '-' || tk.t === '‐') &&
        last === 'tens' &&
        !tk.sp &&
        this.glued(j + 1) &&
        UNIT_WORDS[this.w(j + 1)] !== undefined
      ) {
        j++;
        continue;
      }
      if (!lc) break;
      if (
        (lc === 'a' || lc === 'an') &&
        j === i &&
        (lc === 'a' ? this.w(j + 1) === 'hundred' || SCALE_WORDS[this.w(j + 1)] || this.w(j + 1) === 'dozen' : false)
      ) {
        cur = 1;
        last = 'a';
      } else if (
        UNIT_WORDS[lc] !== undefined &&
        (last === '' || last === 'tens' || last === 'scale' || last === 'hundred' || last === 'and')
      ) {
        if (last === 'tens' && UNIT_WORDS[lc] >= 10) break;
        cur += UNIT_WORDS[lc];
        last = last === 'tens' ? 'unit' : 'unit';
      } else if (
        TENS_WORDS[lc] !== undefined &&
        (last === '' || last === 'scale' || last === 'hundred' || last === 'and')
      ) {
        cur += TENS_WORDS[lc];
        last = 'tens';
      } else if (lc === 'hundred' && (last === 'unit' || last === 'a')) {
        cur = (cur || 1) * 100;
        last = 'hundred';
        scale = Math.max(scale, 100);
      } else if (
        SCALE_WORDS[lc] !== undefined &&
        (last === 'unit' || last === 'tens' || last === 'hundred' || last === 'a' || last === 'half')
      ) {
        total += (cur || 1) * SCALE_WORDS[lc];
        cur = 0;
        last = 'scale';
        scale = Math.max(scale, SCALE_WORDS[lc]);
      } else if (lc === 'dozen' && (last === 'unit' || last === 'a')) {
        cur = (cur || 1) * 12;
        last = 'dozen';
      } else if (
        lc === 'and' &&
        (last === 'hundred' || last === 'scale') &&
        (UNIT_WORDS[this.w(j + 1)] !== undefined || TENS_WORDS[this.w(j + 1)] !== undefined)
      ) {
        last = 'and';
      } else if (
        lc === 'and' &&
        (last === 'unit' || last === 'tens') &&
        this.w(j + 1) === 'a' &&
        AND_A_PART[this.w(j + 2)] !== undefined &&
        (this.w(j + 2) === 'half' || SCALE_WORDS[this.w(j + 3)] !== undefined)
      ) {
        cur += AND_A_PART[this.w(j + 2)]!;
        j += 3;
        count++;
        last = 'half';
        continue;
      } else break;
      j++;
      count++;
    }
    if (last === 'a' || last === 'and' || last === '' || j === i) return null;
    const v = total + cur;
    const first = this.toks[i];
    return {
      v,
      end: j,
      words: true,
      scale,
      bareOne: count === 1 && first.lc === 'one',
      plainDigits: false,
      cap: /^[A-Z]/.test(first.t) && !this.isSentenceStart(i),
    };
  }

  // ----- label / name exclusions
  private isLabel(i: number, num: NumParse): boolean {
    const t = this.toks[i];
    const prev = this.toks[i - 1];
    if (t.k === 'n') {
      // Glued to letters: "Q1", "B12", "H1N1", "COVID-19".
      if (prev && !t.sp && prev.k === 'w') return true;
      if (
        prev &&
        !t.sp &&
        (prev.t === '-' || prev.t === '‐') &&
        this.toks[i - 2] &&
        !prev.sp &&
        this.toks[i - 2].k === 'w' &&
        !/^(mid|pre|post|early|late|over|under)$/.test(this.toks[i - 2].lc)
      )
        return true;
      // Phone numbers and codes: runs of bare numbers.
      if (prev && prev.k === 'n' && /^\s+$/.test(this.text.slice(prev.e, t.s))) return true;
      if (/^0\d/.test(prev?.t ?? '')) return true;
      // List markers: "1." / "2)" at line start; "(3)", "[4]".
      const nx = this.toks[num.end];
      if (
        (t.nl || i === 0 || (prev && /^[#>*-]$/.test(prev.t) && prev.nl)) &&
        nx &&
        !nx.sp &&
        (nx.t === '.' || nx.t === ')') &&
        num.plainDigits &&
        num.v < 1000
      ) {
        const after = this.toks[num.end + 1];
        if (!after || after.sp) return true;
      }
      // An amendment's item numbers: 'after 4. insert', 'insert: "5. demand an end to…"'.
      if (nx && !nx.sp && (nx.t === '.' || nx.t === ')') && num.plainDigits && num.v < 100) {
        const after = this.toks[num.end + 1];
        const quoted = prev && /^["“]$/.test(prev.t) && this.toks[i - 2]?.t === ':';
        const placed =
          prev && /^(after|before)$/.test(prev.lc) && /^(insert|add|delete|substitute)$/.test(after?.lc ?? '');
        if ((after?.sp ?? true) && (quoted || placed)) return true;
      }
      if (
        prev &&
        (prev.t === '(' || prev.t === '[') &&
        nx &&
        (nx.t === ')' || nx.t === ']') &&
        num.plainDigits &&
        num.v <= 50
      )
        return true;
      if (prev && prev.t === '#') return true;
    }
    // "Section 75", "No. 10", "Band 5".
    let k = i - 1;
    if (this.lc(k) === '.' && !this.toks[k].sp) k--;
    const pw = this.w(k);
    if (pw && LABEL_WORDS.has(pw)) {
      // "level 3" label, but "to 2019 levels"-style never reaches here; lowercase
      // "number" only labels when capitalised ("Number 10") or abbreviated.
      if (pw === 'number' && !/^N/.test(this.toks[k].t)) return false;
      if (
        (pw === 'no' || pw === 'p' || pw === 'pp' || pw === 'q') &&
        this.lc(k + 1) !== '.' &&
        pw !== 'q' &&
        this.toks[k].t !== 'No'
      )
        return false;
      if (
        (pw === 'point' ||
          pw === 'measure' ||
          pw === 'issue' ||
          pw === 'line' ||
          pw === 'key' ||
          pw === 'vision' ||
          pw === 'standard' ||
          pw === 'outcome' ||
          pw === 'level' ||
          pw === 'type') &&
        !/^[A-Z]/.test(this.toks[k].t) &&
        pw !== 'level' &&
        pw !== 'type'
      )
        return false;
      return true;
    }
    // Key Stage 2, Year 6 (school years, not calendar years)
    if (pw === 'year' && /^Y/.test(this.toks[k].t) && num.v < 14) return true;
    return false;
  }

  private isAcronymBefore(i: number): boolean {
    const prev = this.toks[i - 1];
    return !!prev && prev.k === 'w' && /^[A-Z][A-Z&]+$/.test(prev.t) && prev.t.length >= 2;
  }

  // ----- main dispatch at token i; returns next token index (or i if nothing)
  private at(i: number): number {
    const t = this.toks[i];

    if (t.k === 'w') {
      // Most words start no figure: only these are tried (each recogniser below gives up at once on any other).
      if (this.starters && !this.starters.has(t.lc)) return i + 1;
      const r =
        this.relativeDeadline(i) ??
        this.oneUnitDuration(i) ??
        this.multiplier(i) ??
        this.fraction(i) ??
        this.monthDate(i) ??
        this.seasonDate(i);
      if (r !== null) return r;
    }
    if (t.k === 'p' && CURRENCY_SYMBOLS[t.t]) return this.money(i) ?? i + 1;
    if (t.k === 'w' && (t.t === 'US' || t.t === 'GBP' || t.t === 'USD' || t.t === 'EUR')) {
      const off = t.t === 'US' && this.lc(i + 1) === '$' ? 1 : 0;
      if (t.t !== 'US' || off) {
        const r = this.money(i + off, t.t === 'EUR' ? 'EUR' : t.t === 'GBP' ? 'GBP' : 'USD', i);
        if (r !== null) return r;
      }
    }
    if (t.k === 'n' || t.k === 'w') return this.number(i);
    return i + 1;
  }

  // ----- rate suffix: "a year", "per week", "annually"
  private perSuffix(j: number): { per: string; end: number } | null {
    // "6,200 / year", "£10/hour": a rate written with a slash.
    if (this.toks[j]?.t === '/') {
      const u = this.w(j + 1);
      return TIME_UNITS[u] && TIME_UNITS[u][1] === 1 && u !== 'decade' ? { per: TIME_UNITS[u][0], end: j + 2 } : null;
    }
    const a = this.w(j);
    if (!a) return null;
    if (PER_ADVERBS[a]) return { per: PER_ADVERBS[a], end: j + 1 };
    if (a === 'per' && this.w(j + 1) === 'annum') return { per: 'year', end: j + 2 };
    if (a === 'per' && this.w(j + 1) === 'capita') return { per: 'person', end: j + 2 };
    if (a === 'a' || a === 'an' || a === 'per' || a === 'each' || a === 'every') {
      const u = this.w(j + 1);
      if (TIME_UNITS[u] && TIME_UNITS[u][1] === 1 && u !== 'decade') return { per: TIME_UNITS[u][0], end: j + 2 };
      if (u === 'fortnight') return { per: 'fortnight', end: j + 2 };
      if (a === 'per' && u && !STOP_WORDS.has(u)) {
        // "per patient", "per 1,000 population" is left alone.
        let end = j + 2;
        let noun = u;
        while (COUNT_MODIFIERS.has(this.w(end - 1)) && this.w(end) && !STOP_WORDS.has(this.w(end)))
          noun = this.w(end++);
        return { per: lemma(this.toks[end - 1].t.toLowerCase() === noun ? this.toks[end - 1].t : noun), end };
      }
      if ((a === 'a' || a === 'per') && PER_NOUNS_AFTER_A.has(u)) return { per: u, end: j + 2 };
    }
    return null;
  }

  // Add look-back qualifiers and trailing "or more"/"+", then emit.
  private finish(f: Figure, a: number, b: number, opts: { allowPer?: boolean; durationPrep?: boolean } = {}): number {
    let end = b;
    if (opts.allowPer !== false && !f.per) {
      const ps = this.perSuffix(end);
      if (ps) {
        f.per = ps.per;
        end = ps.end;
        f.end = this.toks[end - 1].e;
      }
    }
    // Trailing qualifiers.
    const nx = this.toks[end];
    if (nx && nx.t === '+' && !nx.sp && !f.qualifier) {
      f.qualifier = 'at-least';
      f.end = nx.e;
      end++;
    } else if ((this.w(end) === 'or' || this.w(end) === 'and') && !f.qualifier) {
      const q = this.w(end + 1);
      if ((q === 'more' && this.w(end) === 'or') || q === 'over' || q === 'above') {
        f.qualifier = 'at-least';
        f.end = this.toks[end + 1].e;
        end += 2;
      } else if (this.w(end) === 'or' && (q === 'less' || q === 'fewer' || q === 'under' || q === 'below')) {
        f.qualifier = 'at-most';
        f.end = this.toks[end + 1].e;
        end += 2;
      }
    }
    if (!f.qualifier) {
      const bt = this.before(a);
      if (f.kind === 'duration' || f.kind === 'deadline') {
        const m = /\bwithin\s+(?:the\s+(?:next|first|coming)\s+|the\s+)?$/i.exec(bt);
        if (m) {
          f.qualifier = 'at-most';
          f.start = this.toks[a].s - m[0].length;
        }
      }
      if (!f.qualifier && f.kind !== 'date' && f.kind !== 'deadline') {
        for (const [re, q] of QUALIFIER_PATTERNS) {
          // "Over three years" is a period, but "wait over a week", "for over a year" a wait longer than it.
          if (f.kind === 'duration' && q === 'more-than' && /over\s*$/i.test(bt) && !WAITED_OVER.test(bt.trimEnd()))
            continue;
          const m = re.exec(bt);
          if (m) {
            if (q === 'about' && /some\s*$/i.test(m[0]) && f.kind !== 'count' && f.kind !== 'money') continue;
            f.qualifier = q;
            f.start = this.toks[a].s - m[0].length;
            break;
          }
        }
      }
    }
    if (f.qualifier === 'range' && /\bbetween\s*$/i.test(this.before(a))) {
      const m = /\bbetween\s*$/i.exec(this.before(a))!;
      f.start = this.toks[a].s - m[0].length;
    }
    if (f.kind === 'date') {
      const bt = this.before(a);
      const m =
        /\b(?:by|before|no\s+later\s+than|in\s+time\s+for|by\s+the\s+(?:end|start|middle|close)\s+of|before\s+the\s+(?:end|start)\s+of)\s+(?:(?:early|mid|late)[\s-]+)?$/i.exec(
          bt,
        );
      if (m) {
        f.kind = 'deadline';
        f.start = this.toks[a].s - m[0].length;
      }
    }
    this.push(f);
    return end;
  }

  // ----- matchers (each returns next token index or null)

  private relativeDeadline(i: number): number | null {
    const lc = this.toks[i].lc;
    if (lc !== 'by' && lc !== 'before' && lc !== 'within') return null;
    for (const [re] of RELATIVE_DEADLINES) {
      re.lastIndex = this.toks[i].s;
      const m = re.exec(this.text);
      if (m) {
        const endOff = m.index + m[0].length;
        let unit = m[1].toLowerCase().replace(/\s+/g, ' ');
        unit = unit
          .replace(/^next /, '')
          .replace(/^this time next year$/, 'year')
          .replace(/ of office$/, '');
        if (unit === 'parliamentary term') unit = 'parliament';
        if (unit === 'spending review period') unit = 'spending review';
        const f: Figure = { kind: 'deadline', start: m.index, end: endOff, text: '', value: null, unit };
        if (lc === 'within') f.qualifier = 'at-most';
        this.push(f);
        let k = i;
        while (k < this.toks.length && this.toks[k].s < endOff) k++;
        return k;
      }
    }
    return null;
  }

  private oneUnitDuration(i: number): number | null {
    const lc = this.toks[i].lc;
    let re: RegExp | null = null;
    if (lc === 'within' || lc === 'for' || lc === 'over' || lc === 'after' || lc === 'in' || lc === 'under')
      re = ONE_UNIT_DURATION;
    else if (lc === 'half') re = HALF_UNIT_DURATION;
    if (!re) return null;
    re.lastIndex = this.toks[i].s;
    const m = re.exec(this.text);
    if (!m) return null;
    const unitWord = (lc === 'half' ? m[1] : m[2]).toLowerCase();
    const [unit, mult] = TIME_UNITS[unitWord];
    const endOff = m.index + m[0].length;
    let k = i;
    while (k < this.toks.length && this.toks[k].s < endOff) k++;
    // "£5 in a year" is a rate, not a duration: leave to perSuffix.
    if (lc === 'in' && this.out.length && this.out[this.out.length - 1].end === this.toks[i - 1]?.e) return null;
    const value = (lc === 'half' ? 0.5 : 1) * mult;
    const f: Figure = {
      kind: 'duration',
      start: lc === 'within' || lc === 'under' || lc === 'half' ? m.index : this.toks[k - 2].s,
      end: endOff,
      text: '',
      value,
      unit,
    };
    if (lc === 'within') f.qualifier = 'at-most';
    if (lc === 'under') f.qualifier = 'less-than';
    // "Wait over a week", "for over a year": longer than it, not a period.
    if (lc === 'over' && WAITED_OVER.test(this.text.slice(Math.max(0, this.toks[i].s - 20), this.toks[i].e)))
      f.qualifier = 'more-than';
    if (lc !== 'within' && lc !== 'under' && lc !== 'half') {
      // Span covers "a year"/"one year" (plus "next"), not the preposition.
      const sub = /(?:(?:the\s+)?(?:next|first|coming)\s+|a\s+single\s+)?(?:a|an|one)\s+\w+$/i.exec(m[0]);
      if (sub) f.start = endOff - sub[0].length;
    }
    this.push(f);
    return k;
  }

  private multiplier(i: number): number | null {
    const t = this.toks[i];
    const lc = t.lc;
    if (lc === 'twice' || lc === 'thrice' || lc === 'once') {
      const n = lc === 'twice' ? 2 : lc === 'thrice' ? 3 : 1;
      const ps = this.freqSuffix(i + 1);
      if (ps) {
        return this.finish(this.fig('frequency', i, ps.end, n, 'time', { per: ps.per }), i, ps.end, {
          allowPer: false,
        });
      }
      if (lc === 'once') return null;
      let b = i + 1;
      if (this.w(b) === 'as' && /^(many|much|likely|long|large|big|high|fast|quickly|often)$/.test(this.w(b + 1)))
        b += 2;
      return this.finish(this.fig('multiplier', i, b, n, 'x'), i, b, { allowPer: false });
    }
    const v = MULTIPLIER_WORDS[lc];
    if (v === undefined) return null;
    const nx = this.toks[i + 1];
    if (nx && !nx.sp && (nx.t === '-' || nx.t === '‐')) return null;
    if (MULTIPLIER_BLOCKERS.has(this.w(i + 1))) return null;
    if (lc.startsWith('halve') && this.w(i - 1) === 'two') return null;
    const b = i + 1;
    return this.finish(this.fig('multiplier', i, b, v, 'x'), i, b, { allowPer: false });
  }

  private freqSuffix(j: number): { per: string; end: number } | null {
    const a = this.w(j);
    if (a === 'a' || a === 'an' || a === 'per' || a === 'each' || a === 'every') {
      const u = this.w(j + 1);
      if (TIME_UNITS[u] && u !== 'decade')
        return {
          per: TIME_UNITS[u][0] === 'week' && u.startsWith('fortnight') ? 'fortnight' : TIME_UNITS[u][0],
          end: j + 2,
        };
    }
    if (PER_ADVERBS[a]) return { per: PER_ADVERBS[a], end: j + 1 };
    return null;
  }

  private fraction(i: number): number | null {
    const t = this.toks[i];
    const lc = t.lc;
    let num: number;
    let denom: number;
    let b: number;
    if (lc === 'half') {
      if ((this.w(i + 1) === 'a' || this.w(i + 1) === 'an') && SCALE_WORDS[this.w(i + 2)]) return null;
      const pw = this.w(i - 1);
      if (/^(first|second|latter|former|other|top|bottom|upper|lower|back|front|a|one|and)$/.test(pw)) return null;
      const nx = this.toks[i + 1];
      if (nx && !nx.sp && (nx.t === '-' || nx.t === '‐')) return null;
      if (!nx || !(nx.k === 'w' || nx.t === '.' || nx.t === ',' || nx.t === ';')) return null;
      num = 1;
      denom = 2;
      b = i + 1;
      if (pw === 'in') {
        return this.finish(this.fig('multiplier', i, b, 0.5, 'x'), i, b, { allowPer: false });
      }
    } else {
      let n0: number | undefined;
      if (lc === 'a' || lc === 'an') n0 = 1;
      else if (UNIT_WORDS[lc] !== undefined && UNIT_WORDS[lc] >= 1 && UNIT_WORDS[lc] <= 9) n0 = UNIT_WORDS[lc];
      else if (t.k === 'n' && /^[1-9]$/.test(t.t)) return null;
      if (n0 === undefined) return null;
      let j = i + 1;
      if ((this.lc(j) === '-' || this.lc(j) === '‐') && !this.toks[j].sp) j++;
      const dw = this.w(j);
      const d = FRACTION_DENOMS[dw];
      if (!d) return null;
      if (n0 === 1 ? /s$/.test(dw) : !/s$/.test(dw)) return null;
      if (d === 2 && n0 !== 1) return null;
      if (d === 2 && (lc === 'a' || lc === 'an')) return null; // "a half" handled by numbers
      num = n0;
      denom = d;
      b = j + 1;
    }
    const f = num / denom;
    const nw = this.w(b);
    // "a quarter of a million"
    if (nw === 'of' && (this.w(b + 1) === 'a' || this.w(b + 1) === 'an') && SCALE_WORDS[this.w(b + 2)]) {
      const v = f * SCALE_WORDS[this.w(b + 2)];
      const e = b + 3;
      return this.countOrMoney(i, e, v);
    }
    if (FRACTION_MORE.has(nw)) {
      return this.finish(this.fig('multiplier', i, b + 1, round(1 + f), 'x'), i, b + 1, { allowPer: false });
    }
    if (FRACTION_LESS.has(nw) && lc !== 'half') {
      return this.finish(this.fig('multiplier', i, b + 1, round(1 - f), 'x'), i, b + 1, { allowPer: false });
    }
    if (lc === 'half' && nw === 'as' && /^(many|much)$/.test(this.w(b + 1))) {
      return this.finish(this.fig('multiplier', i, b + 2, 0.5, 'x'), i, b + 2, { allowPer: false });
    }
    return this.finish(this.fig('percent', i, b, round(f * 100), 'percent'), i, b);
  }

  // Number already parsed as a bare scaled quantity: decide money vs count.
  private countOrMoney(a: number, e: number, v: number): number {
    const cw = CURRENCY_WORDS[this.w(e)];
    if (cw) {
      return this.finish(this.fig('money', a, e + 1, v * cw[1], cw[0]), a, e + 1);
    }
    return this.count(a, e, v);
  }

  private monthDate(i: number): number | null {
    const t = this.toks[i];
    const mo = MONTHS[t.lc];
    if (!mo) return null;
    // "may"/"march" are verbs; short forms need a capital too.
    if (!/^[A-Z]/.test(t.t)) return null;
    if ((t.lc === 'may' || t.lc === 'march') && this.isSentenceStart(i) && !this.isYear(i + 1) && !this.isYear(i + 2))
      return null;
    if (t.lc.length <= 4 && t.lc !== 'june' && t.lc !== 'july' && t.lc !== 'may' && this.lc(i + 1) === '.') {
      // "Jan." abbreviation: skip the dot.
    }
    let j = i + 1;
    if (this.lc(j) === '.' && !this.toks[j].sp && t.lc.length <= 4) j++;
    let day = 0;
    const dt = this.toks[j];
    if (dt && dt.k === 'n' && /^\d{1,2}$/.test(dt.t) && +dt.t >= 1 && +dt.t <= 31 && !this.isYear(j)) {
      day = +dt.t;
      j++;
      if (/^(st|nd|rd|th)$/.test(this.w(j)) && this.glued(j)) j++;
      if (this.lc(j) === ',') j++;
    }
    if (this.isYear(j)) {
      const y = +this.toks[j].t;
      return this.finish(this.fig('date', i, j + 1, dateValue(y, mo, day || 1), 'year'), i, j + 1, { allowPer: false });
    }
    // Month with a day but no year, or after a time preposition: date, no value.
    const pw = this.w(i - 1);
    if (day) {
      return this.finish(this.fig('date', i, day ? j - (this.lc(j - 1) === ',' ? 1 : 0) : i + 1, null, 'month'), i, j, {
        allowPer: false,
      });
    }
    if (
      /^(by|in|from|until|till|since|before|after|of|end|early|late|mid|this|next|last|during)$/.test(pw) &&
      t.lc !== 'may'
    ) {
      return this.finish(this.fig('date', i, i + 1, null, 'month'), i, i + 1, { allowPer: false });
    }
    return null;
  }

  private seasonDate(i: number): number | null {
    const s = SEASONS[this.toks[i].lc];
    if (s === undefined) return null;
    if (!this.isYear(i + 1)) return null;
    const y = +this.toks[i + 1].t;
    return this.finish(this.fig('date', i, i + 2, y + s, 'year'), i, i + 2, { allowPer: false });
  }

  private isYear(j: number): boolean {
    const t = this.toks[j];
    if (!t || t.k !== 'n' || !/^\d{4}$/.test(t.t)) return false;
    const v = +t.t;
    const nx = this.toks[j + 1];
    if (nx && !nx.sp && nx.k === 'w') return false;
    return v >= 1800 && v <= 2099;
  }

  private money(i: number, cur?: string, labelStart?: number): number | null {
    const sym = this.toks[i];
    const currency = cur ?? CURRENCY_SYMBOLS[sym.t];
    const num = this.parseNumber(i + 1);
    if (!num || num.words) return null;
    const a = labelStart ?? i;
    let b = num.end;
    const v = num.v;
    const f = this.fig('money', a, b, v, currency);
    // Ranges: "£2-3bn", "£2bn-£3bn", "£2bn to £3bn".
    const sep = this.lc(b);
    if (
      sep === '-' ||
      sep === '–' ||
      sep === '—' ||
      sep === 'to' ||
      (sep === 'and' && /\bbetween\s*$/i.test(this.before(a)))
    ) {
      let k = b + 1;
      if (CURRENCY_SYMBOLS[this.lc(k)]) k++;
      const n2 = this.parseNumber(k);
      if (n2 && !n2.words && !/\bfrom\s*$/i.test(this.before(a))) {
        let v1 = v;
        if (num.scale === 1 && n2.scale > 1 && v1 * n2.scale <= n2.v) v1 *= n2.scale;
        if (v1 < n2.v) {
          f.value = v1;
          f.valueMax = n2.v;
          f.qualifier = 'range';
          b = n2.end;
          f.end = this.toks[b - 1].e;
        }
      }
    }
    return this.finish(f, a, b);
  }

  private number(i: number): number {
    const t = this.toks[i];
    const num = this.parseNumber(i);
    if (!num) return i + 1;
    const skip = num.end;
    if (this.isLabel(i, num)) return skip;
    // Ordinals ("21st century") are not figures; "1st April 2027" is a date.
    const sfx = this.toks[num.end];
    if (t.k === 'n' && sfx && !sfx.sp && /^(st|nd|rd|th)$/.test(sfx.lc)) {
      let j = num.end + 1;
      if (this.w(j) === 'of') j++;
      if (MONTHS[this.w(j)] && /^[A-Z]/.test(this.toks[j].t) && num.v >= 1 && num.v <= 31)
        return this.dayMonth(i, j, num.v);
      return num.end + 1;
    }
    if (
      num.plainDigits &&
      num.v >= 1 &&
      num.v <= 31 &&
      MONTHS[this.w(num.end)] &&
      /^[A-Z]/.test(this.toks[num.end].t)
    ) {
      return this.dayMonth(i, num.end, num.v);
    }
    if (t.k === 'w' && num.cap && /^[A-Z]/.test(this.toks[num.end]?.t ?? '')) return skip; // "Five Year Forward View"
    // "zero hours contracts", "zero tolerance": only "zero per cent" is a figure.
    if (num.words && num.v === 0 && !this.percentSuffix(num.end)) return skip;
    const b = num.end;
    const v = num.v;
    const nxt = this.toks[b];
    const nw = this.w(b);

    // Percent.
    const pct = this.percentSuffix(b);
    if (pct) return this.finish(this.fig('percent', i, pct.end, v, pct.unit), i, pct.end);

    // Currency word after the number.
    if (CURRENCY_WORDS[nw]) {
      return this.finish(this.fig('money', i, b + 1, v * CURRENCY_WORDS[nw][1], CURRENCY_WORDS[nw][0]), i, b + 1);
    }
    if (t.k === 'n' && nw === 'p' && nxt && !nxt.sp) {
      return this.finish(this.fig('money', i, b + 1, round(v * 0.01), 'GBP'), i, b + 1);
    }

    // Year-like numbers.
    if (num.plainDigits && /^\d{4}$/.test(t.t) && v >= 1800 && v <= 2099) {
      const r = this.year(i, num);
      if (r !== null) return r;
    }

    // Ranges: "3-5", "25-33%", "3 to 5 years", "between 3 and 5".
    const between = /\bbetween\s*$/i.test(this.before(i));
    if (nxt && (nxt.t === '-' || nxt.t === '–' || nxt.t === '—' || nw === 'to' || (nw === 'and' && between))) {
      const n2 = this.parseNumber(b + 1);
      const hy = nxt.t === '-';
      if (
        n2 &&
        (!hy || (!nxt.sp && this.glued(b + 1))) &&
        !/\bfrom\s*$/i.test(this.before(i)) &&
        !(n2.words && n2.bareOne)
      ) {
        let v1 = v;
        if (num.scale === 1 && n2.scale > 1 && v1 * n2.scale <= n2.v) v1 *= n2.scale;
        if (v1 < n2.v) {
          const r = this.classify(i, n2.end, n2.v, n2);
          if (r) {
            const mult = r.f.value !== null && n2.v ? r.f.value / n2.v : 1;
            if (r.f.value !== null) r.f.valueMax = r.f.value;
            r.f.value = round(v1 * mult);
            r.f.qualifier = 'range';
            return this.finish(r.f, i, r.end, r.opts);
          }
        }
      }
    }

    if (num.words && num.bareOne) {
      // "one" alone is a pronoun/determiner; only "one in four", "one-year" count.
      const r = this.classify(i, b, v, num, true);
      if (r) return this.finish(r.f, i, r.end, r.opts);
      return skip;
    }
    const r = this.classify(i, b, v, num);
    if (r) return this.finish(r.f, i, r.end, r.opts);
    return skip;
  }

  private percentSuffix(b: number): { end: number; unit: string } | null {
    const nxt = this.toks[b];
    if (!nxt) return null;
    if (nxt.t === '%') return { end: b + 1, unit: 'percent' };
    const nw = this.w(b);
    if (nw === 'percent' || nw === 'pc') return { end: b + 1, unit: 'percent' };
    if (nw === 'per' && this.w(b + 1) === 'cent') return { end: b + 2, unit: 'percent' };
    if (nw === 'per' && this.lc(b + 1) === '-' && this.w(b + 2) === 'cent') return { end: b + 3, unit: 'percent' };
    if (nw === 'percentage' && /^points?$/.test(this.w(b + 1))) return { end: b + 2, unit: 'percentage-point' };
    return null;
  }

  // Classify a (possibly range-ending) number whose last number token ends at b.
  private classify(
    i: number,
    b: number,
    v: number,
    num: NumParse,
    bareOne = false,
  ): { f: Figure; end: number; opts?: { allowPer?: boolean } } | null {
    const nxt = this.toks[b];
    const nw = this.w(b);
    const pct = this.percentSuffix(b);
    if (pct && !bareOne) return { f: this.fig('percent', i, pct.end, v, pct.unit), end: pct.end };
    if (CURRENCY_WORDS[nw] && !bareOne) {
      const [cur, mul] = CURRENCY_WORDS[nw];
      return { f: this.fig('money', i, b + 1, v * mul, cur), end: b + 1 };
    }
    // Hyphen compounds: "10-year", "48-hour", "300-bed", "65-year-olds", "two-fold".
    if (nxt && !nxt.sp && (nxt.t === '-' || nxt.t === '‐') && this.glued(b + 1) && this.toks[b + 1].k === 'w') {
      const cw = this.w(b + 1);
      if (TIME_UNITS[cw]) {
        if (this.lc(b + 2) === '-' && /^olds?$/.test(this.w(b + 3))) {
          return { f: this.fig('count', i, b + 4, v, 'age'), end: b + 4 };
        }
        const [u, m] = TIME_UNITS[cw];
        return { f: this.fig('duration', i, b + 2, v * m, u), end: b + 2, opts: { allowPer: false } };
      }
      if (cw === 'fold') return { f: this.fig('multiplier', i, b + 2, v, 'x'), end: b + 2, opts: { allowPer: false } };
      if (LABEL_COMPOUNDS.has(cw) || bareOne) return null;
      if (cw === 'strong') return { f: this.fig('count', i, b + 2, v, ''), end: b + 2 };
      if (cw === 'bed' || cw === 'bedded') return { f: this.fig('count', i, b + 2, v, 'bed'), end: b + 2 };
      return { f: this.fig('count', i, b + 2, v, lemma(this.toks[b + 1].t)), end: b + 2 };
    }
    // Time units.
    if (TIME_UNITS[nw]) {
      if (bareOne && !DURATION_PREPS.has(this.w(i - 1))) return null;
      if (/^years?$/.test(nw) && /^(old|olds)$/.test(this.w(b + 1))) {
        return { f: this.fig('count', i, b + 2, v, 'age'), end: b + 2 };
      }
      const [u, m] = TIME_UNITS[nw];
      const e = b + 1;
      const pw = this.w(i - 1);
      if (pw === 'every' || pw === 'each') {
        // "every six months": an interval, so a frequency.
        const f = this.fig('frequency', i - 1, e, v * m, u);
        return { f, end: e, opts: { allowPer: false } };
      }
      return { f: this.fig('duration', i, e, v * m, u), end: e };
    }
    if (nw === 'times' && !bareOne) {
      const fs = this.freqSuffix(b + 1);
      if (fs)
        return {
          f: this.fig('frequency', i, fs.end, v, 'time', { per: fs.per }),
          end: fs.end,
          opts: { allowPer: false },
        };
      let e = b + 1;
      if (this.w(e) === 'as' && /^(many|much|likely|long|large|big|high|fast|quickly|often)$/.test(this.w(e + 1)))
        e += 2;
      return { f: this.fig('multiplier', i, e, v, 'x'), end: e, opts: { allowPer: false } };
    }
    // Ratios: "one in four", "1 in 10", "nine out of ten".
    if ((nw === 'in' || (nw === 'out' && this.w(b + 1) === 'of')) && Number.isInteger(v)) {
      let k = nw === 'in' ? b + 1 : b + 2;
      if (this.w(k) === 'every') k++;
      const n2 = this.parseNumber(k);
      if (n2 && Number.isInteger(n2.v) && n2.v > v && n2.v <= 1000 && !(n2.plainDigits && n2.v >= 1800)) {
        return this.ratio(i, v, n2);
      }
    }
    // With the counted noun between: "two carers in three", "one patient in five". Not "two nurses in three wards".
    if (nxt && nxt.k === 'w' && !STOP_WORDS.has(nw) && this.w(b + 1) === 'in' && Number.isInteger(v) && v < 100) {
      const n2 = this.parseNumber(b + 2);
      const after = n2 && this.toks[n2.end];
      // "two nurses in three wards" counts wards; "one patient in five waits" is a share (its noun is singular).
      const counted = v > 1 && after && after.k === 'w' && !STOP_WORDS.has(this.w(n2.end)) && /s$/.test(this.w(n2.end));
      if (n2 && Number.isInteger(n2.v) && n2.v > v && n2.v <= 100 && !n2.plainDigits && !counted) {
        return this.ratio(i, v, n2);
      }
    }
    if (bareOne) return null;
    if (this.isAcronymBefore(i) && num.plainDigits) return null; // "NHS 111"
    // Ages: "aged 75", "under-18s", "over 65s".
    if (nxt && !nxt.sp && nxt.lc === 's' && num.plainDigits) {
      // "1000s of comments" is vague, not a figure.
      return v < 130 ? { f: this.fig('count', i, b + 1, v, 'age'), end: b + 1 } : null;
    }
    // "people over 65": an age threshold.
    if (/^(over|under)$/.test(this.w(i - 1)) && num.plainDigits && v < 130 && AGE_HOLDERS.has(this.w(i - 2))) {
      const w2 = this.w(b);
      if (!w2 || STOP_WORDS.has(w2) || /ing$/.test(w2)) return { f: this.fig('count', i, b, v, 'age'), end: b };
    }
    if (/^(aged|age|ages)$/.test(this.w(i - 1)) && v < 130) return { f: this.fig('count', i, b, v, 'age'), end: b };
    return this.countResult(i, b, v);
  }

  /** "one in four", "two carers in three": the share as a percentage, from the number at i to the second's end. */
  private ratio(i: number, v: number, of: { v: number; end: number }): { f: Figure; end: number } {
    return { f: this.fig('percent', i, of.end, round((v / of.v) * 100), 'percent'), end: of.end };
  }

  private countResult(i: number, b: number, v: number): { f: Figure; end: number } {
    // Counted noun: skip modifiers, stop at the first plural noun.
    let k = b;
    let head = -1;
    let seen = 0;
    while (k < this.toks.length && seen < 5) {
      const tk = this.toks[k];
      if (tk.k === 'p') {
        if ((tk.t === '-' || tk.t === '‐') && !tk.sp && this.glued(k + 1) && k > b) {
          k++;
          continue;
        }
        if ((tk.t === "'" || tk.t === '’') && !tk.sp && head >= 0) break;
        break;
      }
      if (tk.k !== 'w') break;
      const lc = tk.lc;
      if (STOP_WORDS.has(lc) && !(lc === 'more' || lc === 'less')) break;
      if (MONTHS[lc] && /^[A-Z]/.test(tk.t)) break;
      if (TIME_UNITS[lc] || PER_ADVERBS[lc]) break;
      seen++;
      if (IRREGULAR_PLURALS[lc] || (isPluralWord(tk.t) && !NOT_PLURAL.has(lc))) {
        head = k;
        break;
      }
      k++;
    }
    if (head >= 0) {
      return { f: this.fig('count', i, head + 1, v, lemma(this.toks[head].t)), end: head + 1 };
    }
    return { f: this.fig('count', i, b, v, ''), end: b };
  }

  private count(a: number, e: number, v: number): number {
    const r = this.countResult(a, e, v);
    return this.finish(r.f, a, r.end);
  }

  private dayMonth(i: number, mIdx: number, day: number): number {
    const mo = MONTHS[this.w(mIdx)];
    let j = mIdx + 1;
    if (this.lc(j) === '.' && !this.toks[j].sp) j++;
    if (this.lc(j) === ',') j++;
    if (this.isYear(j)) {
      return this.finish(this.fig('date', i, j + 1, dateValue(+this.toks[j].t, mo, day), 'year'), i, j + 1, {
        allowPer: false,
      });
    }
    return this.finish(this.fig('date', i, mIdx + 1, null, 'month'), i, mIdx + 1, { allowPer: false });
  }

  private year(i: number, num: NumParse): number | null {
    const t = this.toks[i];
    const v = num.v;
    const prevW = this.w(i - 1) || (this.lc(i - 1) === '(' ? this.w(i - 2) : '');
    const nextW = this.w(i + 1);
    // Statute names.
    if (STATUTE_WORDS.has(prevW) && /^[A-Z]/.test(this.toks[i - 1]?.t ?? this.toks[i - 2].t)) return i + 1;
    if (this.lc(i - 1) === '(' && STATUTE_WORDS.has(this.w(i - 2))) return i + 1;
    if (STATUTE_WORDS.has(nextW) && /^[A-Z]/.test(this.toks[i + 1].t)) return i + 1;
    // "2020s"
    const nx = this.toks[i + 1];
    if (nx && !nx.sp && nx.lc === 's') {
      return this.finish(this.fig('date', i, i + 2, v, 'decade', { valueMax: v + 9, qualifier: 'range' }), i, i + 2, {
        allowPer: false,
      });
    }
    // Financial years "2024/25", "2024-25", "2024–2025".
    if (nx && (nx.t === '/' || nx.t === '-' || nx.t === '–') && !nx.sp) {
      const y2t = this.toks[i + 2];
      if (y2t && y2t.k === 'n' && !y2t.sp && (/^\d{2}$/.test(y2t.t) || /^\d{4}$/.test(y2t.t))) {
        const y2 = y2t.t.length === 2 ? Math.floor(v / 100) * 100 + +y2t.t : +y2t.t;
        if (y2 > v && y2 - v <= 10) {
          return this.finish(this.fig('date', i, i + 3, v, 'year', { valueMax: y2, qualifier: 'range' }), i, i + 3, {
            allowPer: false,
          });
        }
      }
    }
    // Range of years: "between 2022 and 2024", "2025 to 2030".
    const between = /\bbetween\s*$/i.test(this.before(i));
    if (
      (nextW === 'and' && between) ||
      (nextW === 'to' && !/\bfrom\s*$/i.test(this.before(i))) ||
      ((nx?.t === '–' || nx?.t === '-') && nx.sp)
    ) {
      if (this.isYear(i + 2) && +this.toks[i + 2].t > v) {
        return this.finish(
          this.fig('date', i, i + 3, v, 'year', { valueMax: +this.toks[i + 2].t, qualifier: 'range' }),
          i,
          i + 3,
          { allowPer: false },
        );
      }
    }
    // Looks like a count ("2000 more nurses") rather than a year.
    if (nextW && COUNT_MODIFIERS.has(nextW) && /^(more|extra|additional|new|fewer|further)$/.test(nextW)) return null;
    if (
      nextW &&
      (IRREGULAR_PLURALS[nextW] ||
        (isPluralWord(this.toks[i + 1].t) &&
          !NOT_PLURAL.has(nextW) &&
          !/^(levels|prices|terms|figures|rates|reforms|elections|manifestos|budgets|plans)$/.test(nextW)))
    )
      return null;
    if (CURRENCY_WORDS[nextW] || this.percentSuffix(i + 1) || TIME_UNITS[nextW]) return null;
    void t;
    return this.finish(this.fig('date', i, i + 1, v, 'year'), i, i + 1, { allowPer: false });
  }
}

// ---------------------------------------------------------------------------
// Helpers

function round(x: number): number {
  return Math.round(x * 1e6) / 1e6;
}

function dateValue(y: number, month: number, day: number): number {
  return round(y + (month - 1) / 12 + (day - 1) / 365);
}

function isPluralWord(w: string): boolean {
  if (/^[A-Z]{2,}s$/.test(w)) return true; // GPs, ICSs
  const lc = w.toLowerCase();
  return lc.length > 2 && /s$/.test(lc) && !/(ss|us|is)$/.test(lc);
}

/** Naive singular for a counted noun: "nurses" -> "nurse", "GPs" -> "GP". */
export function lemma(word: string): string {
  if (/^[A-Z]{2,}s$/.test(word)) return word.slice(0, -1);
  if (/^[A-Z]{2,}$/.test(word)) return word;
  const w = word.toLowerCase().replace(/’/g, "'");
  if (IRREGULAR_PLURALS[w]) return IRREGULAR_PLURALS[w];
  if (NOT_PLURAL.has(w)) return w;
  if (/ies$/.test(w) && w.length > 4) return w.slice(0, -3) + 'y';
  if (/sses$/.test(w)) return w.slice(0, -2);
  if (/(ches|shes|xes|zes)$/.test(w)) return w.slice(0, -2);
  if (/s$/.test(w) && !/(ss|us|is)$/.test(w)) return w.slice(0, -1);
  return w;
}

/** All figures in `text`, in order, non-overlapping. */
export function findFigures(text: string): Figure[] {
  return scan(text, FIGURE_STARTERS);
}

/** findFigures trying every recogniser on every word: what keeps FIGURE_STARTERS true (figures.test.ts). */
export function findFiguresTryingEveryWord(text: string): Figure[] {
  return scan(text, null);
}

function scan(text: string, starters: ReadonlySet<string> | null): Figure[] {
  if (!/[0-9£$€%]|[a-z]/i.test(text)) return [];
  return joinShareRanges(text, new Scanner(text, starters).run());
}

/**
 * "between a quarter and a third", "between one in ten and one in five": two shares in words that the scanner
 * reads one by one are one range, as "between 25 and 33 per cent" is.
 */
function joinShareRanges(text: string, figures: Figure[]): Figure[] {
  const out: Figure[] = [];
  for (let i = 0; i < figures.length; i++) {
    const a = figures[i]!;
    const b = figures[i + 1];
    const between = b && /\bbetween\s+$/i.exec(text.slice(Math.max(0, a.start - 10), a.start));
    if (
      between &&
      a.kind === 'percent' &&
      b.kind === 'percent' &&
      !a.qualifier &&
      !b.qualifier &&
      a.value !== null &&
      b.value !== null &&
      a.value < b.value &&
      /^\s+and\s+$/i.test(text.slice(a.end, b.start))
    ) {
      const start = a.start - between[0].length;
      out.push({ ...a, start, end: b.end, text: text.slice(start, b.end), valueMax: b.value, qualifier: 'range' });
      i++;
      continue;
    }
    out.push(a);
  }
  return out;
}

/** True when `text` contains at least one figure. */
export function hasFigure(text: string): boolean {
  return findFigures(text).length > 0;
}
