import fs from 'node:fs';
import path from 'node:path';
import { describe, expect, it } from 'vitest';
import { findFigures, findFiguresTryingEveryWord, hasFigure, type Figure } from './figures';

type Expect = Partial<Omit<Figure, 'start' | 'end'>> & { text: string };

// [sentence, expected figures (in order, matched by exact span text)]
const POSITIVE: Array<[string, Expect[]]> = [
  // --- money
  [
    'We will invest an extra £100 million a year in general practice.',
    [{ text: '£100 million a year', kind: 'money', value: 1e8, unit: 'GBP', per: 'year' }],
  ],
  [
    'The settlement adds £2.5bn to the social care budget.',
    [{ text: '£2.5bn', kind: 'money', value: 2.5e9, unit: 'GBP' }],
  ],
  [
    'Councils face a gap of £1.2 billion in adult social care.',
    [{ text: '£1.2 billion', kind: 'money', value: 1.2e9, unit: 'GBP' }],
  ],
  ['The US programme cost $3m to pilot.', [{ text: '$3m', kind: 'money', value: 3e6, unit: 'USD' }]],
  ['Each trust receives €40k from the EU fund.', [{ text: '€40k', kind: 'money', value: 4e4, unit: 'EUR' }]],
  [
    'Ministers found 100 million pounds for hospices.',
    [{ text: '100 million pounds', kind: 'money', value: 1e8, unit: 'GBP' }],
  ],
  ['The average nursing home place costs £86,000.', [{ text: '£86,000', kind: 'money', value: 86000, unit: 'GBP' }]],
  [
    'Care workers will be paid at least £12.60 an hour.',
    [{ text: 'at least £12.60 an hour', kind: 'money', value: 12.6, unit: 'GBP', per: 'hour', qualifier: 'at-least' }],
  ],
  [
    'The levy would raise £2-3bn for the NHS.',
    [{ text: '£2-3bn', kind: 'money', value: 2e9, valueMax: 3e9, qualifier: 'range' }],
  ],
  [
    'Estimates put the cost between £2bn and £3bn.',
    [{ text: 'between £2bn and £3bn', kind: 'money', value: 2e9, valueMax: 3e9, qualifier: 'range' }],
  ],
  [
    'Practices get £50 per patient registered.',
    [{ text: '£50 per patient', kind: 'money', value: 50, per: 'patient' }],
  ],
  ['Prescription charges rise by 20p.', [{ text: '20p', kind: 'money', value: 0.2, unit: 'GBP' }]],
  ["Carer's Allowance is £81.90 a week.", [{ text: '£81.90 a week', kind: 'money', value: 81.9, per: 'week' }]],
  [
    'An extra £1.5bn annually will go to mental health.',
    [{ text: '£1.5bn annually', kind: 'money', value: 1.5e9, per: 'year' }],
  ],
  ['The fund is worth up to £500m.', [{ text: 'up to £500m', kind: 'money', value: 5e8, qualifier: 'up-to' }]],
  [
    'Public health grants were cut by more than £1bn.',
    [{ text: 'more than £1bn', kind: 'money', value: 1e9, qualifier: 'more-than' }],
  ],
  [
    'We will spend five billion pounds on new hospitals.',
    [{ text: 'five billion pounds', kind: 'money', value: 5e9, unit: 'GBP' }],
  ],
  // --- counts
  [
    'Trusts reported 5,000 vacancies in mental health nursing.',
    [{ text: '5,000 vacancies', kind: 'count', value: 5000, unit: 'vacancy' }],
  ],
  [
    'We will train 4,000 more health visitors.',
    [{ text: '4,000 more health visitors', kind: 'count', value: 4000, unit: 'visitor' }],
  ],
  [
    'Four thousand care homes have closed.',
    [{ text: 'Four thousand care homes', kind: 'count', value: 4000, unit: 'home' }],
  ],
  ['A dozen trusts failed inspection.', [{ text: 'A dozen trusts', kind: 'count', value: 12, unit: 'trust' }]],
  [
    'Around 1.2 million people lack the care they need.',
    [{ text: 'Around 1.2 million people', kind: 'count', value: 1.2e6, unit: 'person', qualifier: 'about' }],
  ],
  [
    'The unit has two hundred and five beds.',
    [{ text: 'two hundred and five beds', kind: 'count', value: 205, unit: 'bed' }],
  ],
  [
    'We will recruit 8,500 new mental health staff.',
    [{ text: '8,500 new mental health staff', kind: 'count', value: 8500, unit: 'staff' }],
  ],
  ['There are 1,250 GPs in the region.', [{ text: '1,250 GPs', kind: 'count', value: 1250, unit: 'GP' }]],
  ['Forty new hospitals were promised.', [{ text: 'Forty new hospitals', kind: 'count', value: 40, unit: 'hospital' }]],
  ['The waiting list has 7.6m people on it.', [{ text: '7.6m people', kind: 'count', value: 7.6e6, unit: 'person' }]],
  [
    'Half a million carers gave up work.',
    [{ text: 'Half a million carers', kind: 'count', value: 5e5, unit: 'carer' }],
  ],
  [
    'A quarter of a million people wait for assessment.',
    [{ text: 'A quarter of a million people', kind: 'count', value: 2.5e5, unit: 'person' }],
  ],
  [
    'Two and a half million people are unpaid carers.',
    [{ text: 'Two and a half million people', kind: 'count', value: 2.5e6 }],
  ],
  [
    'There are over 100,000 vacancies in social care.',
    [{ text: 'over 100,000 vacancies', kind: 'count', value: 1e5, qualifier: 'more-than' }],
  ],
  [
    'Forty-two integrated care boards now commission services.',
    [{ text: 'Forty-two integrated care boards', kind: 'count', value: 42, unit: 'board' }],
  ],
  ['The new 300-bed hospital opens next year.', [{ text: '300-bed', kind: 'count', value: 300, unit: 'bed' }]],
  [
    'Free care will cover people aged 75 and over.',
    [{ text: '75 and over', kind: 'count', value: 75, unit: 'age', qualifier: 'at-least' }],
  ],
  [
    'Three new community diagnostic centres will open.',
    [{ text: 'Three new community diagnostic centres', kind: 'count', value: 3, unit: 'centre' }],
  ],
  [
    'We need 5,000 or more school nurses.',
    [{ text: '5,000 or more', kind: 'count', value: 5000, qualifier: 'at-least' }],
  ],
  ['Nursery places for two year olds will expand.', [{ text: 'two year olds', kind: 'count', value: 2, unit: 'age' }]],
  [
    'There are 1.2 million people over 65 providing care.',
    [
      { text: '1.2 million people', kind: 'count', value: 1.2e6, unit: 'person' },
      { text: 'over 65', kind: 'count', value: 65, unit: 'age', qualifier: 'more-than' },
    ],
  ],
  [
    'Two nurses per ward is the minimum.',
    [{ text: 'Two nurses per ward', kind: 'count', value: 2, unit: 'nurse', per: 'ward' }],
  ],
  // --- percentages
  [
    'Unprotected departments face cuts of almost 16 per cent.',
    [{ text: 'almost 16 per cent', kind: 'percent', value: 16, unit: 'percent', qualifier: 'about' }],
  ],
  ['Vacancy rates reached 16% last year.', [{ text: '16%', kind: 'percent', value: 16 }]],
  [
    'Budgets would need to rise by 25-33%.',
    [{ text: '25-33%', kind: 'percent', value: 25, valueMax: 33, qualifier: 'range' }],
  ],
  [
    'Providers lose between a quarter and a third of their staff, and between one in ten and one in five leave.',
    [
      { text: 'between a quarter and a third', kind: 'percent', value: 25, qualifier: 'range' },
      { text: 'between one in ten and one in five', kind: 'percent', value: 10, valueMax: 20, qualifier: 'range' },
    ],
  ],
  // A ratio with its counted noun between: a share, unless the second number counts a noun of its own.
  [
    'In 2014, two carers in three said they felt ignored.',
    [
      { text: '2014', kind: 'date', value: 2014 },
      { text: 'two carers in three', kind: 'percent', value: 66.666667 },
    ],
  ],
  ['One patient in five waits longer than a week.', [{ text: 'One patient in five', kind: 'percent', value: 20 }]],
  [
    'Two nurses in three wards were off sick.',
    [
      { text: 'Two nurses', kind: 'count', value: 2 },
      { text: 'three wards', kind: 'count', value: 3 },
    ],
  ],
  [
    'Spending on agency staff fell by a quarter between 2022 and 2024.',
    [
      { text: 'a quarter', kind: 'percent', value: 25 },
      { text: 'between 2022 and 2024', kind: 'date', value: 2022, valueMax: 2024, qualifier: 'range' },
    ],
  ],
  ['Half of all GP practices are closed to new patients.', [{ text: 'Half', kind: 'percent', value: 50 }]],
  ['A third of care homes are rated inadequate.', [{ text: 'A third', kind: 'percent', value: 33.333333 }]],
  ['Two thirds of councils overspent.', [{ text: 'Two thirds', kind: 'percent', value: 66.666667 }]],
  [
    'Nearly two-thirds of carers report poor health.',
    [{ text: 'Nearly two-thirds', kind: 'percent', value: 66.666667, qualifier: 'about' }],
  ],
  ['One in four adults experiences a mental health problem.', [{ text: 'One in four', kind: 'percent', value: 25 }]],
  ['Nine out of ten GPs support the change.', [{ text: 'Nine out of ten', kind: 'percent', value: 90 }]],
  [
    'Pay rose 3 percentage points faster than inflation.',
    [{ text: '3 percentage points', kind: 'percent', value: 3, unit: 'percentage-point' }],
  ],
  ['Costs grew 12 per cent a year.', [{ text: '12 per cent a year', kind: 'percent', value: 12, per: 'year' }]],
  // --- multipliers
  ['We will double the number of district nurses.', [{ text: 'double', kind: 'multiplier', value: 2, unit: 'x' }]],
  ['Doubling mental health budgets is our aim.', [{ text: 'Doubling', kind: 'multiplier', value: 2 }]],
  ['We will treble the number of specialist nurses.', [{ text: 'treble', kind: 'multiplier', value: 3 }]],
  ['Labour will triple funding for hospices.', [{ text: 'triple', kind: 'multiplier', value: 3 }]],
  ['We will halve the time patients wait for a diagnosis.', [{ text: 'halve', kind: 'multiplier', value: 0.5 }]],
  ['We will train a third more midwives.', [{ text: 'a third more', kind: 'multiplier', value: 1.333333 }]],
  ['Carers are twice as likely to be in poor health.', [{ text: 'twice as likely', kind: 'multiplier', value: 2 }]],
  ['Demand has grown three times faster than funding.', [{ text: 'three times', kind: 'multiplier', value: 3 }]],
  [
    'Referrals more than doubled after the pandemic.',
    [{ text: 'more than doubled', kind: 'multiplier', value: 2, qualifier: 'more-than' }],
  ],
  ['The backlog has grown fourfold.', [{ text: 'fourfold', kind: 'multiplier', value: 4 }]],
  // --- durations
  [
    'All NHS patients will have the right to a GP appointment within 48 hours.',
    [{ text: 'within 48 hours', kind: 'duration', value: 48, unit: 'hour', qualifier: 'at-most' }],
  ],
  ['We will fund the programme over five years.', [{ text: 'five years', kind: 'duration', value: 5, unit: 'year' }]],
  [
    'Ambulances should arrive in 60 seconds of dispatch.',
    [{ text: '60 seconds', kind: 'duration', value: 60, unit: 'second' }],
  ],
  ['The NHS 10-year plan sets out the reforms.', [{ text: '10-year', kind: 'duration', value: 10, unit: 'year' }]],
  ['A 5-year plan for the workforce is overdue.', [{ text: '5-year', kind: 'duration', value: 5, unit: 'year' }]],
  ['In our first 100 days we will publish a plan.', [{ text: '100 days', kind: 'duration', value: 100, unit: 'day' }]],
  ['Patients should be seen in six weeks.', [{ text: 'six weeks', kind: 'duration', value: 6, unit: 'week' }]],
  ['The four-hour A&E standard will be restored.', [{ text: 'four-hour', kind: 'duration', value: 4, unit: 'hour' }]],
  [
    'We will cut waits to under six weeks.',
    [{ text: 'under six weeks', kind: 'duration', value: 6, unit: 'week', qualifier: 'less-than' }],
  ],
  [
    'Patients should be discharged within a day of being medically fit.',
    [{ text: 'within a day', kind: 'duration', value: 1, unit: 'day', qualifier: 'at-most' }],
  ],
  [
    'Care plans will last between 3 and 5 years.',
    [{ text: 'between 3 and 5 years', kind: 'duration', value: 3, valueMax: 5, qualifier: 'range' }],
  ],
  [
    'Community pharmacies will open seven days a week.',
    [{ text: 'seven days a week', kind: 'duration', value: 7, unit: 'day', per: 'week' }],
  ],
  [
    'A review is due within the next two years.',
    [{ text: 'within the next two years', kind: 'duration', value: 2, unit: 'year', qualifier: 'at-most' }],
  ],
  // --- frequencies
  [
    'Carers will get a break three times a week.',
    [{ text: 'three times a week', kind: 'frequency', value: 3, per: 'week' }],
  ],
  ['Residents will be reviewed twice a year.', [{ text: 'twice a year', kind: 'frequency', value: 2, per: 'year' }]],
  [
    'Health checks will be offered every six months.',
    [{ text: 'every six months', kind: 'frequency', value: 6, unit: 'month' }],
  ],
  ['Crisis lines will be staffed 24/7.', [{ text: '24/7', kind: 'frequency', value: 168, unit: 'hour', per: 'week' }]],
  // --- dates and deadlines
  ['The cap on care costs was due in 2028.', [{ text: '2028', kind: 'date', value: 2028, unit: 'year' }]],
  ['The new contract starts in April 2027.', [{ text: 'April 2027', kind: 'date', value: 2027.25 }]],
  ['The consultation closed on 17.11.18.', [{ text: '17.11.18', kind: 'date' }]],
  ['We will end corridor care by 2030.', [{ text: 'by 2030', kind: 'deadline', value: 2030 }]],
  [
    'We will clear the backlog by the end of the decade.',
    [{ text: 'by the end of the decade', kind: 'deadline', value: null, unit: 'decade' }],
  ],
  [
    'Every GP will be trained by the end of the parliament.',
    [{ text: 'by the end of the parliament', kind: 'deadline', unit: 'parliament' }],
  ],
  [
    'We will deliver this within the next parliament.',
    [{ text: 'within the next parliament', kind: 'deadline', unit: 'parliament' }],
  ],
  ['The register will be live by next year.', [{ text: 'by next year', kind: 'deadline', unit: 'year' }]],
  [
    'Budgets for 2024/25 were set in March.',
    [
      { text: '2024/25', kind: 'date', value: 2024, valueMax: 2025 },
      { text: 'March', kind: 'date', value: null },
    ],
  ],
  ['The scheme runs from 1 April 2026.', [{ text: '1 April 2026', kind: 'date', value: 2026.25 }]],
  [
    'Trusts must comply by the end of March 2026.',
    [{ text: 'by the end of March 2026', kind: 'deadline', value: 2026.166667 }],
  ],
  [
    'Underfunding throughout the 2010s left services fragile.',
    [{ text: '2010s', kind: 'date', value: 2010, unit: 'decade' }],
  ],
  [
    'GP surgeries will open from 8am to 8pm.',
    [
      { text: '8am', kind: 'date', value: 8, unit: 'time-of-day' },
      { text: '8pm', kind: 'date', value: 20, unit: 'time-of-day' },
    ],
  ],
  [
    'Section 75 agreements will be reviewed by spring 2026.',
    [{ text: 'by spring 2026', kind: 'deadline', value: 2026.25 }],
  ],
];

// Sentences with no figure at all.
const NEGATIVE: string[] = [
  'Labour will scrap the Section 75 regulations that force services out to tender.',
  'Amendment 4 was accepted by the conference.',
  'Amendment 2: after 4. insert: "End the cuts to council budgets."',
  'Amendment 2: insert: "5. End the cuts to council budgets."',
  'The 2012 Act fragmented the NHS.',
  'We will repeal the Health and Social Care Act 2012.',
  'The Care Act 2014 duties on councils remain.',
  'This is one of the biggest challenges facing the NHS.',
  'Call NHS 111 if you need urgent advice.',
  'Social care must be fit for the 21st century.',
  'Health and care staff will work as one team.',
  'Councils and the NHS will share a single budget.',
  'No one should have to sell their home to pay for care.',
  'Professionals must work with one another.',
  '1. Repeal the Health and Social Care Act',
  'Band 5 nurses are leaving the profession.',
  'People with Type 2 diabetes need better support.',
  'COVID-19 exposed the fragility of social care.',
  'The Five Year Forward View set the direction.',
  'We will publish a 10-point plan for carers.',
  'Recommendation 12 calls for a national care service.',
  'Under Article 8 patients have a right to privacy.',
  'Labour will treat carers with dignity and respect.',
  'Hundreds of thousands of people go without care.',
  'Billions of pounds have been wasted on reorganisation.',
  'We will double-check every assessment.',
  'The triple lock protects pensions.',
  'A half-hearted approach will not do.',
  'One day every carer will have a break.',
  'The annual report was published.',
  'There is a one-off chance to fix social care.',
  'Clause 4 of the constitution matters.',
  'Councils may expand services if funding allows.',
  'Mental Health Act 1983 reforms are overdue.',
  'Call 0300 123 4567 for advice.',
  'See Paragraph 3 of the guidance.',
  'We will ban zero hours contracts in social care.',
  'We have received 1000s of comments.',
];

function check(sentence: string, expected: Expect[]) {
  const figs = findFigures(sentence);
  for (const f of figs) {
    expect(f.text).toBe(sentence.slice(f.start, f.end));
  }
  const texts = figs.map((f) => f.text);
  for (const e of expected) {
    const f = figs.find((x) => x.text === e.text);
    expect(f, `figure "${e.text}" in "${sentence}" (got ${JSON.stringify(texts)})`).toBeDefined();
    for (const [k, v] of Object.entries(e)) {
      const actual = (f as unknown as Record<string, unknown>)[k];
      if (typeof v === 'number' && typeof actual === 'number') expect(actual, `${k} of "${e.text}"`).toBeCloseTo(v, 4);
      else expect(actual, `${k} of "${e.text}"`).toEqual(v);
    }
  }
}

describe('findFigures: positives', () => {
  for (const [sentence, expected] of POSITIVE) {
    it(sentence, () => check(sentence, expected));
  }
});

describe('findFigures: negatives', () => {
  for (const sentence of NEGATIVE) {
    it(sentence, () => {
      expect(findFigures(sentence).map((f) => f.text)).toEqual([]);
      expect(hasFigure(sentence)).toBe(false);
    });
  }
});

describe('findFigures: mixed sentences', () => {
  it('ignores labels and statute years but keeps real figures', () => {
    const s = 'Under Section 75 of the Care Act 2014, councils spent £4.2bn in 2023.';
    const figs = findFigures(s);
    expect(figs.map((f) => [f.kind, f.text])).toEqual([
      ['money', '£4.2bn'],
      ['date', '2023'],
    ]);
  });

  it('reports several figures in order with exact offsets', () => {
    const s = 'We will recruit 5,000 more health visitors a year by April 2027 and open 40 new hospitals.';
    const figs = findFigures(s);
    expect(figs.map((f) => [f.kind, f.text])).toEqual([
      ['count', '5,000 more health visitors a year'],
      ['deadline', 'by April 2027'],
      ['count', '40 new hospitals'],
    ]);
    expect(figs[0].per).toBe('year');
    expect(figs[0].start).toBe(s.indexOf('5,000'));
  });

  it('handles the increase-by-amount-by-date pledge', () => {
    const figs = findFigures('We will increase funding for adult social care by £1.2 billion a year by 2028.');
    expect(figs.map((f) => [f.kind, f.text, f.value])).toEqual([
      ['money', '£1.2 billion a year', 1.2e9],
      ['deadline', 'by 2028', 2028],
    ]);
  });

  it('keeps a count and a duration separate', () => {
    const figs = findFigures('Waiting lists grew by 3.2 million, with 400,000 people waiting over a year.');
    expect(figs.map((f) => [f.kind, f.text])).toEqual([
      ['count', '3.2 million'],
      ['count', '400,000 people'],
      ['duration', 'a year'],
    ]);
  });

  // Speed is the bench's to measure (npm run bench); here, only what is found.
  it('treats plain English without numbers as figure-free', () => {
    const s = 'We will work with councils and the NHS to deliver joined-up care for everyone. '.repeat(20);
    expect(findFigures(s)).toEqual([]);
  });
});

describe("the scanner's gate on words that start no figure", () => {
  // Every line of the shipped seeds and of the labelled cases: real policy text of every shape the checks read.
  const root = path.join(__dirname, '../../../..');
  const folders = [path.join(root, 'seeds'), path.join(root, 'test/cases'), path.join(root, '../shared/eval/cases')];
  const lines = folders
    .filter((dir) => fs.existsSync(dir))
    .flatMap((dir) =>
      fs
        .readdirSync(dir)
        .filter((f) => /\.(?:md|txt)$/.test(f))
        .map((f) => path.join(dir, f)),
    )
    .flatMap((file) => fs.readFileSync(file, 'utf8').split('\n'))
    .filter((line) => line.trim());

  it('finds what trying every recogniser on every word finds', () => {
    expect(lines.length).toBeGreaterThan(2_000);
    const differ = lines.filter(
      (line) => JSON.stringify(findFigures(line)) !== JSON.stringify(findFiguresTryingEveryWord(line)),
    );
    expect(differ).toEqual([]);
  });

  it('lets a figure that starts with a number word through', () => {
    const s = 'Twenty thousand more nurses by spring 2027, a quarter of them within a year, twice a week.';
    expect(findFigures(s).map((f) => f.text)).toEqual(findFiguresTryingEveryWord(s).map((f) => f.text));
    expect(findFigures(s).length).toBeGreaterThanOrEqual(4);
  });
});
