// The corpus, indexed once: every passage and, for passages of several sentences, every
// sentence, so a draft sentence can match a sentence cut from a longer corpus passage.
import { PassageIndex } from '../match/index';
import { normalise } from '../text/normalise';
import { vocabulary } from '../text/vocabulary';
import { sentenceText, type CorpusDocument, type CorpusLoad } from './corpus';

export interface CorpusRef {
  doc: CorpusDocument;
  /** 1-based line in the corpus file. */
  line: number;
  kind: 'passage' | 'sentence';
  /** The whole passage the unit belongs to (for quotes). */
  passage: string;
}

/** Whether a passage's sentences are units of their own: a passage of one sentence is its sentence. */
export const hasSentenceUnits = (passage: { sentences: unknown[] }) => passage.sentences.length > 1;

/** The units a document contributes to the index, in index order. */
export function unitsOf(doc: CorpusDocument): Array<Omit<CorpusRef, 'doc'> & { text: string }> {
  const out: Array<Omit<CorpusRef, 'doc'> & { text: string }> = [];
  for (const p of doc.passages) {
    out.push({ text: p.text, line: p.line, kind: 'passage', passage: p.text });
    if (hasSentenceUnits(p)) for (const s of p.sentences) out.push({ text: sentenceText(p, s), line: s.line, kind: 'sentence', passage: p.text });
  }
  return out;
}

/**
 * Works out each unit's content words where the file is read (a worker, the CLI's loader): the
 * costly part of indexing. As one space-separated string per unit, which crosses to another thread
 * cheaply; encodeDocument() turns them into word ids on the thread that keeps the corpus.
 */
export function normaliseDocument(doc: CorpusDocument): CorpusDocument {
  return { ...doc, tokens: unitsOf(doc).map((u) => normalise(u.text).tokens.join(' ')) };
}

/** The document with its units' words as ids of this process's vocabulary (normalised first if need be). */
export function encodeDocument(doc: CorpusDocument): CorpusDocument {
  if (doc.words) return doc;
  const tokens = doc.tokens ?? normaliseDocument(doc).tokens!;
  const unitEnds = new Uint32Array(tokens.length);
  const ids: number[] = [];
  tokens.forEach((unit, i) => {
    if (unit) for (const word of unit.split(' ')) ids.push(vocabulary.idOf(word));
    unitEnds[i] = ids.length;
  });
  const { tokens: _dropped, ...rest } = doc;
  return { ...rest, words: Uint32Array.from(ids), unitEnds };
}

export class Corpus {
  readonly index: PassageIndex<CorpusRef>;

  constructor(
    readonly documents: CorpusDocument[],
    readonly errors: string[] = [],
  ) {
    // Unit i is passage passageOf[i] of document docOf[i], or its sentence sentenceOf[i] (-1: the whole passage).
    let count = 0;
    for (const doc of documents) for (const p of doc.passages) count += hasSentenceUnits(p) ? 1 + p.sentences.length : 1;
    const docOf = new Uint32Array(count);
    const passageOf = new Uint32Array(count);
    const sentenceOf = new Int32Array(count);
    const tokenOf = new Uint32Array(count);
    let i = 0;
    documents.forEach((doc, d) => {
      let t = 0;
      doc.passages.forEach((p, k) => {
        docOf[i] = d;
        passageOf[i] = k;
        sentenceOf[i] = -1;
        tokenOf[i++] = t++;
        if (hasSentenceUnits(p)) {
          for (let s = 0; s < p.sentences.length; s++) {
            docOf[i] = d;
            passageOf[i] = k;
            sentenceOf[i] = s;
            tokenOf[i++] = t++;
          }
        }
      });
    });
    const passage = (u: number) => documents[docOf[u]!]!.passages[passageOf[u]!]!;
    const text = (u: number) => {
      const p = passage(u);
      return sentenceOf[u]! < 0 ? p.text : sentenceText(p, p.sentences[sentenceOf[u]!]!);
    };
    const encoded = documents.map((d) => (d.words ? d : encodeDocument(d)));
    this.index = new PassageIndex<CorpusRef>({
      count,
      wordIds: (u) => {
        const doc = encoded[docOf[u]!]!;
        const k = tokenOf[u]!;
        return doc.words!.subarray(k > 0 ? doc.unitEnds![k - 1]! : 0, doc.unitEnds![k]!);
      },
      text,
      ref: (u) => {
        const p = passage(u);
        const s = sentenceOf[u]!;
        return { doc: documents[docOf[u]!]!, line: s < 0 ? p.line : p.sentences[s]!.line, kind: s < 0 ? 'passage' : 'sentence', passage: p.text };
      },
    });
  }

  static from(load: CorpusLoad): Corpus {
    return new Corpus(load.documents, load.errors);
  }

  get passageCount(): number {
    return this.documents.reduce((n, d) => n + d.passages.length, 0);
  }
}
