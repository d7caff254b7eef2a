// A segment: the indexed documents of one corpus folder as a handful of typed arrays and their
// passage text as UTF-8 (in memory while the segment is built, read from its file once saved),
// rather than an object per passage. It is what the on-disk store saves and loads as it is
// (segment-file.ts), so a warm start reads a few large arrays and builds nothing; a passage's text
// becomes a string only when a look-up nominates it or a hover quotes it.
import { lastStartAtOrBefore } from '../text/lines';
import { sentencesAreUnits, type CorpusDocument, type CorpusPassage, type CorpusSentence, type SourceFile } from './document';
import { buildPostingsSteps, countWordsSteps, finished, type PairPostings, type Steps, type UnitWords, type WordCounts } from '../match/pair-postings';

export interface SegmentTables {
  files: SourceFile[];
  /** Document d's passages are docPassages[d] .. docPassages[d + 1]. */
  docPassages: Uint32Array;
  /** Passage p's text is bytes passageBytes[p] .. passageBytes[p + 1] of `text`. */
  passageBytes: Uint32Array;
  text: TextBytes;
  /** 1-based line of each passage in its file. */
  passageLine: Uint32Array;
  /** Passage p's sentences are passageSentences[p] .. passageSentences[p + 1]. */
  passageSentences: Uint32Array;
  /** Each sentence's place in its passage's text (string offsets) and its 1-based line. */
  sentenceStart: Uint32Array;
  sentenceEnd: Uint32Array;
  sentenceLine: Uint32Array;
  postings: PairPostings;
  df: WordCounts;
}

/** The passages' UTF-8 bytes: in memory, or in the segment's file (read when a passage is asked for). */
export interface TextBytes {
  readonly length: number;
  read(from: number, to: number): Uint8Array;
  /** The bytes in order, as pieces that together make the whole (to write them out). */
  pieces?(): Iterable<Uint8Array>;
}

/**
 * Text held as the documents' own byte arrays, one after the other, not joined into one: a
 * passage lies within one document, so a read is a view of one piece, and a 100 MB corpus is not
 * held twice while its segment is built and written.
 */
export function bytesInPieces(pieces: Uint8Array[]): TextBytes {
  const starts = new Float64Array(pieces.length + 1);
  pieces.forEach((piece, k) => (starts[k + 1] = starts[k]! + piece.length));
  const length = starts[pieces.length]!;
  return {
    length,
    read(from, to) {
      const lo = lastStartAtOrBefore(starts, from, pieces.length);
      if (to <= starts[lo + 1]!) return pieces[lo]!.subarray(from - starts[lo]!, to - starts[lo]!);
      // Across pieces (never for one passage or one document): copied.
      const out = new Uint8Array(to - from);
      for (let k = lo, at = 0; k < pieces.length && starts[k]! < to; k++) {
        const part = pieces[k]!.subarray(Math.max(0, from - starts[k]!), Math.min(pieces[k]!.length, to - starts[k]!));
        out.set(part, at);
        at += part.length;
      }
      return out;
    },
    pieces: () => pieces,
  };
}

const decoder = new TextDecoder();
const encoder = new TextEncoder();

export class Segment {
  /** Unit u is passage unitPassage[u], or its sentence unitSentence[u] (-1: the whole passage). */
  readonly unitPassage: Uint32Array;
  readonly unitSentence: Int32Array;

  constructor(
    readonly tables: SegmentTables,
    /** The units' word hashes, read only when the segment is rebuilt (a file changed). */
    public unitWords: () => UnitWords,
  ) {
    const { passageSentences } = tables;
    const passages = passageSentences.length - 1;
    let count = 0;
    for (let p = 0; p < passages; p++) count += sentencesAreUnits(this.sentencesIn(p)) ? 1 + this.sentencesIn(p) : 1;
    this.unitPassage = new Uint32Array(count);
    this.unitSentence = new Int32Array(count);
    let u = 0;
    for (let p = 0; p < passages; p++) {
      this.unitPassage[u] = p;
      this.unitSentence[u++] = -1;
      const n = this.sentencesIn(p);
      if (sentencesAreUnits(n)) {
        for (let s = 0; s < n; s++) {
          this.unitPassage[u] = p;
          this.unitSentence[u++] = passageSentences[p]! + s;
        }
      }
    }
  }

  /**
   * From now on, read the passage text and the units' words from the segment's saved file rather
   * than keeping them in memory (after a first index is saved: 100 MB of text for 100 MB of corpus).
   */
  keepInFile(text: TextBytes, unitWords: () => UnitWords): void {
    this.tables.text = text;
    this.unitWords = unitWords;
    this.origin = undefined;
  }

  /** The segment it shares its tables with (see withFiles): kept alive, because it owns the file they are read from. */
  private origin: Segment | undefined;

  /** The same documents and tables, with these file facts (the same files, touched since). */
  withFiles(files: SourceFile[]): Segment {
    const segment = new Segment({ ...this.tables, files }, this.unitWords);
    segment.origin = this;
    return segment;
  }

  get files(): SourceFile[] {
    return this.tables.files;
  }

  get documentCount(): number {
    return this.tables.files.length;
  }

  get passageCount(): number {
    return this.tables.passageBytes.length - 1;
  }

  get unitCount(): number {
    return this.unitPassage.length;
  }

  private sentencesIn(p: number): number {
    return this.tables.passageSentences[p + 1]! - this.tables.passageSentences[p]!;
  }

  passageText(p: number): string {
    return decoder.decode(this.tables.text.read(this.tables.passageBytes[p]!, this.tables.passageBytes[p + 1]!));
  }

  passage(p: number): CorpusPassage {
    const t = this.tables;
    const sentences: CorpusSentence[] = [];
    for (let s = t.passageSentences[p]!; s < t.passageSentences[p + 1]!; s++) sentences.push({ start: t.sentenceStart[s]!, end: t.sentenceEnd[s]!, line: t.sentenceLine[s]! });
    return { text: this.passageText(p), line: t.passageLine[p]!, sentences };
  }

  /** Document d's passages, decoded. */
  passagesOf(d: number): CorpusPassage[] {
    const out: CorpusPassage[] = [];
    for (let p = this.tables.docPassages[d]!; p < this.tables.docPassages[d + 1]!; p++) out.push(this.passage(p));
    return out;
  }

  /** The document each unit belongs to. */
  unitDocuments(): Uint32Array {
    const docOf = new Uint32Array(this.unitCount);
    let d = 0;
    for (let u = 0; u < this.unitCount; u++) {
      while (this.unitPassage[u]! >= this.tables.docPassages[d + 1]!) d++;
      docOf[u] = d;
    }
    return docOf;
  }

  /**
   * Copies of this segment's documents as columns, to add to another segment without reading
   * their files again: `copy(d, file)` gives document d, with `file`'s facts (a newer time).
   */
  documentColumns(): (d: number, file?: SourceFile) => DocumentColumns {
    const t = this.tables;
    const { words, ends } = this.unitWords();
    // Each document's first unit: units come passage by passage, documents one after another.
    const firstUnit = new Uint32Array(this.documentCount + 1);
    const docOf = this.unitDocuments();
    for (let u = docOf.length - 1; u >= 0; u--) firstUnit[docOf[u]!] = u;
    firstUnit[this.documentCount] = this.unitCount;
    for (let d = this.documentCount - 1; d >= 0; d--) if (t.docPassages[d] === t.docPassages[d + 1]) firstUnit[d] = firstUnit[d + 1]!;
    const rebased = (a: Uint32Array, from: number, to: number, by: number) => Uint32Array.from(a.subarray(from, to), (v) => v - by);
    return (d, file = this.files[d]!) => {
      const [p0, p1] = [t.docPassages[d]!, t.docPassages[d + 1]!];
      const [s0, s1] = [t.passageSentences[p0]!, t.passageSentences[p1]!];
      const [u0, u1] = [firstUnit[d]!, firstUnit[d + 1]!];
      const w0 = u0 > 0 ? ends[u0 - 1]! : 0;
      const w1 = u1 > 0 ? ends[u1 - 1]! : 0;
      return {
        source: file,
        text: t.text.read(t.passageBytes[p0]!, t.passageBytes[p1]!),
        passageBytes: rebased(t.passageBytes, p0, p1 + 1, t.passageBytes[p0]!),
        passageLine: t.passageLine.subarray(p0, p1),
        passageSentences: rebased(t.passageSentences, p0, p1 + 1, s0),
        sentenceStart: t.sentenceStart.subarray(s0, s1),
        sentenceEnd: t.sentenceEnd.subarray(s0, s1),
        sentenceLine: t.sentenceLine.subarray(s0, s1),
        words: words.subarray(w0, w1),
        unitEnds: rebased(ends, u0, u1, w0),
      };
    };
  }

  unitText(u: number): string {
    const text = this.passageText(this.unitPassage[u]!);
    const s = this.unitSentence[u]!;
    return s < 0 ? text : text.slice(this.tables.sentenceStart[s], this.tables.sentenceEnd[s]);
  }

  unitLine(u: number): number {
    const s = this.unitSentence[u]!;
    return s < 0 ? this.tables.passageLine[this.unitPassage[u]!]! : this.tables.sentenceLine[s]!;
  }
}

/** A growing Uint32Array. */
class Column {
  private data = new Uint32Array(256);
  length = 0;

  push(value: number): void {
    if (this.length === this.data.length) this.reserve(1);
    this.data[this.length++] = value;
  }

  append(values: ArrayLike<number>, add = 0): void {
    this.reserve(values.length);
    for (let i = 0; i < values.length; i++) this.data[this.length++] = values[i]! + add;
  }

  private reserve(more: number): void {
    if (this.length + more <= this.data.length) return;
    const grown = new Uint32Array(Math.max(this.data.length * 2, this.length + more));
    grown.set(this.data.subarray(0, this.length));
    this.data = grown;
  }

  /** The values, in an array of their own size; the column is spent (its buffer can be freed at once). */
  done(): Uint32Array {
    const values = this.data.length === this.length ? this.data : this.data.slice(0, this.length);
    this.data = new Uint32Array(0);
    this.length = 0;
    return values;
  }
}

/**
 * A document read, as the columns a segment keeps: typed arrays only, so it moves from a worker
 * thread to the main thread without being copied or turned back into objects there.
 */
export interface DocumentColumns {
  source: SourceFile;
  /** The passages' UTF-8 bytes, one after another; passage p's are passageBytes[p] .. passageBytes[p + 1]. */
  text: Uint8Array;
  passageBytes: Uint32Array;
  passageLine: Uint32Array;
  /** Passage p's sentences are passageSentences[p] .. passageSentences[p + 1]. */
  passageSentences: Uint32Array;
  sentenceStart: Uint32Array;
  sentenceEnd: Uint32Array;
  sentenceLine: Uint32Array;
  /** The units' word hashes (see encodeDocument), and where each unit's end. */
  words: Uint32Array;
  unitEnds: Uint32Array;
}

/** The columns of a document whose units' words are worked out. */
export function columnsOf(source: SourceFile, doc: Pick<CorpusDocument, 'passages' | 'words' | 'unitEnds'>): DocumentColumns {
  const texts = doc.passages.map((p) => encoder.encode(p.text));
  const text = new Uint8Array(texts.reduce((n, t) => n + t.length, 0));
  const passageBytes = new Uint32Array(doc.passages.length + 1);
  texts.forEach((t, i) => {
    text.set(t, passageBytes[i]!);
    passageBytes[i + 1] = passageBytes[i]! + t.length;
  });
  const sentences = doc.passages.flatMap((p) => p.sentences);
  const passageSentences = new Uint32Array(doc.passages.length + 1);
  doc.passages.forEach((p, i) => (passageSentences[i + 1] = passageSentences[i]! + p.sentences.length));
  return {
    source,
    text,
    passageBytes,
    passageLine: Uint32Array.from(doc.passages, (p) => p.line),
    passageSentences,
    sentenceStart: Uint32Array.from(sentences, (s) => s.start),
    sentenceEnd: Uint32Array.from(sentences, (s) => s.end),
    sentenceLine: Uint32Array.from(sentences, (s) => s.line),
    words: doc.words!,
    unitEnds: doc.unitEnds!,
  };
}

/** The arrays of the columns, to hand to postMessage as transferred rather than copied. */
export const transferablesOf = (c: DocumentColumns): ArrayBuffer[] =>
  [c.text, c.passageBytes, c.passageLine, c.passageSentences, c.sentenceStart, c.sentenceEnd, c.sentenceLine, c.words, c.unitEnds].map((a) => a.buffer as ArrayBuffer);

/**
 * Builds a segment document by document: documents just read (their units' word hashes worked
 * out, see encodeDocument), or copied from another segment (Segment.documentColumns) without
 * decoding or normalising them again.
 */
export class SegmentBuilder {
  private readonly files: SourceFile[] = [];
  private readonly docPassages = new Column();
  private readonly passageBytes = new Column();
  private readonly passageLine = new Column();
  private readonly passageSentences = new Column();
  private readonly sentenceStart = new Column();
  private readonly sentenceEnd = new Column();
  private readonly sentenceLine = new Column();
  private readonly words = new Column();
  private readonly ends = new Column();
  private readonly texts: Uint8Array[] = [];
  private bytes = 0;

  constructor() {
    this.docPassages.push(0);
    this.passageBytes.push(0);
    this.passageSentences.push(0);
  }

  /** A document as read (see columnsOf). */
  add(doc: DocumentColumns): void {
    this.files.push(doc.source);
    this.texts.push(doc.text);
    this.passageBytes.append(doc.passageBytes.subarray(1), this.bytes);
    this.bytes += doc.text.length;
    this.passageLine.append(doc.passageLine);
    this.passageSentences.append(doc.passageSentences.subarray(1), this.sentenceStart.length);
    this.sentenceStart.append(doc.sentenceStart);
    this.sentenceEnd.append(doc.sentenceEnd);
    this.sentenceLine.append(doc.sentenceLine);
    this.docPassages.push(this.passageBytes.length - 1);
    const base = this.words.length;
    this.words.append(doc.words);
    this.ends.append(doc.unitEnds, base);
  }

  finish(): Segment {
    return finished(this.finishSteps());
  }

  /** finish(), in steps (see pair-postings.ts). The builder is spent. */
  *finishSteps(): Steps<Segment> {
    const words: UnitWords = { words: this.words.done(), ends: this.ends.done() };
    const tables: SegmentTables = {
      files: this.files,
      docPassages: this.docPassages.done(),
      passageBytes: this.passageBytes.done(),
      text: bytesInPieces(this.texts),
      passageLine: this.passageLine.done(),
      passageSentences: this.passageSentences.done(),
      sentenceStart: this.sentenceStart.done(),
      sentenceEnd: this.sentenceEnd.done(),
      sentenceLine: this.sentenceLine.done(),
      postings: yield* buildPostingsSteps(words),
      df: yield* countWordsSteps(words),
    };
    return new Segment(tables, () => words);
  }
}
