// The corpus: agreed policy documents read from folders into passages with file and line.
// Reading is separate from indexing so that a loader error never stops the rest being served.
import fs from 'node:fs';
import path from 'node:path';
import { extractPassages, type Passage } from '../markdown/passages';
import { splitSentences } from '../markdown/sentences';
import { splitPlainText } from './plaintext';
import { LineIndex } from '../text/lines';

/** A sentence of a passage, by its place in the passage's text (the text is not held twice). */
export interface CorpusSentence {
  start: number;
  end: number;
  line: number;
}

export function sentenceText(passage: CorpusPassage, sentence: CorpusSentence): string {
  return passage.text.slice(sentence.start, sentence.end);
}

export interface CorpusPassage {
  text: string;
  /** 1-based line where the passage starts. */
  line: number;
  sentences: CorpusSentence[];
}

export interface CorpusDocument {
  /** File name, e.g. 002_4866ad5c8f0cc62f.txt: what messages cite. */
  file: string;
  /** Absolute path, for links. */
  path: string;
  passages: CorpusPassage[];
  /** Each unit's content words, space-separated (see corpus/index.ts unitsOf), as worked out where the file was read. */
  tokens?: string[];
  /** The same as word ids of this process's vocabulary, every unit's one after another (see encodeDocument). */
  words?: Uint32Array;
  /** Where each unit's words end in `words`. */
  unitEnds?: Uint32Array;
}

export const CORPUS_EXTENSIONS = ['.txt', '.md', '.markdown'];

/** Passages of one corpus file's text. */
export function readCorpusText(file: string, filePath: string, text: string): CorpusDocument {
  const lines = new LineIndex(text);
  const isMarkdown = /\.(md|markdown)$/i.test(file);
  // Where each sentence of a Markdown passage lies in the passage's plain text, from the offset map.
  const sentencesOf = (p: Passage): CorpusSentence[] => {
    let i = 0;
    return p.sentences.map((s) => {
      while (i < p.text.length && p.offsets[i]! < s.start) i++;
      let start = i;
      if (p.text.slice(start, start + s.text.length) !== s.text) start = Math.max(0, p.text.indexOf(s.text, i));
      i = start + s.text.length;
      return { start, end: i, line: lines.lineOf(s.start) + 1 };
    });
  };
  const passages: CorpusPassage[] = [];
  if (isMarkdown) {
    for (const p of extractPassages(text)) {
      passages.push({
        text: p.text,
        line: lines.lineOf(p.start) + 1,
        sentences: sentencesOf(p),
      });
    }
  } else {
    for (const p of splitPlainText(text)) {
      const sentences = splitSentences(p.text).map((s) => ({ start: s.start, end: s.end, line: lines.lineOf(p.start) + 1 }));
      passages.push({ text: p.text, line: lines.lineOf(p.start) + 1, sentences });
    }
  }
  return { file, path: filePath, passages };
}

export interface CorpusLoad {
  documents: CorpusDocument[];
  /** One message per folder or file that could not be read. */
  errors: string[];
}

export const MAX_CORPUS_FILE_BYTES = 20 * 1024 * 1024;

/** The corpus files in a folder and its sub-folders, or why the folder cannot be read. */
export function listCorpusFiles(folder: string): { files: string[]; error?: string } {
  try {
    const stat = fs.statSync(folder);
    if (!stat.isDirectory()) return { files: [], error: `Corpus path is not a folder: ${folder}` };
    return { files: listFiles(folder) };
  } catch (e) {
    return { files: [], error: `Corpus folder cannot be read: ${folder} (${(e as NodeJS.ErrnoException).code ?? (e as Error).message})` };
  }
}

/** One corpus file read into passages, or why it was skipped. */
export function readCorpusFile(filePath: string, maxFileBytes = MAX_CORPUS_FILE_BYTES): { document: CorpusDocument } | { error: string } {
  try {
    const stat = fs.statSync(filePath);
    if (!stat.isFile()) return { error: `Corpus file skipped, not a regular file: ${filePath}` };
    if (stat.size > maxFileBytes) return { error: `Corpus file skipped, larger than ${Math.round(maxFileBytes / 1048576)} MB: ${filePath}` };
    const text = fs.readFileSync(filePath, 'utf8');
    if (text.includes('\u0000')) return { error: `Corpus file skipped, not text: ${filePath}` };
    return { document: readCorpusText(path.basename(filePath), filePath, text) };
  } catch (e) {
    return { error: `Corpus file cannot be read: ${filePath} (${(e as NodeJS.ErrnoException).code ?? (e as Error).message})` };
  }
}

/** A store of read documents (the on-disk index), consulted before a file is read. */
export interface DocumentStore {
  get(folder: string, file: string): CorpusDocument | undefined;
  put(folder: string, file: string, document: CorpusDocument): void;
  retain(folder: string, files: string[]): void;
  save(): string[];
}

/**
 * Reads every .txt/.md file in (and below) each folder, each file once; with a store, unchanged
 * files come from it and what was read goes into it (normalised, ready to index).
 */
export function loadCorpus(folders: string[], maxFileBytes = MAX_CORPUS_FILE_BYTES, store?: DocumentStore, prepare?: (doc: CorpusDocument) => CorpusDocument): CorpusLoad {
  const documents: CorpusDocument[] = [];
  const errors: string[] = [];
  const seen = new Set<string>();
  for (const folder of folders) {
    const listing = listCorpusFiles(folder);
    if (listing.error) errors.push(listing.error);
    for (const filePath of listing.files) {
      const real = safeRealpath(filePath);
      if (seen.has(real)) continue;
      seen.add(real);
      const stored = store?.get(folder, filePath);
      if (stored) {
        documents.push(stored);
        continue;
      }
      const read = readCorpusFile(filePath, maxFileBytes);
      if ('error' in read) errors.push(read.error);
      else {
        const document = prepare ? prepare(read.document) : read.document;
        documents.push(document);
        store?.put(folder, filePath, document);
      }
    }
    store?.retain(folder, listing.files);
  }
  errors.push(...(store?.save() ?? []));
  return { documents, errors };
}

export function safeRealpath(p: string): string {
  try {
    return fs.realpathSync(p);
  } catch {
    return p;
  }
}

function listFiles(folder: string, depth = 0): string[] {
  const out: string[] = [];
  if (depth > 8) return out;
  for (const entry of fs.readdirSync(folder, { withFileTypes: true }).sort((a, b) => a.name.localeCompare(b.name))) {
    if (entry.name.startsWith('.')) continue;
    const full = path.join(folder, entry.name);
    // Symlinks are not followed: nothing outside the configured folder is read.
    if (entry.isDirectory()) {
      try {
        out.push(...listFiles(full, depth + 1));
      } catch {
        // An unreadable sub-folder does not stop the rest of the folder being read.
      }
    }
    else if (entry.isFile() && CORPUS_EXTENSIONS.includes(path.extname(entry.name).toLowerCase())) out.push(full);
  }
  return out;
}
