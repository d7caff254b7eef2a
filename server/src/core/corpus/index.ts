// The corpus, indexed once: every passage and, for passages of several sentences, every
// sentence, so a draft sentence can match a sentence cut from a longer corpus passage.
import { PassageIndex } from '../match/index';
import { normalise, type Normalised } from '../text/normalise';
import type { CorpusDocument, CorpusLoad } from './corpus';

export interface CorpusRef {
  doc: CorpusDocument;
  /** 1-based line in the corpus file. */
  line: number;
  kind: 'passage' | 'sentence';
  /** The whole passage the unit belongs to (for quotes). */
  passage: string;
}

/** The units a document contributes to the index, in index order. */
export function unitsOf(doc: CorpusDocument): Array<Omit<CorpusRef, 'doc'> & { text: string }> {
  const out: Array<Omit<CorpusRef, 'doc'> & { text: string }> = [];
  for (const p of doc.passages) {
    out.push({ text: p.text, line: p.line, kind: 'passage', passage: p.text });
    if (p.sentences.length > 1) for (const s of p.sentences) out.push({ text: s.text, line: s.line, kind: 'sentence', passage: p.text });
  }
  return out;
}

/** Normalises a document's units: the costly part of indexing, done where the file is read. */
export function normaliseDocument(doc: CorpusDocument): CorpusDocument {
  return { ...doc, norms: unitsOf(doc).map((u) => normalise(u.text)) };
}

export class Corpus {
  readonly index = new PassageIndex<CorpusRef>();

  constructor(
    readonly documents: CorpusDocument[],
    readonly errors: string[] = [],
  ) {
    for (const doc of documents) {
      const norms: Array<Normalised | undefined> = doc.norms ?? [];
      unitsOf(doc).forEach((u, i) => this.index.add(u.text, { doc, line: u.line, kind: u.kind, passage: u.passage }, norms[i] ?? normalise(u.text)));
    }
  }

  static from(load: CorpusLoad): Corpus {
    return new Corpus(load.documents, load.errors);
  }

  get passageCount(): number {
    return this.documents.reduce((n, d) => n + d.passages.length, 0);
  }
}
