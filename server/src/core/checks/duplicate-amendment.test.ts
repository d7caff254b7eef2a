import { describe, expect, it } from 'vitest';
import { analyse } from '../analyse';
import { Corpus } from '../corpus/index';
import { readCorpusText } from '../corpus/corpus';

const SOURCE = [
  'We will guarantee that every older person leaving hospital has a care plan agreed with their family before discharge.',
  '',
  '  • recruit 3,000 more midwives to end the shortage in maternity units;',
  '',
  'Councils should not be allowed to sell off public playing fields used by schools. Local people will have a say over new health centres in their area.',
  '',
  'Mental health services will be given the same priority as physical health services in every integrated care system, with clear access standards.',
].join('\n');

const corpus = new Corpus([readCorpusText('policy.txt', '/corpus/policy.txt', SOURCE)]);
const dupLines = (draft: string) => {
  const { findings, draft: d } = analyse(draft, corpus, { rules: ['duplicate-amendment'] });
  return findings.map((f) => d.line(f.start));
};
const isDuplicate = (sentence: string) => dupLines(`# Draft\n\n${sentence}\n`).length === 1;

describe('duplicate-amendment against the corpus', () => {
  it.each([
    ['exact copy', 'We will guarantee that every older person leaving hospital has a care plan agreed with their family before discharge.'],
    ['case and punctuation', 'WE WILL GUARANTEE that every older person leaving hospital has a care plan, agreed with their family, before discharge!'],
    ['typos', 'We will guarantee that every older persn leaving hospitl has a care plan agreed with their family before discharge.'],
    ['amendment label and emphasis', 'Amendment 4: We will *guarantee* that every older person leaving hospital has a [care plan](https://x.org) agreed with their family before discharge.'],
    ['a word dropped', 'We will guarantee that every older person leaving hospital has a care plan agreed with family before discharge.'],
    ['a few words added', 'We will guarantee that every older person leaving hospital in England has a written care plan agreed with their family before discharge.'],
    ['a synonym swapped', 'We will make sure that every older person leaving hospital has a care plan agreed with their family before discharge.'],
    ['a sentence cut from a longer passage', 'Local people will have a say over new health centres in their area.'],
    ['a clause cut from a longer sentence', 'Mental health services will be given the same priority as physical health services in every integrated care system.'],
    ['a bullet with the same figure', 'Recruit 3,000 more midwives to end the shortage in maternity units.'],
  ])('flags %s', (_why, sentence) => {
    expect(isDuplicate(sentence)).toBe(true);
  });

  it.each([
    ['a different figure', 'Recruit 5,000 more midwives to end the shortage in maternity units.'],
    ['a dropped negation', 'Councils should be allowed to sell off public playing fields used by schools.'],
    ['an added negation', 'Local people will not have a say over new health centres in their area.'],
    ['the same topic, saying something else', 'Every older person leaving hospital will be visited at home within a week by a district nurse.'],
    ['shared generic words only', 'We will work with local people and their families to improve services in their area.'],
    ['a short generic phrase', 'Mental health services.'],
  ])('does not flag %s', (_why, sentence) => {
    expect(isDuplicate(sentence)).toBe(false);
  });

  it('cites the corpus file and line in the message and citations', () => {
    const { findings } = analyse('Local people will have a say over new health centres in their area.\n', corpus);
    expect(findings[0]!.message).toMatch(/^Repeats policy\.txt:5 — 'Local people will have a say/);
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

  it('flags the later copy, names the earlier one, and not near-copies that change the action', () => {
    const empty = new Corpus([]);
    const { findings, draft: d } = analyse(draft, empty);
    expect(findings.map((f) => d.line(f.start))).toEqual([7, 11]);
    expect(findings[0]!.message).toMatch(/^Repeats Amendment 1 \(line 3\)/);
    expect(findings[0]!.citations[0]).toMatchObject({ kind: 'draft', line: 3 });
    // A sentence-level duplicate covers only its sentence and removes only it.
    const sentence = findings[1]!;
    expect(draft.slice(sentence.start, sentence.end)).toBe('Pharmacies will stay open later in rural areas.');
    const edit = sentence.fix!.edits[0]!;
    expect(draft.slice(0, edit.start) + draft.slice(edit.end)).toBe(draft.replace('first. Pharmacies will stay open later in rural areas.', 'first.'));
  });

  it('offers a fix that removes the whole paragraph and nothing else', () => {
    const { findings } = analyse(draft, new Corpus([]));
    const edit = findings[0]!.fix!.edits[0]!;
    const after = draft.slice(0, edit.start) + draft.slice(edit.end);
    expect(after).toBe(draft.replace('Amendment 3: Every patient will be able to book a GP appointmnet online at any hour of the day.\n\n', ''));
  });
});

describe('duplicate-amendment never takes the drafter\'s own words with a copy', () => {
  const corpusSentence = 'Mental health services will be given the same priority as physical health services in every integrated care system, with clear access standards.';

  it('flags only the repeated sentence of a paragraph that adds one of its own, and its fix removes only that', () => {
    const text = `# Draft\n\nThis part is new. ${corpusSentence}\n`;
    const { findings } = analyse(text, corpus, { rules: ['duplicate-amendment'] });
    expect(findings).toHaveLength(1);
    expect(text.slice(findings[0]!.start, findings[0]!.end)).toBe(corpusSentence);
    const edit = findings[0]!.fix!.edits[0]!;
    expect(text.slice(0, edit.start) + text.slice(edit.end)).toBe('# Draft\n\nThis part is new.\n');
  });

  it('still flags, and removes, a whole paragraph every sentence of which repeats something', () => {
    const text = '# Draft\n\nCouncils should not be allowed to sell off public playing fields used by schools. Local people will have a say over new health centres in their area.\n\nA closing line of our own.\n';
    const { findings } = analyse(text, corpus, { rules: ['duplicate-amendment'] });
    expect(findings).toHaveLength(1);
    const edit = findings[0]!.fix!.edits[0]!;
    expect(text.slice(0, edit.start) + text.slice(edit.end)).toBe('# Draft\n\nA closing line of our own.\n');
  });

  it('takes a short sentence with the copy when its words are the copied passage\'s', () => {
    const text = '# Draft\n\nCouncils should not be allowed to sell off public playing fields. Used by schools. Local people will have a say over new health centres in their area.\n';
    const { findings } = analyse(text, corpus, { rules: ['duplicate-amendment'] });
    expect(findings).toHaveLength(1);
    expect(findings[0]!.fix!.title).toBe('Remove duplicate paragraph');
  });

  it('flags no short sentence on its own when the drafter adds a sentence to a copy', () => {
    const text = '# Draft\n\nCouncils should not be allowed to sell off public playing fields. Used by schools. Local people will have a say over new health centres in their area. We add this.\n';
    const { findings } = analyse(text, corpus, { rules: ['duplicate-amendment'] });
    expect(findings.map((f) => text.slice(f.start, f.end))).toEqual(['Councils should not be allowed to sell off public playing fields.', 'Local people will have a say over new health centres in their area.']);
  });

  it('keeps a byte order mark and leaves no blank line when the first paragraph goes', () => {
    const text = `\uFEFF${corpusSentence}\n\nOur own paragraph follows.\n`;
    const { findings } = analyse(text, corpus, { rules: ['duplicate-amendment'] });
    const edit = findings[0]!.fix!.edits[0]!;
    expect(text.slice(0, edit.start) + text.slice(edit.end)).toBe('\uFEFFOur own paragraph follows.\n');
  });
});
