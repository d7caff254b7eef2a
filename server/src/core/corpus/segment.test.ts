import { describe, expect, it } from 'vitest';
import fc from 'fast-check';
import { bytesInPieces } from './segment';

describe('bytesInPieces', () => {
  it('reads any stretch as the joined bytes would give it, within a piece or across pieces', () => {
    fc.assert(
      fc.property(fc.array(fc.uint8Array({ maxLength: 12 }), { minLength: 1, maxLength: 8 }), fc.nat(), fc.nat(), (pieces, a, b) => {
        const joined = Uint8Array.from(pieces.flatMap((p) => [...p]));
        const text = bytesInPieces(pieces);
        expect(text.length).toBe(joined.length);
        const from = joined.length ? a % (joined.length + 1) : 0;
        const to = from + (joined.length - from ? b % (joined.length - from + 1) : 0);
        expect([...text.read(from, to)]).toEqual([...joined.subarray(from, to)]);
        expect([...text.pieces!()].flatMap((p) => [...p])).toEqual([...joined]);
      }),
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
