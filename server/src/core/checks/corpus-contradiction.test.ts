import { describe, expect, it } from 'vitest';
import { Corpus } from '../corpus/index';
import { readCorpusText } from '../corpus/corpus';
import { clauseNegationDiffers, findAntonymSwap, findFigureConflict } from '../match/conflict';
import { figuresOf } from '../figures/valued';
import { comparable, sameValue } from '../figures/compare';
import { findFigures } from '../figures/figures';
import { anchoredSubject, clausesOf, corpusContradiction, sameSubject } from './corpus-contradiction';
import { testRule } from './rule-tester';
import { normalise } from '../text/normalise';
import { stemmer } from 'stemmer';
import fs from 'node:fs';
import path from 'node:path';

const AGREED = [
  'Every patient will be offered a mental health assessment within 14 days of referral.',
  'Councils will keep the duty to provide free school meals in the holidays.',
  'Dental check-ups should remain free for all children under 18.',
  'We will recruit 3,000 more midwives over the next five years.',
  'Prescription charges in England should not be extended to people with long-term conditions.',
  'Mixed-sex wards will be made optional for patients who agree to them.',
  'It is short-sighted to close walk-in centres.',
  'A quarter of community hospitals have been closed since 2010.',
  'Give carers a statutory right to respite from their caring roles.',
  'Older people receiving publicly funded care fell by 26 per cent.',
  'The hospice grant has stayed flat in real terms since 2015. None the less the hospice grant per bed has fallen.',
  'There is a greater proportion of unpaid carers in Wales than in other parts of the UK and Europe. ' +
    'They give 96% of the care in the community, yet fewer than one in five of those assessed get an offer of care.',
].join('\n');
const corpus = new Corpus([readCorpusText('agreed.txt', '/agreed.txt', AGREED)]);

describe('corpus-contradiction', () => {
  // Each flags the whole sentence (its words given in parts), naming both sides and the corpus line.
  const flags = (name: string, messageId: string, data: Record<string, string>, ...parts: string[]) => ({
    name: `flags ${name}, naming both sides and the corpus line`,
    code: `${parts.join(' ')}\n`,
    errors: [{ messageId, data, text: parts.join(' '), cites: [data.where!] }],
    output: null,
  });
  const nothing = (name: string, ...parts: string[]) => ({
    name: `does not flag ${name}`,
    code: `${parts.join(' ')}\n`,
  });
  testRule(corpusContradiction, {
    corpus,
    valid: [
      nothing('the same figure', 'Every patient will get a mental health assessment within 14 days of being referred.'),
      nothing(
        "an opposite word from another of the passage's sentences",
        'Wales has a higher share of unpaid carers than other parts of the UK and Europe,',
        'and they give most of the care.',
      ),
      nothing('a shared number about another thing', 'We will open 14 new community mental health hubs.'),
      nothing('a paraphrase that agrees', 'Children under 18 will keep free dental check-ups.'),
      nothing(
        "a sentence the corpus says word for word, though the next sentence of the corpus's line negates",
        'The hospice grant has stayed flat in real terms since 2015.',
      ),
      nothing(
        'another subject sharing generic words',
        'Patients in England will be offered free parking',
        'at every hospital.',
      ),
      nothing(
        'a figure added where the corpus gives none',
        'Dental check-ups should remain free for all children',
        'under 18, saving families £40 a year.',
      ),
      nothing('an opposite word under a negation (the same stance)', 'We will keep the walk-in centres open.'),
      nothing('a position against a report of the past', 'We will keep our community hospitals open.'),
      nothing(
        'a clause that agrees, with a reason of its own after it',
        'Carers should have a statutory right to respite from caring; councils tell us demand is rising fast.',
      ),
      nothing(
        'a share put as a bound that the corpus figure keeps',
        'Over those years the number of older people receiving publicly funded care fell by just over a quarter.',
      ),
    ],
    invalid: [
      flags(
        'a different duration for the same wait',
        'figure',
        { ours: 'within 28 days', where: 'agreed.txt:1', theirs: 'within 14 days', also: '' },
        'Every patient will be offered a mental health assessment within 28 days of referral.',
      ),
      flags(
        'a different count of the same staff',
        'figure',
        {
          ours: '1,500 more midwives',
          where: 'agreed.txt:4',
          theirs: '3,000 more midwives',
          quote: 'We will recruit 3,000 more midwives over the next five years.',
        },
        'We will recruit 1,500 more midwives over the next five years.',
      ),
      flags(
        'the opposite action (keep vs abolish)',
        'antonym',
        { ours: 'abolish', where: 'agreed.txt:2', theirs: 'keep' },
        'Councils will abolish the duty to provide free school meals in the holidays.',
      ),
      flags(
        'a dropped negation',
        'negated',
        { where: 'agreed.txt:5' },
        'Prescription charges in England should be extended to people with long-term conditions.',
      ),
      flags(
        'optional made compulsory',
        'antonym',
        { ours: 'compulsory', where: 'agreed.txt:6', theirs: 'optional' },
        'Mixed-sex wards will be made compulsory for patients.',
      ),
      flags(
        'a negation in the first clause, a reason after it',
        'negates',
        { where: 'agreed.txt:9' },
        'We do not intend to create a statutory right to respite from caring;',
        'how breaks are arranged will stay a matter for each council to decide.',
      ),
    ],
  });
});

describe('clausesOf', () => {
  it('parts a sentence at a semicolon, a colon, a dash or a comma before a clause of reason or contrast', () => {
    expect(clausesOf('We will not do it: it costs too much.')).toEqual(['We will not do it', 'it costs too much.']);
    expect(clausesOf('Keep the centre open — patients need it, because the hospital is far.')).toEqual([
      'Keep the centre open',
      'patients need it',
      'because the hospital is far.',
    ]);
    expect(clausesOf('We will fund care; councils, not ministers, will run it.')).toHaveLength(2);
  });
  it('none for a sentence of one clause, a list of nouns or a hyphenated word', () => {
    expect(clausesOf('Patients, carers and staff will all be heard.')).toEqual([]);
    expect(clausesOf('Long-term conditions will get a named contact.')).toEqual([]);
  });
});

describe('figure comparison', () => {
  const fig = (text: string) => findFigures(text)[0]!;
  it('compares figures of the same kind and unit, durations across units', () => {
    expect(comparable(fig('£50 million a year'), fig('£100 million a year'))).toBe(true);
    expect(comparable(fig('£50 million a year'), fig('£100 million'))).toBe(true);
    expect(comparable(fig('48 hours'), fig('48 new walk-in centres'))).toBe(false);
    expect(comparable(fig('2,000 nurses'), fig('5,000 care workers'))).toBe(false);
    expect(comparable(fig('within 2 days'), fig('within 48 hours'))).toBe(true);
    // How often is not how long: a GP "seven days a week" is no wait.
    expect(comparable(fig('seven days a week'), fig('within 48 hours'))).toBe(false);
    expect(comparable(fig('seven days a week'), fig('five days a week'))).toBe(true);
    expect(sameValue(fig('within 2 days'), fig('within 48 hours'))).toBe(true);
    expect(sameValue(fig('£2.5bn'), fig('£2,500 million'))).toBe(true);
  });
  it('reports a conflict only when no figure of the same quantity agrees', () => {
    expect(findFigureConflict(findFigures('£4bn a year'), findFigures('up to £2.5bn a year'))?.kind).toBe('figure');
    expect(
      findFigureConflict(findFigures('£2.5bn a year'), findFigures('£2.5bn a year, and £1bn for capital')),
    ).toBeUndefined();
    expect(findFigureConflict(findFigures('48 new walk-in centres'), findFigures('within 48 hours'))).toBeUndefined();
  });
  it('takes a share put as a bound or approximately as the exact share it keeps, and no other figure', () => {
    expect(findFigureConflict(findFigures('just over a quarter'), findFigures('26 per cent'))).toBeUndefined();
    expect(findFigureConflict(findFigures('nearly half'), findFigures('49 per cent'))).toBeUndefined();
    expect(findFigureConflict(findFigures('just over a quarter'), findFigures('40 per cent'))?.kind).toBe('figure');
    expect(findFigureConflict(findFigures('a quarter'), findFigures('26 per cent'))?.kind).toBe('figure');
    expect(findFigureConflict(findFigures('within 72 hours'), findFigures('within 48 hours'))?.kind).toBe('figure');
  });
  it('compares a multiple grown by with a percentage rise, as the multiple reaches', () => {
    const grew = figuresOf('The number of carers aged 85 and over grew by 128% in just ten years.');
    expect(findFigureConflict(figuresOf('The number has more than trebled.'), grew)?.kind).toBe('figure');
    expect(findFigureConflict(figuresOf('The number has more than doubled.'), grew)).toBeUndefined();
  });
});

describe('antonyms and negation', () => {
  const stems = (s: string) => normalise(s).words;
  it('finds a swapped opposite, in either direction, and not a shared or unrelated word', () => {
    expect(findAntonymSwap(stems('we will repeal the act'), stems('we will keep the act'))).toEqual({
      ours: stemmer('repeal'),
      theirs: 'keep',
    });
    expect(findAntonymSwap(stems('beds will close'), stems('beds will open'))).toBeDefined();
    expect(
      findAntonymSwap(stems('we will keep and extend the scheme'), stems('we will keep the scheme')),
    ).toBeUndefined();
    expect(findAntonymSwap(stems('we will review the scheme'), stems('we will keep the scheme'))).toBeUndefined();
  });
  it('reads "the end of" after a preposition of time, and "end of life", as a time, not an action', () => {
    const retain = stems('we will retain more care workers');
    for (const time of [
      'new care workers to support people at the end of life',
      'new care workers by the end of the year',
      'new care workers for end-of-life care',
    ])
      expect(findAntonymSwap(retain, stems(time)), time).toBeUndefined();
    expect(findAntonymSwap(retain, stems('we will end the use of agency care workers'))).toBeDefined();
    expect(findAntonymSwap(retain, stems('the end of free care for care workers'))).toBeDefined();
  });
  it('compares clause with clause when negations cancel out over a sentence', () => {
    const theirs =
      "Their proposals won't provide any additional resources for social care now, and there's no guarantee of " +
      'extra funding in future.';
    const ours =
      'Our proposals do provide additional resources for social care now, and there is a firm guarantee of extra ' +
      'funding in the years ahead.';
    expect(normalise(ours).negations % 2).toBe(normalise(theirs).negations % 2);
    expect(clauseNegationDiffers(ours, theirs)).toBe(false);
    expect(clauseNegationDiffers(theirs, ours)).toBe(true);
    // Each clause as the other's: nothing differs.
    expect(clauseNegationDiffers(theirs, theirs)).toBeUndefined();
    // One clause against a clause of two that restates it, each negated as the other is not.
    const one = 'This plan does provide additional resources for social care now, with new money for councils.';
    expect(clauseNegationDiffers(one, theirs)).toBe(false);
    expect(clauseNegationDiffers(theirs, one)).toBe(true);
    // A negation of one clause may stand for the other's other clause: not compared.
    expect(
      clauseNegationDiffers(
        'Our society cannot function without the support of carers, and yet they are asked to do without support.',
        'Our society cannot function without the support of carers and yet they are asked to do without support.',
      ),
    ).toBeUndefined();
  });

  it('counts negations as words of their own', () => {
    expect(normalise('should not be included').negations).toBe(1);
    expect(normalise('should be included').negations).toBe(0);
    expect(normalise("won't be included").negations).toBe(1);
  });
});

describe('subject matching', () => {
  const w = () => 2;
  it('needs most words in order, or a clause compactly inside the passage', () => {
    expect(
      sameSubject(
        {
          queryCovered: 0.7,
          candidateCovered: 0.6,
          order: 0.9,
          compactness: 1,
          window: { first: 0, last: 5 },
          unmatchedQuery: [],
          unmatchedCandidate: [],
        },
        6,
        6,
      ),
    ).toBe(true);
    expect(
      sameSubject(
        {
          queryCovered: 0.7,
          candidateCovered: 0.6,
          order: 0.3,
          compactness: 1,
          window: { first: 0, last: 5 },
          unmatchedQuery: [],
          unmatchedCandidate: [],
        },
        6,
        6,
      ),
    ).toBe(false);
    expect(
      sameSubject(
        {
          queryCovered: 0.4,
          candidateCovered: 0.3,
          order: 1,
          compactness: 1,
          window: { first: 0, last: 5 },
          unmatchedQuery: [],
          unmatchedCandidate: [],
        },
        6,
        6,
      ),
    ).toBe(false);
  });
  it('accepts an opposite word between the same rare neighbours, not between common ones', () => {
    const rare = (t: string) => (['person', 'budget'].includes(t) ? 0.6 : 0.2) * w();
    const weigh = (t: string) => (t === '\u0000' ? w() : rare(t));
    const ours = normalise('make personal budgets compulsory for all care users');
    const theirs = normalise('with personal budgets becoming optional as part of a new focus');
    expect(anchoredSubject(ours, theirs, stemmer('compulsory'), stemmer('optional'), weigh)).toBe(true);
    const common = normalise('we will increase social care for everyone');
    const other = normalise('avoid extreme cuts to social care services');
    expect(anchoredSubject(common, other, stemmer('increase'), 'cut', weigh)).toBe(false);
  });
});

describe('corpus-contradiction of a figure a near copy leaves out', () => {
  it('judges by claims a sentence whose nearest passage says nothing of its figure', async () => {
    const { analyse } = await import('../analyse');
    const passage =
      'There is a greater proportion of unpaid carers in Wales than elsewhere, representing 12% of the population. ' +
      'They are responsible for 96% of the care that is given in the community even though 65% of older carers ' +
      'have health problems of their own.';
    const wales = new Corpus([readCorpusText('wales.txt', '/wales.txt', `${passage}\n`)]);
    const draft =
      'Unpaid carers in Wales provide around 70% of the care given in the community, and many of them are older ' +
      'people with health problems of their own.\n';
    const found = analyse(draft, wales, { rules: ['corpus-contradiction'] }).findings;
    expect(found.map((f) => f.message)).toEqual([expect.stringContaining('96%')]);
    // The figure the passage gives, said again, agrees.
    const same = draft.replace('around 70%', '96%');
    expect(analyse(same, wales, { rules: ['corpus-contradiction'] }).findings).toEqual([]);
  });
});

describe('corpus-contradiction of a near copy against the shipped seeds: which figures are said of one thing', () => {
  const dir = path.join(__dirname, '../../../../seeds');
  const seeds = new Corpus(
    fs
      .readdirSync(dir)
      .sort()
      .map((f) => readCorpusText(f, path.join(dir, f), fs.readFileSync(path.join(dir, f), 'utf8'))),
  );
  const said = async (draft: string) => {
    const { analyse } = await import('../analyse');
    return analyse(`${draft}\n`, seeds, { rules: ['corpus-contradiction'] }).findings.map((f) => f.message);
  };
  it('a sentence whose closest passage agrees is not judged by a less close one of another place', async () => {
    // "England's 11 million unpaid family carers" shares less of it than the sentence it copies.
    expect(await said('Across the UK there are 6.5 million unpaid carers.')).toEqual([]);
    expect(await said('Across the UK there are 6.3 million unpaid carers.')).toEqual([
      expect.stringContaining('6.5 million'),
    ]);
  });
  it('a clause is not judged by an opposite word its sentence says in another clause', async () => {
    const opened = 'Walk-in centres were opened to offer people an alternative to A&E';
    expect(
      await said(`${opened}, yet Monitor reports that one in four walk-in centres have closed since 2010.`),
    ).toEqual([]);
  });
  it('a count the passage gives of another noun agrees ("people" for "carers")', async () => {
    expect(await said('Some 370,000 people in Wales are unpaid carers.')).toEqual([]);
  });
  it("a count of one group, or of those in a state, is not the whole's; an age is not a count", async () => {
    expect(await said('1.2 million unpaid carers across the UK are aged 65 and over.')).toEqual([]);
    expect(
      await said('Across the UK 1.2 million unpaid carers are living in poverty and 400,000 in deep poverty.'),
    ).toEqual([]);
  });
});
