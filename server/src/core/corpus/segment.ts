// A segment: the indexed documents of one corpus folder as a handful of typed arrays and their
// passage text as UTF-8 (in memory while the segment is built, read from its file once saved),
// rather than an object per passage. It is what the on-disk store saves and loads as it is
// (segment-file.ts), so a warm start reads a few large arrays and builds nothing; a passage's text
// becomes a string only when a look-up nominates it or a hover quotes it.
import { lastStartAtOrBefore } from '../text/lines';
import {
  sentencesAreUnits,
  type CorpusDocument,
  type CorpusPassage,
  type CorpusSentence,
  type SourceFile,
} from './document';
import { buildPostingsSteps, countWordsSteps, finished } from '../match/pair-postings';
import type { PairPostings, Steps, UnitWords, WordCounts } from '../match/pair-postings';
import { DOCUMENT_COLUMNS, rowsOf, type ArraysOf, type DocumentColumn, type SegmentColumn } from './columns';

/** A segment's documents: the columns described in columns.ts, the text, and the index of their units. */
export type SegmentTables = ArraysOf<SegmentColumn> & {
  files: SourceFile[];
  text: TextBytes;
  postings: PairPostings;
  df: WordCounts;
};

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
    for (let s = t.passageSentences[p]!; s < t.passageSentences[p + 1]!; s++)
      sentences.push({ start: t.sentenceStart[s]!, end: t.sentenceEnd[s]!, line: t.sentenceLine[s]! });
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
    const unitWords = this.unitWords();
    const { ends } = unitWords;
    // Each document's first unit: units come passage by passage, documents one after another.
    const firstUnit = new Uint32Array(this.documentCount + 1);
    const docOf = this.unitDocuments();
    for (let u = docOf.length - 1; u >= 0; u--) firstUnit[docOf[u]!] = u;
    firstUnit[this.documentCount] = this.unitCount;
    for (let d = this.documentCount - 1; d >= 0; d--) {
      if (t.docPassages[d] === t.docPassages[d + 1]) firstUnit[d] = firstUnit[d + 1]!;
    }
    const columns: ArraysOf<DocumentColumn> = { ...t, ...unitWords };
    return (d, file = this.files[d]!) => {
      const [p0, p1] = [t.docPassages[d]!, t.docPassages[d + 1]!];
      const [u0, u1] = [firstUnit[d]!, firstUnit[d + 1]!];
      // The document's rows of each kind, from .. to.
      const rows: RowRanges = {
        passage: [p0, p1],
        sentence: [t.passageSentences[p0]!, t.passageSentences[p1]!],
        unit: [u0, u1],
        word: [u0 > 0 ? ends[u0 - 1]! : 0, u1 > 0 ? ends[u1 - 1]! : 0],
        byte: [t.passageBytes[p0]!, t.passageBytes[p1]!],
      };
      const out = { source: file, text: t.text.read(...rows.byte) } as DocumentColumns;
      for (const column of DOCUMENT_COLUMNS) out[column.name] = cut(column, columns[column.name], rows);
      return out;
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

type RowRanges = Record<DocumentColumn['per'] | 'byte', [from: number, to: number]>;

/**
 * A column's values for the rows in `rows`: a view of them, or, for a column that points at rows
 * of another kind, a copy pointing at the same rows counted from the start of the cut.
 */
function cut(column: DocumentColumn, values: Uint32Array, rows: RowRanges): Uint32Array {
  const [from, to] = rows[column.per];
  if ('startsOf' in column) return rebased(values.subarray(from, to + 1), rows[column.startsOf][0]);
  if ('endsOf' in column) return rebased(values.subarray(from, to), rows[column.endsOf][0]);
  return values.subarray(from, to);
}

const rebased = (values: Uint32Array, by: number) => Uint32Array.from(values, (v) => v - by);

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
export type DocumentColumns = ArraysOf<DocumentColumn> & {
  source: SourceFile;
  /** The passages' UTF-8 bytes, one after another; passage p's are passageBytes[p] .. passageBytes[p + 1]. */
  text: Uint8Array;
};

/** The columns of a document whose units' words are worked out (see encodeDocument). */
export function columnsOf(
  source: SourceFile,
  doc: Pick<CorpusDocument, 'passages' | 'words' | 'unitEnds'>,
): DocumentColumns {
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
    ends: doc.unitEnds!,
  };
}

/** The arrays of the columns, to hand to postMessage as transferred rather than copied. */
export const transferablesOf = (c: DocumentColumns): ArrayBuffer[] =>
  [c.text, ...DOCUMENT_COLUMNS.map((column) => c[column.name])].map((a) => a.buffer as ArrayBuffer);

/** The first column of each kind of row a document has: its length says how many rows there are. */
const FIRST_COLUMN = {} as Record<DocumentColumn['per'], DocumentColumn>;
for (const c of DOCUMENT_COLUMNS) FIRST_COLUMN[c.per] ??= c;
const ROWS = [...(Object.keys(FIRST_COLUMN) as Array<DocumentColumn['per']>), 'byte'] as const;

/**
 * Builds a segment document by document: documents just read (their units' word hashes worked
 * out, see encodeDocument), or copied from another segment (Segment.documentColumns) without
 * decoding or normalising them again.
 */
export class SegmentBuilder {
  private readonly files: SourceFile[] = [];
  private readonly docPassages = new Column();
  private readonly columns = Object.fromEntries(DOCUMENT_COLUMNS.map((c) => [c.name, new Column()])) as Record<
    DocumentColumn['name'],
    Column
  >;
  private readonly texts: Uint8Array[] = [];
  private bytes = 0;

  constructor() {
    // A column of starts begins with the first one, at 0; each document adds its rows' ends.
    this.docPassages.push(0);
    for (const c of DOCUMENT_COLUMNS) if ('startsOf' in c) this.columns[c.name].push(0);
  }

  /** How many rows of this kind the segment has so far. */
  private rows(row: (typeof ROWS)[number]): number {
    if (row === 'byte') return this.bytes;
    const column = FIRST_COLUMN[row];
    return rowsOf(column, this.columns[column.name].length);
  }

  /** A document as read (see columnsOf). */
  add(doc: DocumentColumns): void {
    this.files.push(doc.source);
    this.texts.push(doc.text);
    // Where the document's rows go: its columns that point at rows are rebased by these, taken
    // before any of its rows is added.
    const base = {} as Record<(typeof ROWS)[number], number>;
    for (const row of ROWS) base[row] = this.rows(row);
    for (const c of DOCUMENT_COLUMNS) {
      const values = doc[c.name];
      // The document's own first start (0) is the segment's last end, already there.
      if ('startsOf' in c) this.columns[c.name].append(values.subarray(1), base[c.startsOf]);
      else this.columns[c.name].append(values, 'endsOf' in c ? base[c.endsOf] : 0);
    }
    this.bytes += doc.text.length;
    this.docPassages.push(this.rows('passage'));
  }

  finish(): Segment {
    return finished(this.finishSteps());
  }

  /** finish(), in steps (see pair-postings.ts). The builder is spent. */
  *finishSteps(): Steps<Segment> {
    const done = Object.fromEntries(DOCUMENT_COLUMNS.map((c) => [c.name, this.columns[c.name].done()]));
    // The units' words and ends are held apart from the tables (see Segment.unitWords).
    const { words, ends, ...columns } = done as ArraysOf<DocumentColumn>;
    const unitWords: UnitWords = { words, ends };
    const tables: SegmentTables = {
      ...columns,
      files: this.files,
      docPassages: this.docPassages.done(),
      text: bytesInPieces(this.texts),
      postings: yield* buildPostingsSteps(unitWords),
      df: yield* countWordsSteps(unitWords),
    };
    return new Segment(tables, () => unitWords);
  }
}
