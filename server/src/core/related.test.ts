import { describe, expect, it } from 'vitest';
import { analyse } from './analyse';
import { Corpus } from './corpus/index';
import { readCorpusText } from './corpus/corpus';
import { ON_TOPIC, RESEMBLES, relatedAt } from './related';
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
    expect(relatedAt(analyse(text, corpus), 2)).toEqual({ findings: [], similar: [], sameSubject: [], sameTopic: [] });
  });

  describe('passages on the same topic', () => {
    // Enough passages on other subjects that a word of one passage is rare in the corpus, as in a real one.
    const others = [
      'Community pharmacies will be protected from closure in rural areas.',
      'Every child should be able to see a dentist near their home.',
      'Smoking in cars carrying children will remain against the law.',
      'Ambulance handover delays at emergency departments must end.',
      'Mental health services for students are stretched across the country.',
      'Foundation trusts were established to give hospitals more freedom.',
      'Local councils run public health services such as sexual health clinics.',
      'Hospices rely on charitable donations for most of their income.',
      'Midwives are leaving the profession faster than they can be trained.',
      'Prescription charges were abolished some time ago.',
      'Patients should be able to book appointments online.',
      'Dementia diagnosis rates vary widely between regions.',
      'Air pollution shortens lives in our cities.',
      'Junior doctors have voted for industrial action.',
      'The sugar levy has cut the sugar in soft drinks.',
      'Hearing aids should be available from high street shops.',
      'Physiotherapy waits are longest for back pain.',
      'Vaccination uptake among toddlers has slipped.',
      'Loneliness is as harmful as smoking for older people.',
      'Blood donors are needed in every blood group.',
    ];
    const topical = new Corpus([
      readCorpusText(
        'wales.txt',
        '/corpus/wales.txt',
        [
          'Spending on social care in Wales has stayed broadly flat in real terms, against a fall of 6.4% in England.',
          '',
          ...others.flatMap((o) => [o, '']),
        ].join('\n'),
      ),
    ]);
    const topicAt = (sentence: string) => {
      const text = `# Draft\n\n${sentence}\n`;
      const related = relatedAt(analyse(text, topical), text.indexOf(sentence) + 3);
      return {
        findings: related.findings.length,
        similar: related.similar.length,
        sameTopic: related.sameTopic.map((c) => `${c.file}:${c.line}`),
      };
    };

    it(`shows a passage sharing ${ON_TOPIC.words} rare words when nothing closer is there`, () => {
      // The committee's words, not the corpus's: few word pairs in common, the same topic.
      expect(
        topicAt('Through the austerity years Wales protected what it spends on social care, unlike England.'),
      ).toEqual({ findings: 0, similar: 0, sameTopic: ['wales.txt:1'] });
    });

    it('does not count frame words, numbers or words common in the corpus as a topic', () => {
      // Nominated by "real terms" and sharing "spending" too, a frame word: two words of a topic, not three.
      expect(
        topicAt('Spending fell in real terms over the years, and demand for home help kept growing.').sameTopic,
      ).toEqual([]);
    });

    it('needs more than one or two shared words', () => {
      // Nominated by "real terms", which is all it shares with the Welsh passage.
      expect(topicAt('Real terms figures hide what happened.').sameTopic).toEqual([]);
    });
  });
});
