// A segment on disk: a JSON header (version, folder, files, where each table lies) and the tables'
// bytes as they are in memory, so loading is a read per table and no parsing. The units' word
// hashes are read only when the segment is rebuilt; the header's id says the file is still the one
// they were promised from.
import crypto from 'node:crypto';
import fs from 'node:fs';
import { Segment, type SegmentTables, type SourceFile } from './segment';
import type { UnitWords } from '../match/pair-postings';

/** Bumped whenever what is stored (passages, normalisation, hashing, layout) changes shape or meaning. */
export const SEGMENT_VERSION = 8;

const TABLES = ['docPassages', 'passageBytes', 'text', 'passageLine', 'passageSentences', 'sentenceStart', 'sentenceEnd', 'sentenceLine', 'offsets', 'postings', 'dfKeys', 'dfCounts', 'words', 'ends'] as const;
type TableName = (typeof TABLES)[number];

interface Header {
  version: number;
  folder: string;
  id: string;
  files: SourceFile[];
  bits: number;
  /** Byte offset and length of each table, from the start of the file. */
  tables: Record<TableName, [number, number]>;
}

function arraysOf(tables: SegmentTables, words: UnitWords): Record<TableName, Uint8Array | Uint32Array> {
  return {
    docPassages: tables.docPassages,
    passageBytes: tables.passageBytes,
    text: tables.text,
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
const bytesOf = (a: Uint8Array | Uint32Array) => new Uint8Array(a.buffer, a.byteOffset, a.byteLength);

/** Writes the segment to `file` atomically (a crash never leaves half a file). */
export function writeSegment(file: string, folder: string, segment: Segment): void {
  const arrays = arraysOf(segment.tables, segment.unitWords());
  // The header's own length is not known until the offsets are: offsets count from the end of a fixed-size prefix.
  const layout = {} as Record<TableName, [number, number]>;
  let at = 0;
  for (const name of TABLES) {
    layout[name] = [at, arrays[name].byteLength];
    at = align4(at + arrays[name].byteLength);
  }
  const header: Header = { version: SEGMENT_VERSION, folder, id: crypto.randomUUID(), files: segment.files, bits: segment.tables.postings.bits, tables: layout };
  const json = Buffer.from(JSON.stringify(header));
  const start = align4(8 + json.length);
  const prefix = Buffer.alloc(start);
  prefix.writeUInt32LE(SEGMENT_VERSION, 0);
  prefix.writeUInt32LE(json.length, 4);
  json.copy(prefix, 8);
  const tmp = `${file}.${process.pid}.tmp`;
  const fd = fs.openSync(tmp, 'w');
  try {
    fs.writeSync(fd, prefix);
    for (const name of TABLES) {
      const bytes = bytesOf(arrays[name]);
      fs.writeSync(fd, bytes, 0, bytes.length, start + layout[name][0]);
    }
    // Pad to the end of the last table.
    fs.ftruncateSync(fd, start + at);
  } finally {
    fs.closeSync(fd);
  }
  fs.renameSync(tmp, file);
}

function readHeader(fd: number): { header: Header; start: number } | undefined {
  const prefix = Buffer.alloc(8);
  if (fs.readSync(fd, prefix, 0, 8, 0) < 8 || prefix.readUInt32LE(0) !== SEGMENT_VERSION) return undefined;
  const json = Buffer.alloc(prefix.readUInt32LE(4));
  if (fs.readSync(fd, json, 0, json.length, 8) < json.length) return undefined;
  const header = JSON.parse(json.toString('utf8')) as Header;
  return { header, start: align4(8 + json.length) };
}

function readTable(fd: number, start: number, [offset, length]: [number, number], kind: 'bytes' | 'u32'): Uint8Array | Uint32Array {
  // A fresh ArrayBuffer per table, so Uint32Array views are aligned.
  const buffer = new ArrayBuffer(length);
  const bytes = new Uint8Array(buffer);
  let done = 0;
  while (done < length) {
    const n = fs.readSync(fd, bytes, done, length - done, start + offset + done);
    if (n === 0) throw new Error('segment file is shorter than its header says');
    done += n;
  }
  return kind === 'bytes' ? bytes : new Uint32Array(buffer);
}

/** The segment saved in `file` for `folder`, or undefined when there is none this version can read. */
export function readSegment(file: string, folder: string): Segment | undefined {
  let fd: number;
  try {
    fd = fs.openSync(file, 'r');
  } catch {
    return undefined;
  }
  try {
    const read = readHeader(fd);
    if (!read || read.header.version !== SEGMENT_VERSION || read.header.folder !== folder) return undefined;
    const { header, start } = read;
    const t = (name: TableName) => readTable(fd, start, header.tables[name], 'u32') as Uint32Array;
    const tables: SegmentTables = {
      files: header.files,
      docPassages: t('docPassages'),
      passageBytes: t('passageBytes'),
      text: readTable(fd, start, header.tables.text, 'bytes') as Uint8Array,
      passageLine: t('passageLine'),
      passageSentences: t('passageSentences'),
      sentenceStart: t('sentenceStart'),
      sentenceEnd: t('sentenceEnd'),
      sentenceLine: t('sentenceLine'),
      postings: { bits: header.bits, offsets: t('offsets'), postings: t('postings') },
      df: { keys: t('dfKeys'), counts: t('dfCounts') },
    };
    return new Segment(tables, () => readUnitWords(file, header.id));
  } catch {
    return undefined;
  } finally {
    fs.closeSync(fd);
  }
}

/** The units' word hashes of the segment file with this id; throws if the file was replaced since. */
function readUnitWords(file: string, id: string): UnitWords {
  const fd = fs.openSync(file, 'r');
  try {
    const read = readHeader(fd);
    if (!read || read.header.id !== id) throw new Error(`the corpus index ${file} was replaced by another process`);
    return { words: readTable(fd, read.start, read.header.tables.words, 'u32') as Uint32Array, ends: readTable(fd, read.start, read.header.tables.ends, 'u32') as Uint32Array };
  } finally {
    fs.closeSync(fd);
  }
}
