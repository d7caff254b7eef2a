import { describe, expect, it } from 'vitest';
import { analyse } from '../analyse';
import { Corpus } from '../corpus/index';
import { readCorpusText } from '../corpus/corpus';
import { duplicateAmendment } from './duplicate-amendment';
import { testRule, type InvalidCase } from './rule-tester';

const SOURCE = [
  'We will guarantee that every older person leaving hospital has a care plan ' +
    'agreed with their family before discharge.',
  '',
  '  • recruit 3,000 more midwives to end the shortage in maternity units;',
  '',
  'Councils should not be allowed to sell off public playing fields used by ' +
    'schools. Local people will have a say over new health centres in their area.',
  '',
  'Mental health services will be given the same priority as physical health ' +
    'services in every integrated care system, with clear access standards.',
  '',
  'The manifesto says that every person with complex needs will have a single point of contact for their care.',
  '',
  'More people are asking councils for help, but fewer are getting it: requests rose again this year.',
  '',
  "In Wales the National Assembly's Finance Committee has called for a new levy to pay for care.",
  '',
  'Of those assessed, 13,000 fewer carers received direct support, a fall of 11 per cent.',
  '',
  'The cap counts only what a person pays themselves, and not what the council contributes, towards the total.',
  '',
  'Green MPs will push for £20 billion a year for adult social care, including free personal care.',
].join('\n');

const corpus = new Corpus([readCorpusText('policy.txt', '/corpus/policy.txt', SOURCE)]);
const draftOf = (sentence: string) => `# Draft\n\n${sentence}\n`;
/** A draft of one paragraph (its parts joined by spaces), a copy of the corpus passage at `line`, flagged whole. */
const copies = (name: string, line: number, ...parts: string[]): InvalidCase => ({
  name: `flags ${name}`,
  code: draftOf(parts.join(' ')),
  errors: [
    { messageId: 'repeatsCorpus', data: { where: `policy.txt:${line}`, also: '' }, text: parts.join(' '), line: 3 },
  ],
  output: '# Draft\n',
});
const nothing = (name: string, ...parts: string[]) => ({
  name: `does not flag ${name}`,
  code: draftOf(parts.join(' ')),
});
const PLAN = 'has a care plan agreed with their family before discharge.';

describe('duplicate-amendment against the corpus', () => {
  testRule(duplicateAmendment, {
    corpus,
    valid: [
      nothing('a different figure', 'Recruit 5,000 more midwives to end the shortage in maternity units.'),
      nothing('a dropped negation', 'Councils should be allowed to sell off public playing fields used by schools.'),
      nothing('an added negation', 'Local people will not have a say over new health centres in their area.'),
      nothing(
        'the same topic, saying something else',
        'Every older person leaving hospital will be visited at home',
        'within a week by a district nurse.',
      ),
      nothing(
        'shared generic words only',
        'We will work with local people and their families to improve services',
        'in their area.',
      ),
      nothing('a short generic phrase', 'Mental health services.'),
      nothing('a short name with its words in another order', 'National Assembly for Wales Finance Committee.'),
      nothing('a short phrase with a gap in it', 'People asking councils are getting it.'),
      // A pledge without its figure, which commitment-without-figure reports.
      nothing('the figure dropped', 'Recruit more midwives to end the shortage in maternity units.'),
      nothing(
        'a deadline added to a pledge',
        'Green MPs will push for £20 billion a year for adult social care by 2030, including free personal care.',
      ),
      nothing(
        'a start date added to a pledge',
        'From April 2027 every person with complex needs will have a single point of contact for their care.',
      ),
    ],
    invalid: [
      copies('exact copy', 1, 'We will guarantee that every older person leaving hospital', PLAN),
      copies(
        'case and punctuation',
        1,
        'WE WILL GUARANTEE that every older person leaving hospital has a care plan,',
        'agreed with their family, before discharge!',
      ),
      copies('typos', 1, 'We will guarantee that every older persn leaving hospitl', PLAN),
      copies(
        'amendment label and emphasis',
        1,
        'Amendment 4: We will *guarantee* that every older person leaving',
        'hospital has a [care plan](https://x.org) agreed with their family before discharge.',
      ),
      copies(
        'a word dropped',
        1,
        'We will guarantee that every older person leaving hospital has a care plan agreed',
        'with family before discharge.',
      ),
      copies(
        'a few words added',
        1,
        'We will guarantee that every older person leaving hospital in England has a',
        'written care plan agreed with their family before discharge.',
      ),
      copies('a synonym swapped', 1, 'We will make sure that every older person leaving hospital', PLAN),
      copies(
        'a sentence cut from a longer passage',
        5,
        'Local people will have a say over new health centres in',
        'their area.',
      ),
      copies(
        'a clause cut from a longer sentence',
        7,
        'Mental health services will be given the same priority as',
        'physical health services in every integrated care system.',
      ),
      copies('a bullet with the same figure', 3, 'Recruit 3,000 more midwives to end the shortage in maternity units.'),
      copies('a short clause cut in one piece', 11, 'More people are asking councils for help.'),
      copies(
        'a description that adds by when',
        15,
        'Of those assessed, 13,000 fewer carers were receiving direct support by 2020/21, a fall of 11 per cent.',
      ),
      copies(
        'a clause set off by dashes, not commas',
        17,
        'The cap counts only what a person pays themselves — not what the council contributes — towards the total.',
      ),
      copies(
        'a scale word shortened',
        19,
        'Green MPs will push for £20bn a year for adult social care, including free personal care.',
      ),
      copies(
        'a report of it that says when it was said',
        9,
        "Labour's 2015 manifesto said that every person with complex needs would have a single point of contact",
        'for their care.',
      ),
    ],
  });

  it('cites the corpus file and line, and quotes the passage', () => {
    const { findings } = analyse('Local people will have a say over new health centres in their area.\n', corpus);
    const data = { where: 'policy.txt:5', quote: 'Local people will have a say over new health centres in…' };
    expect(findings[0]).toMatchObject({ messageId: 'repeatsCorpus', data });
    expect(findings[0]!.citations[0]).toMatchObject({ kind: 'corpus', file: 'policy.txt', line: 5 });
  });
});

describe('duplicate-amendment within the draft', () => {
  const draft = [
    '# Amendments',
    '',
    'Amendment 1: Every patient will be able to book a GP appointment online at any hour.',
    '',
    'Amendment 2: Pharmacies will stay open later in rural areas.',
    '',
    'Amendment 3: Every patient will be able to book a GP appointmnet online at any hour of the day.',
    '',
    'Amendment 4: Pharmacies will close earlier in rural areas.',
    '',
    'Some context comes first. Pharmacies will stay open later in rural areas.',
  ].join('\n');

  testRule(duplicateAmendment, {
    invalid: [
      {
        // Not the near copy that changes the action (Amendment 4). A sentence-level duplicate covers
        // only its sentence and its fix removes only it; a paragraph's removes the paragraph.
        name: 'flags the later copy, names the earlier one, and removes the copies and nothing else',
        code: draft,
        errors: [
          { messageId: 'repeatsDraft', data: { where: 'Amendment 1 (line 3)', also: '' }, line: 7, cites: ['line 3'] },
          {
            messageId: 'repeatsDraft',
            data: { where: 'Amendment 2 (line 5)' },
            text: 'Pharmacies will stay open later in rural areas.',
            line: 11,
          },
        ],
        output: draft
          .replace(`${draft.split('\n')[6]}\n\n`, '') // Amendment 3, line 7
          .replace('first. Pharmacies will stay open later in rural areas.', 'first.'),
      },
    ],
  });
});

describe("duplicate-amendment never takes the drafter's own words with a copy", () => {
  const corpusSentence =
    'Mental health services will be given the same priority as physical health ' +
    'services in every integrated care system, with clear access standards.';
  const councils = 'Councils should not be allowed to sell off public playing fields';
  const local = 'Local people will have a say over new health centres in their area.';

  testRule(duplicateAmendment, {
    corpus,
    invalid: [
      {
        name: 'flags only the repeated sentence of a paragraph that adds one of its own, and its fix removes only that',
        code: `# Draft\n\nThis part is new. ${corpusSentence}\n`,
        errors: [{ messageId: 'repeatsCorpus', data: { where: 'policy.txt:7' }, text: corpusSentence }],
        output: '# Draft\n\nThis part is new.\n',
      },
      {
        name: 'still flags, and removes, a whole paragraph every sentence of which repeats something',
        code: `# Draft\n\n${councils} used by schools. ${local}\n\nA closing line of our own.\n`,
        errors: [
          {
            messageId: 'repeatsCorpus',
            data: { where: 'policy.txt:5' },
            text: `${councils} used by schools. ${local}`,
          },
        ],
        output: '# Draft\n\nA closing line of our own.\n',
      },
      {
        name: "takes a short sentence with the copy when its words are the copied passage's",
        code: `# Draft\n\n${councils}. Used by schools. ${local}\n`,
        errors: [{ messageId: 'repeatsCorpus', text: `${councils}. Used by schools. ${local}` }],
        output: '# Draft\n',
      },
      {
        name: 'flags no short sentence on its own when the drafter adds a sentence to a copy',
        code: `# Draft\n\n${councils}. Used by schools. ${local} We add this.\n`,
        errors: [
          { messageId: 'repeatsCorpus', text: `${councils}.` },
          { messageId: 'repeatsCorpus', text: local },
        ],
      },
      {
        name: 'keeps a byte order mark and leaves no blank line when the first paragraph goes',
        code: `\uFEFF${corpusSentence}\n\nOur own paragraph follows.\n`,
        errors: [{ messageId: 'repeatsCorpus', text: corpusSentence, line: 1, column: 2 }],
        output: '\uFEFFOur own paragraph follows.\n',
      },
    ],
  });

  it('names the fix after what it removes', () => {
    const text = `# Draft\n\n${councils}. Used by schools. ${local}\n`;
    const { findings } = analyse(text, corpus, { rules: ['duplicate-amendment'] });
    expect(findings[0]!.fix!.title).toBe('Remove duplicate paragraph');
  });
});
