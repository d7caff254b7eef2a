import { describe, expect, it } from 'vitest';
import fs from 'node:fs';
import path from 'node:path';
import { analyse } from './analyse';
import v8 from 'node:v8';
import vm from 'node:vm';
import { AnalysisCache, ownCopy, remembered } from './cache';
import { rereadCounts } from './markdown/incremental';
import { Corpus } from './corpus/index';
import { readCorpusText } from './corpus/corpus';

const seeds = path.join(__dirname, '../../../seeds');
const corpus = new Corpus(
  fs
    .readdirSync(seeds)
    .map((f) => readCorpusText(f, path.join(seeds, f), fs.readFileSync(path.join(seeds, f), 'utf8'))),
);

const paragraphs = [
  'We will increase funding for adult social care.',
  'The NHS and public services should be included in any TTIP agreement.',
  'Labour will work towards giving people the right to receive end of life care at a place of their choosing.',
  'Councils face rising demand. Hospitals will involve family carers in planning discharge.',
];

describe('incremental analysis', () => {
  it('an edit to one paragraph looks up only that paragraph again (counted)', () => {
    const cache = new AnalysisCache();
    const before = `# Draft\n\n${paragraphs.join('\n\n')}\n`;
    const first = analyse(before, corpus, { cache });
    // Every unit was looked up once: 4 passages, and the 2 sentences of the last one.
    expect(cache.misses.get('corpus-candidates')).toBe(6);
    cache.resetCounts();
    const localBefore = rereadCounts.local;
    const after = before.replace('adult social care.', 'adult social care in rural areas.');
    const second = analyse(after, corpus, { cache, previous: first.draft });
    expect(cache.misses.get('corpus-candidates')).toBe(1);
    expect(cache.misses.get('contradictions')).toBe(1);
    expect(cache.misses.get('pledge:labour')).toBe(1);
    // Whose voice the draft speaks in is counted again from the edited sentence only.
    expect(cache.misses.get('party')).toBe(1);
    // Within the draft, only the edited paragraph's new text was compared (with itself: no other paragraph
    // shares a word pair with it), and only its block was parsed again.
    expect(cache.misses.get('draft-pairs')).toBe(1);
    expect(rereadCounts.local - localBefore).toBe(1);
    // And the findings are those of a fresh analysis.
    const fresh = analyse(after, corpus);
    expect(second.findings.map((f) => [f.rule, f.start, f.end, f.message])).toEqual(
      fresh.findings.map((f) => [f.rule, f.start, f.end, f.message]),
    );
    expect(first.findings.length).toBeGreaterThan(0);
  });

  it('an unchanged draft costs no look-ups at all', () => {
    const cache = new AnalysisCache();
    const text = paragraphs.join('\n\n');
    const first = analyse(text, corpus, { cache });
    cache.resetCounts();
    analyse(text, corpus, { cache, previous: first.draft });
    expect([...cache.misses.values()].reduce((a, b) => a + b, 0)).toBe(0);
  });
});

describe('AnalysisCache', () => {
  it('keeps what the last analysis used, forgets what a whole analysis did not use', () => {
    const cache = new AnalysisCache();
    let runs = 0;
    const get = (key: string) => cache.memo('space', key, () => ++runs);
    cache.nextGeneration();
    get('a');
    get('b');
    cache.nextGeneration();
    get('a');
    expect(runs).toBe(2);
    cache.nextGeneration();
    // 'a' was used by the last analysis; 'b' by none since the one before.
    get('a');
    get('b');
    expect(runs).toBe(3);
  });
});

// Issue 17, row 15: a table kept for the process must not keep the documents its keys were cut from.
describe('remembered', () => {
  it('keeps its own copy of each key, not a slice that holds the whole text it came from', async () => {
    const gc = (() => {
      v8.setFlagsFromString('--expose-gc');
      return vm.runInNewContext('gc') as () => void;
    })();
    const lengthOf = remembered((key) => key.length, 1000);
    gc();
    const before = process.memoryUsage().heapUsed;
    for (let i = 0; i < 100; i++) {
      // A 2 MB document, and a passage of it (V8 keeps a slice of 13 or more characters as a view of the whole).
      const document = `Document ${i}: `.padEnd(2_000_000, 'x');
      expect(lengthOf(document.slice(0, 40))).toBe(40);
    }
    await new Promise((r) => setTimeout(r, 0));
    gc();
    // 100 documents of 2 MB each: kept, they would be 200 MB; the keys themselves are 4 KB.
    expect(process.memoryUsage().heapUsed - before).toBeLessThan(40 * 1024 * 1024);
    expect(lengthOf('Document 7: '.padEnd(40, 'x'))).toBe(40);
  });

  it('a copy has the same code units, lone surrogates and all', () => {
    for (const text of ['short', 'a longer text with “quotes” and 🙂 and \ud800 alone', '\u0000\u001f\\"'.repeat(10)])
      expect(ownCopy(text)).toBe(text);
  });
});
