// The tables a segment keeps, described once, in the order they lie in its saved file. Every loop
// over them (a document's columns added to a builder or cut out of a segment, the arrays handed to
// another thread, the tables saved, loaded, checksummed and checked for fit) goes over this list,
// so a column added here is added everywhere, and the types below say what each place must hold.

/**
 * What one row of a table stands for. A table of a row per passage holds one number per passage;
 * 'index' tables belong to the segment as a whole (its postings and word counts) and are built from
 * the units' words, not joined or cut document by document.
 */
export type Row = 'document' | 'passage' | 'sentence' | 'unit' | 'word' | 'byte' | 'index';

interface TableSpec {
  readonly name: string;
  readonly kind: Uint32ArrayConstructor | Uint8ArrayConstructor;
  readonly per: Row;
  /**
   * For a table of where each row's stretch of another table starts: that table's row. It has one
   * entry more than it has rows (the end of the last), and its values are rebased when documents are
   * joined or cut.
   */
  readonly startsOf?: Row;
  /** Likewise for a table of where each row's stretch ends: no entry more, but rebased too. */
  readonly endsOf?: Row;
}

/**
 * The tables, in the order of the saved file (segment-file.ts): that order is part of the format,
 * so a change to this list needs a new SEGMENT_VERSION.
 */
export const TABLES = [
  // Document d's passages are docPassages[d] .. docPassages[d + 1].
  { name: 'docPassages', kind: Uint32Array, per: 'document', startsOf: 'passage' },
  // Passage p's text is bytes passageBytes[p] .. passageBytes[p + 1] of `text`.
  { name: 'passageBytes', kind: Uint32Array, per: 'passage', startsOf: 'byte' },
  // The passages' UTF-8 bytes, one after another: kept in the file and read a passage at a time.
  { name: 'text', kind: Uint8Array, per: 'byte' },
  // 1-based line of each passage in its file.
  { name: 'passageLine', kind: Uint32Array, per: 'passage' },
  // Passage p's sentences are passageSentences[p] .. passageSentences[p + 1].
  { name: 'passageSentences', kind: Uint32Array, per: 'passage', startsOf: 'sentence' },
  // Each sentence's place in its passage's text (string offsets) and its 1-based line.
  { name: 'sentenceStart', kind: Uint32Array, per: 'sentence' },
  { name: 'sentenceEnd', kind: Uint32Array, per: 'sentence' },
  { name: 'sentenceLine', kind: Uint32Array, per: 'sentence' },
  // The segment's PairPostings (offsets, postings) and WordCounts (keys, counts): see pair-postings.ts.
  { name: 'offsets', kind: Uint32Array, per: 'index' },
  { name: 'postings', kind: Uint32Array, per: 'index' },
  { name: 'dfKeys', kind: Uint32Array, per: 'index' },
  { name: 'dfCounts', kind: Uint32Array, per: 'index' },
  // The units' word hashes, one unit's after another, and where each unit's end (UnitWords): kept
  // in the file and read only when the segment is rebuilt.
  { name: 'words', kind: Uint32Array, per: 'word' },
  { name: 'ends', kind: Uint32Array, per: 'unit', endsOf: 'word' },
] as const satisfies readonly TableSpec[];

export type Table = (typeof TABLES)[number];
export type TableName = Table['name'];

// A kind other than these two needs adding here (and to Column in segment.ts): until then its arrays are `never`.
type ArrayOf<K> = K extends Uint8ArrayConstructor ? Uint8Array : K extends Uint32ArrayConstructor ? Uint32Array : never;
/** The arrays of these tables, by name. */
export type ArraysOf<T extends Table> = { [C in T as C['name']]: ArrayOf<C['kind']> };

/**
 * The columns one document brings to a segment (and takes out of it when copied): every table with
 * a row per passage, sentence, unit or word. The text is one too, but held apart: as the document's
 * own bytes while a segment is built, and in the saved file after.
 */
export type DocumentColumn = Extract<Table, { per: 'passage' | 'sentence' | 'unit' | 'word' }>;
export const DOCUMENT_COLUMNS = TABLES.filter((t): t is DocumentColumn =>
  ['passage', 'sentence', 'unit', 'word'].includes(t.per),
);

/**
 * The columns a Segment holds in its tables: all but the text (held apart, as above), the index
 * (held as PairPostings and WordCounts) and the units' words and ends (read only when rebuilt).
 */
export type SegmentColumn = Extract<Table, { per: 'document' | 'passage' | 'sentence' }>;
export const SEGMENT_COLUMNS = TABLES.filter((t): t is SegmentColumn =>
  ['document', 'passage', 'sentence'].includes(t.per),
);

/** How many rows a table of this spec has, given its length (a table of starts has one more). */
export const rowsOf = (table: TableSpec, length: number) => length - (table.startsOf ? 1 : 0);
