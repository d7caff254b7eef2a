import fs from 'node:fs';
import os from 'node:os';
import path from 'node:path';
import { describe, expect, it, onTestFinished } from 'vitest';
import fc from 'fast-check';
import { SEGMENT_COLUMNS } from './columns';
import { readCorpusText } from './corpus';
import { segmentOf } from './index';
import { SegmentBuilder, bytesInPieces } from './segment';
import { readSegment, writeSegment } from './segment-file';

describe('bytesInPieces', () => {
  it('reads any stretch as the joined bytes would give it, within a piece or across pieces', () => {
    fc.assert(
      fc.property(
        fc.array(fc.uint8Array({ maxLength: 12 }), { minLength: 1, maxLength: 8 }),
        fc.nat(),
        fc.nat(),
        (pieces, a, b) => {
          const joined = Uint8Array.from(pieces.flatMap((p) => [...p]));
          const text = bytesInPieces(pieces);
          expect(text.length).toBe(joined.length);
          const from = joined.length ? a % (joined.length + 1) : 0;
          const to = from + (joined.length - from ? b % (joined.length - from + 1) : 0);
          expect([...text.read(from, to)]).toEqual([...joined.subarray(from, to)]);
          expect([...text.pieces!()].flatMap((p) => [...p])).toEqual([...joined]);
        },
      ),
      { numRuns: 500 },
    );
  });

  it('reads a stretch inside one piece without copying it', () => {
    const piece = new Uint8Array([1, 2, 3, 4]);
    const read = bytesInPieces([new Uint8Array([9, 9]), piece]).read(3, 5);
    expect(read.buffer).toBe(piece.buffer);
    expect([...read]).toEqual([2, 3]);
  });
});

describe('the segment columns (columns.ts)', () => {
  const documents = [
    readCorpusText(
      'a.md',
      '/c/a.md',
      '# Care\n\nWe will recruit 5,000 nurses. Charges will be abolished.\n\n- Free care.\n',
    ),
    readCorpusText('b.txt', '/c/b.txt', ''),
    readCorpusText('c.txt', '/c/c.txt', 'We will invest £100 million.\n\nIt will be spent. On doctors. And nurses.\n'),
  ];

  it('come out of a segment a document at a time and go back into another the same', () => {
    const segment = segmentOf(documents);
    const copy = segment.documentColumns();
    const builder = new SegmentBuilder();
    for (let d = segment.documentCount - 1; d >= 0; d--) builder.add(copy(d));
    const reversed = builder.finish();
    const again = new SegmentBuilder();
    const back = reversed.documentColumns();
    for (let d = reversed.documentCount - 1; d >= 0; d--) again.add(back(d));
    const twice = again.finish();
    for (const { name } of SEGMENT_COLUMNS) expect([...twice.tables[name]], name).toEqual([...segment.tables[name]]);
    expect(twice.unitWords()).toEqual(segment.unitWords());
    expect(twice.passagesOf(2)).toEqual(segment.passagesOf(2));
    // Reversed, the documents' rows are rebased: the third document's passages come first.
    expect(reversed.passagesOf(0)).toEqual(segment.passagesOf(2));
    expect(reversed.tables.docPassages[1]).toBe(segment.tables.docPassages[3]! - segment.tables.docPassages[2]!);
  });

  it('are saved in the order of version 13 files, so that caches written before still load', () => {
    // The order is part of the format: change it together with SEGMENT_VERSION in segment-file.ts.
    const root = fs.mkdtempSync(path.join(os.tmpdir(), 'policy-lint-segment-'));
    onTestFinished(() => fs.rmSync(root, { recursive: true, force: true }));
    const file = path.join(root, 'segment');
    writeSegment(file, '/c', segmentOf(documents));
    const saved = fs.readFileSync(file);
    const header = JSON.parse(saved.subarray(8, 8 + saved.readUInt32LE(4)).toString('utf8'));
    expect(header.version).toBe(13);
    expect(Object.keys(header.tables)).toEqual([
      ...['docPassages', 'passageBytes', 'text', 'passageLine', 'passageSentences'],
      ...['sentenceStart', 'sentenceEnd', 'sentenceLine', 'offsets', 'postings', 'dfKeys', 'dfCounts', 'words', 'ends'],
    ]);
    expect(readSegment(file, '/c')!.passagesOf(0)).toEqual(segmentOf(documents).passagesOf(0));
  });
});
