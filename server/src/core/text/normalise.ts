// Turns text into comparable tokens: case, quotes, dashes, spelling variants, synonyms and
// inflections folded away, so that "Labour will scrap Section 75" and "labour WILL scrap section 75!"
// compare equal. Numbers and negations are kept aside: they decide duplicate vs contradiction.
import crypto from 'node:crypto';
import { stemmer } from 'stemmer';
import { remembered } from '../cache';
import { MISSPELT_NEGATIONS, NEGATIONS, SPELLING_VARIANTS, STOPWORDS, SYNONYMS } from './lexicon';

export interface Normalised {
  /** Content words in order: stemmed, canonical synonym, no stopwords, no numbers, no negations. */
  tokens: string[];
  /** The content words as written (lower case, unstemmed), parallel to `tokens`: typos are judged on these. */
  surface: string[];
  /** Every word stemmed, in order (for antonym and negation checks). */
  words: string[];
  /** How many negation words the text has. */
  negations: number;
  /** For each negation word, the index in `tokens` of the content word that follows it. */
  negationAt: number[];
  /** Numbers as written, normalised ("4,000" -> "4000"). */
  numbers: string[];
}

/**
 * Labels in front of a passage: "Amendment 7:", "Motion 3 -", "Clause 2.1)", and a submission's
 * sender, "Submission from Havant branch:" (the label is group 1 or group 2). With them go an amendment's
 * mover in brackets ("Amendment 3 (Lewisham Deptford):", "Motion 70, proposed by Wakefield Division:"), its number
 * in words ("Amendment Two"), a marker before it ("★ Motion 67"), and the instruction saying where its words go
 * ("After paragraph 5 insert:", "Add at end:", and an opening quote): what follows is the text it proposes.
 */
export const LABEL_PATTERN =
  /^\s*(?:[★☆*•]\s*)?(?:((?:amendment|motion|resolution|clause|item|paragraph|para|proposal|recommendation|rec)(?:\s*[a-z]?\d+[a-z]?(?:\.\d+)*|\s+(?:one|two|three|four|five|six|seven|eight|nine|ten|eleven|twelve)\b))(?:\s*\([^()\n]{1,80}\))?(?:,?\s+(?:proposed|moved|submitted|tabled)\s+by\s+[^:\n]{1,80}?)?\s*[:.)\u2013\u2014-]|((?:submission|response|amendment|motion|proposal|comments?|evidence)\s+(?:from|by)\s+[^:\n]{1,80}?)\s*:)(?:\s*(?:(?:after|before|at the end of|in)\s[^:\n]{0,100}?\s)?(?:insert|add|substitute|replace with)(?:\s+(?:as\s+)?(?:a\s+)?new\s+(?:paragraph|sentence|point|item|clause))?(?:\s+at\s+(?:the\s+)?end)?\s*:)?\s*[\u201c"]?/i;

/**
 * Who says it, said around what is said: "However, as the motion states, staff shortages…", "…for an assessment of
 * their needs," said the ADASS President. The words said are compared; the frame naming the speaker is not.
 */
const LEAD_ATTRIBUTION =
  /^\s*(?:(?:however|but|and|so|indeed|now),?\s+)?(?:as|like)\s+(?:the|this|our|my|that|his|her|their|its)\s+(?:[a-z.'-]+\s+){0,6}?(?:states|stated|says|said|notes|noted|sets out|set out|makes clear|made clear|puts it|shows|showed|found|finds|reports|reported)\s*,\s*/;
/**
 * Who endorses it, before what is endorsed: "Conference supports strengthening the enforcement…" says what "Labour
 * is committed to strengthening the enforcement…" says. Each reads as "supports …", so that the stance stays to be
 * compared: "Labour opposes measures on…" still says the opposite of "Labour supports measures on…".
 */
const STANCE_FRAME =
  /^\s*(?:(?:this\s+)?(?:conference|house|meeting|congress|assembly|forum)|labour|we|the party|the government)\s+(?:(?:also|further|fully|firmly|strongly|still)\s+)?(?:supports|support|welcomes|welcome|endorses|endorse|backs|back|(?:is|are|remains|remain)\s+(?:(?:fully|firmly|strongly)\s+)?committed\s+to)\s+/;
/**
 * A speaker's label before what is said, as Hansard and minutes print it: "Lord Harper (Con):", "The Minister (Lord
 * Kamall) (Con):", "Mover of Amendment 51 (Lab):". A label names its speaker in brackets, by party or by name after a
 * title; what follows is compared, as a repeat or a reply to the corpus, without it.
 */
const SPEAKER_LABEL =
  /^\s*\**\s*(?:(?:the\s+)?(?:minister|secretary|lord|baroness|earl|viscount|bishop|mr|mrs|ms|miss|dr|sir|dame|speaker|deputy speaker|chair)\b[^:\n()]{0,60}(?:\([^()\n]{1,50}\)\s*){1,3}|[^:\n()]{1,60}(?:\([^()\n]{1,50}\)\s*){0,2}\((?:con|lab|lab\/co-op|ld|lib dem|snp|pc|dup|uup|sdlp|green|ind|cb|crossbench|alba|reform)\)\s*)\**\s*:\s*\**\s*/;
const TRAIL_ATTRIBUTION = /(["'])\s*,?\s*(?:said|says|added|warned|explained)\s+[^.;:,"']{1,50}\.?\s*$/;

/**
 * Whether the text starts with words that normalising reads only at the start of a text: a label, a speaker's
 * frame, a frame of support.
 */
export function startsWithFrame(text: string): boolean {
  if (LABEL_PATTERN.test(text)) return true;
  const folded = foldText(text);
  return LEAD_ATTRIBUTION.test(folded) || STANCE_FRAME.test(folded);
}

/** The label a passage's text starts with, if any (see LABEL_PATTERN). */
export function labelOf(text: string): string | undefined {
  const m = LABEL_PATTERN.exec(text);
  return m ? (m[1] ?? m[2]) : undefined;
}

/** Stems, remembered: the same words come again and again. */
export const stem = remembered(stemmer, 20_000);

/**
 * A fingerprint of the word lists and patterns normalising reads: a saved index holds words normalised with them, and
 * one saved with other lists ("homecare" not yet "home care") would match less than it should, so it is built again.
 * A change to how the code uses them still needs a new SEGMENT_VERSION (corpus/segment-file.ts).
 */
export const NORMALISATION_KEY = crypto
  .createHash('sha1')
  .update(
    [
      [...STOPWORDS].join(' '),
      [...NEGATIONS].join(' '),
      [...MISSPELT_NEGATIONS].map(([typo, word]) => `${typo}=${word}`).join(' '),
      SYNONYMS.map((group) => group.join('|')).join(' '),
      Object.entries(SPELLING_VARIANTS)
        .map(([variant, word]) => `${variant}=${word}`)
        .join(' '),
      ...[LABEL_PATTERN, LEAD_ATTRIBUTION, STANCE_FRAME, SPEAKER_LABEL, TRAIL_ATTRIBUTION].map((r) => r.source),
    ].join('\n'),
  )
  .digest('hex')
  .slice(0, 16);

const MULTIWORD_SYNONYMS: Array<[RegExp, string, string]> = [];
const SYNONYM_OF = new Map<string, string>();
for (const group of SYNONYMS) {
  const canonical = group[0];
  for (const word of group) {
    if (word.includes(' ')) MULTIWORD_SYNONYMS.push([new RegExp(`\\b${word}\\b`, 'g'), canonical, word]);
    else SYNONYM_OF.set(stem(word), stem(canonical));
  }
}

/** Case, Unicode compatibility forms, curly quotes and dashes folded; markup is already gone. */
export function foldText(text: string): string {
  // Plain ASCII has nothing for NFKC or the quote and dash folds to do.
  // eslint-disable-next-line no-control-regex -- the ASCII range, control characters included
  if (/^[\x00-\x7f]*$/.test(text)) return text.toLowerCase();
  return text
    .normalize('NFKC')
    .toLowerCase()
    .replace(/[\u2018\u2019\u201a\u201b\u2032`´]/g, "'")
    .replace(/[\u201c\u201d\u201e\u201f\u2033]/g, '"')
    .replace(/[\u2010-\u2015\u2212]/g, '-')
    .replace(/\u00a0/g, ' ');
}

/**
 * The words of folded text, as the pattern /[a-z][a-z'-]*[a-z]|[a-z]|\d[\d,.]*\d|\d/g finds them, scanned by hand: a
 * corpus has millions, and a regex's match objects cost more than the scan.
 */
export function wordsOf(folded: string): string[] {
  const words: string[] = [];
  const n = folded.length;
  let i = 0;
  while (i < n) {
    const c = folded.charCodeAt(i);
    const letter = c >= 97 && c <= 122;
    if (!letter && !(c >= 48 && c <= 57)) {
      i++;
      continue;
    }
    // A run of the characters the word may hold, cut back to its last letter (or digit).
    let end = i + 1;
    let last = i;
    for (; end < n; end++) {
      const d = folded.charCodeAt(end);
      if (letter ? d >= 97 && d <= 122 : d >= 48 && d <= 57) last = end;
      else if (!(letter ? d === 39 || d === 45 : d === 44 || d === 46)) break;
    }
    words.push(folded.slice(i, last + 1));
    i = last + 1;
  }
  return words;
}

/** What one written word contributes: its stemmed parts, and which of them are content words. */
interface WordParts {
  /** A negation ("not", "won't"): kept aside, contributes no parts. */
  negation: boolean;
  stems: string[];
  /** Parallel to stems: the canonical token, or '' for a stopword. */
  tokens: string[];
  surfaces: string[];
}

// Words repeat endlessly across a corpus: each is worked out once.
const wordCache = new Map<string, WordParts>();

function partsOf(word: string): WordParts {
  let hit = wordCache.get(word);
  if (!hit) {
    hit = readWord(word);
    if (wordCache.size > 20_000) wordCache.clear();
    wordCache.set(word, hit);
  }
  return hit;
}

function readWord(word: string): WordParts {
  if (NEGATIONS.has(word) || word.endsWith("n't") || MISSPELT_NEGATIONS.has(word))
    return { negation: true, stems: [], tokens: [], surfaces: [] };
  let w = word.replace(/'s$/, '').replace(/'$/, '');
  w = SPELLING_VARIANTS[w] ?? w;
  w = w.replace(/iz(e|es|ed|ing|ation|ations)$/, 'is$1');
  const parts: WordParts = { negation: false, stems: [], tokens: [], surfaces: [] };
  // Hyphenated words compare as their parts ("end-of-life" = "end of life").
  for (const part of w.split(/[\s-]+/)) {
    if (!part) continue;
    const s = stem(part);
    parts.stems.push(s);
    parts.tokens.push(STOPWORDS.has(part) || part.length < 2 ? '' : (SYNONYM_OF.get(s) ?? s));
    parts.surfaces.push(part);
  }
  return parts;
}

/** The text folded, its amendment label dropped and multi-word synonyms made one. */
function prepare(text: string): string {
  let folded = foldText(text).replace(LABEL_PATTERN, '');
  // Each frame has its mark, and most texts lack it: a speaker's label its colon, a lead attribution its comma, a
  // trailing one its quote. A text is normalised tens of thousands of times in a first lint.
  if (folded.includes(':')) folded = folded.replace(SPEAKER_LABEL, '');
  if (folded.includes(',')) folded = folded.replace(LEAD_ATTRIBUTION, '');
  folded = folded.replace(STANCE_FRAME, 'supports ');
  if (folded.includes('"') || folded.includes("'")) folded = folded.replace(TRAIL_ATTRIBUTION, '$1');
  for (const [re, canonical, first] of MULTIWORD_SYNONYMS)
    if (folded.includes(first)) folded = folded.replace(re, canonical);
  return folded;
}

/** normalise(text).tokens alone, for indexing a corpus: the content words, without the rest. */
export function contentTokens(text: string): string[] {
  const tokens: string[] = [];
  for (const w of wordsOf(prepare(text))) {
    const c = w.charCodeAt(0);
    if (c >= 48 && c <= 57) continue;
    for (const token of partsOf(w).tokens) if (token) tokens.push(token);
  }
  return tokens;
}

export function normalise(text: string): Normalised {
  const folded = prepare(text);
  const tokens: string[] = [];
  const surface: string[] = [];
  const words: string[] = [];
  const numbers: string[] = [];
  let negations = 0;
  const negationAt: number[] = [];
  for (const w of wordsOf(folded)) {
    const c = w.charCodeAt(0);
    if (c >= 48 && c <= 57) {
      numbers.push(w.replace(/,/g, '').replace(/\.$/, ''));
      continue;
    }
    const parts = partsOf(w);
    if (parts.negation) {
      negations++;
      negationAt.push(tokens.length);
      words.push(w);
      continue;
    }
    for (let i = 0; i < parts.stems.length; i++) {
      words.push(parts.stems[i]!);
      if (!parts.tokens[i]) continue;
      tokens.push(parts.tokens[i]!);
      surface.push(parts.surfaces[i]!);
    }
  }
  return { tokens, surface, words, negations, negationAt, numbers };
}
