// The corpus: agreed policy documents read from folders into passages with file and line.
// Reading is separate from indexing so that a loader error never stops the rest being served.
import crypto from 'node:crypto';
import fs from 'node:fs';
import path from 'node:path';
import { extractPassages, type Passage } from '../markdown/passages';
import { markdownPieces } from '../markdown/chunks';
import { splitSentences } from '../markdown/sentences';
import { splitPlainText } from './plaintext';
import { LineIndex } from '../text/lines';
import { readRegularFile } from '../text/files';
import type { CorpusDocument, CorpusPassage, CorpusSentence } from './document';

export const CORPUS_EXTENSIONS = ['.txt', '.md', '.markdown'];

/**
 * A corpus file gives at most this many passages (paragraphs, list items, lines): past them it is
 * not read, so a file of a million one-word list items costs two or three seconds, not gigabytes
 * (remark takes about 0.2 ms a list item). A 5 MB report of ordinary paragraphs has fewer.
 */
export const MAX_PASSAGES_PER_FILE = 10_000;

/** Passages of one corpus file's text (at most `maxPassages`; `truncatedAt` is the line of the first left out). */
export function readCorpusText(
  file: string,
  filePath: string,
  text: string,
  maxPassages = MAX_PASSAGES_PER_FILE,
): CorpusDocument & { truncatedAt?: number } {
  const lines = new LineIndex(text);
  const isMarkdown = /\.(md|markdown)$/i.test(file);
  // Where each sentence of a Markdown passage lies in the passage's plain text, from the offset map
  // (offsets are within the piece of the text that starts at `base`).
  const sentencesOf = (p: Passage, base: number): CorpusSentence[] => {
    let i = 0;
    return p.sentences.map((s) => {
      while (i < p.text.length && p.offsets[i]! < s.start) i++;
      let start = i;
      if (p.text.slice(start, start + s.text.length) !== s.text) start = Math.max(0, p.text.indexOf(s.text, i));
      i = start + s.text.length;
      return { start, end: i, line: lines.lineOf(base + s.start) + 1 };
    });
  };
  const passages: CorpusPassage[] = [];
  let truncatedAt: number | undefined;
  if (isMarkdown) {
    // Piece by piece, so that only one piece's syntax tree is held at a time.
    pieces: for (const [from, to] of markdownPieces(text)) {
      for (const p of extractPassages(text.slice(from, to))) {
        if (passages.length >= maxPassages) {
          truncatedAt = lines.lineOf(from + p.start) + 1;
          break pieces;
        }
        passages.push({
          text: p.text,
          line: lines.lineOf(from + p.start) + 1,
          sentences: sentencesOf(p, from),
        });
      }
    }
  } else {
    for (const p of splitPlainText(text)) {
      if (passages.length >= maxPassages) {
        truncatedAt = lines.lineOf(p.start) + 1;
        break;
      }
      const sentences = splitSentences(p.text).map((s) => ({
        start: s.start,
        end: s.end,
        line: lines.lineOf(p.start) + 1,
      }));
      passages.push({ text: p.text, line: lines.lineOf(p.start) + 1, sentences });
    }
  }
  return { file, path: filePath, passages, ...(truncatedAt ? { truncatedAt } : {}) };
}

/** What a drafter is told about a corpus file read only up to the passage budget. */
export function truncatedWarning(filePath: string, line: number, maxPassages = MAX_PASSAGES_PER_FILE): string {
  return (
    `Corpus file read only up to line ${line.toLocaleString('en-GB')}: it has more than ` +
    `${maxPassages.toLocaleString('en-GB')} passages, and drafts are not checked against the rest: ${filePath}`
  );
}

export interface CorpusLoad {
  documents: CorpusDocument[];
  /** One message per folder or file that could not be read. */
  errors: string[];
}

export const MAX_CORPUS_FILE_BYTES = 20 * 1024 * 1024;

/**
 * The corpus files in a folder and its sub-folders, however deep, or why the folder cannot be read;
 * `warnings` name what under it was skipped (a sub-folder that cannot be read, a name that is not UTF-8).
 */
export function listCorpusFiles(folder: string): { files: string[]; error?: string; warnings: string[] } {
  try {
    const stat = fs.statSync(folder);
    if (!stat.isDirectory()) return { files: [], error: `Corpus path is not a folder: ${folder}`, warnings: [] };
    return listFiles(folder);
  } catch (e) {
    return {
      files: [],
      error: `Corpus folder cannot be read: ${folder} (${(e as NodeJS.ErrnoException).code ?? (e as Error).message})`,
      warnings: [],
    };
  }
}

/** One corpus file read into passages, or why it was skipped. */
export function readCorpusFile(
  filePath: string,
  maxFileBytes = MAX_CORPUS_FILE_BYTES,
): { document: CorpusDocument; warning?: string } | { error: string } {
  // Checked on the open file: a name listed as a file and swapped for a pipe since cannot block the read.
  const read = readRegularFile(filePath, maxFileBytes);
  if ('problem' in read) {
    if (read.problem === 'not-a-file') return { error: `Corpus file skipped, not a regular file: ${filePath}` };
    if (read.problem === 'too-large')
      return { error: `Corpus file skipped, larger than ${Math.round(maxFileBytes / 1048576)} MB: ${filePath}` };
    return { error: `Corpus file cannot be read: ${filePath} (${read.code})` };
  }
  try {
    const { bytes, stat } = read;
    const text = bytes.toString('utf8');
    if (text.includes('\u0000')) return { error: `Corpus file skipped, not text: ${filePath}` };
    const { truncatedAt, ...document } = readCorpusText(path.basename(filePath), filePath, text);
    // Where reading stopped is kept with the file in the index, so a start that does not read it again still says so.
    const source = {
      path: filePath,
      size: stat.size,
      mtimeMs: stat.mtimeMs,
      hash: hashOf(bytes),
      ...(truncatedAt ? { truncatedAt } : {}),
    };
    return {
      document: { ...document, source },
      ...(truncatedAt ? { warning: truncatedWarning(filePath, truncatedAt) } : {}),
    };
  } catch (e) {
    return {
      error: `Corpus file cannot be read: ${filePath} (${(e as NodeJS.ErrnoException).code ?? (e as Error).message})`,
    };
  }
}

const hashOf = (bytes: Uint8Array) => crypto.createHash('sha1').update(bytes).digest('hex');

/**
 * The content hash of a corpus file as it is now; throws if it is not a regular file any more (a pipe cannot block it).
 */
export function contentHash(file: string): string {
  const read = readRegularFile(file, MAX_CORPUS_FILE_BYTES);
  if ('problem' in read) throw new Error(`not a readable corpus file: ${file}`);
  return hashOf(read.bytes);
}

/** Reads every .txt/.md file in (and below) each folder, each file once. */
export function loadCorpus(folders: string[], maxFileBytes = MAX_CORPUS_FILE_BYTES): CorpusLoad {
  const documents: CorpusDocument[] = [];
  const errors: string[] = [];
  const seen = new Set<string>();
  for (const folder of folders) {
    const listing = listCorpusFiles(folder);
    if (listing.error) errors.push(listing.error);
    errors.push(...listing.warnings);
    for (const filePath of listing.files) {
      const real = safeRealpath(filePath);
      if (seen.has(real)) continue;
      seen.add(real);
      const read = readCorpusFile(filePath, maxFileBytes);
      if ('error' in read) errors.push(read.error);
      else {
        documents.push(read.document);
        if (read.warning) errors.push(read.warning);
      }
    }
  }
  return { documents, errors };
}

export function safeRealpath(p: string): string {
  try {
    return fs.realpathSync(p);
  } catch {
    return p;
  }
}

/**
 * The corpus files in and below `folder`, in name order (a folder's files where the folder sorts),
 * at whatever depth they lie (walked with a stack of its own, not recursion); and a message for
 * each entry that is not read: a sub-folder that cannot be listed, a name that is not valid UTF-8
 * (it could not be opened by any name given back as text, so it is named escaped and skipped).
 */
function listFiles(folder: string): { files: string[]; warnings: string[] } {
  const files: string[] = [];
  const warnings: string[] = [];
  const entriesOf = (dir: string) => {
    const named: Array<{ name: string; full: string; entry: fs.Dirent<Buffer> }> = [];
    for (const entry of fs.readdirSync(dir, { withFileTypes: true, encoding: 'buffer' })) {
      const name = entry.name.toString('utf8');
      if (name.startsWith('.')) continue;
      if (!Buffer.from(name, 'utf8').equals(entry.name)) {
        if (entry.isDirectory() || (entry.isFile() && CORPUS_EXTENSIONS.includes(path.extname(name).toLowerCase())))
          warnings.push(
            `Corpus ${entry.isDirectory() ? 'folder' : 'file'} skipped, its name is not valid UTF-8: ` +
              path.join(dir, escapedName(entry.name)),
          );
        continue;
      }
      named.push({ name, full: path.join(dir, name), entry });
    }
    return named.sort((a, b) => a.name.localeCompare(b.name));
  };
  // Each open folder's entries still to visit, innermost last.
  const stack = [entriesOf(folder)];
  while (stack.length) {
    const next = stack[stack.length - 1]!.shift();
    if (!next) {
      stack.pop();
      continue;
    }
    // Symlinks are not followed: nothing outside the configured folder is read.
    if (next.entry.isDirectory()) {
      try {
        stack.push(entriesOf(next.full));
      } catch (e) {
        // An unreadable sub-folder does not stop the rest of the folder being read, but is named.
        warnings.push(
          `Corpus folder skipped, it cannot be read: ${next.full} ` +
            `(${(e as NodeJS.ErrnoException).code ?? (e as Error).message})`,
        );
      }
    } else if (next.entry.isFile() && CORPUS_EXTENSIONS.includes(path.extname(next.name).toLowerCase()))
      files.push(next.full);
  }
  return { files, warnings };
}

/** A file name's bytes as text: valid UTF-8 as it is, any other byte as \xHH. */
function escapedName(bytes: Buffer): string {
  let out = '';
  let at = 0;
  while (at < bytes.length) {
    // The longest run from here that is valid UTF-8 (a run of 1 to 4 bytes is tried at each step).
    let taken = 0;
    for (let n = Math.min(4, bytes.length - at); n >= 1 && !taken; n--) {
      const piece = bytes.subarray(at, at + n);
      const text = piece.toString('utf8');
      if (!text.includes('\ufffd') && Buffer.from(text, 'utf8').equals(piece)) {
        out += text;
        taken = n;
      }
    }
    if (!taken) {
      out += `\\x${bytes[at]!.toString(16).padStart(2, '0')}`;
      taken = 1;
    }
    at += taken;
  }
  return out;
}
