// The corpus's claims by what they are about: quantity claims by the thing they measure (a
// count's head, else each word of the thing), action claims by each word of their object. A
// draft claim is compared only with corpus claims that share such a key, whatever the words of
// the sentences around them.
import type { PassageIndex, Unit } from '../match/index';
import type { SentenceClaims } from './sentence-claims';
import { actionClaims, mayHaveAction, type ActionClaim } from './action';
import { mayHaveNoChange, quantityClaims, type QuantityClaim } from './quantity';
import { mayHaveTrend, opposedTrends, trendClaims, type TrendClaim } from './trend';
import {
  compatibleScopes,
  opposedDirections,
  quantityConflict,
  sameObject,
  sameQuantity,
  type Weights,
} from './conflict';
import { keyOf, type SavedClaims } from './saved';
import { termsOf, type Term } from './words';
import { comparable, compareValues } from './values';

export interface Located<C> {
  claim: C;
  /** The corpus unit (one sentence) it is read from. */
  unit: number;
}

export type Claim = QuantityClaim | ActionClaim | TrendClaim;

export interface ClaimConflict<T> {
  kind: 'figure' | 'action' | 'trend';
  /** The draft's claim. */
  ours: Claim;
  /** The corpus claims it conflicts with, and their units. */
  theirs: Array<{ claim: Claim; unit: Unit<T> }>;
}

/** Sentences that may hold a figure (a digit, a currency, a number or time word): the rest have no quantity claim. */
const MAY_HAVE_FIGURE =
  /[0-9£$€%]|\b(?:one|two|three|four|five|six|seven|eight|nine|ten|eleven|twelve|twenty|thirty|forty|fifty|sixty|seventy|eighty|ninety|hundreds?|thousands?|millions?|billions?|dozens?|half|halve|thirds?|quarters?|fifths?|tenths?|double|twice|treble|triple|week|weeks|days?|hours?|months?|years?|decade)\b/i;

/** Sentences per batch when the index is built in batches. */
const STEP = 2_000;

/**
 * The most corpus sentences whose claims are read, in corpus order: about 400 documents of 10 KB
 * (a party's policy archive), a second of a worker's time. Reading more slows the edits made
 * while it lasts: on the 10,000-document bench, 100,000 sentences took edit p50 from 58 to 84 ms
 * and p95 from 110 to 210 ms; with 25,000 the default draft's edits stay within the noise, though
 * the sparse draft's p95 still doubles (npm run bench, interleaved). The rest of a larger corpus
 * is compared sentence by sentence only, and `truncated` says so. Saving claims with the index
 * would lift this bound.
 */
export const MAX_CLAIM_SENTENCES = 25_000;

export type { SentenceClaims };

/** Works out a batch of sentences' claims (plain data: it may cross to another thread and back). */
export type ReadBatch = (
  batch: Array<[unit: number, text: string]>,
) => Promise<Array<[unit: number, claims: SentenceClaims]>>;

/** A corpus sentence's claims: the costly part of building the index. */
export function claimsOfSentence(text: string): SentenceClaims {
  // Both readers work on the sentence's terms: found once.
  let terms: Term[] | undefined;
  const termsOfText = (t: string) => (terms ??= termsOf(t));
  return {
    quantities: MAY_HAVE_FIGURE.test(text) || mayHaveNoChange(text) ? quantityClaims(text, termsOfText) : [],
    actions: mayHaveAction(text) ? actionClaims(text, termsOfText) : [],
    trends: mayHaveTrend(text) ? trendClaims(text) : [],
  };
}

/** A batch's claims worked out on this thread. */
export const readHere: ReadBatch = async (batch) => batch.map(([unit, text]) => [unit, claimsOfSentence(text)]);

function quantityKeys(c: QuantityClaim): string[] {
  if (c.figure.kind === 'count' && c.head) return [`count:${c.head}`];
  return c.thing.map((t) => `${c.figure.kind}:${t}`);
}

export class ClaimIndex<T> {
  private readonly quantities = new Map<string, Array<Located<QuantityClaim>>>();
  /**
   * Action claims by object word, then by direction and negation: whether two actions are opposed
   * depends on those alone, so a look-up for opposed actions walks only the lists that can be.
   */
  private readonly actions = new Map<string, ActionsOn>();
  /** Trend claims by the thing that moved. */
  private readonly trends = new Map<string, Array<Located<TrendClaim>>>();
  private readonly weights: Weights;
  /** The quantity claims of each corpus sentence that has more than one. */
  private readonly siblings = new Map<number, QuantityClaim[]>();
  /** Whether the corpus had more sentences than MAX_CLAIM_SENTENCES (the rest were not read). */
  truncated = false;
  /** How many sentences' claims it holds, and how many of those came from saved claims (not read again). */
  sentences = 0;
  fromSaved = 0;

  private constructor(private readonly index: PassageIndex<T>) {
    this.weights = { weigh: index.weigh, rarest: index.weigh('\u0000') };
  }

  /** The claims of every corpus sentence, read at once (the CLI, tests: small corpora or no one waiting). */
  static build<T>(index: PassageIndex<T>): ClaimIndex<T> {
    const claims = new ClaimIndex(index);
    for (const [unit, text] of claims.toRead()) claims.addRead(unit, claimsOfSentence(text));
    return claims;
  }

  /**
   * The same, a batch of sentences at a time: `read` works out a batch's claims (in a worker
   * thread, for a server: about 3 s of work per 1,000 documents of 10 KB), and `pause()` lets
   * other work in between batches. A sentence whose claims are in `saved` is not read again;
   * those read are added to it, and `saved` is left holding exactly the corpus's sentences.
   */
  static async buildInBatches<T>(
    index: PassageIndex<T>,
    pause: () => Promise<void>,
    read: ReadBatch = readHere,
    saved?: SavedClaims,
  ): Promise<ClaimIndex<T>> {
    const claims = new ClaimIndex(index);
    let batch: Array<[number, string]> = [];
    const keys = new Map<number, string>();
    const used = new Set<string>();
    const flush = async () => {
      for (const [unit, sentence] of await read(batch)) {
        claims.addRead(unit, sentence);
        if (saved) saved.set(keys.get(unit)!, sentence);
      }
      batch = [];
      keys.clear();
      await pause();
    };
    let filed = 0;
    for (const [unit, text] of claims.toRead()) {
      if (saved) {
        const key = keyOf(text);
        used.add(key);
        const known = saved.get(key);
        if (known) {
          claims.addRead(unit, known);
          claims.fromSaved++;
          if (++filed % STEP === 0) await pause();
          continue;
        }
        keys.set(unit, key);
      }
      batch.push([unit, text]);
      if (batch.length === STEP) await flush();
    }
    if (batch.length) await flush();
    saved?.keepOnly(used);
    return claims;
  }

  /**
   * The corpus sentences whose claims are read: the first MAX_CLAIM_SENTENCES in corpus order
   * (past them `truncated` is set), a sentence copied across an archive once (its first copy is
   * the one cited).
   */
  private *toRead(): Generator<[unit: number, text: string]> {
    const seen = new Set<string>();
    let n = 0;
    for (const [unit, text] of this.index.sentences()) {
      if (++n > MAX_CLAIM_SENTENCES) {
        this.truncated = true;
        return;
      }
      if (seen.has(text)) continue;
      seen.add(text);
      yield [unit, text];
    }
  }

  /**
   * The keys a draft claim looks up: a count's head, else its three words that weigh most (rare,
   * and near the figure). A claim about the same thing shares at least one of them; common words
   * ("care", "services") would only make the look-up walk long lists.
   */
  private lookupKeys(c: QuantityClaim): string[] {
    if (c.figure.kind === 'count' && c.head) return quantityKeys(c);
    const weight = (i: number) => this.weights.weigh(c.thing[i]!) * c.nearness[i]!;
    const best = c.thing
      .map((_, i) => i)
      .sort((a, b) => weight(b) - weight(a))
      .slice(0, 3);
    const keys = best.map((i) => `${c.figure.kind}:${c.thing[i]}`);
    // A sum's noun says what it is of however common the word: "an £80,000 cap" is looked up by "cap".
    const head = c.figure.kind === 'money' && c.head ? `money:${c.head}` : undefined;
    return head && !keys.includes(head) ? [head, ...keys] : keys;
  }

  private addRead(unit: number, read: SentenceClaims): void {
    this.sentences++;
    if (read.quantities.length > 1) this.siblings.set(unit, read.quantities);
    for (const claim of read.quantities)
      for (const key of quantityKeys(claim)) push(this.quantities, key, { claim, unit });
    for (const claim of read.trends) push(this.trends, claim.thing, { claim, unit });
    for (const claim of read.actions) {
      for (const key of claim.object) {
        let on = this.actions.get(key);
        if (!on) this.actions.set(key, (on = { byStance: new Map(), filed: 0 }));
        push(on.byStance, `${claim.direction}${claim.negated ? '!' : ''}`, { claim, unit, filed: on.filed++ });
      }
    }
  }

  /**
   * The corpus sentences with claims about what this sentence's claims are about, whatever they
   * say of it: a figure for the same measured thing in a compatible scope (agreeing or not), an
   * action on the same object (the same or the opposite). What a hover shows as agreed policy on
   * the same subject; at most `max`, those sharing most claims first.
   */
  about(text: string, max = 3): Array<Unit<T>> {
    const hits = new Map<number, number>();
    const note = (unit: number) => hits.set(unit, (hits.get(unit) ?? 0) + 1);
    const { quantities, actions, trends } = claimsOfSentence(text);
    for (const ours of quantities) for (const p of this.sameQuantities(ours)) note(p.unit);
    for (const ours of actions) for (const p of this.sameObjects(ours)) note(p.unit);
    for (const ours of trends) for (const p of this.trends.get(ours.thing) ?? []) note(p.unit);
    return [...hits]
      .sort((a, b) => b[1] - a[1] || a[0] - b[0])
      .slice(0, max)
      .map(([unit]) => this.index.unit(unit));
  }

  /** An action claim's three rarest object words: an action on the same object shares one of them. */
  private actionKeys(c: ActionClaim): string[] {
    return [...c.object].sort((a, b) => this.weights.weigh(b) - this.weights.weigh(a)).slice(0, 3);
  }

  /** The corpus's quantity claims about what `ours` measures, in a compatible scope, each once. */
  private *sameQuantities(ours: QuantityClaim): Generator<Located<QuantityClaim>> {
    // Only claims that pass are remembered, to yield each once: far fewer than those walked.
    const found = new Set<QuantityClaim>();
    for (const key of this.lookupKeys(ours)) {
      const list = this.quantities.get(key) ?? [];
      for (let i = 0; i < Math.min(list.length, MAX_CLAIMS_WALKED); i++) {
        const p = list[i]!;
        if (found.has(p.claim) || !sameQuantity(ours, p.claim, this.weights)) continue;
        found.add(p.claim);
        yield p;
      }
    }
  }

  /**
   * The corpus's action claims on the object `ours` acts on, each once; with `opposed`, only those
   * that say the opposite of it. Of each key, only the first MAX_CLAIMS_WALKED claims filed are
   * looked at.
   */
  private *sameObjects(ours: ActionClaim, opposed = false): Generator<Located<ActionClaim>> {
    const found = new Set<ActionClaim>();
    for (const key of this.actionKeys(ours)) {
      for (const list of this.actions.get(key)?.byStance.values() ?? []) {
        // One direction and negation per list: its first claim says whether any of it is opposed.
        if (opposed && !opposedDirections(ours, list[0]!.claim)) continue;
        for (let i = 0; i < list.length && list[i]!.filed < MAX_CLAIMS_WALKED; i++) {
          const p = list[i]!;
          if (found.has(p.claim) || !sameObject(ours, p.claim, this.weights)) continue;
          found.add(p.claim);
          yield p;
        }
      }
    }
  }

  /** The conflicts of one draft sentence with the corpus, strongest (most corpus claims) first. */
  conflicts(text: string): Array<ClaimConflict<T>> {
    const found: Array<ClaimConflict<T>> = [];
    const { quantities, actions, trends } = claimsOfSentence(text);
    for (const ours of quantities) {
      const peers = new Map<QuantityClaim, number>();
      for (const p of this.sameQuantities(ours)) peers.set(p.claim, p.unit);
      // A corpus sentence of several figures with one that says ours ("half of the budget and a
      // third of the users"): which of its figures is about which thing is not sure enough to say
      // that ours differs from it. One in another scope ("expected to rise to 9 million") is not ours.
      for (const [claim, unit] of peers) {
        const sameCount = (s: QuantityClaim) => s.head === undefined || ours.head === undefined || s.head === ours.head;
        if (
          this.siblings
            .get(unit)
            ?.some(
              (s) =>
                s !== claim &&
                comparable(s.figure, ours.figure) &&
                compatibleScopes(s.scope, ours.scope) &&
                sameCount(s) &&
                compareValues(ours.figure, s.figure) === 'agree',
            )
        )
          peers.delete(claim);
      }
      const differ = quantityConflict(ours, [...peers.keys()]);
      if (differ)
        found.push({
          kind: 'figure',
          ours,
          theirs: differ.map((claim) => ({ claim, unit: this.index.unit(peers.get(claim)!) })),
        });
    }
    for (const ours of actions) {
      // In corpus order, whatever list each came from: the first is the one cited first.
      const opposed = [...this.sameObjects(ours, true)].sort((a, b) => a.unit - b.unit);
      if (opposed.length)
        found.push({
          kind: 'action',
          ours,
          theirs: opposed.map((p) => ({ claim: p.claim, unit: this.index.unit(p.unit) })),
        });
    }
    for (const ours of trends) {
      const opposed = (this.trends.get(ours.thing) ?? []).filter((p) => opposedTrends(ours, p.claim));
      if (opposed.length)
        found.push({
          kind: 'trend',
          ours,
          theirs: opposed.map((p) => ({ claim: p.claim, unit: this.index.unit(p.unit) })),
        });
    }
    return found.sort((a, b) => b.theirs.length - a.theirs.length);
  }
}

/**
 * The most claims a look-up compares for one key ("count:carer" in a large archive): a look-up's
 * cost then has a bound that does not grow with the corpus. The first in corpus order are taken.
 */
export const MAX_CLAIMS_WALKED = 500;

/** The action claims filed under one object word, by direction and negation, each with its place in the filing. */
interface ActionsOn {
  byStance: Map<string, Array<Located<ActionClaim> & { filed: number }>>;
  /** How many are filed under the word. */
  filed: number;
}

function push<V>(map: Map<string, V[]>, key: string, value: V): void {
  const list = map.get(key);
  if (list) list.push(value);
  else map.set(key, [value]);
}
