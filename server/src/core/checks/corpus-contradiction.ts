// corpus-contradiction: a statement on the same subject as a corpus passage that conflicts with
// it — a different figure for the same quantity, a negation, or the opposite action. Each
// sentence is compared on its own, so the finding covers the sentence that conflicts.
import { report, type Check, type Reported, type RuleMeta } from './check';
import type { Draft, DraftUnit } from '../draft';
import { citationOf, hasSentenceUnits, type CorpusRef } from '../corpus/index';
import { LOOKUP_LIMIT, LOOKUP_MIN_SHARE, type Candidate, type Unit } from '../match/index';
import type { ClaimConflict, ClaimIndex } from '../claims/index';
import { stanceOfWord, type ActionClaim } from '../claims/action';
import type { TrendClaim } from '../claims/trend';
import { compare, type Similarity } from '../match/similarity';
import { antonymSides, findConflict, scopedFigureConflict, type Comparable, type Conflict } from '../match/conflict';
import { figuresOf } from '../figures/valued';
import { normalise, type Normalised } from '../text/normalise';
import type { CorpusCitation, Finding } from '../types';
import { quote } from '../text/quote';
import { stemmer } from 'stemmer';

export const meta = {
  id: 'corpus-contradiction',
  title: 'Contradiction of the corpus',
  description:
    'A statement that conflicts with the corpus on the same subject: a different figure, a negation, or the ' +
    'opposite action.',
  defaultSeverity: 'error',
  fixable: false,
  fixAll: false,
  finding: 'contradiction',
  docs: 'corpus-contradiction',
  // `where` is the corpus file and line ("file.txt:12"), `quote` its passage quoted.
  messages: {
    // `also`: "" or " (and also £2bn, £3bn)", the corpus's other figures for the same quantity.
    figure: "Says {{ours}}; {{where}} says {{theirs}}{{also}} ('{{quote}}').",
    negates: "Says the opposite of agreed policy: this negates what {{where}} states ('{{quote}}').",
    negated: "Says the opposite of agreed policy: {{where}} states the negation ('{{quote}}').",
    antonym: 'Says "{{ours}}" where {{where}} says "{{theirs}}" (\'{{quote}}\').',
    // Judged by claims: `sides` is what each corpus line says ("file.txt:12 says £2bn ('…')"), joined by "; ".
    claimFigure: 'Says {{ours}}; {{sides}}.',
    claimAction: 'Says "{{ours}}" where {{sides}}.',
  },
} as const satisfies RuleMeta;

type Contradiction = Exclude<Conflict, { kind: 'added-figure' }>;

interface Hit {
  candidate: Candidate<CorpusRef>;
  conflict: Contradiction;
  subject: Similarity;
}

/** The swapped words of an antonym pair count as matched when judging whether the subject is the same. */
function withoutSwap(norm: Normalised, word: string): Normalised {
  return { ...norm, tokens: norm.tokens.map((t) => (t === word ? '\u21c4' : t)) };
}

/** Whether the draft unit and the corpus unit talk about the same thing. */
export function sameSubject(s: Similarity, queryWords: number, candidateWords: number): boolean {
  if (queryWords < 3 || candidateWords < 3 || s.order < 0.6) return false;
  if (s.queryCovered >= 0.6 && s.candidateCovered >= 0.5) return true;
  if (s.queryCovered >= 0.7 && s.compactness >= 0.5) return true;
  return s.candidateCovered >= 0.8 && s.queryCovered >= 0.5;
}

/**
 * An opposite word whose neighbours are the same rare words in both texts ("personal budgets
 * becoming optional" / "personal budgets compulsory"): the same subject, even when the rest of
 * the two sentences differ. Common words ("social care") are not enough.
 */
export function anchoredSubject(
  query: Normalised,
  candidate: Normalised,
  ours: string,
  theirs: string,
  weigh: (t: string) => number,
): boolean {
  const qi = query.tokens.indexOf(ours);
  const ci = candidate.tokens.indexOf(theirs);
  if (qi < 0 || ci < 0) return false;
  const around = (tokens: string[], i: number) =>
    new Set([...tokens.slice(Math.max(0, i - 3), i), ...tokens.slice(i + 1, i + 4)]);
  const theirs3 = around(candidate.tokens, ci);
  const rarest = weigh('\u0000');
  let score = 0;
  let rare = 0;
  for (const t of around(query.tokens, qi)) {
    const w = weigh(t) / rarest;
    if (!theirs3.has(t) || w < 0.4) continue;
    score += w;
    rare++;
  }
  return rare >= 2 && score >= 1;
}

/** A candidate with what makes it say something else than the unit, if anything: found once, asked several times. */
type Judged = Candidate<CorpusRef> & { conflict: Conflict | undefined };
const judged = (unit: Comparable, candidates: Array<Candidate<CorpusRef>>): Judged[] =>
  candidates.map((c) => ({ ...c, conflict: findConflict(unit, c.unit, c.similarity) }));

function contradictionOf(unit: DraftUnit, c: Judged, weigh: (t: string) => number): Hit | undefined {
  let conflict = c.conflict;
  if (!conflict || conflict.kind === 'added-figure') return undefined;
  let subject = c.similarity;
  if (conflict.kind === 'antonym') {
    const theirs = c.unit.norm.tokens.includes(conflict.theirs) ? conflict.theirs : '';
    subject = compare(
      withoutSwap(unit.norm, conflict.ours),
      theirs ? withoutSwap(c.unit.norm, theirs) : c.unit.norm,
      () => 1,
    );
    subject = {
      ...subject,
      queryCovered: Math.max(subject.queryCovered, c.similarity.queryCovered),
      candidateCovered: Math.max(subject.candidateCovered, c.similarity.candidateCovered),
    };
  }
  const anchored =
    conflict.kind === 'antonym' &&
    subject.queryCovered >= 0.4 &&
    anchoredSubject(unit.norm, c.unit.norm, conflict.ours, conflict.theirs, weigh);
  if (!anchored && !sameSubject(subject, unit.norm.tokens.length, c.unit.norm.tokens.length)) return undefined;
  // On the same subject, figures that differ are judged again by what each is said of.
  if (conflict.kind === 'figure') {
    const scoped = scopedFigureConflict(unit, c.unit);
    if (scoped?.kind !== 'figure') return undefined;
    conflict = scoped;
  }
  // Last, as the dearest test: reading each side's stance parses its sentence for action claims.
  if (conflict.kind === 'antonym' && sameStance(unit.text, conflict.ours, c.unit.text, conflict.theirs))
    return undefined;
  return { candidate: c, conflict, subject };
}

function describe(conflict: Contradiction, cite: CorpusCitation, draftText: string): Reported {
  const where = `${cite.file}:${cite.line}`;
  const said = quote(cite.quote, 70);
  switch (conflict.kind) {
    case 'figure': {
      const also = conflict.also.length ? ` (and also ${conflict.also.map((f) => f.text).join(', ')})` : '';
      const { ours, theirs } = conflict;
      return report(meta, 'figure', { ours: ours.text, where, theirs: theirs.text, also, quote: said });
    }
    case 'negation':
      return report(meta, conflict.oursNegated ? 'negates' : 'negated', { where, quote: said });
    case 'antonym': {
      const ours = writtenWord(draftText, conflict.ours) ?? conflict.ours;
      const theirs = writtenWord(cite.quote, conflict.theirs) ?? conflict.theirs;
      return report(meta, 'antonym', { ours, where, theirs, quote: said });
    }
  }
}

/**
 * Whether opposite words say one thing after all, by the stance each takes as an action claim: one of them under a
 * negation ("keep the centre open", "short-sighted to close centres"), or one a report of the past and the other a
 * position ("keep the centre open", "centres have been closed since 2010"). Unknown stances are not the same.
 */
function sameStance(ours: string, ourStem: string, theirs: string, theirStem: string): boolean {
  const a = stanceOfWord(ours, writtenWord(ours, ourStem));
  const b = stanceOfWord(theirs, writtenWord(theirs, theirStem));
  return a !== undefined && b !== undefined && a !== b;
}

/** The word as written in `text` whose stem is `stem`, for messages. */
function writtenWord(text: string, stem: string): string | undefined {
  for (const m of text.toLowerCase().matchAll(/[a-z]+/g)) if (stemmer(m[0]) === stem) return m[0];
  return undefined;
}

/** What a unit's text contradicts: the same for the same text, so kept across edits. */
interface Verdict {
  said: Reported;
  citations: CorpusCitation[];
}

/** What a claim conflict says, from the claims' own parts. */
function describeClaims(conflict: ClaimConflict<CorpusRef>, citations: CorpusCitation[]): Reported {
  const sides = conflict.theirs.map(({ claim }, i) => {
    const cite = citations[i]!;
    const said = 'figure' in claim ? claim.figure.text : claimSaid(claim);
    const what = conflict.kind === 'figure' ? said : `"${said}"`;
    return `${cite.file}:${cite.line} says ${what} ('${quote(cite.quote, 70)}')`;
  });
  const ours = conflict.ours;
  // "Some 1.4 million people" began the sentence: mid-message it is "some 1.4 million people".
  if ('figure' in ours) {
    const figure = ours.figure.text.replace(/^[A-Z](?=[a-z])/, (c) => c.toLowerCase());
    return report(meta, 'claimFigure', { ours: figure, sides: sides.join('; ') });
  }
  return report(meta, 'claimAction', { ours: claimSaid(ours), sides: sides.join('; ') });
}

/** An action or a trend as its sentence says it. */
function claimSaid(claim: ActionClaim | TrendClaim): string {
  return 'trend' in claim ? claim.written : actionSaid(claim);
}

/** An action as its sentence says it: "not" only when its words do not already say so. */
function actionSaid(claim: ActionClaim): string {
  return claim.negated && !/\b(?:not|no|never|nor)\b|n[’']t\b/i.test(claim.written)
    ? `not ${claim.written}`
    : claim.written;
}

/** A conflict of the unit's claims with the corpus's, when its sentence frame matches no corpus passage's. */
function claimVerdict(unit: DraftUnit, claims: ClaimIndex<CorpusRef>): Verdict | null {
  const [conflict] = claims.conflicts(unit.text);
  if (!conflict) return null;
  const where = (u: Unit<CorpusRef>) => `${u.ref.doc.path}:${u.ref.line}`;
  // One citation per corpus line, at most three.
  const theirs = conflict.theirs
    .filter((t, i, all) => all.findIndex((o) => where(o.unit) === where(t.unit)) === i)
    .slice(0, 3);
  const citations = theirs.map((t) => citationOf(t.unit));
  return { said: describeClaims({ ...conflict, theirs }, citations), citations };
}

/**
 * Whether a candidate is on the unit's subject as a near copy is, and agrees with it: the unit is judged against it,
 * not by claims. One whose figures leave out the unit's ("Unpaid carers in Wales provide around 70% of the care…"
 * against a passage that says 96%, but in a sentence of another frame) says nothing of that figure: claims judge it.
 */
function nearlyCopied(unit: DraftUnit, candidates: Judged[]): boolean {
  return candidates.some(
    (c) =>
      sameSubject(c.similarity, unit.norm.tokens.length, c.unit.norm.tokens.length) &&
      c.conflict?.kind !== 'added-figure',
  );
}

/**
 * What a sentence contradicts: a corpus passage it nearly copies, else (when it nearly copies none, agreeing or not)
 * the corpus's claims, else a passage one of its clauses nearly copies.
 */
function sentenceVerdict(draft: Draft, unit: DraftUnit, claims: ClaimIndex<CorpusRef> | undefined): Verdict | null {
  const candidates = judged(unit, draft.corpusCandidates(unit));
  // A sentence the corpus says word for word, agreeing, is agreed policy, whatever a longer passage holding it says
  // in its other sentences ("None the less…" after it is a negation of its own).
  if (candidates.some(isAgreeingCopy)) return null;
  const copied = nearCopyVerdict(unit, candidates, draft.corpus.index.weigh, closestAgreeing(unit, candidates));
  if (copied) return copied;
  // A near copy that agrees on every figure and word of direction agrees, whatever its claims or one clause alone
  // might match.
  if (nearlyCopied(unit, candidates)) return null;
  return (claims && claimVerdict(unit, claims)) ?? clauseVerdict(draft, unit);
}

/** How much of each side a copy word for word covers. */
const COPY_COVERED = 0.95;
function isAgreeingCopy(c: Judged): boolean {
  return c.similarity.queryCovered >= COPY_COVERED && c.similarity.candidateCovered >= COPY_COVERED && !c.conflict;
}

/** How closely a candidate copies the unit, both ways. */
const closeness = (s: Similarity) => s.queryCovered + s.candidateCovered;

/**
 * How close the closest near copy is that agrees with the unit (0 when none does). "Across the UK there are 6.5
 * million unpaid carers" copies the corpus sentence that says so; a passage that shares less of it ("England's 11
 * million unpaid family carers") is about something else.
 */
function closestAgreeing(unit: DraftUnit, candidates: Judged[]): number {
  let best = 0;
  for (const c of candidates) {
    if (c.conflict || !sameSubject(c.similarity, unit.norm.tokens.length, c.unit.norm.tokens.length)) continue;
    best = Math.max(best, closeness(c.similarity));
  }
  return best;
}

/**
 * A contradiction of the unit with the candidates it nearly copies, the closest cited first; only those closer than
 * `agreed`, the closest copy that agrees.
 */
function nearCopyVerdict(
  unit: DraftUnit,
  candidates: Judged[],
  weigh: (t: string) => number,
  agreed = 0,
): Verdict | null {
  const hits = candidates
    .map((c) => contradictionOf(unit, c, weigh))
    .filter((h): h is Hit => h !== undefined && closeness(h.candidate.similarity) > agreed)
    .sort((a, b) => closeness(b.subject) - closeness(a.subject));
  if (!hits.length) return null;
  const citations: CorpusCitation[] = [];
  const seen = new Set<string>();
  for (const h of hits) {
    const ref = h.candidate.unit.ref;
    const key = `${ref.doc.path}:${ref.line}`;
    if (seen.has(key)) continue;
    seen.add(key);
    citations.push(citationOf(h.candidate.unit));
    if (citations.length >= 3) break;
  }
  return { said: describe(hits[0]!.conflict, citations[0]!, unit.text), citations };
}

/**
 * Where a sentence's clauses part: a semicolon, a colon, a dash, or a comma before a clause of reason or
 * contrast. "Patients should not be given a right to a GP appointment within 48 hours: with so few GPs, it
 * would …" states its position in the first clause; the reason after it dilutes the whole sentence's
 * likeness to the corpus passage the position negates.
 */
const CLAUSE_BREAK =
  /\s*(?:[;:]|\s[\u2013\u2014-]\s)\s*|,\s+(?=(?:but|so|because|since|which|while|whereas|although|though|yet)\b)/gi;

/** Fewest content words a clause needs to be compared on its own: fewer say too little to share a subject. */
const CLAUSE_WORDS = 4;

/** The clauses of a sentence of several, as text: none for a sentence of one clause. */
export function clausesOf(text: string): string[] {
  const clauses = text
    .split(CLAUSE_BREAK)
    .map((c) => c.trim())
    .filter(Boolean);
  return clauses.length > 1 ? clauses : [];
}

/**
 * A contradiction of one clause of the unit with a corpus passage it nearly copies, when the whole sentence is
 * not close enough to any: the clause is compared as a sentence of its own, by its words (its figures and
 * actions are the sentence's claims, judged already).
 */
function clauseVerdict(draft: Draft, unit: DraftUnit): Verdict | null {
  const clauses = clausesOf(unit.text)
    .map((text) => ({ ...unit, text, norm: normalise(text) }))
    .filter((c) => c.norm.tokens.length >= CLAUSE_WORDS && mayConflict(c));
  if (!clauses.length) return null;
  const index = draft.corpus.index;
  // One look-up of the sentence serves all its clauses (a look-up walks the index, a comparison does not): a
  // clause's word pairs are the sentence's, so a passage sharing enough of the lightest clause's weight shares
  // that much of the sentence's. The passages found are compared with each clause.
  const share = Math.min(...clauses.map((c) => pairWeight(c.norm, index.weigh))) / pairWeight(unit.norm, index.weigh);
  // Nominated, not looked up: each is compared with each clause below, never with the whole sentence. A clause is
  // compared with a corpus sentence: a long passage holds a clause's few words here and there, and a negation in
  // another of its sentences.
  const pool = index
    .nominate(unit.norm, LOOKUP_MIN_SHARE * Math.min(1, share), LOOKUP_LIMIT * clauses.length)
    .filter((u) => index.isSentence(u.id));
  // An opposite word the sentence itself says in another clause is no contradiction of the passage: "Walk-in centres
  // were opened as an alternative to A&E, yet a quarter have closed since 2010" says what "a quarter of walk-in
  // centres have been closed" says.
  const saidElsewhere = (c: Judged): Judged =>
    c.conflict?.kind === 'antonym' && unit.norm.words.includes(c.conflict.theirs) ? { ...c, conflict: undefined } : c;
  for (const clause of clauses) {
    const close = pool
      .map((u) => ({ unit: u, similarity: compare(clause.norm, u.norm, index.weigh) }))
      .filter((c) => c.similarity.queryCovered >= LOOKUP_MIN_SHARE);
    const verdict = nearCopyVerdict(clause, judged(clause, close).map(saidElsewhere), index.weigh);
    if (verdict) return verdict;
  }
  return null;
}

/**
 * Whether a clause holds, on our side, what a conflict is made of: a figure, a negation or a word of direction.
 * A clause of none could conflict only with a corpus sentence that negates it; the whole sentence is still
 * compared with that (nearCopyVerdict), and the look-up, the dearest step of a first lint, is kept for the clauses
 * that can differ by their own words.
 */
function mayConflict(clause: Comparable): boolean {
  return (
    clause.norm.negations > 0 ||
    clause.norm.words.some((w) => antonymSides(w).length > 0) ||
    figuresOf(clause.text).length > 0
  );
}

/** The weight of a text's word pairs, as a look-up adds it up. */
function pairWeight(norm: Normalised, weigh: (t: string) => number): number {
  let total = 0;
  for (let t = 1; t < norm.tokens.length; t++) total += weigh(norm.tokens[t - 1]!) + weigh(norm.tokens[t]!);
  return total;
}

export function checkContradictions(draft: Draft): Finding[] {
  const findings: Finding[] = [];
  const claims = draft.corpus.claims;
  // Verdicts made before the corpus's claims were read are not kept for after.
  const kind = claims ? 'contradictions' : 'contradictions-without-claims';
  for (const passage of draft.passagesInTime()) {
    const units = hasSentenceUnits(passage) ? draft.sentenceUnits(passage) : [draft.wholeUnit(passage)];
    for (const unit of units) {
      const verdict = draft.cache.memo(kind, unit.text, () => sentenceVerdict(draft, unit, claims));
      if (!verdict) continue;
      findings.push({ rule: meta.id, start: unit.start, end: unit.end, ...verdict.said, citations: verdict.citations });
    }
  }
  return findings;
}

export const corpusContradiction: Check<typeof meta> = { meta, run: checkContradictions };
