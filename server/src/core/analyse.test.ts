// A draft that one time budget does not cover is checked in full in slices, each going on where
// the last stopped; a clock that ticks per passage stands in for a slow or busy machine.
import v8 from 'node:v8';
import vm from 'node:vm';
import { describe, expect, it } from 'vitest';
import { AnalysisCache } from './cache';
import { Corpus } from './corpus/index';
import { readCorpusText } from './corpus/corpus';
import { analyse, analyseInSlices } from './analyse';

const corpus = new Corpus([
  readCorpusText(
    'agreed.txt',
    '/agreed.txt',
    'Across the UK there are 6.5 million unpaid carers.\n\nWe will invest an extra ' +
      '£100 million a year in general practice.\n',
  ),
]);
const paragraphs = Array.from({ length: 40 }, (_, i) =>
  i % 10 === 9 ? 'We will increase funding for hospices.' : `Paragraph ${i} says something about branch meeting ${i}.`,
);
const draft = paragraphs.join('\n\n') + '\n';

/** A clock that moves on `step` ms each time it is read, whatever the machine is doing. */
const ticking = (step: number) => {
  let t = 0;
  return () => (t += step);
};
const noPause = async () => {};
const rulesAndLines = (a: { findings: Array<{ rule: string; start: number }> }) =>
  a.findings.map((f) => [f.rule, f.start]);

describe('analyseInSlices', () => {
  it('one budget stops part way; the slices check the whole draft and find what an unlimited check finds', async () => {
    const full = analyse(draft, corpus);
    expect(full.findings.map((f) => f.rule)).toEqual(Array(4).fill('commitment-without-figure'));
    const once = analyse(draft, corpus, { budgetMs: 100, now: ticking(1), cache: new AnalysisCache() });
    expect(once.skipped).toBeDefined();
    const sliced = await analyseInSlices(
      draft,
      corpus,
      { budgetMs: 100, now: ticking(1), cache: new AnalysisCache() },
      noPause,
    );
    expect(sliced!.skipped).toBeUndefined();
    expect(rulesAndLines(sliced!)).toEqual(rulesAndLines(full));
  });

  it('stops with the notice when a slice gets no further', async () => {
    const sliced = await analyseInSlices(
      draft,
      corpus,
      { budgetMs: 0, now: ticking(1), cache: new AnalysisCache() },
      noPause,
    );
    expect(sliced!.skipped?.reason).toMatch(/stopped checking at line 1\b/);
  });

  it('gives up, returning nothing, when the result is no longer wanted (the draft changed)', async () => {
    let asked = 0;
    const sliced = await analyseInSlices(
      draft,
      corpus,
      { budgetMs: 30, now: ticking(1), cache: new AnalysisCache() },
      noPause,
      () => (++asked, false),
    );
    expect(sliced).toBeUndefined();
    expect(asked).toBe(1);
  });
});

// Issue 17, row 15: a 40,000-edit session grew by half, peaking at the end: each analysis kept the
// one before it alive (and so every one before that), through the closure its draft's clock was.
describe('analyse keeps only the last draft', () => {
  const gc = (() => {
    v8.setFlagsFromString('--expose-gc');
    return vm.runInNewContext('gc') as () => void;
  })();

  it('an analysis given the previous draft does not keep it, nor the ones before, reachable', async () => {
    const cache = new AnalysisCache();
    let previous = analyse(draft, corpus, { cache }).draft;
    const earlier: Array<WeakRef<object>> = [];
    for (let i = 0; i < 6; i++) {
      previous = analyse(`${draft}\nEdit ${i}.\n`, corpus, { cache, previous }).draft;
      // (The first draft is left out: state a check carries from one analysis to the next may hold it, once.)
      if (i < 4) earlier.push(new WeakRef(previous));
    }
    // A WeakRef's target stays alive to the end of the job that made it.
    await new Promise((r) => setTimeout(r, 0));
    gc();
    expect(previous.text).toContain('Edit 5.');
    expect(
      earlier.filter((d) => d.deref() !== undefined),
      'earlier drafts still reachable from the last',
    ).toHaveLength(0);
  });
});
