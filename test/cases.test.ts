// The project's own labelled drafts (test/cases, in the scorer's gold format), checked through
// the core: every rule's findings must land on exactly the gold lines.
import fs from 'node:fs';
import path from 'node:path';
import { describe, expect, it } from 'vitest';
import { analyse } from '../server/src/core/analyse';
import { Corpus } from '../server/src/core/corpus/index';
import { readCorpusText } from '../server/src/core/corpus/corpus';
import type { RuleId } from '../server/src/core/types';

const CASES = path.join(__dirname, 'cases');
const SEEDS = path.join(__dirname, '..', 'seeds');
const RULES: RuleId[] = ['duplicate-amendment', 'commitment-without-figure', 'corpus-contradiction'];

interface Gold {
  corpus?: string[];
  findings: Array<{ rule: RuleId; line: number; of?: { line: number }; source?: string[] }>;
}

const corpusOf = (files: string[]) => new Corpus(files.map((f) => readCorpusText(f, path.join(SEEDS, f), fs.readFileSync(path.join(SEEDS, f), 'utf8'))));
const allSeeds = corpusOf(fs.readdirSync(SEEDS).sort());

describe('labelled cases', () => {
  for (const file of fs.readdirSync(CASES).filter((f) => f.endsWith('.md'))) {
    it(file, () => {
      const text = fs.readFileSync(path.join(CASES, file), 'utf8');
      const gold = JSON.parse(fs.readFileSync(path.join(CASES, file.replace(/\.md$/, '.gold.json')), 'utf8')) as Gold;
      const { findings, draft } = analyse(text, gold.corpus ? corpusOf(gold.corpus) : allSeeds);
      for (const rule of RULES) {
        const got = [...new Set(findings.filter((f) => f.rule === rule).map((f) => draft.line(f.start)))].sort((a, b) => a - b);
        const earlier = new Set(gold.findings.filter((g) => g.rule === rule && g.of).map((g) => g.of!.line));
        const want = gold.findings.filter((g) => g.rule === rule).map((g) => g.line).sort((a, b) => a - b);
        expect(got.filter((l) => !earlier.has(l) || want.includes(l)), `${rule} lines`).toEqual(want);
      }
      for (const g of gold.findings.filter((f) => f.source)) {
        const f = findings.find((x) => x.rule === g.rule && draft.line(x.start) === g.line)!;
        const cited = f.citations.flatMap((c) => (c.kind === 'corpus' ? [c.file] : []));
        expect(cited.some((c) => g.source!.includes(c)), `line ${g.line} cites ${g.source}`).toBe(true);
      }
    });
  }
});
