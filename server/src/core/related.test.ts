import { describe, expect, it } from 'vitest';
import { analyse } from './analyse';
import { Corpus } from './corpus/index';
import { readCorpusText } from './corpus/corpus';
import { RESEMBLES, relatedAt } from './related';
import type { RuleId } from './types';

const PLAN = 'We will guarantee that every older person leaving hospital has a care plan agreed with their family';
const SOURCE = [`${PLAN} before discharge.`, '', 'Across the UK there are 6.5 million unpaid carers.'].join('\n');
const corpus = new Corpus([readCorpusText('policy.txt', '/corpus/policy.txt', SOURCE)]);
const COPY = `${PLAN.replace('guarantee', '*guarantee*')} before discharge.`;

/** What a hover shows on the first line of a draft's one paragraph. */
const at = (sentence: string, rules?: RuleId[]) => {
  const text = `# Draft\n\n${sentence}\n`;
  const related = relatedAt(analyse(text, corpus, rules ? { rules } : {}), text.indexOf(sentence) + 3);
  return {
    findings: related.findings.map((f) => [f.finding.rule, f.plain]),
    unit: related.unit?.text,
    similar: related.similar.map((c) => `${c.file}:${c.line}`),
  };
};

describe('relatedAt', () => {
  it("gives the findings under the cursor with their spans' plain text, and leaves out what they cite", () => {
    expect(at(COPY)).toEqual({
      findings: [['duplicate-amendment', COPY.replace(/\*/g, '')]],
      unit: COPY.replace(/\*/g, ''),
      similar: [],
    });
  });

  it('shows the corpus passage a sentence resembles when nothing flags it', () => {
    expect(at(COPY, ['commitment-without-figure']).similar).toEqual(['policy.txt:1']);
  });

  it(`needs ${RESEMBLES.queryCovered * 100}% of the sentence covered, in order, to call it resembling`, () => {
    // About half of this sentence's words are the corpus passage's: related in subject, not a resemblance.
    const loose = 'Every older person leaving hospital will have a care plan and a named nurse who visits them.';
    expect(at(loose)).toEqual({ findings: [], unit: loose, similar: [] });
    const { draft } = analyse(loose, corpus);
    const covered = draft.corpusCandidates(draft.wholeUnit(draft.passages[0]!)).map((c) => c.similarity.queryCovered);
    expect(Math.max(...covered)).toBeGreaterThan(0.4);
    expect(Math.max(...covered)).toBeLessThan(RESEMBLES.queryCovered);
  });

  it('cites a contradicted passage once, under the finding, not again as resembling', () => {
    const contradiction = at('There are 8 million unpaid carers across the UK.');
    expect(contradiction.findings.map(([rule]) => rule)).toEqual(['corpus-contradiction']);
    expect(contradiction.similar).toEqual([]);
  });

  it('has nothing to say outside every passage (a heading)', () => {
    const text = `# Draft\n\n${COPY}\n`;
    expect(relatedAt(analyse(text, corpus), 2)).toEqual({ findings: [], similar: [], sameSubject: [] });
  });
});
