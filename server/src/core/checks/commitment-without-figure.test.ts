import { describe, expect, it } from 'vitest';
import { analyse } from '../analyse';
import { Corpus } from '../corpus/index';
import { readCorpusText } from '../corpus/corpus';
import { detectPledge } from '../figures/pledges';
import { commitmentWithoutFigure, messageFor, pledgeWords } from './commitment-without-figure';
import { testRule } from './rule-tester';

const AGREED = [
  'Our approach to primary care',
  '',
  'We will invest an extra £80 million a year in community pharmacy, funded by ' +
    'savings from cutting the use of management consultants.',
  '',
  'We will recruit 2,500 more district nurses over the next parliament.',
  '',
  'Every care home will have a named GP.',
].join('\n');
const corpus = new Corpus([readCorpusText('agreed.txt', '/agreed.txt', AGREED)]);
const pledges = (text: string) => analyse(text, corpus, { rules: ['commitment-without-figure'] }).findings;

describe('commitment-without-figure messages', () => {
  it.each([
    [
      'We will increase funding for adult social care.',
      'Pledge to increase funding for adult social care gives no amount, percentage or date.',
    ],
    [
      'Labour will recruit more district nurses and health visitors.',
      'Pledge to recruit more district nurses and health visitors gives no number, percentage or date.',
    ],
    [
      'We will end the long waits for wheelchair assessments.',
      'Pledge to end the long waits for wheelchair assessments gives no time limit, percentage or date.',
    ],
    [
      'We will halt the closure of community hospitals.',
      'Pledge to halt the closure of community hospitals gives no number, percentage or date.',
    ],
    [
      'We commit to more funding for school nursing.',
      'Pledge about more funding for school nursing (money) gives no amount, percentage or date.',
    ],
    [
      'Labour will deliver the pay, training, and terms and conditions care workers deserve.',
      'Pledge about pay (money) gives no amount, percentage or date.',
    ],
    [
      'We will make sure every integrated care board has the district nurses and ' +
        'therapists it needs to keep people well at home.',
      'Pledge about district nurses and therapists (staff) gives no number, percentage or date.',
    ],
    [
      'Care workers will be paid properly for the hours they work.',
      'Pledge about pay for care workers (money) gives no amount, percentage or date.',
    ],
  ])('%s', (sentence, message) => {
    expect(messageFor(detectPledge(sentence)!)).toBe(message);
  });

  it('words every message as a sentence: a verb and a whole phrase, or the thing and its kind', () => {
    for (const s of [
      'We will use the money saved to hire more speech therapists.',
      'Finish the building work already under way and spend more on community mental health.',
      'We guarantee an increase in the budget for sexual health clinics.',
      'Every council will get the funding it needs to run its care services.',
      'We will increase funding for adult social care services in every part of the ' +
        'country and in every region of England.',
    ]) {
      const p = detectPledge(s, { inCommitmentList: s.startsWith('Finish') })!;
      expect(pledgeWords(p), s).toMatch(
        /^Pledge (to [a-z]+ .*[a-zA-Z’']|about .*[a-z]( \((money|staff|places|waiting times|targets)\))?)$/,
      );
      expect(pledgeWords(p), s).not.toMatch(/\s(the|a|an|of|for|to|in|and|or|on|with)( \(|$)/);
    }
  });
});

describe('commitment-without-figure against the corpus', () => {
  testRule(commitmentWithoutFigure, {
    corpus,
    valid: [
      // It carries a figure, or pledges nothing measured.
      'We will invest an extra £80 million a year in community pharmacy.\n',
      'Every care home will have a named GP.\n',
    ],
    invalid: [
      {
        name: 'names the figure agreed policy gives when the pledge is a near copy that drops it',
        code: 'We will invest extra money in community pharmacy.\n',
        errors: [
          {
            messageId: 'agreedFigure',
            data: {
              pledge: 'Pledge to invest extra money in community pharmacy',
              missing: 'amount',
              figure: '£80 million a year',
            },
            text: 'We will invest extra money in community pharmacy.',
            cites: ['agreed.txt:3'],
          },
        ],
        output: null,
      },
      {
        name: 'names a count for a staff pledge',
        code: 'We will recruit more district nurses.\n',
        errors: [
          {
            messageId: 'agreedFigure',
            data: { missing: 'number', figure: '2,500 more district nurses', file: 'agreed.txt', line: 5 },
            line: 1,
            column: 1,
            endLine: 1,
            endColumn: 38,
          },
        ],
      },
      {
        name: 'says nothing of the corpus when the pledge only shares its topic',
        code: 'We will increase funding for community pharmacy training programmes in rural areas.\n',
        errors: [
          {
            messageId: 'noFigure',
            data: {
              pledge: 'Pledge to increase funding for community pharmacy training programmes in rural areas',
              missing: 'amount, percentage or date',
            },
            text: 'We will increase funding for community pharmacy training programmes in rural areas.',
            cites: [],
          },
        ],
      },
      {
        name: 'flags the imperative of a list of commitments, its sentence only',
        code: '- Increase the pay of care workers.\n',
        errors: [
          {
            messageId: 'noFigure',
            data: { pledge: 'Pledge to increase the pay of care workers' },
            text: 'Increase the pay of care workers.',
          },
        ],
      },
    ],
  });

  it('cites the corpus passage it names', () => {
    const [f] = pledges('We will invest extra money in community pharmacy.\n');
    expect(f!.citations[0]).toMatchObject({ kind: 'corpus', file: 'agreed.txt', line: 3 });
  });
});

describe('commitment-without-figure in the voice of the draft', () => {
  const pledgeLines = (text: string) => pledges(text).map((f) => text.slice(0, f.start).split('\n').length);

  it("flags a party's own pledges in its own draft, and reports of them in another's", () => {
    const train = 'The SNP Government will train and recruit more GPs.';
    const snpDraft = ['SNP MPs will vote against any further privatisation of the NHS in England.', '', train, ''];
    expect(pledgeLines(snpDraft.join('\n'))).toEqual([3]);
    const labourDraft = ['Labour will vote against any further privatisation.', '', 'Labour will act.', '', train, ''];
    expect(pledgeLines(labourDraft.join('\n'))).toEqual([]);
  });
});
