import { describe, expect, it } from 'vitest';
import { contentTokens, labelOf, normalise, wordsOf } from './normalise';

const tokens = (s: string) => normalise(s).tokens.join(' ');

describe('normalise', () => {
  it('folds case, punctuation, curly quotes and dashes', () => {
    expect(tokens('Labour will SCRAP the “Section” regulations!')).toBe(
      tokens("labour will scrap the 'section' regulations"),
    );
    expect(tokens('end–of–life care')).toBe(tokens('end-of-life care'));
    expect(tokens('end-of-life care')).toBe(tokens('end of life care'));
  });

  it('drops amendment labels and stopwords', () => {
    expect(tokens('Amendment 7: Patients will be assessed.')).toBe(tokens('Patients will be assessed'));
    expect(normalise('Motion 3 - We will act').tokens).toEqual(['act']);
  });

  it("drops a submission's sender, and keeps it as the passage's label", () => {
    expect(tokens('Submission from Test Valley branch: The levy will not fix the crisis.')).toBe(
      tokens('The levy will not fix the crisis.'),
    );
    expect(labelOf('Submission from Test Valley branch: The levy will not fix the crisis.')).toBe(
      'Submission from Test Valley branch',
    );
    expect(labelOf('Amendment 7: Patients will be assessed.')).toBe('Amendment 7');
    expect(labelOf('A submission from every branch is welcome.')).toBeUndefined();
  });

  it('reads a shortened scale word as the word', () => {
    expect(tokens('£20bn a year for adult social care')).toBe(tokens('£20 billion a year for adult social care'));
  });

  it("drops an amendment's mover and its instruction, so its proposed words are compared", () => {
    const words = 'Staff turnover is now above 30 per cent.';
    for (const amendment of [
      `Amendment 3 (Lewisham Deptford): After paragraph 5 insert: "${words}"`,
      `Amendment 4: Add at end: “${words}”`,
      `Amendment 5 (SHA): In "Conference therefore calls for", after h) insert: "${words}"`,
      `Amendment 6: Insert new paragraph: ${words}`,
      `Amendment 7 (Ynys Môn): Add as a new point: ${words}`,
    ]) {
      expect(tokens(amendment), amendment).toBe(tokens(words));
      expect(labelOf(amendment), amendment).toMatch(/^Amendment \d$/);
    }
    // An instruction is dropped only after a label: in running text its words are the text's.
    expect(tokens('Add at end: more staff.')).not.toBe(tokens('more staff.'));
  });

  it('drops a number in words, a proposer after a comma and a marker in front of a label', () => {
    const words = 'The workload of general practice cannot be sustained.';
    for (const [labelled, label] of [
      [
        `Amendment Three (Brent and Harrow): In "Conference notes that", after point 1 insert: "${words}"`,
        'Amendment Three',
      ],
      [`Motion 70, proposed by WAKEFIELD DIVISION: That ${words}`, 'Motion 70'],
      [`★ Motion 67, moved by the Yorkshire Regional Council: That ${words}`, 'Motion 67'],
    ]) {
      expect(tokens(labelled).replace(/^that /, ''), labelled).toBe(tokens(words));
      expect(labelOf(labelled), labelled).toBe(label);
    }
    // A word that only starts like a number, or a proposal in running text, is no label.
    expect(labelOf('Amendment tenfold: more staff.')).toBeUndefined();
    expect(tokens('The motion, proposed by the branch, was carried.')).toContain('branch');
  });

  it("drops a speaker's label as Hansard prints it, and no other lead before a colon", () => {
    const said = normalise('Working-age disabled adults account for a quarter of the budget.').tokens;
    for (const label of ['Lord Harper (Con):', '**The Minister (Lord Kamall) (Con):**', 'Mover of Amendment 51 (Lab):'])
      expect(
        normalise(`${label} Working-age disabled adults account for a quarter of the budget.`).tokens,
        label,
      ).toEqual(said);
    expect(normalise('Our aim: to protect the budget.').tokens).toContain('aim');
    expect(normalise('Lord Darzi found: waits have grown.').tokens).toContain('darzi');
  });

  it('folds inflections, spelling variants and synonyms', () => {
    expect(tokens('organizations delivering services')).toBe(tokens('organisation delivers service'));
    expect(tokens('We will give patients help')).toBe(tokens('We will provide patients support'));
    expect(tokens('make sure')).toBe(tokens('ensure'));
  });

  it('keeps numbers and negations aside', () => {
    const n = normalise('We will not invest £4,000 in 2 places');
    expect(n.numbers).toEqual(['4000', '2']);
    expect(n.negations).toBe(1);
    expect(n.tokens).not.toContain('not');
    expect(n.negationAt).toEqual([0]);
    expect(normalise("We won't act").negations).toBe(1);
  });

  it('leaves out who says it, said around what is said', () => {
    const said = normalise('staff shortages are leaving people without care').tokens;
    expect(normalise('However, as the motion states, staff shortages are leaving people without care.').tokens).toEqual(
      said,
    );
    expect(normalise('"Staff shortages are leaving people without care," said the ADASS President.').tokens).toEqual(
      said,
    );
    // Not a frame naming a speaker: the words are the passage's own.
    expect(tokens('As the population ages, staff shortages are leaving people without care.')).toMatch(/^popul/);
    expect(normalise('Nearly 7,000 wait').tokens).toEqual(normalise('Almost 7,000 wait').tokens);
    // A member named by seat and title in a debate.
    expect(
      normalise('As the hon. Member for Tiverton and Minehead said, staff shortages are leaving people without care.')
        .tokens,
    ).toEqual(said);
  });

  it('reads every frame of support as "supports", and keeps a frame of opposition', () => {
    const supports = normalise('supports strengthening the enforcement of the minimum wage').tokens;
    for (const s of [
      'Conference supports strengthening the enforcement of the minimum wage.',
      'This House welcomes strengthening the enforcement of the minimum wage.',
      'Labour is committed to strengthening the enforcement of the minimum wage.',
      'We remain firmly committed to strengthening the enforcement of the minimum wage.',
    ])
      expect(normalise(s).tokens, s).toEqual(supports);
    expect(normalise('Conference opposes strengthening the enforcement of the minimum wage.').tokens).not.toEqual(
      supports,
    );
  });

  it('reads a negation mistyped as the negation meant', () => {
    for (const s of ['We cannott ask more of carers', 'We dont ask more of carers', 'We cannot ask more of carers'])
      expect(normalise(s), s).toMatchObject({ negations: 1, tokens: normalise('We ask more of carers').tokens });
    expect(normalise('We can ask more of carers').negations).toBe(0);
  });

  it('does not merge distinct words', () => {
    expect(tokens('personal budgets')).not.toBe(tokens('people budgets'));
    expect(tokens('abolish')).not.toBe(tokens('retain'));
  });
});

describe('wordsOf', () => {
  it('finds the words the word pattern finds, in any text', async () => {
    const fc = (await import('fast-check')).default;
    const WORD = /[a-z][a-z'-]*[a-z]|[a-z]|\d[\d,.]*\d|\d/g;
    const chars = fc.constantFrom(..."ab z09,.'-_é£\n".split(''));
    fc.assert(
      fc.property(
        fc.array(chars, { maxLength: 40 }).map((cs) => cs.join('')),
        (text) => {
          expect([...wordsOf(text)]).toEqual(text.match(WORD) ?? []);
        },
      ),
      { numRuns: 2000 },
    );
  });
});

describe('contentTokens', () => {
  it('gives the tokens normalise gives', async () => {
    const fc = (await import('fast-check')).default;
    const words = fc.constantFrom(
      'We',
      'will',
      'not',
      "won't",
      'abolish',
      'Amendment 3:',
      'end-of-life',
      'care',
      '£100',
      '4,000',
      'nurses',
      'organise',
      'organize',
      'the',
      'NHS',
      '—',
      'e.g.',
      'carers’',
    );
    fc.assert(
      fc.property(
        fc.array(words, { maxLength: 20 }).map((ws) => ws.join(' ')),
        (text) => {
          expect(contentTokens(text)).toEqual(normalise(text).tokens);
        },
      ),
      { numRuns: 500 },
    );
  });
});
