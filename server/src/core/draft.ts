// A draft ready for the checks: its passages, the units compared (whole passages and their
// sentences), and the corpus matches of each unit, computed once and shared by every check.
import type { MarkdownDocument, Passage, Sentence } from './markdown/passages';
import { rereadMarkdown } from './markdown/incremental';
import { readDirectives, Suppressions } from './directives';
import { normalise, type Normalised } from './text/normalise';
import { LineIndex } from './text/lines';
import { hasSentenceUnits, type Corpus, type CorpusRef } from './corpus/index';
import type { Candidate } from './match/index';
import type { Span } from './types';
import { AnalysisCache } from './cache';

export interface DraftUnit extends Span {
  passage: Passage;
  /** The sentence, when the unit is one sentence of a passage of several. */
  sentence?: Sentence;
  text: string;
  norm: Normalised;
}

export class Draft {
  readonly lines: LineIndex;
  readonly markdown: MarkdownDocument;
  /** Inline disable comments of the draft. */
  readonly suppressions: Suppressions;
  /** Offset of the first passage a check did not reach before the deadline, if any did not. */
  stoppedAt: number | undefined;
  /** When (performance.now()) the running check must stop, so one huge or odd draft cannot hold the server. */
  deadline = Infinity;
  /** Where the last slice of this analysis stopped: the budget counts from here. */
  resumeFrom = 0;
  /** The clock `deadline` is kept by. */
  now: () => number = () => performance.now();
  /** State a check keeps from one analysis of this document to the next (against the same corpus). */
  private readonly carried: Map<string, unknown>;

  constructor(
    readonly text: string,
    readonly corpus: Corpus,
    /** Kept across analyses of the same draft against the same corpus. */
    readonly cache: AnalysisCache = new AnalysisCache(),
    /** The same document before the edit: only the blocks the edit touched are parsed again. */
    previous?: Draft,
  ) {
    this.lines = new LineIndex(text);
    this.markdown = rereadMarkdown(previous, text);
    this.suppressions = new Suppressions(readDirectives(this.markdown.html, this.lines));
    this.carried = previous && previous.corpus === corpus ? previous.carried : new Map();
  }

  /** The state kept under `key` by the last analysis of this document, or a new one. */
  carry<T>(key: string, create: () => T): T {
    if (!this.carried.has(key)) this.carried.set(key, create());
    return this.carried.get(key) as T;
  }

  /** The paragraphs, list items and table cells, in order. */
  get passages(): Passage[] {
    return this.markdown.passages;
  }

  /** The passages, in order, for as long as time allows (checks iterate these). */
  *passagesInTime(): Generator<Passage> {
    const began = this.now();
    let credited = false;
    for (const passage of this.passages) {
      // Passages an earlier slice checked (see analyseInSlices) are gone through again, mostly
      // from the cache: the time they take does not count against this slice's budget.
      if (passage.start < this.resumeFrom) {
        yield passage;
        continue;
      }
      if (!credited) {
        this.deadline += this.now() - began;
        credited = true;
      }
      if (this.now() > this.deadline) {
        this.stoppedAt = Math.min(this.stoppedAt ?? Infinity, passage.start);
        return;
      }
      yield passage;
    }
  }

  /** The units of each passage, made once per analysis: every check walks them. */
  private readonly wholeUnits = new WeakMap<Passage, DraftUnit>();
  private readonly sentenceUnitsOf = new WeakMap<Passage, DraftUnit[]>();

  /** The passage as one unit; its span is its text, without list markers or table pipes. */
  wholeUnit(passage: Passage): DraftUnit {
    let unit = this.wholeUnits.get(passage);
    if (!unit) this.wholeUnits.set(passage, (unit = this.makeWholeUnit(passage)));
    return unit;
  }

  private makeWholeUnit(passage: Passage): DraftUnit {
    const first = passage.sentences[0];
    const last = passage.sentences[passage.sentences.length - 1];
    return {
      passage,
      start: first?.start ?? passage.start,
      end: last?.end ?? passage.end,
      text: passage.text,
      norm: this.normaliseCached(passage.text),
    };
  }

  private normaliseCached(text: string): Normalised {
    return this.cache.memo('norm', text, () => normalise(text));
  }

  /** One unit per sentence, for passages of more than one sentence. */
  sentenceUnits(passage: Passage): DraftUnit[] {
    if (!hasSentenceUnits(passage)) return [];
    let units = this.sentenceUnitsOf.get(passage);
    if (!units) this.sentenceUnitsOf.set(passage, (units = this.makeSentenceUnits(passage)));
    return units;
  }

  private makeSentenceUnits(passage: Passage): DraftUnit[] {
    return passage.sentences.map((s) => ({
      passage,
      sentence: s,
      start: s.start,
      end: s.end,
      text: s.text,
      norm: this.normaliseCached(s.text),
    }));
  }

  /** Every unit: each passage, then each of its sentences. */
  units(): DraftUnit[] {
    return this.passages.flatMap((p) => [this.wholeUnit(p), ...this.sentenceUnits(p)]);
  }

  /** The text of every unit, as units() gives them, without normalising any. */
  unitTexts(): string[] {
    return this.passages.flatMap((p) => [p.text, ...(hasSentenceUnits(p) ? p.sentences.map((s) => s.text) : [])]);
  }

  /** Corpus units that share enough words with this unit to be compared, best first. */
  corpusCandidates(unit: DraftUnit): Array<Candidate<CorpusRef>> {
    return this.cache.memo('corpus-candidates', unit.text, () => this.corpus.index.lookup(unit.norm));
  }

  /** 1-based line of an offset. */
  line(offset: number): number {
    return this.lines.lineOf(offset) + 1;
  }
}
