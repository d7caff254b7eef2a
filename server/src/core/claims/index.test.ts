// The claim index against a small corpus: conflicts found by what a claim is about, in other
// sentence frames, and the near misses that are not conflicts.
import { describe, expect, it } from 'vitest';
import fs from 'node:fs';
import path from 'node:path';
import { Corpus } from '../corpus/index';
import { readCorpusText } from '../corpus/corpus';

/** A corpus of one file holding `text`. */
const corpusOfText = (text: string) => new Corpus([readCorpusText('a.txt', '/a.txt', text)]);

/** The shipped seeds, read once: their words' weights are those a user's draft meets. */
let seeds: Corpus | undefined;
function seedsCorpus(): Corpus {
  const dir = path.join(__dirname, '../../../../seeds');
  seeds ??= new Corpus(
    fs
      .readdirSync(dir)
      .sort()
      .map((f) => readCorpusText(f, path.join(dir, f), fs.readFileSync(path.join(dir, f), 'utf8'))),
  );
  return seeds;
}
/** The corpus passages (file:line) a sentence conflicts with, per conflict, against the seeds. */
const saidAgainstSeeds = (s: string) =>
  seedsCorpus()
    .claims!.conflicts(s)
    .map((c) => c.theirs.map((t) => `${t.unit.ref.doc.path}:${t.unit.ref.line}`));

const corpus = new Corpus([
  readCorpusText(
    'agreed.txt',
    '/agreed.txt',
    [
      'Across the UK there are 6.5 million unpaid carers of which many receive no financial support.',
      '',
      'There are 1.2 million carers aged 65 and over in England.',
      '',
      'The average saving to the state made by each unpaid carer is £18,471 each year.',
      '',
      'Labour will give patients the right to a GP appointment within 48 hours.',
      '',
      'Labour will restore the collection of race equality and ethnicity data for public authorities.',
      '',
      'Bring in 5,000 new care workers to help support those with the greatest needs at home.',
      '',
      'Half of the budget and a third of the users of social care are working-age adults with disabilities.',
      '',
      'Despite £8 billion of budget cuts and growing demand, local authorities are providing the leadership.',
      '',
      'The definition of carer should be widened so that it specifically includes young carers.',
      '',
      'Labour will scrap the Section 75 regulations that force services to be put out to tender.',
      '',
      'National minimum eligibility criteria must be used to set a baseline for social care.',
      '',
      'Labour should take steps to introduce waiting time and access standards for mental health services.',
      '',
      'Future policy should reflect the fact that 60 per cent of a person’s health is ' +
        'determined by a range of factors beyond the influence or control of the NHS.',
      '',
      'They provide 96% of the care given in the community even though 65% of older ' +
        'carers have health problems of their own.',
      '',
      'The number of carers aged 85 and over grew by 128% in just ten years.',
      '',
      'Across Wales there are 370,000 carers, and this number is expected to rise to 450,000 over the next 20 years.',
      '',
      'With an older population, per capita spending on social care has reduced by 12%.',
      '',
      'Unpaid carers in Wales make up a greater proportion of the population than elsewhere, at 12%.',
      '',
      'Repeal the Health and Social Care Act 2012 in England.',
    ].join('\n'),
  ),
]);

const conflicts = (s: string) =>
  corpus.claims!.conflicts(s).map((c) => ({ kind: c.kind, lines: c.theirs.map((t) => t.unit.ref.line) }));

describe('ClaimIndex.conflicts', () => {
  it('a different count of the same people, in another frame', () => {
    expect(conflicts("The UK's 6.3 million carers save the economy billions.")).toEqual([
      { kind: 'figure', lines: [1] },
    ]);
    expect(conflicts('Nearly 1.4 million pensioners in England look after a partner or a parent.')).toEqual([
      { kind: 'figure', lines: [3] },
    ]);
  });

  it('a different amount per person, scope said differently', () => {
    expect(conflicts('Each carer saves the state about £17,000 a year on average.')).toEqual([
      { kind: 'figure', lines: [5] },
    ]);
    expect(
      conflicts('Each unpaid carer spares the public purse roughly £19,300 a year, and older carers do still more.'),
    ).toEqual([{ kind: 'figure', lines: [5] }]);
    expect(conflicts('Each unpaid carer spares the public purse some £18,500 a year.')).toEqual([]);
  });

  it('a different wait for the same appointment, the doctor named otherwise', () => {
    expect(conflicts('Everyone will be able to see a family doctor within a week.')).toEqual([
      { kind: 'figure', lines: [7] },
    ]);
  });

  it('a cut put in other words, and a floor well below the figure', () => {
    expect(conflicts('More than £6 billion has been taken out of council budgets since 2010.')).toEqual([
      { kind: 'figure', lines: [15] },
    ]);
    expect(conflicts('Council budgets were reduced by about £5 billion.')).toEqual([{ kind: 'figure', lines: [15] }]);
    expect(conflicts('Nearly £8 billion has been taken out of council budgets.')).toEqual([]);
    expect(conflicts('More than £7.5 billion has been taken out of council budgets.')).toEqual([]);
  });

  it('a share of what shapes health, put in other words', () => {
    expect(conflicts("Roughly four-fifths of what shapes a person's health lies beyond the reach of the NHS.")).toEqual(
      [{ kind: 'figure', lines: [25] }],
    );
    expect(
      conflicts("Around 80 per cent of a person's health is shaped by factors outside the health service."),
    ).toEqual([{ kind: 'figure', lines: [25] }]);
    expect(conflicts("Some 60 per cent of a person's health is shaped by things outside the health service.")).toEqual(
      [],
    );
  });

  it("a clause opened by 'though' is another figure's, without a comma", () => {
    // The 96% is of the care given, not of older carers: that is the 65%'s clause.
    expect(conflicts('Unpaid carers give 80 per cent of the care given in the community.')).toEqual([
      { kind: 'figure', lines: [27] },
    ]);
    expect(conflicts('Unpaid carers give around 96 per cent of the care provided in our communities.')).toEqual([]);
  });

  it('a change in how many of one group there are, said in other words', () => {
    const rose = (figure: string) => `The number of carers aged 85 and over rose by ${figure} in a decade.`;
    expect(conflicts(rose('about 60 per cent'))).toEqual([{ kind: 'figure', lines: [29] }]);
    expect(conflicts(rose('128 per cent'))).toEqual([]);
  });

  it("a value expected in years to come is not today's, nor agrees with it", () => {
    // 450,000 is what the corpus expects, not how many carers there are now.
    expect(conflicts('Some 450,000 people in Wales now care for someone unpaid.')).toEqual([
      { kind: 'figure', lines: [31] },
    ]);
    expect(conflicts('Demographers expect 450,000 people in Wales to be caring unpaid within twenty years.')).toEqual(
      [],
    );
    expect(conflicts('Some 370,000 people in Wales care for someone unpaid.')).toEqual([]);
  });

  it('per head and per capita are one scope; a share and a proportion one thing', () => {
    expect(conflicts('Spending per head on older people fell by 14 per cent.')).toEqual([
      { kind: 'figure', lines: [33] },
    ]);
    expect(conflicts('Spending per head on older people fell by 12 per cent.')).toEqual([]);
    // England is named to compare with: the share is of "our" population, not of England's.
    expect(
      conflicts('At 10.5 per cent, the share of our population giving unpaid care is higher than in England.'),
    ).toEqual([{ kind: 'figure', lines: [35] }]);
  });

  it('shares of the same people that measure different things of them', () => {
    expect(conflicts('One in three older carers has felt overwhelmed by caring.')).toEqual([]);
    expect(conflicts('Half of older carers have health problems of their own.')).toEqual([
      { kind: 'figure', lines: [27] },
    ]);
  });

  it('the opposite action on the same object', () => {
    expect(conflicts('End the collection of ethnicity data by public authorities.')).toEqual([
      { kind: 'action', lines: [9] },
    ]);
  });

  it('a passive negated on the same subject, whatever follows it', () => {
    expect(conflicts('The statutory definition of a carer will not be widened to take in young carers.')).toEqual([
      { kind: 'action', lines: [17] },
    ]);
    expect(conflicts('Access to respite will not be widened to take in young carers.')).toEqual([]);
    expect(conflicts('The definition of a carer should be widened to cover parents of disabled children.')).toEqual([]);
  });

  it('"stay on the statute book" against scrapping the same regulations', () => {
    expect(
      conflicts('We think the Section 75 regulations that require tendering should stay on the statute book.'),
    ).toEqual([{ kind: 'action', lines: [19] }]);
    expect(conflicts('The Section 75 regulations should not remain in force.')).toEqual([]);
    expect(conflicts('Competitive tendering remains a useful discipline for services.')).toEqual([]);
    // A negated belief, farther back: the regulations are not to be scrapped.
    expect(conflicts('I do not believe that the Section 75 regulations on tendering should ever be scrapped.')).toEqual(
      [{ kind: 'action', lines: [19] }],
    );
    expect(conflicts('I do not believe in tendering, but the Section 75 regulations should be scrapped.')).toEqual([]);
  });

  it("no national rule against the corpus's national rule for the same thing", () => {
    expect(
      conflicts('Eligibility for care should be left to each council, without any national minimum criteria.'),
    ).toEqual([{ kind: 'action', lines: [21] }]);
    expect(conflicts('There should be no national eligibility criteria; councils know their own areas best.')).toEqual([
      { kind: 'action', lines: [21] },
    ]);
    expect(conflicts('Councils should publish how they apply the national minimum eligibility criteria.')).toEqual([]);
    expect(conflicts('No care worker should earn less than the national minimum wage.')).toEqual([]);
  });

  it('an action on a law is not one on what the law is named after, nor on what a comparison names', () => {
    expect(conflicts('We will retain the Health and Social Care Act 2012.')).toEqual([{ kind: 'action', lines: [37] }]);
    // Protecting social care (not the Act), with England only the comparison.
    expect(conflicts('Through the austerity years Wales protected social care, unlike England.')).toEqual([]);
  });

  it('"do not need" what the corpus would introduce', () => {
    expect(conflicts('Mental health services do not need a national waiting time standard.')).toEqual([
      { kind: 'action', lines: [23] },
    ]);
    expect(conflicts('There is no need for waiting time standards in mental health services.')).toEqual([
      { kind: 'action', lines: [23] },
    ]);
    expect(conflicts('Patients who do not need waiting time standards are few.')).toEqual([]);
    expect(conflicts('Mental health services do not need to wait for new standards.')).toEqual([]);
  });

  it('not a conflict: the same figure, another place or group, another thing with a number', () => {
    expect(conflicts('Some 6.5 million people across the UK care for a relative unpaid.')).toEqual([]);
    expect(conflicts('In Wales there are 370,000 unpaid carers.')).toEqual([]);
    expect(conflicts('We will open 48 new walk-in centres in towns without a GP surgery.')).toEqual([]);
    expect(conflicts('We will recruit 1,500 maternity support workers.')).toEqual([]);
  });

  it('not a conflict: a count of the carers of people with one condition, against all carers', () => {
    const seedLine = [[expect.stringMatching(/001_f4ef774c89833230\.txt:145$/)]];
    expect(saidAgainstSeeds('There are 5.7 million unpaid carers in the UK.')).toEqual(seedLine);
    expect(saidAgainstSeeds('There are 5.7 million unpaid carers of people with dementia in the UK.')).toEqual([]);
    // A share of carers of people with the condition, against the corpus's, whose figure is in brackets.
    expect(
      saidAgainstSeeds('Around a quarter of carers aged 75 and over look after someone who has dementia.'),
    ).toEqual([[expect.stringMatching(/001_f4ef774c89833230\.txt:58$/)]]);
    // Said after a comma, it says what some of them do: the count is still of all carers.
    expect(
      saidAgainstSeeds('There are 5.7 million unpaid carers in the UK, many of them caring for someone with dementia.'),
    ).toEqual(seedLine);
  });

  it('not a conflict: a sum of another time that shares one word with the corpus sum', () => {
    // Undated, the budget would be compared with the corpus's "£2.5bn comes into an integrated budget".
    expect(saidAgainstSeeds('In 1948 the NHS had fewer than 150,000 staff and a budget of about £11 billion.')).toEqual(
      [],
    );
  });

  it('not a conflict: a figure that another figure of the corpus sentence says', () => {
    expect(
      conflicts(
        'About half of council spending on adult social care goes on disabled people of ' +
          'working age, who are a third of those receiving it.',
      ),
    ).toEqual([]);
    expect(
      conflicts(
        'Disabled adults of working age are half of the spending but only around a ' +
          'quarter of the people who use social care.',
      ),
    ).toEqual([{ kind: 'figure', lines: [13] }]);
  });

  it('a sibling figure says ours only when it counts the same thing', () => {
    const other = corpusOfText('We will recruit 6,000 new mental health staff and open 5,000 new nursery places.\n');
    expect(other.claims!.conflicts('We will recruit 5,000 new mental health staff.').map((c) => c.kind)).toEqual([
      'figure',
    ]);
  });

  it('a sum is of the noun next to it: another cap on care costs, said in other words', () => {
    const other = corpusOfText(
      'The £86,000 cap on care costs won’t fix the crisis.\n\nThere will be a £50m grant for dentistry.\n',
    );
    const kinds = (s: string) => other.claims!.conflicts(s).map((c) => c.kind);
    expect(kinds('We would bring in an £80,000 cap on what anyone pays for their personal care.')).toEqual(['figure']);
    expect(kinds('A lifetime cap of £80,000 will protect families.')).toEqual(['figure']);
    // The same noun, but each says what it is for, and they share nothing of it.
    expect(kinds('We will set up a £10m grant for hospices.')).toEqual([]);
    // The cap of another time.
    expect(kinds('The £72,000 cap on care costs legislated for in 2014 was never brought in.')).toEqual([]);
  });

  it('a figure of one place and period needs fewer words in common', () => {
    // Against the seeds, where "adult", "social" and "care" are common words and say little.
    const said = saidAgainstSeeds;
    // "…broadly flat in real terms between 2009-10 and 2015-16 compared to a 6.4% decline in England."
    const spent = 'Real-terms spending on adult social care in England fell by around 10 per cent';
    expect(said(`${spent} between 2009-10 and 2015-16, far more than in Wales.`)).toEqual([
      [expect.stringMatching(/001_f4ef774c89833230\.txt:12$/)],
    ]);
    // A comparison after a comma (", far more than in Wales") is another thing's: with no period said, what is left
    // is still England's fall.
    expect(said(`${spent}, far more than in Wales.`)).toEqual([
      [expect.stringMatching(/001_f4ef774c89833230\.txt:12$/)],
    ]);
    // The same place and years, but nothing of what is measured in common.
    expect(said('In England the number of nurses rose by 10% between 2009-10 and 2015-16.')).toEqual([]);
  });

  it('a change where the corpus says there was none, in the same place over the same years', () => {
    // The seed: in Wales "the level of spend has remained broadly flat in real terms between 2009-10 and 2015-16
    // compared to a 6.4% decline in England".
    const file = '001_f4ef774c89833230.txt';
    expect(
      saidAgainstSeeds(
        'Social care spending in Wales was cut by 6.4 per cent in real terms between 2009-10 and 2015-16.',
      ),
    ).toEqual([[expect.stringContaining(`${file}:12`)]]);
    expect(saidAgainstSeeds('In Wales social care spending rose by 1 per cent between 2009-10 and 2015-16.')).toEqual(
      [],
    );
    expect(saidAgainstSeeds('In England social care spending fell by 6.4% between 2009-10 and 2015-16.')).toEqual([]);
  });

  it('growth since one year in how many there are, each clause its own group; a sum paid in a thing', () => {
    const other = corpusOfText(
      'Whilst the number of carers has risen by 11% since 2001, the number of those over 65 rose by 35%.\n\n' +
        'Families of cancer patients face parking charges of more than £400 per year that place a strain on them.\n',
    );
    const values = (s: string) =>
      other
        .claims!.conflicts(s)
        .flatMap((c) => c.theirs.flatMap((t) => ('figure' in t.claim ? [t.claim.figure.value] : [])));
    expect(values('Since 2001 the number of carers has grown by almost a quarter.')).toEqual([11]);
    expect(
      values(
        'Since 2001 the number of carers aged 65 and over has risen by more than half, far faster than ' +
          'the growth in carers as a whole.',
      ),
    ).toEqual([35]);
    expect(values('Since 2001 the number of carers has grown by 11%.')).toEqual([]);
    // Against the seeds, where "carers" is common: growth since the same year in how many there are.
    expect(saidAgainstSeeds('Since 2001 the number of carers has grown by almost a quarter.')).toEqual([
      [expect.stringMatching(/001_f4ef774c89833230\.txt:56$/)],
    ]);
    expect(values('Families can pay more than £600 a year in hospital car parking charges.')).toEqual([400]);
  });

  it('a sum of a named thing in another frame, its noun a compound or left out', () => {
    expect(saidAgainstSeeds("The previous Government's £80,000 lifetime cap on care costs was scrapped.")).toEqual([
      [expect.stringMatching(/004_3cb4a7009a04f068\.txt:17$/)],
    ]);
    expect(saidAgainstSeeds('Councils have kept services running through £11 billion of budget cuts.')).toEqual([
      [expect.stringMatching(/004_3cb4a7009a04f068\.txt:5$/)],
    ]);
    expect(
      saidAgainstSeeds('Labour says its promise of up to £3bn extra every year for the NHS is for care too.'),
    ).toEqual([[expect.stringMatching(/003_756c14c20b9d882b\.txt:7$/)]]);
    // Extra money for something else, or a total rather than a year's, is another quantity.
    expect(saidAgainstSeeds("We will find £3bn more each year for councils' children's social care services.")).toEqual(
      [],
    );
    expect(saidAgainstSeeds('Together that means £16 billion more for the NHS across the UK.')).toEqual([]);
  });

  it('a count that moved the other way since the same year, in another frame and with no figure', () => {
    const fallen = [[expect.stringMatching(/001_f4ef774c89833230\.txt:213$/)]];
    expect(saidAgainstSeeds('There are more GPs working in the NHS today than there were in 2010.')).toEqual(fallen);
    expect(saidAgainstSeeds('Although GP numbers have risen since 2009/10, demand has grown faster.')).toEqual(fallen);
    expect(seedsCorpus().claims!.conflicts('GP numbers have risen since 2009/10.')[0]?.kind).toBe('trend');
    // The same way, or since another year, is no conflict.
    expect(saidAgainstSeeds('GP numbers have fallen since 2010.')).toEqual([]);
    expect(saidAgainstSeeds('GP numbers have risen since 2016.')).toEqual([]);
  });

  it('not a conflict: a wait longer than a week against a right to be seen within 48 hours', () => {
    expect(conflicts('A quarter of patients wait over a week to see a GP.')).toEqual([]);
  });
});

describe('ClaimIndex built in batches', () => {
  it('finds what the index built at once finds, whoever reads the batches', async () => {
    const { ClaimIndex } = await import('./index');
    const batches: number[] = [];
    const read = async (batch: Array<[number, string]>) => {
      batches.push(batch.length);
      const { claimsOfSentence } = await import('./index');
      // As from a worker thread: plain data, copied.
      return structuredClone(
        batch.map(([u, t]) => [u, claimsOfSentence(t)] as [number, ReturnType<typeof claimsOfSentence>]),
      );
    };
    const stepped = await ClaimIndex.buildInBatches(corpus.index, async () => {}, read);
    const atOnce = ClaimIndex.build(corpus.index);
    for (const s of [
      "The UK's 6.3 million carers save the economy billions.",
      'End the collection of ethnicity data by public authorities.',
      'We will recruit 1,500 maternity support workers.',
    ]) {
      const lines = (c: typeof atOnce) => c.conflicts(s).map((k) => [k.kind, k.theirs.map((t) => t.unit.ref.line)]);
      expect(lines(stepped)).toEqual(lines(atOnce));
    }
    expect(batches.length).toBeGreaterThan(0);
  });
});
