import { describe, expect, it } from 'vitest';
import fs from 'node:fs';
import path from 'node:path';
import { analyse } from './analyse';
import { AnalysisCache } from './cache';
import { rereadCounts } from './markdown/incremental';
import { Corpus } from './corpus/index';
import { readCorpusText } from './corpus/corpus';

const seeds = path.join(__dirname, '../../../seeds');
const corpus = new Corpus(fs.readdirSync(seeds).map((f) => readCorpusText(f, path.join(seeds, f), fs.readFileSync(path.join(seeds, f), 'utf8'))));

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
    expect(cache.misses.get('pledge')).toBe(1);
    // Within the draft, only the edited paragraph's new text was compared (with itself: no other paragraph
    // shares a word pair with it), and only its block was parsed again.
    expect(cache.misses.get('draft-pairs')).toBe(1);
    expect(rereadCounts.local - localBefore).toBe(1);
    // And the findings are those of a fresh analysis.
    const fresh = analyse(after, corpus);
    expect(second.findings.map((f) => [f.rule, f.start, f.end, f.message])).toEqual(fresh.findings.map((f) => [f.rule, f.start, f.end, f.message]));
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
