// What a corpus document is once read: its passages and sentences, and the file it came from.
// Its own module because both the reader (corpus.ts) and the segment that holds documents as
// columns (segment.ts) need it, and neither should import the other.

/** A document's file and what it was when read: the store keeps it while these still match. */
export interface SourceFile {
  path: string;
  size: number;
  mtimeMs: number;
  /** SHA-1 of the file's bytes: decides when only the modification time changed. */
  hash: string;
  /** The line where reading stopped, when the file has more passages than are read (see truncatedWarning). */
  truncatedAt?: number;
}

/** A sentence of a passage, by its place in the passage's text (the text is not held twice). */
export interface CorpusSentence {
  start: number;
  end: number;
  line: number;
}

export function sentenceText(passage: CorpusPassage, sentence: CorpusSentence): string {
  return passage.text.slice(sentence.start, sentence.end);
}

/**
 * Whether a passage of this many sentences has its sentences as units of their own: a passage of
 * one sentence is its sentence.
 */
export const sentencesAreUnits = (count: number) => count > 1;
export const hasSentenceUnits = (passage: { sentences: unknown[] }) => sentencesAreUnits(passage.sentences.length);

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
  /** How many passages, when that is known without reading them (a document of a segment). */
  readonly passageCount?: number;
  /** The file as it was read: what the on-disk store checks it against. */
  source?: SourceFile;
  /** Each unit's content words as hashes, every unit's one after another (see corpus/index.ts encodeDocument). */
  words?: Uint32Array;
  /** Where each unit's words end in `words`. */
  unitEnds?: Uint32Array;
}
