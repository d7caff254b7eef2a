// The corpus, indexed: every passage and, for passages of several sentences, every sentence, so a
// draft sentence can match a sentence cut from a longer corpus passage. Each corpus folder is one
// segment (segment.ts); the index looks units up across all of them.
import { PassageIndex, type IndexPart, type Unit } from '../match/index';
import type { CorpusCitation } from '../types';
import { ClaimIndex, type ReadBatch } from '../claims/index';
import type { SavedClaims } from '../claims/saved';
import { wordHash } from '../match/pair-postings';
import { contentTokens, startsWithFrame } from '../text/normalise';
import { readCorpusFile } from './corpus';
import { hasSentenceUnits, sentenceText, type CorpusDocument, type CorpusPassage } from './document';
import { Segment, SegmentBuilder, columnsOf, type DocumentColumns } from './segment';

export { hasSentenceUnits };

/** A citation of a corpus unit: its file, line and text. */
export function citationOf(unit: Unit<CorpusRef>): CorpusCitation {
  const ref = unit.ref;
  return { kind: 'corpus', file: ref.doc.file, path: ref.doc.path, line: ref.line, quote: unit.text };
}

export interface CorpusRef {
  doc: CorpusDocument;
  /** 1-based line in the corpus file. */
  line: number;
  kind: 'passage' | 'sentence';
}

/**
 * The document with its units' content words as hashes (see match/pair-postings): the costly part
 * of indexing, done where the file is read (a worker, the CLI's loader). Hashes are the same in
 * every thread and process, so they cross to the thread that keeps the corpus as one typed array.
 */
export function encodeDocument(doc: CorpusDocument): CorpusDocument {
  if (doc.words) return doc;
  const words: number[] = [];
  const unitEnds: number[] = [];
  const push = (tokens: string[]) => {
    for (const token of tokens) words.push(wordHash(token));
    unitEnds.push(words.length);
  };
  for (const p of doc.passages) {
    if (!hasSentenceUnits(p)) {
      push(contentTokens(p.text));
      continue;
    }
    // A passage's words are its sentences' words one after another (only whitespace lies between
    // them), so each sentence is normalised once, not twice; unless a later sentence starts with
    // a frame (an amendment label, "As the report says,", "Labour is committed to"), which
    // normalising reads at the start of a text only.
    const sentences = p.sentences.map((s) => sentenceText(p, s));
    const tokens = sentences.map(contentTokens);
    push(sentences.slice(1).some(startsWithFrame) ? contentTokens(p.text) : tokens.flat());
    tokens.forEach(push);
  }
  return { ...doc, words: Uint32Array.from(words), unitEnds: Uint32Array.from(unitEnds) };
}

/** A corpus document ready for a segment: its passages and its units' words. */
export function readColumns(document: CorpusDocument): DocumentColumns {
  return columnsOf(document.source ?? { path: document.path, size: 0, mtimeMs: 0, hash: '' }, encodeDocument(document));
}

/**
 * A corpus file read and made ready for a segment, or why it could not be read (or was read only in part: `warning`).
 */
export function readCorpusColumns(file: string): { document?: DocumentColumns; error?: string; warning?: string } {
  const read = readCorpusFile(file);
  return 'error' in read
    ? { error: read.error }
    : { document: readColumns(read.document), ...(read.warning ? { warning: read.warning } : {}) };
}

/**
 * A corpus document whose passages are decoded from its segment each time they are asked for (rarely: a command, a
 * test), not kept.
 */
class SegmentDocument implements CorpusDocument {
  readonly file: string;

  constructor(
    private readonly segment: Segment,
    private readonly d: number,
  ) {
    this.file = segment.files[d]!.path.split(/[\\/]/).pop()!;
  }

  get path(): string {
    return this.segment.files[this.d]!.path;
  }

  get passages(): CorpusPassage[] {
    return this.segment.passagesOf(this.d);
  }

  get passageCount(): number {
    return this.segment.tables.docPassages[this.d + 1]! - this.segment.tables.docPassages[this.d]!;
  }
}

/** One folder's segment in a corpus, with the documents that do not count (listed earlier under another folder). */
export interface CorpusPart {
  segment: Segment;
  /** Documents left out, by index in the segment. */
  skip?: ReadonlySet<number>;
}

/** A segment of documents given as objects (tests, documents read without a store). */
export function segmentOf(documents: CorpusDocument[]): Segment {
  const builder = new SegmentBuilder();
  for (const doc of documents) builder.add(readColumns(doc));
  return builder.finish();
}

/** Corpora of at most this many units have their claims read at once, not in steps. */
const CLAIMS_READ_AT_ONCE = 5_000;

export class Corpus {
  readonly index: PassageIndex<CorpusRef>;
  readonly documents: CorpusDocument[] = [];
  readonly passageCount: number;

  /** A corpus of these documents, or of these folders' segments. */
  constructor(
    source: CorpusDocument[] | CorpusPart[],
    readonly errors: string[] = [],
  ) {
    const parts: CorpusPart[] =
      source.length && 'segment' in source[0]!
        ? (source as CorpusPart[])
        : [{ segment: segmentOf(source as CorpusDocument[]) }];
    let passages = 0;
    const indexParts: Array<IndexPart<CorpusRef>> = parts.map(({ segment, skip }) => {
      const docs: SegmentDocument[] = [];
      for (let d = 0; d < segment.documentCount; d++) {
        docs.push(new SegmentDocument(segment, d));
        if (skip?.has(d)) continue;
        this.documents.push(docs[d]!);
        passages += docs[d]!.passageCount;
      }
      const docOf = segment.unitDocuments();
      let dead: Uint8Array | undefined;
      if (skip?.size) {
        dead = new Uint8Array(segment.unitCount);
        for (let u = 0; u < dead.length; u++) if (skip.has(docOf[u]!)) dead[u] = 1;
      }
      return {
        count: segment.unitCount,
        postings: segment.tables.postings,
        df: segment.tables.df,
        dead,
        text: (u) => segment.unitText(u),
        ref: (u) => ({
          doc: docs[docOf[u]!]!,
          line: segment.unitLine(u),
          kind: segment.unitSentence[u]! < 0 ? 'passage' : 'sentence',
        }),
        // A passage of several sentences is followed by its sentences' units; one of one sentence is not.
        isSentence: (u) =>
          segment.unitSentence[u]! >= 0 || u + 1 >= segment.unitCount || segment.unitSentence[u + 1]! < 0,
      };
    });
    this.passageCount = passages;
    this.index = new PassageIndex<CorpusRef>(indexParts);
  }

  private claimIndex: ClaimIndex<CorpusRef> | undefined;
  private claimsInSteps: Promise<ClaimIndex<CorpusRef>> | undefined;

  /**
   * The corpus's quantity and action claims by what they are about. Read at once on first use,
   * unless they are being read in steps (a server: see readClaimsInSteps): then undefined until
   * they are read, and a check does without them.
   */
  get claims(): ClaimIndex<CorpusRef> | undefined {
    if (!this.claimIndex && !this.claimsInSteps) this.claimIndex = ClaimIndex.build(this.index);
    return this.claimIndex;
  }

  /**
   * Reads the claims in batches (`read`: where their claims are worked out, by default here;
   * `saved`: those read before, see claims/saved.ts), `pause()` between them; resolves once
   * `claims` has them. A small
   * corpus (the seeds, a team's folder of a few hundred passages) is read at once: a tenth of a
   * second, and its first check already has them.
   */
  readClaimsInSteps(
    pause: () => Promise<void>,
    read?: ReadBatch,
    saved?: Promise<SavedClaims | undefined>,
  ): Promise<ClaimIndex<CorpusRef>> {
    if (!this.claimIndex && this.readsClaimsAtOnce) this.claimIndex = ClaimIndex.build(this.index);
    if (this.claimIndex) return Promise.resolve(this.claimIndex);
    // Set at once, before the saved claims are loaded: a check meanwhile does without claims rather than reading them
    // all here.
    return (this.claimsInSteps ??= (async () =>
      (this.claimIndex = await ClaimIndex.buildInBatches(this.index, pause, read, await saved)))());
  }

  /** Whether the claims are read at once (a small corpus), so that keeping them on disk would save nothing. */
  get readsClaimsAtOnce(): boolean {
    return this.index.size <= CLAIMS_READ_AT_ONCE;
  }
}

/**
 * The parts of a corpus of these folders' segments, in order: a file listed under an earlier
 * folder too is left out of the later one (as are the documents a part already leaves out).
 */
export function partsOf(parts: Array<Segment | CorpusPart>): CorpusPart[] {
  const seen = new Set<string>();
  return parts.map((part) => {
    const { segment, skip: given } = part instanceof Segment ? { segment: part, skip: undefined } : part;
    const skip = new Set(given);
    segment.files.forEach((f, d) => {
      if (given?.has(d)) return;
      if (seen.has(f.path)) skip.add(d);
      seen.add(f.path);
    });
    return { segment, skip };
  });
}
