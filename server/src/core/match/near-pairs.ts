// The near pairs among a changing set of texts (a draft's passages and sentences), kept up to
// date as texts come and go: after an edit, only the texts the edit added are compared, with the
// texts that share word pairs with them, instead of every passage with every earlier one.
// A pair (a, b) is judged, a as the query, when the word pairs a and b share carry at least
// `minShare` of a's weight (as PassageIndex nominates); the judgement is kept while both stay.
import { keysOf } from './index';
import type { Normalised } from '../text/normalise';
import type { Weigh } from './similarity';

interface Entry {
  text: string;
  norm: Normalised;
  keys: string[];
  /** Weight of all of the text's keys. */
  total: number;
}

export class NearPairs<V> {
  private readonly entries = new Map<string, Entry>();
  private readonly postings = new Map<string, Set<string>>();
  /** text -> the texts it was judged against, with the judgement (only those not null). */
  private readonly judged = new Map<string, Map<string, V>>();
  /** text -> the texts whose judgements name it (to forget them when it goes). */
  private readonly judgedBy = new Map<string, Set<string>>();
  /** Judgements made: what an update cost. */
  judgements = 0;

  constructor(
    private readonly weigh: Weigh,
    /** Whether `query` nearly copies `candidate`, and how; null when it does not. */
    private readonly judge: (query: Entry, candidate: Entry) => V | null,
    private readonly minShare = 0.15,
  ) {}

  /** Forgets every text not in `present`. */
  retain(present: ReadonlySet<string>): void {
    for (const text of [...this.entries.keys()]) if (!present.has(text)) this.remove(text);
  }

  /** Adds a text (if it is not there yet), judging it against the texts that share word pairs with it. */
  add(text: string, norm: Normalised): void {
    if (!this.entries.has(text)) this.insert(text, norm);
  }

  /** The texts `text` was judged to nearly copy, with the judgements. */
  of(text: string): ReadonlyMap<string, V> | undefined {
    return this.judged.get(text);
  }

  get size(): number {
    return this.entries.size;
  }

  private keyWeight(key: string): number {
    const sep = key.indexOf('\u0001');
    return this.weigh(key.slice(0, sep)) + this.weigh(key.slice(sep + 1));
  }

  private insert(text: string, norm: Normalised): void {
    const keys = keysOf(norm.tokens);
    const weights = keys.map((k) => this.keyWeight(k));
    const entry: Entry = { text, norm, keys, total: weights.reduce((sum, w) => sum + w, 0) };
    // Shared weight with every text that has one of the new text's keys.
    const shared = new Map<string, number>();
    for (const [i, key] of keys.entries()) {
      const w = weights[i]!;
      for (const other of this.postings.get(key) ?? []) shared.set(other, (shared.get(other) ?? 0) + w);
    }
    this.entries.set(text, entry);
    for (const key of keys) {
      let list = this.postings.get(key);
      if (!list) this.postings.set(key, (list = new Set()));
      list.add(text);
    }
    // A text repeated word for word is its own copy.
    this.consider(entry, entry);
    for (const [other, weight] of shared) {
      const them = this.entries.get(other)!;
      if (weight >= this.minShare * entry.total) this.consider(entry, them);
      if (weight >= this.minShare * them.total) this.consider(them, entry);
    }
  }

  private consider(query: Entry, candidate: Entry): void {
    if (!query.keys.length) return;
    this.judgements++;
    const verdict = this.judge(query, candidate);
    if (verdict === null) return;
    let mine = this.judged.get(query.text);
    if (!mine) this.judged.set(query.text, (mine = new Map()));
    mine.set(candidate.text, verdict);
    let by = this.judgedBy.get(candidate.text);
    if (!by) this.judgedBy.set(candidate.text, (by = new Set()));
    by.add(query.text);
  }

  private remove(text: string): void {
    const entry = this.entries.get(text)!;
    this.entries.delete(text);
    for (const key of entry.keys) {
      const list = this.postings.get(key)!;
      list.delete(text);
      if (!list.size) this.postings.delete(key);
    }
    for (const candidate of this.judged.get(text)?.keys() ?? []) this.judgedBy.get(candidate)?.delete(text);
    this.judged.delete(text);
    for (const query of this.judgedBy.get(text) ?? []) this.judged.get(query)?.delete(text);
    this.judgedBy.delete(text);
  }
}
