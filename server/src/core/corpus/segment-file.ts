// A segment on disk: a JSON header (version, folder, files, where each table lies and its checksum)
// and the tables' bytes as they are in memory, so loading is a read per table and no parsing. A
// file that is not what this version wrote (its header the wrong shape, a table whose bytes do not
// match its checksum, tables that do not fit together) is not used: the folder is indexed afresh. Two tables stay in
// the file: the passage text (a nominated passage is read from it; the kernel caches the file, so
// the server does not hold 100 MB of text it rarely reads) and the units' word hashes (read only
// when the segment is rebuilt). The file stays open while the segment is in use: a copy saved over
// it by another window replaces the name, not what this open file reads.
import crypto from 'node:crypto';
import fs from 'node:fs';
import { openRegularFile } from '../text/files';
import { NORMALISATION_KEY } from '../text/normalise';
import type { SourceFile } from './document';
import { Segment, type SegmentTables, type TextBytes } from './segment';
import type { UnitWords } from '../match/pair-postings';
import { SEGMENT_COLUMNS, TABLES, rowsOf } from './columns';
import type { ArraysOf, Row, SegmentColumn, TableName } from './columns';

/**
 * Bumped whenever what is stored (passages, normalisation, hashing, layout, the tables in columns.ts)
 * changes shape or meaning.
 */
const SEGMENT_VERSION = 13;

interface Header {
  version: number;
  /** The word lists its words were normalised with (NORMALISATION_KEY). */
  normalisation: string;
  folder: string;
  files: SourceFile[];
  bits: number;
  /** Byte offset and length of each table, from the start of the file. */
  tables: Record<TableName, [number, number]>;
  /** Each table's checksum (see checksum). */
  sums: Record<TableName, string>;
}

/** A table's checksum: the first 64 bits of the SHA-1 of its bytes, in hex. */
function checksum(pieces: Iterable<Uint8Array>): string {
  const hash = crypto.createHash('sha1');
  for (const piece of pieces) hash.update(piece);
  return hash.digest('hex').slice(0, 16);
}

type ArrayTable = Exclude<TableName, 'text'>;

/**
 * The tables other than the text, which is written piece by piece (see TextBytes.pieces): the
 * segment's columns and units' words as they are, its index as the file's four tables (read back
 * into PairPostings and WordCounts by readSegment).
 */
function arraysOf(tables: SegmentTables, words: UnitWords): Record<ArrayTable, Uint32Array> {
  const { postings, df } = tables;
  const columns = Object.fromEntries(SEGMENT_COLUMNS.map((c) => [c.name, tables[c.name]])) as ArraysOf<SegmentColumn>;
  const index = { offsets: postings.offsets, postings: postings.postings, dfKeys: df.keys, dfCounts: df.counts };
  return { ...columns, ...words, ...index };
}

const align4 = (n: number) => (n + 3) & ~3;
const bytesOf = (a: Uint32Array) => new Uint8Array(a.buffer, a.byteOffset, a.byteLength);

/**
 * Writes the segment to `file` atomically (a crash never leaves half a file under its name; see sweepTemporaryFiles for
 * what a killed process leaves).
 */
export function writeSegment(file: string, folder: string, segment: Segment): void {
  const arrays = arraysOf(segment.tables, segment.unitWords());
  const text = segment.tables.text;
  // Each table as the byte arrays that make it: the text as it is held, in pieces when it is.
  const piecesOf = (name: TableName): Iterable<Uint8Array> =>
    name === 'text' ? (text.pieces?.() ?? [text.read(0, text.length)]) : [bytesOf(arrays[name])];
  // The header's own length is not known until the offsets are: offsets count from the end of a fixed-size prefix.
  const layout = {} as Record<TableName, [number, number]>;
  let end = 0;
  for (const { name } of TABLES) {
    const length = name === 'text' ? text.length : arrays[name].byteLength;
    layout[name] = [end, length];
    end = align4(end + length);
  }
  const sums = {} as Record<TableName, string>;
  for (const { name } of TABLES) sums[name] = checksum(piecesOf(name));
  const header: Header = {
    version: SEGMENT_VERSION,
    normalisation: NORMALISATION_KEY,
    folder,
    files: segment.files,
    bits: segment.tables.postings.bits,
    tables: layout,
    sums,
  };
  const json = Buffer.from(JSON.stringify(header));
  const start = align4(8 + json.length);
  const prefix = Buffer.alloc(start);
  prefix.writeUInt32LE(SEGMENT_VERSION, 0);
  prefix.writeUInt32LE(json.length, 4);
  json.copy(prefix, 8);
  const tmp = `${file}.${process.pid}.tmp`;
  const fd = fs.openSync(tmp, 'w');
  try {
    try {
      fs.writeSync(fd, prefix);
      for (const { name } of TABLES) {
        let at = start + layout[name][0];
        for (const piece of piecesOf(name)) {
          fs.writeSync(fd, piece, 0, piece.length, at);
          at += piece.length;
        }
      }
      // Pad to the end of the last table; on disk before the name points at it (a power cut leaves the old file or the
      // new, whole).
      fs.ftruncateSync(fd, start + end);
      fs.fsyncSync(fd);
    } finally {
      fs.closeSync(fd);
    }
    fs.renameSync(tmp, file);
  } catch (e) {
    // A full disk or any other failure: the partial file goes, or it would keep the disk full.
    fs.rmSync(tmp, { force: true });
    throw e;
  }
}

/**
 * The file's header, if it is one this version wrote: every field there and of its type, each table inside the file.
 */
function readHeader(fd: number, size: number): { header: Header; start: number } | undefined {
  const prefix = Buffer.alloc(8);
  if (readFully(fd, prefix, 0) < 8 || prefix.readUInt32LE(0) !== SEGMENT_VERSION) return undefined;
  const length = prefix.readUInt32LE(4);
  if (8 + length > size) return undefined;
  const json = Buffer.alloc(length);
  if (readFully(fd, json, 8) < json.length) return undefined;
  let header: unknown;
  try {
    header = JSON.parse(json.toString('utf8'));
  } catch {
    return undefined;
  }
  const start = align4(8 + json.length);
  return isHeader(header, size - start) ? { header, start } : undefined;
}

const isObject = (x: unknown): x is Record<string, unknown> => typeof x === 'object' && x !== null && !Array.isArray(x);
const isCount = (x: unknown): x is number => typeof x === 'number' && Number.isSafeInteger(x) && x >= 0;

const isSourceFile = (f: unknown): f is SourceFile =>
  isObject(f) &&
  typeof f.path === 'string' &&
  f.path !== '' &&
  isCount(f.size) &&
  typeof f.mtimeMs === 'number' &&
  Number.isFinite(f.mtimeMs) &&
  typeof f.hash === 'string' &&
  (f.truncatedAt === undefined || isCount(f.truncatedAt));

/** Whether a parsed header has the shape this version writes, its tables lying within `room` bytes after it. */
function isHeader(h: unknown, room: number): h is Header {
  if (
    !isObject(h) ||
    h.version !== SEGMENT_VERSION ||
    h.normalisation !== NORMALISATION_KEY ||
    typeof h.folder !== 'string' ||
    !Array.isArray(h.files) ||
    !h.files.every(isSourceFile)
  )
    return false;
  if (!isCount(h.bits) || !isObject(h.tables) || !isObject(h.sums)) return false;
  const tables = h.tables;
  const sums = h.sums;
  return TABLES.every(({ name, kind }) => {
    const place = tables[name];
    if (!Array.isArray(place) || place.length !== 2 || !isCount(place[0]) || !isCount(place[1])) return false;
    if (typeof sums[name] !== 'string') return false;
    const [at, length] = place as [number, number];
    // A table of 32-bit numbers lies at a multiple of 4 and is a multiple of 4 long, to be read as one.
    return at + length <= room && at % kind.BYTES_PER_ELEMENT === 0 && length % kind.BYTES_PER_ELEMENT === 0;
  });
}

/** Fills `bytes` from the file at `position`; how many bytes there were. */
function readFully(fd: number, bytes: Uint8Array, position: number): number {
  let done = 0;
  while (done < bytes.length) {
    const n = fs.readSync(fd, bytes, done, bytes.length - done, position + done);
    if (n === 0) break;
    done += n;
  }
  return done;
}

/** The checksum of `length` bytes of the file from `position`, read a megabyte at a time. */
function textChecksum(fd: number, position: number, length: number): string {
  const hash = crypto.createHash('sha1');
  const piece = new Uint8Array(Math.min(length, 1 << 20));
  for (let done = 0; done < length;) {
    const n = readFully(fd, piece.subarray(0, Math.min(piece.length, length - done)), position + done);
    if (n === 0) break;
    hash.update(piece.subarray(0, n));
    done += n;
  }
  return hash.digest('hex').slice(0, 16);
}

/** Closes a segment file once its segment is no longer used. */
const openFiles = new FinalizationRegistry<number>((fd) => fs.close(fd, () => {}));

/** A segment file, open: its tables read on demand, its text and units' words as a segment reads them from it. */
interface OpenSegmentFile {
  fd: number;
  header: Header;
  table(name: ArrayTable): Uint32Array;
  text: TextBytes;
  unitWords: () => UnitWords;
}

/** The segment saved in `file` for `folder`, or undefined when there is none this version can read. */
export function readSegment(file: string, folder: string): Segment | undefined {
  const opened = openSegmentFile(file, folder);
  if (!opened) return undefined;
  const { fd, header, table: t } = opened;
  try {
    const columns = Object.fromEntries(SEGMENT_COLUMNS.map((c) => [c.name, t(c.name)])) as ArraysOf<SegmentColumn>;
    const tables: SegmentTables = {
      ...columns,
      files: header.files,
      text: opened.text,
      postings: { bits: header.bits, offsets: t('offsets'), postings: t('postings') },
      df: { keys: t('dfKeys'), counts: t('dfCounts') },
    };
    if (!consistent(tables)) throw new Error('segment tables do not agree');
    const segment = new Segment(tables, opened.unitWords);
    if (!allBelow(tables.postings.postings, segment.unitCount))
      throw new Error('postings name units the segment does not have');
    openFiles.register(segment, fd);
    return segment;
  } catch {
    fs.closeSync(fd);
    return undefined;
  }
}

function ascending(a: Uint32Array): boolean {
  for (let i = 1; i < a.length; i++) if (a[i]! < a[i - 1]!) return false;
  return true;
}

function allBelow(a: Uint32Array, limit: number): boolean {
  let max = 0;
  for (let i = 0; i < a.length; i++) if (a[i]! > max) max = a[i]!;
  return a.length === 0 || max < limit;
}

/**
 * Whether the tables fit together, so that a damaged file (a disk error, a crash mid-copy) is
 * indexed afresh rather than read out of range for as long as it stays in the cache.
 */
function consistent(t: SegmentTables): boolean {
  return columnsFit(t) && indexFits(t);
}

/**
 * Whether every column has a row for each of its kind (the first column of a kind says how many
 * there are; a document is a file, a byte one of the text), and each column of starts begins at
 * 0, never goes back, and ends at the end of what it points into.
 */
function columnsFit(t: SegmentTables): boolean {
  const rows: Partial<Record<Row, number>> = { document: t.files.length, byte: t.text.length };
  for (const c of SEGMENT_COLUMNS) rows[c.per] ??= rowsOf(c, t[c.name].length);
  return SEGMENT_COLUMNS.every((c) => {
    const values = t[c.name];
    if (rowsOf(c, values.length) !== rows[c.per]) return false;
    if (!('startsOf' in c)) return true;
    return values[0] === 0 && ascending(values) && values[values.length - 1] === rows[c.startsOf];
  });
}

/** Whether the postings and word counts have the shape pair-postings.ts builds. */
function indexFits(t: SegmentTables): boolean {
  return (
    t.postings.bits >= 1 &&
    t.postings.bits <= 30 &&
    t.postings.offsets.length === (1 << t.postings.bits) + 1 &&
    ascending(t.postings.offsets) &&
    t.postings.offsets[1 << t.postings.bits] === t.postings.postings.length &&
    t.df.keys.length === t.df.counts.length &&
    t.df.keys.length > 0 &&
    (t.df.keys.length & (t.df.keys.length - 1)) === 0
  );
}

/**
 * The saved file of a segment, open, its header read and its size checked; undefined if it is not one this version
 * wrote for `folder`.
 */
function openSegmentFile(file: string, folder: string): OpenSegmentFile | undefined {
  // Opened without blocking and checked on the descriptor: a cache file swapped for a pipe or a device is not read.
  const opened = openRegularFile(file);
  if ('problem' in opened) return undefined;
  const { fd, stat } = opened;
  try {
    const read = readHeader(fd, stat.size);
    if (!read || read.header.folder !== folder) throw new Error("not this folder's index");
    const { header, start } = read;
    const table = (name: TableName) => {
      const [at, length] = header.tables[name];
      // A fresh ArrayBuffer per table, so the Uint32Array view is aligned.
      const bytes = new Uint8Array(length);
      if (readFully(fd, bytes, start + at) < length) throw new Error('segment file is shorter than its header says');
      if (checksum([bytes]) !== header.sums[name])
        throw new Error(`the index's ${name} table does not match its checksum`);
      return new Uint32Array(bytes.buffer);
    };
    const [textAt, textLength] = header.tables.text;
    // The text is read a passage at a time later on; its checksum is checked now, reading it a piece at a time.
    if (textChecksum(fd, start + textAt, textLength) !== header.sums.text)
      throw new Error("the index's text does not match its checksum");
    const text: TextBytes = {
      length: textLength,
      read(from, to) {
        const bytes = new Uint8Array(to - from);
        readFully(fd, bytes, start + textAt + from);
        return bytes;
      },
    };
    return { fd, header, table, text, unitWords: () => ({ words: table('words'), ends: table('ends') }) };
  } catch {
    fs.closeSync(fd);
    return undefined;
  }
}

/** After writing `segment` to `file`: its text and words are read from there from now on, not held in memory. */
export function moveToFile(segment: Segment, file: string, folder: string): void {
  const opened = openSegmentFile(file, folder);
  if (!opened) return;
  segment.keepInFile(opened.text, opened.unitWords);
  openFiles.register(segment, opened.fd);
}
