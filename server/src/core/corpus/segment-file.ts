// A segment on disk: a JSON header (version, folder, files, where each table lies) and the tables'
// bytes as they are in memory, so loading is a read per table and no parsing. Two tables stay in
// the file: the passage text (a nominated passage is read from it; the kernel caches the file, so
// the server does not hold 100 MB of text it rarely reads) and the units' word hashes (read only
// when the segment is rebuilt). The file stays open while the segment is in use: a copy saved over
// it by another window replaces the name, not what this open file reads.
import fs from 'node:fs';
import { openRegularFile } from '../text/files';
import { Segment, type SegmentTables, type SourceFile, type TextBytes } from './segment';
import type { UnitWords } from '../match/pair-postings';

/** Bumped whenever what is stored (passages, normalisation, hashing, layout) changes shape or meaning. */
const SEGMENT_VERSION = 9;

const TABLES = ['docPassages', 'passageBytes', 'text', 'passageLine', 'passageSentences', 'sentenceStart', 'sentenceEnd', 'sentenceLine', 'offsets', 'postings', 'dfKeys', 'dfCounts', 'words', 'ends'] as const;
type TableName = (typeof TABLES)[number];

interface Header {
  version: number;
  folder: string;
  files: SourceFile[];
  bits: number;
  /** Byte offset and length of each table, from the start of the file. */
  tables: Record<TableName, [number, number]>;
}

/** The tables other than the text, which is written piece by piece (see TextBytes.pieces). */
function arraysOf(tables: SegmentTables, words: UnitWords): Record<Exclude<TableName, 'text'>, Uint32Array> {
  return {
    docPassages: tables.docPassages,
    passageBytes: tables.passageBytes,
    passageLine: tables.passageLine,
    passageSentences: tables.passageSentences,
    sentenceStart: tables.sentenceStart,
    sentenceEnd: tables.sentenceEnd,
    sentenceLine: tables.sentenceLine,
    offsets: tables.postings.offsets,
    postings: tables.postings.postings,
    dfKeys: tables.df.keys,
    dfCounts: tables.df.counts,
    words: words.words,
    ends: words.ends,
  };
}

const align4 = (n: number) => (n + 3) & ~3;
const bytesOf = (a: Uint32Array) => new Uint8Array(a.buffer, a.byteOffset, a.byteLength);

/** Writes the segment to `file` atomically (a crash never leaves half a file under its name; see sweepTemporaryFiles for what a killed process leaves). */
export function writeSegment(file: string, folder: string, segment: Segment): void {
  const arrays = arraysOf(segment.tables, segment.unitWords());
  const text = segment.tables.text;
  // Each table as the byte arrays that make it: the text as it is held, in pieces when it is.
  const piecesOf = (name: TableName): Iterable<Uint8Array> => (name === 'text' ? (text.pieces?.() ?? [text.read(0, text.length)]) : [bytesOf(arrays[name])]);
  // The header's own length is not known until the offsets are: offsets count from the end of a fixed-size prefix.
  const layout = {} as Record<TableName, [number, number]>;
  let end = 0;
  for (const name of TABLES) {
    const length = name === 'text' ? text.length : arrays[name].byteLength;
    layout[name] = [end, length];
    end = align4(end + length);
  }
  const header: Header = { version: SEGMENT_VERSION, folder, files: segment.files, bits: segment.tables.postings.bits, tables: layout };
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
      for (const name of TABLES) {
        let at = start + layout[name][0];
        for (const piece of piecesOf(name)) {
          fs.writeSync(fd, piece, 0, piece.length, at);
          at += piece.length;
        }
      }
      // Pad to the end of the last table; on disk before the name points at it (a power cut leaves the old file or the new, whole).
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

function readHeader(fd: number): { header: Header; start: number } | undefined {
  const prefix = Buffer.alloc(8);
  if (readFully(fd, prefix, 0) < 8 || prefix.readUInt32LE(0) !== SEGMENT_VERSION) return undefined;
  const json = Buffer.alloc(prefix.readUInt32LE(4));
  if (readFully(fd, json, 8) < json.length) return undefined;
  const header = JSON.parse(json.toString('utf8')) as Header;
  return { header, start: align4(8 + json.length) };
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

/** Closes a segment file once its segment is no longer used. */
const openFiles = new FinalizationRegistry<number>((fd) => fs.close(fd, () => {}));

/** A segment file, open: its tables read on demand, its text and units' words as a segment reads them from it. */
interface OpenSegmentFile {
  fd: number;
  header: Header;
  table(name: TableName): Uint32Array;
  text: TextBytes;
  unitWords: () => UnitWords;
}

/** The segment saved in `file` for `folder`, or undefined when there is none this version can read. */
export function readSegment(file: string, folder: string): Segment | undefined {
  const opened = openSegmentFile(file, folder);
  if (!opened) return undefined;
  const { fd, header, table: t } = opened;
  try {
    const tables: SegmentTables = {
      files: header.files,
      docPassages: t('docPassages'),
      passageBytes: t('passageBytes'),
      text: opened.text,
      passageLine: t('passageLine'),
      passageSentences: t('passageSentences'),
      sentenceStart: t('sentenceStart'),
      sentenceEnd: t('sentenceEnd'),
      sentenceLine: t('sentenceLine'),
      postings: { bits: header.bits, offsets: t('offsets'), postings: t('postings') },
      df: { keys: t('dfKeys'), counts: t('dfCounts') },
    };
    if (!consistent(tables)) throw new Error('segment tables do not agree');
    const segment = new Segment(tables, opened.unitWords);
    if (!allBelow(tables.postings.postings, segment.unitCount)) throw new Error('postings name units the segment does not have');
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
  const passages = t.passageBytes.length - 1;
  const sentences = t.sentenceStart.length;
  return (
    t.postings.bits >= 1 &&
    t.postings.bits <= 30 &&
    t.docPassages.length === t.files.length + 1 &&
    t.docPassages[0] === 0 &&
    t.passageBytes[0] === 0 &&
    t.passageSentences[0] === 0 &&
    ascending(t.docPassages) &&
    t.docPassages[t.files.length] === passages &&
    ascending(t.passageBytes) &&
    t.passageBytes[passages] === t.text.length &&
    t.passageLine.length === passages &&
    t.passageSentences.length === passages + 1 &&
    ascending(t.passageSentences) &&
    t.passageSentences[passages] === sentences &&
    t.sentenceEnd.length === sentences &&
    t.sentenceLine.length === sentences &&
    t.postings.offsets.length === (1 << t.postings.bits) + 1 &&
    ascending(t.postings.offsets) &&
    t.postings.offsets[1 << t.postings.bits] === t.postings.postings.length &&
    t.df.keys.length === t.df.counts.length &&
    t.df.keys.length > 0 &&
    (t.df.keys.length & (t.df.keys.length - 1)) === 0
  );
}

/** The saved file of a segment, open, its header read and its size checked; undefined if it is not one this version wrote for `folder`. */
function openSegmentFile(file: string, folder: string): OpenSegmentFile | undefined {
  // Opened without blocking and checked on the descriptor: a cache file swapped for a pipe or a device is not read.
  const opened = openRegularFile(file);
  if ('problem' in opened) return undefined;
  const { fd } = opened;
  try {
    const read = readHeader(fd);
    if (!read || read.header.version !== SEGMENT_VERSION || read.header.folder !== folder) throw new Error('not this folder\'s index');
    const { header, start } = read;
    const end = Math.max(...Object.values(header.tables).map(([at, length]) => at + length));
    if (start + end > fs.fstatSync(fd).size) throw new Error('segment file is shorter than its header says');
    const table = (name: TableName) => {
      const [at, length] = header.tables[name];
      // A fresh ArrayBuffer per table, so the Uint32Array view is aligned.
      const bytes = new Uint8Array(length);
      if (readFully(fd, bytes, start + at) < length) throw new Error('segment file is shorter than its header says');
      return new Uint32Array(bytes.buffer);
    };
    const [textAt, textLength] = header.tables.text;
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
