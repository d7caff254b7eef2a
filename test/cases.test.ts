// The project's own labelled drafts (test/cases, in the scorer's gold format), checked through
// the core. The `own-*` cases were written for the checks: every rule's findings must land on
// exactly the gold lines. The `real-*` cases are modelled on real published text and labelled by
// the rules before the checks ran on them: no check gets them all, so each rule's F1 over them
// must stay at or above what it was last measured at (raise a floor when a change lifts it).
import fs from 'node:fs';
import path from 'node:path';
import { describe, expect, it } from 'vitest';
import { analyse } from '../server/src/core/analyse';
import { Corpus } from '../server/src/core/corpus/index';
import { readCorpusText } from '../server/src/core/corpus/corpus';
import { RULE_IDS as RULES } from '../server/src/core/checks/index';
import type { RuleId } from '../server/src/core/types';

const CASES = path.join(__dirname, 'cases');
const SEEDS = path.join(__dirname, '..', 'seeds');

interface Gold {
  corpus?: string[];
  findings: Array<{ rule: RuleId; line: number; of?: { line: number }; source?: string[] }>;
}

const corpusOf = (files: string[]) =>
  new Corpus(files.map((f) => readCorpusText(f, path.join(SEEDS, f), fs.readFileSync(path.join(SEEDS, f), 'utf8'))));
const allSeeds = corpusOf(fs.readdirSync(SEEDS).sort());

/** F1 per rule over the real-text cases, just under the last measure (score.mjs --cases test/cases). */
const REAL_TEXT_FLOORS: Record<RuleId, number> = {
  'duplicate-amendment': 0.96,
  'commitment-without-figure': 0.93,
  'corpus-contradiction': 0.87,
};

const linesOf = (
  findings: ReturnType<typeof analyse>['findings'],
  draft: ReturnType<typeof analyse>['draft'],
  rule: RuleId,
) => [...new Set(findings.filter((f) => f.rule === rule).map((f) => draft.line(f.start)))].sort((a, b) => a - b);

const readCase = (file: string) => ({
  text: fs.readFileSync(path.join(CASES, file), 'utf8'),
  gold: JSON.parse(fs.readFileSync(path.join(CASES, file.replace(/\.md$/, '.gold.json')), 'utf8')) as Gold,
});

describe('real-text cases', () => {
  it('every rule keeps its F1 over them', () => {
    const counts = Object.fromEntries(RULES.map((r) => [r, { tp: 0, fp: 0, fn: 0 }])) as Record<
      RuleId,
      { tp: number; fp: number; fn: number }
    >;
    for (const file of fs.readdirSync(CASES).filter((f) => f.startsWith('real-') && f.endsWith('.md'))) {
      const { text, gold } = readCase(file);
      const { findings, draft } = analyse(text, gold.corpus ? corpusOf(gold.corpus) : allSeeds);
      for (const rule of RULES) {
        const earlier = new Set(gold.findings.filter((g) => g.rule === rule && g.of).map((g) => g.of!.line));
        const want = new Set(gold.findings.filter((g) => g.rule === rule).map((g) => g.line));
        const got = linesOf(findings, draft, rule).filter((l) => !earlier.has(l) || want.has(l));
        counts[rule].tp += got.filter((l) => want.has(l)).length;
        counts[rule].fp += got.filter((l) => !want.has(l)).length;
        counts[rule].fn += [...want].filter((l) => !got.includes(l)).length;
      }
    }
    for (const rule of RULES) {
      const { tp, fp, fn } = counts[rule];
      const f1 = tp ? (2 * tp) / (2 * tp + fp + fn) : 0;
      expect(f1, `${rule}: tp ${tp}, fp ${fp}, fn ${fn}`).toBeGreaterThanOrEqual(REAL_TEXT_FLOORS[rule]);
    }
  });
});

describe('labelled cases', () => {
  for (const file of fs.readdirSync(CASES).filter((f) => f.startsWith('own-') && f.endsWith('.md'))) {
    it(file, () => {
      const text = fs.readFileSync(path.join(CASES, file), 'utf8');
      const gold = JSON.parse(fs.readFileSync(path.join(CASES, file.replace(/\.md$/, '.gold.json')), 'utf8')) as Gold;
      const { findings, draft } = analyse(text, gold.corpus ? corpusOf(gold.corpus) : allSeeds);
      for (const rule of RULES) {
        const got = [...new Set(findings.filter((f) => f.rule === rule).map((f) => draft.line(f.start)))].sort(
          (a, b) => a - b,
        );
        const earlier = new Set(gold.findings.filter((g) => g.rule === rule && g.of).map((g) => g.of!.line));
        const want = gold.findings
          .filter((g) => g.rule === rule)
          .map((g) => g.line)
          .sort((a, b) => a - b);
        expect(
          got.filter((l) => !earlier.has(l) || want.includes(l)),
          `${rule} lines`,
        ).toEqual(want);
      }
      for (const g of gold.findings.filter((f) => f.source)) {
        const f = findings.find((x) => x.rule === g.rule && draft.line(x.start) === g.line)!;
        const cited = f.citations.flatMap((c) => (c.kind === 'corpus' ? [c.file] : []));
        expect(
          cited.some((c) => g.source!.includes(c)),
          `line ${g.line} cites ${g.source}`,
        ).toBe(true);
      }
    });
  }
});
