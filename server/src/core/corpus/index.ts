// The corpus, indexed once: every passage and, for passages of several sentences, every
// sentence, so a draft sentence can match a sentence cut from a longer corpus passage.
import { PassageIndex } from '../match/index';
import type { CorpusDocument, CorpusLoad } from './corpus';

export interface CorpusRef {
  doc: CorpusDocument;
  /** 1-based line in the corpus file. */
  line: number;
  kind: 'passage' | 'sentence';
  /** The whole passage the unit belongs to (for quotes). */
  passage: string;
}

export class Corpus {
  readonly index = new PassageIndex<CorpusRef>();

  constructor(
    readonly documents: CorpusDocument[],
    readonly errors: string[] = [],
  ) {
    for (const doc of documents) {
      for (const p of doc.passages) {
        this.index.add(p.text, { doc, line: p.line, kind: 'passage', passage: p.text });
        if (p.sentences.length > 1) {
          for (const s of p.sentences) this.index.add(s.text, { doc, line: s.line, kind: 'sentence', passage: p.text });
        }
      }
    }
  }

  static from(load: CorpusLoad): Corpus {
    return new Corpus(load.documents, load.errors);
  }

  get passageCount(): number {
    return this.documents.reduce((n, d) => n + d.passages.length, 0);
  }
}
