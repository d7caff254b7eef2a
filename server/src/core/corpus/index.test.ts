import fs from 'node:fs';
import path from 'node:path';
import { describe, expect, it } from 'vitest';
import { readCorpusText } from './corpus';
import { sentenceText } from './document';
import { encodeDocument, hasSentenceUnits } from './index';
import { normalise } from '../text/normalise';
import { wordHash } from '../match/pair-postings';

const seeds = path.join(__dirname, '../../../../seeds');

/** Every unit's words worked out from its own text: what encodeDocument must give, however it gets there. */
function unitsOneByOne(doc: ReturnType<typeof readCorpusText>): number[][] {
  const out: number[][] = [];
  for (const p of doc.passages) {
    out.push(normalise(p.text).tokens.map(wordHash));
    if (hasSentenceUnits(p)) for (const s of p.sentences) out.push(normalise(sentenceText(p, s)).tokens.map(wordHash));
  }
  return out;
}

function unitsEncoded(doc: ReturnType<typeof readCorpusText>): number[][] {
  const { words, unitEnds } = encodeDocument(doc);
  return [...unitEnds!].map((end, i) => [...words!.subarray(i ? unitEnds![i - 1] : 0, end)]);
}

describe('encodeDocument', () => {
  it('gives each unit the words of its own text, for every seed document', () => {
    for (const f of fs.readdirSync(seeds)) {
      const doc = readCorpusText(f, path.join(seeds, f), fs.readFileSync(path.join(seeds, f), 'utf8'));
      expect(unitsEncoded(doc), f).toEqual(unitsOneByOne(doc));
    }
  });

  it('keeps the words of a passage whose later sentence starts with an amendment label', () => {
    const doc = readCorpusText(
      'a.txt',
      '/a.txt',
      'We will fund 500 more nurses by 2027. Amendment 4: Prescription charges will be abolished.\n',
    );
    expect(doc.passages[0]!.sentences).toHaveLength(2);
    expect(unitsEncoded(doc)).toEqual(unitsOneByOne(doc));
  });
});

describe('Corpus of several folders', () => {
  it('counts a file listed under two folders once, from the first', async () => {
    const { segmentOf, partsOf, Corpus } = await import('./index');
    const doc = readCorpusText('a.txt', '/corpus/sub/a.txt', 'We will fund 500 more nurses by 2027.\n');
    const other = readCorpusText('b.txt', '/corpus/b.txt', 'Prescription charges will be abolished.\n');
    // The folder /corpus and its sub-folder /corpus/sub both configured: a.txt is in both listings.
    const corpus = new Corpus(partsOf([segmentOf([doc, other]), segmentOf([doc])]));
    expect(corpus.documents.map((d) => d.path)).toEqual(['/corpus/sub/a.txt', '/corpus/b.txt']);
    expect(corpus.passageCount).toBe(2);
    const hits = corpus.index.lookup(normalise('We will fund 500 more nurses by 2027.'));
    expect(hits.map((h) => h.unit.ref.doc.path)).toEqual(['/corpus/sub/a.txt']);
  });
});
