// Claims kept on disk: a restart files the claims read before instead of reading them again, a
// changed sentence is read afresh, and a file from another build or a damaged one is not trusted.
import fs from 'node:fs';
import os from 'node:os';
import path from 'node:path';
import { afterEach, beforeEach, describe, expect, it } from 'vitest';
import { Corpus } from '../corpus/index';
import { readCorpusText } from '../corpus/corpus';
import { ClaimIndex, readHere, type ReadBatch } from './index';
import { SavedClaims, keyOf } from './saved';

const noPause = async () => {};
const SENTENCES = [
  'Across the UK there are 6.5 million unpaid carers.',
  'Labour will restore the collection of race equality and ethnicity data.',
  'Bring in 5,000 new care workers to support those with the greatest needs.',
];
const corpusOf = (lines: string[]) => new Corpus([readCorpusText('agreed.txt', '/agreed.txt', lines.join('\n\n'))]);

/** A reader that counts the sentences it is asked to read. */
function counting(): { read: ReadBatch; sentences: string[] } {
  const sentences: string[] = [];
  return { sentences, read: async (batch) => (sentences.push(...batch.map(([, text]) => text)), readHere(batch)) };
}

let folder: string;
beforeEach(() => (folder = fs.mkdtempSync(path.join(os.tmpdir(), 'policy-lint-claims-'))));
afterEach(() => fs.rmSync(folder, { recursive: true, force: true }));

describe('SavedClaims', () => {
  it('a second build reads nothing that the first saved, and finds the same conflicts', async () => {
    const file = path.join(folder, 'claims.jsonl');
    const first = counting();
    const saved = await SavedClaims.load(file, 'build-1', noPause);
    const before = await ClaimIndex.buildInBatches(corpusOf(SENTENCES).index, noPause, first.read, saved);
    expect(first.sentences).toEqual(SENTENCES);
    await saved.save(file, noPause);

    const second = counting();
    const again = await SavedClaims.load(file, 'build-1', noPause);
    expect(again.size).toBe(3);
    const after = await ClaimIndex.buildInBatches(corpusOf(SENTENCES).index, noPause, second.read, again);
    expect(second.sentences).toEqual([]);
    expect(again.added).toBe(0);
    const lines = (c: ClaimIndex<unknown>, s: string) => c.conflicts(s).map((x) => [x.kind, x.theirs.length]);
    for (const s of ['The UK has 6.3 million unpaid carers.', 'We will end the collection of ethnicity data.'])
      expect(lines(after, s)).toEqual(lines(before, s));
    expect(lines(after, 'The UK has 6.3 million unpaid carers.')).toEqual([['figure', 1]]);
  });

  it('only a changed sentence is read again, and a sentence gone from the corpus is dropped', async () => {
    const file = path.join(folder, 'claims.jsonl');
    const saved = await SavedClaims.load(file, 'build-1', noPause);
    await ClaimIndex.buildInBatches(corpusOf(SENTENCES).index, noPause, readHere, saved);
    await saved.save(file, noPause);

    const changed = [SENTENCES[0]!, 'Bring in 6,000 new care workers to support those with the greatest needs.'];
    const reader = counting();
    const again = await SavedClaims.load(file, 'build-1', noPause);
    await ClaimIndex.buildInBatches(corpusOf(changed).index, noPause, reader.read, again);
    expect(reader.sentences).toEqual([changed[1]]);
    expect(again.size).toBe(2);
    expect(again.get(keyOf(SENTENCES[1]!))).toBeUndefined();
  });

  it("another build's file, or a damaged one, is read as none", async () => {
    const file = path.join(folder, 'claims.jsonl');
    const saved = await SavedClaims.load(file, 'build-1', noPause);
    await ClaimIndex.buildInBatches(corpusOf(SENTENCES).index, noPause, readHere, saved);
    await saved.save(file, noPause);
    expect((await SavedClaims.load(file, 'build-2', noPause)).size).toBe(0);

    fs.writeFileSync(file, fs.readFileSync(file, 'utf8').slice(0, -20));
    expect((await SavedClaims.load(file, 'build-1', noPause)).size).toBe(0);
  });

  it('a line of another shape makes the whole file count as none, so the checks never meet it', async () => {
    const file = path.join(folder, 'claims.jsonl');
    const saved = await SavedClaims.load(file, 'build-1', noPause);
    await ClaimIndex.buildInBatches(corpusOf(SENTENCES).index, noPause, readHere, saved);
    await saved.save(file, noPause);
    const good = fs.readFileSync(file, 'utf8');
    for (const bad of [
      '["k", {"quantities": 1, "actions": []}]',
      '["k", {"quantities": [{"figure": {"kind": "count", "text": "6"}, "thing": [], ' +
        '"nearness": [], "modifiers": []}], "actions": []}]',
      '"just a string"',
    ]) {
      fs.writeFileSync(file, `${good}${bad}\n`);
      expect((await SavedClaims.load(file, 'build-1', noPause)).size, bad).toBe(0);
    }
  });

  it('two saves of one file at once both leave a whole file', async () => {
    const file = path.join(folder, 'claims.jsonl');
    const saved = await SavedClaims.load(file, 'build-1', noPause);
    await ClaimIndex.buildInBatches(corpusOf(SENTENCES).index, noPause, readHere, saved);
    await Promise.all([saved.save(file, noPause), saved.save(file, noPause)]);
    expect((await SavedClaims.load(file, 'build-1', noPause)).size).toBe(3);
    expect(fs.readdirSync(folder).filter((f) => f.endsWith('.tmp'))).toEqual([]);
  });

  it('a save that fails leaves no temporary file behind', async () => {
    const saved = new SavedClaims('build-1');
    saved.set(keyOf('x'), { quantities: [], actions: [], trends: [] });
    const file = path.join(folder, 'missing-folder', 'claims.jsonl');
    await expect(saved.save(file, noPause)).rejects.toThrow();
    const inside = path.join(folder, 'in-place');
    fs.mkdirSync(inside);
    // A rename onto a folder fails after the temporary file is written.
    await expect(saved.save(inside, noPause)).rejects.toThrow();
    expect(fs.readdirSync(folder).filter((f) => f.endsWith('.tmp'))).toEqual([]);
  });
});
